package server

import (
	"io/fs"
	"mime"
	"path"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/labstack/echo/v4"
)

// pageRoutes serves the web page: index.html at / and its files under /static/. The files are read once at
// start (they are embedded in the binary) and served with ETags.
func (s *Server) pageRoutes(assets fs.FS) {
	files := map[string][]byte{}
	_ = fs.WalkDir(assets, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, err := fs.ReadFile(assets, p); err == nil {
				files[p] = b
			}
		}
		return nil
	})
	page := func(c echo.Context) error {
		index, ok := files["index.html"]
		if !ok {
			return graph.Errorf(graph.ENOTFOUND, "this build has no web page")
		}
		c.Response().Header().Set("Content-Security-Policy", pageCSP)
		return s.blob(c, "text/html; charset=utf-8", index)
	}
	get(s.echo, "/", page)
	get(s.echo, "/index.html", page)
	get(s.echo, "/static/*", func(c echo.Context) error {
		name := path.Clean(c.Param("*"))
		b, ok := files[name]
		if !ok || strings.HasPrefix(name, ".") {
			return graph.Errorf(graph.ENOTFOUND, "no file %q", name)
		}
		ct := mime.TypeByExtension(path.Ext(name))
		if ct == "" {
			ct = "application/octet-stream"
		}
		return s.blob(c, ct, b)
	})
}
