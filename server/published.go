package server

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/labstack/echo/v4"
)

// OriginDate is the layer that holds the publication date an editor gave an undated article: the document
// with its date and nothing else. The date stays when the article is ingested again without one
// (layer.PlanIngest keeps a stored date), and reaches the evidence of every layer of the document, so the
// Changes view and the date filters count the article.
const OriginDate = graph.OriginOverlay + "date-set-in-the-app"

// setPublished answers POST /api/documents/:id/published, {"published": "YYYY-MM-DD"}: an editor dates an
// article that has no date. 200 with the document (without its text); 409 for an article that has a date
// (its text or overlay gives it: correct it there); 404 for no such document.
func (s *Server) setPublished(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	dec := json.NewDecoder(c.Request().Body)
	dec.DisallowUnknownFields()
	var req struct {
		Published string `json:"published"`
	}
	if err := dec.Decode(&req); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return graph.Errorf(graph.EINVALID, "the body holds more than one JSON value")
	}
	date, err := time.Parse(graph.DateLayout, strings.TrimSpace(req.Published))
	if err != nil {
		return graph.Errorf(graph.EINVALID, "published %q is not a date in the form YYYY-MM-DD", graph.Clip(req.Published))
	}
	ctx := c.Request().Context()
	release, err := s.admitIngest(ctx)
	if err != nil {
		return err
	}
	defer release()
	doc, err := s.store.Document(ctx, id)
	if err != nil {
		return err
	}
	if doc.Published != "" {
		return graph.Errorf(graph.ECONFLICT, "document %s is dated %s already; its article or overlay gives the date, correct it there", id, doc.Published)
	}
	doc.Published = date.Format(graph.DateLayout)
	if _, err := s.store.Ingest(ctx, graph.Batch{Document: doc, Origin: OriginDate}); err != nil {
		return err
	}
	s.log.Info("publication date set", "document", id, "published", doc.Published, "editor", editorOf(c))
	doc.Text = ""
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, doc)
}
