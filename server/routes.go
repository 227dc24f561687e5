package server

import (
	"io/fs"
	"net/http"

	"github.com/labstack/echo/v4"
)

// routes lists every route the server answers. Every route answers GET and HEAD and only reads, but for
// the writes at the end, which need an editor's token (auth.go); any other method on a path that exists
// is 405 with the methods it does take in Allow (echo's router sets it).
func (s *Server) routes(assets fs.FS) {
	e := s.echo
	get(e, "/healthz", s.healthz)
	get(e, "/readyz", s.readyz)
	get(e, "/metrics", echo.WrapHandler(s.metrics.Handler()))

	// Drawings, views, the page and its files go through s.blob, which gzips them once and keeps the result;
	// the other JSON answers are gzipped by the middleware as they are written. Every API route refuses a
	// query string that does not parse whole (strictQuery).
	api := e.Group("/api")
	get(api, "/search", s.search, strictQuery, gzipJSON)
	get(api, "/entities/:id", s.entity, strictQuery, gzipJSON)
	get(api, "/graph", s.graph, strictQuery)
	get(api, "/paths", s.paths, strictQuery)
	get(api, "/alliances", s.alliances, strictQuery)
	get(api, "/allies", s.allies, strictQuery)
	get(api, "/blocs", s.blocs, strictQuery)
	get(api, "/centrality", s.centrality, strictQuery)
	get(api, "/changes", s.changes, strictQuery)
	get(api, "/documents", s.documents, strictQuery, gzipJSON)
	get(api, "/documents/:id", s.document, strictQuery, gzipJSON)
	get(api, "/stats", s.stats, strictQuery)
	get(api, "/vocabulary", s.vocabulary, strictQuery, gzipJSON)
	get(api, "/editor", s.whoami, strictQuery)
	get(api, "/corrections", s.listCorrections, strictQuery, gzipJSON)

	// Writes: an editor's token, within the editor's rate limit (auth.go).
	api.POST("/documents", s.postDocuments, strictQuery, s.guard.requireEditor)
	api.POST("/documents/:id/published", s.setPublished, strictQuery, s.guard.requireEditor)
	api.POST("/corrections", s.postCorrection, strictQuery, s.guard.requireEditor)
	api.DELETE("/corrections/:id", s.undoCorrection, strictQuery, s.guard.requireEditor)

	if assets != nil {
		s.pageRoutes(assets)
	}
}

// router is what routes are added to: the server's echo or one of its groups.
type router interface {
	Match(methods []string, path string, h echo.HandlerFunc, m ...echo.MiddlewareFunc) []*echo.Route
}

// get adds a route for GET and HEAD. A HEAD runs the same handler, so its status and headers (ETag,
// Content-Length, Content-Type) are those of the GET; net/http drops the body it writes.
func get(r router, path string, h echo.HandlerFunc, m ...echo.MiddlewareFunc) {
	r.Match([]string{http.MethodGet, http.MethodHead}, path, h, m...)
}
