package server

import (
	"net/http"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/labstack/echo/v4"
)

// entityBody is an entity with every relationship it takes part in, their evidence, the other entities
// they link it to, the documents the evidence cites and those that name it.
type entityBody struct {
	Entity    graph.Entity       `json:"entity"`
	Relations []graph.Relation   `json:"relations"`
	Related   []graph.Entity     `json:"related"`
	Documents []graph.Document   `json:"documents"`
	Omitted   map[graph.Kind]int `json:"omitted,omitempty"`
	// MentionedIn lists the documents that name the entity, without text: for an actor related to nothing,
	// the only place it is found.
	MentionedIn []graph.Document `json:"mentioned_in"`
}

// entity answers GET /api/entities/:id.
func (s *Server) entity(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	sg, err := s.store.Neighborhood(ctx, graph.NeighborhoodQuery{
		Focus: []string{id}, Depth: 1, Filter: graph.Filter{MaxNodes: graph.MaxMaxNodes},
	})
	if err != nil {
		return err
	}
	if len(sg.Focus) == 1 {
		id = sg.Focus[0] // the actor as shown: an id merged into another leads to that one
	}
	mentioned, err := s.store.EntityDocuments(ctx, id)
	if err != nil {
		return err
	}
	body := entityBody{Relations: []graph.Relation{}, Related: []graph.Entity{}, Documents: sg.Documents, Omitted: sg.Omitted,
		MentionedIn: mentioned}
	for _, e := range sg.Entities {
		if e.ID == id {
			body.Entity = e
		} else {
			body.Related = append(body.Related, e)
		}
	}
	for _, r := range sg.Relations {
		if r.From == id || r.To == id {
			body.Relations = append(body.Relations, r)
		}
	}
	return c.JSON(http.StatusOK, body)
}
