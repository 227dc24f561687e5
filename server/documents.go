package server

import (
	"net/http"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/labstack/echo/v4"
)

// documents answers GET /api/documents: every document, without text.
func (s *Server) documents(c echo.Context) error {
	docs, err := s.store.Documents(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"documents": docs})
}

// documentBody is a document with its text and the entities it names.
type documentBody struct {
	graph.Document
	Entities []namedEntity `json:"entities"`
}

// namedEntity is an entity as lists of actors give it, with the number of relationships it takes part in
// across the store: 0 for an actor named and related to nothing, which the page marks.
type namedEntity struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Kind      graph.Kind `json:"kind"`
	Relations int        `json:"relations"`
}

// document answers GET /api/documents/:id with the text, so a reader can check a quote in its context, and
// the entities the document names in any of its layers, by id.
func (s *Server) document(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	d, err := s.store.Document(ctx, id)
	if err != nil {
		return err
	}
	named, err := s.store.DocumentEntities(ctx, id)
	if err != nil {
		return err
	}
	ids := make([]string, len(named))
	for i, e := range named {
		ids[i] = e.ID
	}
	counts, err := s.store.RelationCounts(ctx, ids)
	if err != nil {
		return err
	}
	body := documentBody{Document: d, Entities: make([]namedEntity, len(named))}
	for i, e := range named {
		body.Entities[i] = namedEntity{ID: e.ID, Name: e.Name, Kind: e.Kind, Relations: counts[i]}
	}
	return c.JSON(http.StatusOK, body)
}
