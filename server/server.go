// Package server is actorgraph's HTTP interface: a JSON API over the graph, subgraph drawings (SVG, DOT)
// and the web page. It depends on the graph package and on small interfaces it declares itself (Renderer),
// which cmd/actorgraph wires to the store and the render workers.
package server

import (
	"cmp"
	"context"
	"io/fs"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/view"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"golang.org/x/time/rate"
)

// Renderer draws subgraphs: d says the format ("svg", "png" or "dot"), the layout ("" lets the renderer
// choose), whether it is for a report file, and the highlights, clusters and sizes of an analyst view.
// *render.Service is the one implementation; the drawing options are render's plain data types, which the
// views build (see view). The server sets d.Admit, which bounds the drawings in progress: Draw must
// call it before any work beyond a cache lookup. Errors: EINVALID for an unknown format or layout, ETIMEOUT
// when drawing takes too long, EUNAVAILABLE when no renderer is free, and those of d.Admit.
type Renderer interface {
	Draw(ctx context.Context, sg graph.Subgraph, d render.Drawing) ([]byte, error)
}

// Config holds what the server needs.
type Config struct {
	Store    graph.Store
	Renderer Renderer
	Assets   fs.FS // the web page: index.html and its files
	Logger   *slog.Logger
	// RequestTimeout bounds every request's work; 0 means 30 s.
	RequestTimeout time.Duration
	// Metrics are served at /metrics; nil makes new ones.
	Metrics *Metrics
	// MaxDrawings bounds the drawings in progress at once; 0 means four per core. DrawQueueWait is how long
	// a drawing request waits for a place before it gets 503; 0 means DefaultDrawQueueWait.
	MaxDrawings   int
	DrawQueueWait time.Duration
	// MaxBodyBytes bounds a request body; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxComputations bounds the whole-graph views (blocs, centrality) computed at once; 0 means one per
	// core. ComputeQueueWait is how long a request that needs a new computation waits for a place before
	// it gets 503; 0 means DefaultComputeQueueWait. ComputeTimeout bounds one computation, which may
	// outlive a request that timed out; 0 means DefaultComputeTimeout. ViewCacheBytes bounds the views kept
	// for the store's version; 0 means DefaultViewCacheBytes. See wholegraph.go.
	MaxComputations  int
	ComputeQueueWait time.Duration
	ComputeTimeout   time.Duration
	ViewCacheBytes   int
	// Prerender is how many drawings are made ahead after each neighbourhood drawn for the page, while
	// render workers are idle (see prerender.go); 0 means DefaultPrerender, negative turns it off. It needs
	// a renderer that draws ahead (*render.Service). PrerenderQueue bounds the drawings waiting to be made
	// ahead, the newest first; 0 means DefaultPrerenderQueue. PrerenderRunners is how many are made at once;
	// 0 means one.
	Prerender, PrerenderQueue, PrerenderRunners int
	// Editors may write (corrections, articles) with their tokens; none turns every write into 403.
	// WriteRate and WriteBurst bound each editor's writes; 0 means DefaultWriteRate and DefaultWriteBurst.
	Editors    *Editors
	WriteRate  rate.Limit
	WriteBurst int
	// Corrections keeps the editors' corrections (POST, DELETE and GET /api/corrections); nil turns those
	// routes into 503. The Store must read through them (store/corrected) for the views to show them.
	Corrections Corrector
	// Extractor reads the articles sent to POST /api/documents; nil turns that route into 503.
	Extractor ingest.Extractor
	// Fetcher fetches the articles sent to POST /api/documents as a link ({"url": "https://…"} without
	// text), within its own bounds on size, time and addresses (ingest/fetch); nil refuses links.
	Fetcher ArticleFetcher
	// MaxDocumentBytes bounds the body of POST /api/documents, IngestTimeout its work; 0 means
	// DefaultMaxDocumentBytes and DefaultIngestTimeout.
	MaxDocumentBytes int64
	IngestTimeout    time.Duration
}

// Server serves the API and the page. It is an http.Handler.
type Server struct {
	echo    *echo.Echo
	store   graph.Store
	rend    Renderer
	log     *slog.Logger
	metrics *Metrics
	gzipped *gzipCache
	fits    view.Fits // how many actors of a view fit the page's pane (view.Fit), for all requests
	whole   *wholeGraph
	pre     *prerenderer // nil when drawing ahead is off
	serving atomic.Int64 // requests in progress: drawing ahead waits for none
	guard   *writeGuard

	extractor   ingest.Extractor
	fetcher     ArticleFetcher
	corrections Corrector
	ingesting   chan struct{} // one ingest at a time (admitIngest)
}

// New returns a server for cfg.
func New(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.RequestTimeout == 0 {
		cfg.RequestTimeout = 30 * time.Second
	}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	// The client's address is the connection's: X-Forwarded-For and X-Real-IP are whatever a client says
	// (GO-2026-6872). Behind a proxy, trust it here, by its address, rather than the headers of anyone.
	e.IPExtractor = echo.ExtractIPDirect()
	s := &Server{echo: e, store: cfg.Store, rend: cfg.Renderer, log: cfg.Logger, gzipped: newGzipCache(gzipCacheBytes),
		extractor: cfg.Extractor, fetcher: cfg.Fetcher, corrections: cfg.Corrections, ingesting: make(chan struct{}, 1)}
	s.instrument(&cfg)
	s.guard = newWriteGuard(cfg.Editors, cmp.Or(cfg.WriteRate, DefaultWriteRate), cmp.Or(cfg.WriteBurst, DefaultWriteBurst))
	s.whole = newWholeGraph(cfg.Store, cmp.Or(cfg.MaxComputations, defaultMaxComputations()),
		cmp.Or(cfg.ComputeQueueWait, DefaultComputeQueueWait), cfg.RequestTimeout,
		cmp.Or(cfg.ComputeTimeout, DefaultComputeTimeout), cmp.Or(cfg.ViewCacheBytes, DefaultViewCacheBytes))
	s.metrics.watchViews(s.whole.m)
	if _, ok := cfg.Renderer.(prerenderStatser); ok && cfg.Prerender >= 0 {
		s.pre = newPrerenderer(s, cfg.Renderer, cmp.Or(cfg.Prerender, DefaultPrerender),
			cmp.Or(cfg.PrerenderQueue, DefaultPrerenderQueue), cmp.Or(cfg.PrerenderRunners, 1))
		s.metrics.watchPrerender(s.pre)
	}
	e.HTTPErrorHandler = s.handleError
	e.Use(
		s.countRequests,
		requestID,
		middleware.RequestLoggerWithConfig(middleware.RequestLoggerConfig{
			LogMethod: true, LogURI: true, LogStatus: true, LogLatency: true, LogRequestID: true,
			LogResponseSize: true, HandleError: true,
			LogValuesFunc: s.logRequest,
		}),
		s.metrics.observe,
		middleware.RecoverWithConfig(middleware.RecoverConfig{
			LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
				return graph.Wrap(err, graph.EINTERNAL, "internal error")
			},
		}),
		timeout(cfg.RequestTimeout, cmp.Or(cfg.IngestTimeout, DefaultIngestTimeout)),
		securityHeaders,
		limitRequest(cfg.MaxBodyBytes, cmp.Or(cfg.MaxDocumentBytes, DefaultMaxDocumentBytes)),
	)
	s.routes(cfg.Assets)
	return s
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.echo.ServeHTTP(w, r)
}

func (s *Server) logRequest(c echo.Context, v middleware.RequestLoggerValues) error {
	attrs := []any{"method", v.Method, "uri", v.URI, "status", v.Status, "latency", v.Latency, "bytes", v.ResponseSize, "request_id", v.RequestID}
	if v.Status >= 500 {
		s.log.Error("request", attrs...)
		return nil
	}
	s.log.Info("request", attrs...)
	return nil
}

// timeout gives every request a deadline; stores and renderers stop when it passes and the error handler
// answers ETIMEOUT. An upload of articles (isUpload) has its own, as the extractor reads for longer than
// any view takes.
func timeout(d, upload time.Duration) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			limit := d
			if isUpload(c) {
				limit = upload
			}
			ctx, cancel := context.WithTimeout(c.Request().Context(), limit)
			defer cancel()
			c.SetRequest(c.Request().WithContext(ctx))
			return next(c)
		}
	}
}
