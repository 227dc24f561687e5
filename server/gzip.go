package server

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// Responses served by blob (drawings, views, the page) are gzipped once and kept: gzipping an 86 KB SVG on
// every request would cost more than serving it from the render cache. The seed page with a drawing is
// about 190 KB as sent plainly and 40 KB gzipped.
const (
	gzipMinBytes   = 1024     // smaller answers are not worth it
	gzipCacheBytes = 32 << 20 // the gzipped bytes kept, at most
)

// compressible reports whether a content type is worth gzipping: text, not PNG or a zip.
func compressible(contentType string) bool {
	ct, _, _ := strings.Cut(contentType, ";")
	switch strings.TrimSpace(ct) {
	case "image/svg+xml", "application/json", "application/xml", "application/javascript", "text/javascript":
		return true
	}
	return strings.HasPrefix(ct, "text/") || strings.HasSuffix(ct, "+xml")
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip (listed without q=0).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
			continue
		}
		q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q=")
		if !ok {
			return true
		}
		v, err := strconv.ParseFloat(q, 64)
		return err == nil && v > 0
	}
	return false
}

// gzipCache keeps gzipped bodies by the hash of the plain body. When it is full it starts again: the bodies
// it holds are those of the render cache, which decides what stays hot.
type gzipCache struct {
	mu    sync.Mutex
	max   int
	size  int
	byTag map[string][]byte
}

func newGzipCache(max int) *gzipCache { return &gzipCache{max: max, byTag: map[string][]byte{}} }

// get returns body gzipped, from the cache when it has it.
func (g *gzipCache) get(tag string, body []byte) []byte {
	g.mu.Lock()
	z, ok := g.byTag[tag]
	g.mu.Unlock()
	if ok {
		return z
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // kept and sent many times: worth the effort once
	zw.Write(body)
	zw.Close()
	z = buf.Bytes()
	g.mu.Lock()
	if g.size+len(z) > g.max {
		g.byTag, g.size = map[string][]byte{}, 0
	}
	if _, ok := g.byTag[tag]; !ok && len(z) <= g.max {
		g.byTag[tag] = z
		g.size += len(z)
	}
	g.mu.Unlock()
	return z
}
