package server

import (
	"strings"

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

// compress gzips text responses for clients that accept it: the seed page with a drawing is about 190 KB as
// sent and 40 KB gzipped (the SVG and JSON compress six to eight times). Formats that are compressed already
// (PNG, the CSV zip) and /metrics, which negotiates its own encoding, are sent as they are.
func compress() echo.MiddlewareFunc {
	return middleware.GzipWithConfig(middleware.GzipConfig{
		MinLength: 1024,
		Skipper: func(c echo.Context) bool {
			if c.Path() == "/metrics" || c.Request().URL.Path == "/metrics" {
				return true
			}
			switch strings.ToLower(c.QueryParam("format")) {
			case "png", "csv":
				return true
			}
			return false
		},
	})
}
