package server

import (
	"context"
	"net/http"
	"runtime"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
	"github.com/labstack/echo/v4"
)

// Limits on what one request may ask. Each parameter is also bounded by maxQueryLen, depth by
// graph.MaxDepth and nodes per drawing by graph.MaxMaxNodes (see params.go and render.Service).
const (
	// DefaultMaxBodyBytes bounds a request body: a correction is a few hundred bytes. Articles sent to
	// POST /api/documents have their own bound, DefaultMaxDocumentBytes.
	DefaultMaxBodyBytes = 1 << 20
	// maxRawQuery bounds the whole query string: many parameters each under maxQueryLen add up.
	maxRawQuery = 8 << 10
	// DefaultDrawQueueWait is how long a drawing request waits for a free place before it is turned away.
	DefaultDrawQueueWait = time.Second
)

// limitRequest answers 413 to a query string or a body over the limits, before any work is done. An upload
// of articles (isUpload) may carry maxUpload bytes, any other request maxBody.
func limitRequest(maxBody, maxUpload int64) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			req := c.Request()
			maxBody := maxBody
			if isUpload(c) {
				maxBody = maxUpload
			}
			if len(req.URL.RawQuery) > maxRawQuery {
				return graph.Errorf(graph.ETOOLARGE, "the query string is longer than %d bytes", maxRawQuery)
			}
			if req.ContentLength > maxBody {
				return graph.Errorf(graph.ETOOLARGE, "the request body is larger than %d bytes", maxBody)
			}
			if req.Body != nil && req.Body != http.NoBody {
				req.Body = http.MaxBytesReader(c.Response(), req.Body, maxBody)
			}
			return next(c)
		}
	}
}

// defaultMaxDrawings is four drawings in progress per core: the render pool has a worker per core and
// queues a few more; past that a request would only wait for its timeout.
func defaultMaxDrawings() int { return 4 * runtime.GOMAXPROCS(0) }

// limitedRenderer lets at most cap(slots) drawings be in progress. A request that finds them all taken
// waits up to wait for one, then fails with EUNAVAILABLE, which the client gets as 503 with Retry-After,
// rather than piling up behind work that will not be done before its timeout.
//
// It takes the place through render.Drawing.Admit, which the renderer calls only when the drawing is not
// in its cache: a cached drawing is answered at once however busy the workers are. (Taking the place
// before Draw made 5 of 6 cached requests wait 1 s for it and get 503 while renders filled the places.)
type limitedRenderer struct {
	Renderer
	slots    chan struct{}
	wait     time.Duration
	rejected func()
}

func (r limitedRenderer) Draw(ctx context.Context, sg graph.Subgraph, d render.Drawing) ([]byte, error) {
	d.Admit = r.admit
	return r.Renderer.Draw(ctx, sg, d)
}

// admit takes a place, waiting up to r.wait for one, and returns the function that gives it back.
func (r limitedRenderer) admit(ctx context.Context) (func(), error) {
	select {
	case r.slots <- struct{}{}:
	default:
		t := time.NewTimer(r.wait)
		defer t.Stop()
		select {
		case r.slots <- struct{}{}:
		case <-t.C:
			r.rejected()
			return nil, graph.Errorf(graph.EUNAVAILABLE, "the server is drawing %d pictures already; try again in a few seconds", cap(r.slots))
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return func() { <-r.slots }, nil
}

// instrument fills in the limits' defaults, makes the metrics, and wraps the renderer in the drawing limit
// and the drawing timer.
func (s *Server) instrument(cfg *Config) {
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics()
	}
	if cfg.MaxDrawings <= 0 {
		cfg.MaxDrawings = defaultMaxDrawings()
	}
	if cfg.DrawQueueWait <= 0 {
		cfg.DrawQueueWait = DefaultDrawQueueWait
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	m := cfg.Metrics
	s.metrics = m
	if cfg.Store != nil {
		m.watchStore(cfg.Store)
	}
	if cfg.Renderer != nil {
		m.watchRenderer(cfg.Renderer)
		s.rend = timedRenderer{limitedRenderer{cfg.Renderer, make(chan struct{}, cfg.MaxDrawings), cfg.DrawQueueWait, m.rejected.Inc}, m}
	}
}

// isUpload reports whether the request sends articles (POST /api/documents), which have their own bounds
// on size and time. echo has routed the request before its middleware runs, so c.Path() is the route.
func isUpload(c echo.Context) bool {
	return c.Request().Method == http.MethodPost && c.Path() == "/api/documents"
}
