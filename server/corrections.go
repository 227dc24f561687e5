package server

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/labstack/echo/v4"
)

// Corrector keeps the editors' corrections. *corrected.Store is the one implementation.
type Corrector interface {
	// Corrections lists every correction, the undone ones included, oldest first.
	Corrections(ctx context.Context) ([]graph.Correction, error)
	// Correct records a correction (its Editor set) and returns it with its id and time. Errors: EINVALID,
	// ENOTFOUND, ECONFLICT, ETOOLARGE.
	Correct(ctx context.Context, c graph.Correction) (graph.Correction, error)
	// Undo marks a correction undone by the editor. Errors: ENOTFOUND, ECONFLICT.
	Undo(ctx context.Context, id, editor string) (graph.Correction, error)
}

// correctionRequest is the JSON of POST /api/corrections: what to correct and why; who and when are the
// server's to say.
type correctionRequest struct {
	Action   string `json:"action"`
	Relation string `json:"relation,omitempty"`
	Entity   string `json:"entity,omitempty"`
	Document string `json:"document,omitempty"`
	Start    int    `json:"start,omitempty"`
	End      int    `json:"end,omitempty"`
	Stance   string `json:"stance,omitempty"`
	Type     string `json:"type,omitempty"` // the new type of a retype
	Into     string `json:"into,omitempty"` // the actor to merge into
	Name     string `json:"name,omitempty"` // a new name, or the alias to add, remove or split off
	Kind     string `json:"kind,omitempty"` // a new kind
	Reason   string `json:"reason"`
}

func (s *Server) corrector() (Corrector, error) {
	if s.corrections == nil {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "this server keeps no corrections")
	}
	return s.corrections, nil
}

// listCorrections answers GET /api/corrections: the audit trail, newest first.
func (s *Server) listCorrections(c echo.Context) error {
	cr, err := s.corrector()
	if err != nil {
		return err
	}
	list, err := cr.Corrections(c.Request().Context())
	if err != nil {
		return err
	}
	slices.Reverse(list)
	if list == nil {
		list = []graph.Correction{}
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, map[string]any{"corrections": list})
}

// postCorrection answers POST /api/corrections: 201 with the correction recorded, its id first.
func (s *Server) postCorrection(c echo.Context) error {
	cr, err := s.corrector()
	if err != nil {
		return err
	}
	dec := json.NewDecoder(c.Request().Body)
	dec.DisallowUnknownFields()
	var req correctionRequest
	if err := dec.Decode(&req); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return graph.Errorf(graph.EINVALID, "the body holds more than one JSON value")
	}
	if req.Action == graph.ActionMerge && req.Into != "" {
		// The actor to merge into may be named as the page's search names it, "Russia" as well as
		// "state:russia"; a name several actors have is refused with their ids.
		if req.Into, err = graph.ResolveEntity(c.Request().Context(), s.store, req.Into); err != nil {
			return err
		}
	}
	done, err := cr.Correct(c.Request().Context(), graph.Correction{Action: req.Action, Relation: req.Relation, Entity: req.Entity,
		Document: req.Document, Start: req.Start, End: req.End, Stance: graph.Stance(req.Stance), Type: graph.RelType(req.Type),
		Into: req.Into, Name: req.Name, Kind: graph.Kind(req.Kind), Reason: req.Reason, Editor: editorOf(c)})
	if err != nil {
		return err
	}
	s.log.Info("correction", "id", done.ID, "action", done.Action, "editor", done.Editor)
	c.Response().Header().Set(echo.HeaderLocation, "/api/corrections/"+done.ID)
	return c.JSON(http.StatusCreated, done)
}

// undoCorrection answers DELETE /api/corrections/:id: the correction, marked undone; it stays in the trail.
func (s *Server) undoCorrection(c echo.Context) error {
	cr, err := s.corrector()
	if err != nil {
		return err
	}
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	undone, err := cr.Undo(c.Request().Context(), id, editorOf(c))
	if err != nil {
		return err
	}
	s.log.Info("correction undone", "id", undone.ID, "editor", editorOf(c))
	return c.JSON(http.StatusOK, undone)
}
