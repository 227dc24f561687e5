package server

import (
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/view"
	"github.com/labstack/echo/v4"
)

// paths answers GET /api/paths?from=ID&to=ID&max=N&limit=N&cooperation=1 with the filter and output
// parameters: the shortest paths between two actors with the evidence of every step (see view.Paths).
// Its date range is from_date= and to_date=, since from= and to= are the ends of the path.
func (s *Server) paths(c echo.Context) error {
	var q analyze.PathQuery
	var err error
	if q.From, err = s.entityParam(c, "from"); err != nil {
		return err
	}
	if q.To, err = s.entityParam(c, "to"); err != nil {
		return err
	}
	if q.MaxLength, err = intParam(c, "max", analyze.DefaultMaxLength, 1, analyze.MaxMaxLength); err != nil {
		return err
	}
	if q.Limit, err = intParam(c, "limit", analyze.DefaultPathLimit, 1, analyze.MaxPathLimit); err != nil {
		return err
	}
	if q.CooperationOnly, err = boolParam(c, "cooperation"); err != nil {
		return err
	}
	if q.Filter, err = readFilter(c, "", ""); err != nil { // from= and to= are the ends here
		return err
	}
	out, err := outputParams(c)
	if err != nil {
		return err
	}
	v, err := view.Paths(c.Request().Context(), s.store, q, q.Filter.MaxNodes)
	if err != nil {
		return err
	}
	return s.respond(c, v, out)
}
