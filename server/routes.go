package server

import (
	"io/fs"
)

// routes lists every route the server answers.
func (s *Server) routes(assets fs.FS) {
	e := s.echo
	e.GET("/healthz", s.healthz)
	e.GET("/readyz", s.readyz)

	api := e.Group("/api")
	api.GET("/search", s.search)
	api.GET("/entities/:id", s.entity)
	api.GET("/graph", s.graph)
	api.GET("/documents", s.documents)
	api.GET("/documents/:id", s.document)
	api.GET("/stats", s.stats)
	api.GET("/vocabulary", s.vocabulary)

	if assets != nil {
		s.pageRoutes(assets)
	}
}
