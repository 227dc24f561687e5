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
	hits, err := s.store.Search(c.Request().Context(), q, limit)
	if err != nil {
		return err
	}
	out := make([]searchResult, len(hits))
	for i, e := range hits {
		out[i] = searchResult{e.ID, e.Name, e.Kind, e.Aliases, e.Description}
	}
	return c.JSON(http.StatusOK, map[string]any{"results": out})
}
