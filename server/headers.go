package server

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Content-Security-Policies. The API and drawings may load nothing and run nothing; the page may load its
// own script, style and the API, and nothing else: no CDN, no inline script, no plugins, no framing.
const (
	apiCSP  = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
	svgCSP  = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
	pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
		"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

// securityHeaders sets the headers every response carries; handlers that serve the page or SVG replace the
// Content-Security-Policy with their own.
func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", apiCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		return next(c)
	}
}

// gzipJSON gzips the JSON answers written directly (search, entities, documents) for clients that accept it.
var gzipJSON = middleware.GzipWithConfig(middleware.GzipConfig{MinLength: 1024})
