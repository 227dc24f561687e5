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

// gzipLevel is the compression of what is kept: the best, since it is made once and sent many times, except
// for drawings (drawingGzipLevel), whose first answer waits for it.
func gzipLevel(contentType string) int {
	if strings.HasPrefix(contentType, "image/svg+xml") {
		return drawingGzipLevel
	}
	return gzip.BestCompression
}

// drawingGzipLevel is the compression of a drawing. On the SVG Graphviz made of a cold 60-actor, 90-line view
// at 1M (124 KB), the best compression took 29 ms and made 21.2 KB, the default 21-26 ms and 21.3 KB, the
// fastest 12-15 ms and 27.7 KB (wall time, one run at a load of 25); BenchmarkGzipLevels, on SVG of that size
// made up of the same markup, gives 11-20, 4.8-6.7 and 2.8-3.4 ms. A cold drawing costs some 50-110 ms of
// CPU, so the best level was a fifth of it, for 6.5 KB less to send: 5 ms at 10 Mbit/s. The page's own
// files keep the best level: gzipped at the fastest, its first load grew from 38 to 57 KB.
const drawingGzipLevel = gzip.BestSpeed

// get returns body gzipped at level, from the cache when it has it.
func (g *gzipCache) get(tag string, body []byte, level int) []byte {
	g.mu.Lock()
	z, ok := g.byTag[tag]
	g.mu.Unlock()
	if ok {
		return z
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, level)
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
