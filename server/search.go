package server

import (
	"net/http"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/labstack/echo/v4"
)

type searchResult struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Kind        graph.Kind `json:"kind"`
	Aliases     []string   `json:"aliases"`
	Description string     `json:"description,omitempty"`
	// Relations counts the relationships the entity takes part in: 0 for an actor the articles name and
	// relate to nothing, which the page shows as "mentioned only".
	Relations int `json:"relations"`
}

// search answers GET /api/search?q=&limit=: entities whose name or alias matches, best first.
func (s *Server) search(c echo.Context) error {
	q, err := query(c, "q")
	if err != nil {
		return err
	}
	limit, err := intParam(c, "limit", 10, 1, graph.MaxSearchLimit)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	hits, err := s.store.Search(ctx, q, limit)
	if err != nil {
		return err
	}
	ids := make([]string, len(hits))
	for i, e := range hits {
		ids[i] = e.ID
	}
	counts, err := s.store.RelationCounts(ctx, ids)
	if err != nil {
		return err
	}
	out := make([]searchResult, len(hits))
	for i, e := range hits {
		out[i] = searchResult{e.ID, e.Name, e.Kind, e.Aliases, e.Description, counts[i]}
	}
	return c.JSON(http.StatusOK, map[string]any{"results": out})
}
