package server

import (
	"net/http"

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

// document answers GET /api/documents/:id with the text, so a reader can check a quote in its context.
func (s *Server) document(c echo.Context) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	d, err := s.store.Document(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, d)
}
