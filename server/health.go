package server

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
)

// healthz says the process is up; it checks nothing else, so an orchestrator does not restart a server
// whose database is briefly away.
func (s *Server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

// readyz says whether the server can answer questions: 503 while the store is unreachable.
func (s *Server) readyz(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 3*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		if graph.ErrorCode(err) != graph.EUNAVAILABLE {
			err = graph.Wrap(err, graph.EUNAVAILABLE, "the graph store is not reachable")
		}
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "ready"})
}

func (s *Server) stats(c echo.Context) error {
	st, err := s.store.Stats(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, st)
}

// vocabularyBody lists what filters accept and what downloads exist, so clients build their controls and
// menus from the server's truth.
type vocabularyBody struct {
	Kinds   []graph.Kind        `json:"kinds"`
	Stances []graph.Stance      `json:"stances"`
	Types   []graph.RelTypeInfo `json:"types"`
	Formats []export.Format     `json:"formats"`
}

func (s *Server) vocabulary(c echo.Context) error {
	return c.JSON(http.StatusOK, vocabularyBody{Kinds: graph.Kinds, Stances: graph.Stances, Types: graph.RelTypes,
		Formats: export.Formats()})
}
