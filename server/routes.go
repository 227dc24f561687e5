package server

import (
	"io/fs"

	"github.com/labstack/echo/v4"
)

// routes lists every route the server answers.
func (s *Server) routes(assets fs.FS) {
	e := s.echo
	e.GET("/healthz", s.healthz)
	e.GET("/readyz", s.readyz)
	e.GET("/metrics", echo.WrapHandler(s.metrics.Handler()))

	// Drawings, views, the page and its files go through s.blob, which gzips them once and keeps the result;
	// the other JSON answers are gzipped by the middleware as they are written.
	api := e.Group("/api")
	api.GET("/search", s.search, gzipJSON)
	api.GET("/entities/:id", s.entity, gzipJSON)
	api.GET("/graph", s.graph)
	api.GET("/paths", s.paths)
	api.GET("/alliances", s.alliances)
	api.GET("/allies", s.allies)
	api.GET("/blocs", s.blocs)
	api.GET("/centrality", s.centrality)
	api.GET("/changes", s.changes)
	api.GET("/documents", s.documents, gzipJSON)
	api.GET("/documents/:id", s.document, gzipJSON)
	api.GET("/stats", s.stats)
	api.GET("/vocabulary", s.vocabulary, gzipJSON)

	if assets != nil {
		s.pageRoutes(assets)
	}
}
