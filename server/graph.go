package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/labstack/echo/v4"
)

// drawings are the formats the renderer makes, with their content types.
var drawings = map[string]string{
	"svg": "image/svg+xml",
	"dot": "text/vnd.graphviz; charset=utf-8",
}

// graph answers GET /api/graph?focus=ID&depth=N&format=json|svg|dot and the filter parameters: the
// neighbourhood of one or more entities as data or as a drawing.
func (s *Server) graph(c echo.Context) error {
	focus, err := listParam(c, "focus")
	if err != nil {
		return err
	}
	if len(focus) == 0 {
		return graph.Errorf(graph.EINVALID, "parameter focus is required: the id of an entity (find ids with /api/search?q=)")
	}
	if len(focus) > 20 {
		return graph.Errorf(graph.EINVALID, "at most 20 focus entities, got %d", len(focus))
	}
	depth, err := intParam(c, "depth", 2, 1, graph.MaxDepth)
	if err != nil {
		return err
	}
	format, err := query(c, "format")
	if err != nil {
		return err
	}
	format = strings.ToLower(format)
	if format == "" {
		format = "json"
	}
	if _, ok := drawings[format]; !ok && format != "json" {
		return graph.Errorf(graph.EINVALID, "format %q is not one of json, svg, dot", format)
	}
	layout, err := query(c, "layout")
	if err != nil {
		return err
	}
	f, err := filterParams(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	sg, err := s.store.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: focus, Depth: depth, Filter: f})
	if err != nil {
		return err
	}
	if format == "json" {
		body, err := json.Marshal(sg)
		if err != nil {
			return err
		}
		return s.blob(c, "application/json", body)
	}
	out, err := s.rend.Render(ctx, sg, layout, format)
	if err != nil {
		return err
	}
	if format == "svg" {
		c.Response().Header().Set("Content-Security-Policy", svgCSP)
	}
	return s.blob(c, drawings[format], out)
}

// blob writes body with an ETag, answering 304 when the client already has it: drawings are expensive and
// the page asks for the same views again as people move back and forth.
func (s *Server) blob(c echo.Context, contentType string, body []byte) error {
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:16]) + `"`
	h := c.Response().Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", "no-cache")
	if match := c.Request().Header.Get("If-None-Match"); match != "" && bytes.Contains([]byte(match), []byte(etag)) {
		return c.NoContent(http.StatusNotModified)
	}
	return c.Blob(http.StatusOK, contentType, body)
}
