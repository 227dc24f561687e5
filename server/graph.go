package server

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/view"
	"github.com/labstack/echo/v4"
)

// graph answers GET /api/graph?focus=ID&depth=N, the filter and output parameters: the neighbourhood of one
// or more entities as data or as a drawing.
func (s *Server) graph(c echo.Context) error {
	q, err := s.neighborhoodParams(c, "focus")
	if err != nil {
		return err
	}
	out, err := outputParams(c)
	if err != nil {
		return err
	}
	v, err := view.Neighborhood(c.Request().Context(), s.store, q)
	if err != nil {
		return err
	}
	if err := s.respond(c, v, out); err != nil {
		return err
	}
	if out.Format == export.SVG && !out.download {
		// The page shows this drawing now: draw the likely next ones while the workers are idle.
		s.pre.after(v.Subgraph, c.QueryParams())
	}
	return nil
}

// neighborhoodParams reads the focus entities (from the parameter named: ids, names or aliases), depth= and
// the filter.
func (s *Server) neighborhoodParams(c echo.Context, name string) (graph.NeighborhoodQuery, error) {
	var q graph.NeighborhoodQuery
	focus, err := listParam(c, name)
	if err != nil {
		return q, err
	}
	if len(focus) == 0 {
		return q, graph.Errorf(graph.EINVALID, "parameter %s is required: the id of an entity or its name (find ids with /api/search?q=)", name)
	}
	if len(focus) > 20 {
		return q, graph.Errorf(graph.EINVALID, "at most 20 focus entities, got %d", len(focus))
	}
	for i, ref := range focus {
		if focus[i], err = graph.ResolveEntity(c.Request().Context(), s.store, ref); err != nil {
			return q, err
		}
	}
	depth, err := intParam(c, "depth", 2, 1, graph.MaxDepth)
	if err != nil {
		return q, err
	}
	f, err := filterParams(c)
	if err != nil {
		return q, err
	}
	return graph.NeighborhoodQuery{Focus: focus, Depth: depth, Filter: f}, nil
}

// blob writes body with an ETag, answering 304 when the client already has it: drawings are expensive and
// the page asks for the same views again as people move back and forth.
func (s *Server) blob(c echo.Context, contentType string, body []byte) error {
	sum := sha256.Sum256(body)
	tag := hex.EncodeToString(sum[:16])
	gz := len(body) >= gzipMinBytes && compressible(contentType) && acceptsGzip(c.Request())
	etag := `"` + tag + `"`
	if gz {
		etag = `"` + tag + `-gz"` // the gzipped bytes are another representation, with their own tag
	}
	h := c.Response().Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", "no-cache")
	h.Add("Vary", "Accept-Encoding")
	if match := c.Request().Header.Get("If-None-Match"); match != "" && strings.Contains(match, etag) {
		return c.NoContent(http.StatusNotModified)
	}
	if gz {
		h.Set("Content-Encoding", "gzip")
		body = s.gzipped.get(tag, body, gzipLevel(contentType))
	}
	// Said here, the length is the same for a GET and a HEAD: net/http works it out only for an answer it
	// holds whole in its 2 KB buffer, and sends a longer GET chunked and a longer HEAD without it. A download
	// shows its progress too.
	h.Set(echo.HeaderContentLength, strconv.Itoa(len(body)))
	return c.Blob(http.StatusOK, contentType, body)
}
