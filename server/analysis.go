package server

import (
	"context"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/view"
	"github.com/labstack/echo/v4"
)

// The analyst views besides paths. Each reads its own parameters, then the filter and output parameters
// every view shares, builds its view (view) and hands it to respond.

// alliances answers GET /api/alliances?focus=ID&depth=N: the allies and opponents of one actor.
func (s *Server) alliances(c echo.Context) error {
	q, err := s.neighborhoodParams(c, "focus")
	if err != nil {
		return err
	}
	if len(q.Focus) != 1 {
		return graph.Errorf(graph.EINVALID, "parameter focus takes one entity here, got %d", len(q.Focus))
	}
	out, err := outputParams(c)
	if err != nil {
		return err
	}
	v, err := view.Alliances(c.Request().Context(), s.store, q)
	if err != nil {
		return err
	}
	return s.respond(c, v, out)
}

// allies answers GET /api/allies?a=ID&b=ID&depth=N: the actors allied with both.
func (s *Server) allies(c echo.Context) error {
	a, err := s.entityParam(c, "a")
	if err != nil {
		return err
	}
	b, err := s.entityParam(c, "b")
	if err != nil {
		return err
	}
	depth, err := intParam(c, "depth", 2, 1, graph.MaxDepth)
	if err != nil {
		return err
	}
	f, err := filterParams(c)
	if err != nil {
		return err
	}
	out, err := outputParams(c)
	if err != nil {
		return err
	}
	v, err := view.CommonAllies(c.Request().Context(), s.store, a, b, depth, f)
	if err != nil {
		return err
	}
	return s.respond(c, v, out)
}

// blocs answers GET /api/blocs: the blocs of the whole filtered graph.
func (s *Server) blocs(c echo.Context) error {
	f, err := filterParams(c)
	if err != nil {
		return err
	}
	out, err := outputParams(c)
	if err != nil {
		return err
	}
	v, err := s.wholeView(c, "blocs", viewKey("blocs", f), func(ctx context.Context) (view.View, error) {
		return view.Blocs(ctx, s.store, f)
	})
	if err != nil {
		return err
	}
	return s.respond(c, v, out)
}

// centrality answers GET /api/centrality?measure=pagerank|degree|betweenness&limit=N: a ranking.
func (s *Server) centrality(c echo.Context) error {
	measure, err := query(c, "measure")
	if err != nil {
		return err
	}
	if measure == "" {
		measure = analyze.ByPageRank
	}
	limit, err := intParam(c, "limit", view.DefaultRankLimit, 1, view.MaxRankLimit)
	if err != nil {
		return err
	}
	if err := view.CheckCentrality(measure, limit); err != nil {
		return err // before taking a place to compute
	}
	f, err := filterParams(c)
	if err != nil {
		return err
	}
	out, err := outputParams(c)
	if err != nil {
		return err
	}
	v, err := s.wholeView(c, "centrality", viewKey("centrality", f, measure, limit), func(ctx context.Context) (view.View, error) {
		return view.Centrality(ctx, s.store, measure, limit, f)
	})
	if err != nil {
		return err
	}
	return s.respond(c, v, out)
}

// changes answers GET /api/changes?focus=ID&depth=N&before=FROM..TO&after=FROM..TO: what appeared,
// vanished or changed stance around the focus between two periods.
func (s *Server) changes(c echo.Context) error {
	q, err := s.neighborhoodParams(c, "focus")
	if err != nil {
		return err
	}
	var periods [2]view.Range
	for i, name := range []string{"before", "after"} {
		v, err := query(c, name)
		if err != nil {
			return err
		}
		if v == "" {
			return graph.Errorf(graph.EINVALID, "parameter %s is required: a period FROM..TO of dates YYYY-MM-DD, either end optional", name)
		}
		if periods[i], err = view.ParseRange(v); err != nil {
			return err
		}
	}
	out, err := outputParams(c)
	if err != nil {
		return err
	}
	v, err := view.Changes(c.Request().Context(), s.store, q, periods[0], periods[1])
	if err != nil {
		return err
	}
	return s.respond(c, v, out)
}
