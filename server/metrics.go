package server

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the Prometheus series a server exposes at /metrics: request latency by route, drawings and
// their time, the render workers' and the drawing cache's counters, and what ingests added. A Metrics
// serves one Server; make it before the server when something else (the seed ingest) should be counted
// too, and pass it in Config.
type Metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.HistogramVec
	draws    *prometheus.HistogramVec
	rejected prometheus.Counter
	ingests  *prometheus.CounterVec
	added    *prometheus.CounterVec
}

// NewMetrics returns metrics with their own registry, holding the Go runtime's and the process's series too.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "actorgraph_http_request_duration_seconds",
			Help: "Time to answer an HTTP request, by route template, method and status.",
			// From a cached drawing (well under a millisecond) to a render that runs into its timeout.
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"route", "method", "status"}),
		draws: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "actorgraph_draw_duration_seconds",
			Help:    "Time to produce a drawing (DOT, SVG or PNG), cache hits included, by format and result (ok or an error code).",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"format", "result"}),
		rejected: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "actorgraph_draw_rejected_total",
			Help: "Drawing requests turned away with 503 because too many drawings were in progress.",
		}),
		ingests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_ingest_calls_total",
			Help: "Calls to the store's Ingest, by result (ok or an error code).",
		}, []string{"result"}),
		added: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_ingest_added_total",
			Help: "What ingests added to the store: documents, entities, relations, evidence.",
		}, []string{"what"}),
	}
	m.reg.MustRegister(m.requests, m.draws, m.rejected, m.ingests, m.added,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the series in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	// ContinueOnError: a store that is away drops its series, not the whole scrape.
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

// Store returns s with its Ingest counted: calls by result, and what each added.
func (m *Metrics) Store(s graph.Store) graph.Store { return countingStore{s, m} }

type countingStore struct {
	graph.Store
	m *Metrics
}

func (s countingStore) Ingest(ctx context.Context, batches ...graph.Batch) (graph.IngestResult, error) {
	res, err := s.Store.Ingest(ctx, batches...)
	if err != nil {
		s.m.ingests.WithLabelValues(graph.ErrorCode(err)).Inc()
		return res, err
	}
	s.m.ingests.WithLabelValues("ok").Inc()
	for what, n := range map[string]int{
		"documents": res.After.Documents - res.Before.Documents,
		"entities":  res.After.Entities - res.Before.Entities,
		"relations": res.After.Relations - res.Before.Relations,
		"evidence":  res.After.Evidence - res.Before.Evidence,
	} {
		s.m.added.WithLabelValues(what).Add(float64(max(n, 0)))
	}
	return res, nil
}

// observe records every request's latency under its route template (never the raw path, so the number of
// series stays bounded). It runs inside the access log and answers errors itself, so both see the status
// the client gets.
func (m *Metrics) observe(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		if err := next(c); err != nil {
			c.Error(err)
		}
		route := c.Path()
		if route == "" {
			route = "unmatched"
		}
		m.requests.WithLabelValues(route, methodLabel(c.Request().Method), strconv.Itoa(c.Response().Status)).
			Observe(time.Since(start).Seconds())
		return nil
	}
}

// methodLabel keeps made-up methods out of the label values.
func methodLabel(m string) string {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions, http.MethodPatch:
		return m
	}
	return "other"
}

// timedRenderer records the time of every drawing.
type timedRenderer struct {
	Renderer
	m *Metrics
}

func (r timedRenderer) Draw(ctx context.Context, sg graph.Subgraph, d render.Drawing) ([]byte, error) {
	start := time.Now()
	b, err := r.Renderer.Draw(ctx, sg, d)
	result := "ok"
	if err != nil {
		result = graph.ErrorCode(err)
	}
	r.m.draws.WithLabelValues(d.Format, result).Observe(time.Since(start).Seconds())
	return b, err
}

// Counters a renderer may offer; *render.Service offers both.
type (
	poolStatser  interface{ PoolStats() render.Stats }
	cacheStatser interface{ CacheStats() render.CacheStats }
)

// watchRenderer exposes the renderer's own counters, read at each scrape.
func (m *Metrics) watchRenderer(r Renderer) {
	if p, ok := r.(poolStatser); ok {
		registerFuncs(m, p.PoolStats, []funcMetric[render.Stats]{
			{"actorgraph_renders_total", "SVG renders the worker processes completed.", func(s render.Stats) int64 { return s.Renders }, true},
			{"actorgraph_render_errors_total", "Renders that failed after getting a worker, timeouts included.", func(s render.Stats) int64 { return s.Errors }, true},
			{"actorgraph_render_timeouts_total", "Renders stopped, and their worker killed, for taking too long.", func(s render.Stats) int64 { return s.Timeouts }, true},
			{"actorgraph_render_rejected_total", "Renders turned away because every worker was busy and the queue was full.", func(s render.Stats) int64 { return s.Rejected }, true},
			{"actorgraph_render_worker_starts_total", "Render worker processes started.", func(s render.Stats) int64 { return s.Starts }, true},
			{"actorgraph_render_workers_busy", "Render workers drawing now.", func(s render.Stats) int64 { return int64(s.Busy) }, false},
			{"actorgraph_render_queue_waiting", "Renders waiting for a worker now.", func(s render.Stats) int64 { return int64(s.Waiting) }, false},
			{"actorgraph_render_workers_live", "Render worker processes alive now.", func(s render.Stats) int64 { return int64(len(s.PIDs)) }, false},
			{"actorgraph_render_workers_rss_bytes", "Resident memory of the live render workers together, as each reported it after its latest render.", func(s render.Stats) int64 { return s.RSS }, false},
		})
	}
	if p, ok := r.(poolStatser); ok {
		m.reg.MustRegister(restartCollector{p})
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "actorgraph_render_seconds_total",
			Help: "Time of the SVG renders the workers completed (a worker's start included): divided by actorgraph_renders_total, the mean render time."},
			func() float64 { return p.PoolStats().RenderTime.Seconds() }))
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "actorgraph_render_graphviz_seconds_total",
			Help: "Of actorgraph_render_seconds_total, the time the workers spent in Graphviz (parsing the DOT, the layout, the SVG), by their own clock."},
			func() float64 { return p.PoolStats().GraphvizTime.Seconds() }))
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "actorgraph_render_graphviz_cpu_seconds_total",
			Help: "The workers' CPU time in Graphviz for the renders they completed: what the drawings cost, whatever the load."},
			func() float64 { return p.PoolStats().GraphvizCPU.Seconds() }))
	}
	if d, ok := r.(diskStatser); ok {
		m.watchDisk(d)
	}
	if sc, ok := r.(interface{ Simplified() int64 }); ok {
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "actorgraph_render_simplified_total",
			Help: "Drawings (page, drawn ahead or export) stopped for taking too long and drawn simpler instead (fewer lines, the fastest engine)."},
			func() float64 { return float64(sc.Simplified()) }))
	}
	if sc, ok := r.(interface{ SimplifiedBySize() int64 }); ok {
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "actorgraph_render_simplified_by_size_total",
			Help: "Drawings (page or export) drawn simpler without trying the full one, which the estimate of its layout's cost for the view's size said would take too long."},
			func() float64 { return float64(sc.SimplifiedBySize()) }))
	}
	if cs, ok := r.(cacheStatser); ok {
		m.reg.MustRegister(
			prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "actorgraph_render_cache_hits_total",
				Help: "Drawings answered from the render cache."}, func() float64 { return float64(cs.CacheStats().Hits) }),
			prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "actorgraph_render_cache_misses_total",
				Help: "Drawings not in the render cache."}, func() float64 { return float64(cs.CacheStats().Misses) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "actorgraph_render_cache_entries",
				Help: "Drawings in the render cache."}, func() float64 { return float64(cs.CacheStats().Entries) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "actorgraph_render_cache_bytes",
				Help: "Bytes held by the render cache."}, func() float64 { return float64(cs.CacheStats().Bytes) }),
		)
	}
}

// diskStatser is a renderer that keeps drawings on disk (render.ServiceConfig.Disk).
type diskStatser interface{ DiskCacheStats() render.DiskCacheStats }

// watchDisk exposes the counters of the drawings kept on disk.
func (m *Metrics) watchDisk(d diskStatser) {
	registerFuncs(m, d.DiskCacheStats, []funcMetric[render.DiskCacheStats]{
		{"actorgraph_render_disk_hits_total", "Drawings answered from the disk cache (not in memory, drawn before).", func(s render.DiskCacheStats) int64 { return s.Hits }, true},
		{"actorgraph_render_disk_misses_total", "Drawings looked for on disk and not found.", func(s render.DiskCacheStats) int64 { return s.Misses }, true},
		{"actorgraph_render_disk_writes_total", "Drawings written to the disk cache.", func(s render.DiskCacheStats) int64 { return s.Writes }, true},
		{"actorgraph_render_disk_corrupt_total", "Files of the disk cache that did not verify (cut short or changed), removed and drawn again.", func(s render.DiskCacheStats) int64 { return s.Corrupt }, true},
		{"actorgraph_render_disk_evicted_total", "Files removed from the disk cache to keep it within its bound.", func(s render.DiskCacheStats) int64 { return s.Evicted }, true},
		{"actorgraph_render_disk_bytes", "Bytes the disk cache holds.", func(s render.DiskCacheStats) int64 { return s.Bytes }, false},
	})
}

// funcMetric is a series read from a value of counters at each scrape: a counter, or a gauge.
type funcMetric[T any] struct {
	name, help string
	value      func(T) int64
	counter    bool
}

// registerFuncs registers each series, reading get() at every scrape.
func registerFuncs[T any](m *Metrics, get func() T, series []funcMetric[T]) {
	for _, c := range series {
		f := func() float64 { return float64(c.value(get())) }
		if c.counter {
			m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: c.name, Help: c.help}, f))
		} else {
			m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: c.name, Help: c.help}, f))
		}
	}
}

// prerenderStatser is a renderer that draws ahead of requests (render.Drawing.Speculative).
type prerenderStatser interface{ PrerenderStats() render.PrerenderStats }

// watchPrerender exposes the counters of the drawings made ahead of clicks.
func (m *Metrics) watchPrerender(p *prerenderer) {
	ps := p.rend.(prerenderStatser)
	m.reg.MustRegister(prerenderCollector{ps},
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "actorgraph_prerender_used_total",
			Help: "Drawings made ahead that a request then asked for (each counted once)."},
			func() float64 { return float64(ps.PrerenderStats().Used) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "actorgraph_prerender_wasted_total",
			Help: "Drawings made ahead and dropped from the render cache before any request asked for them."},
			func() float64 { return float64(ps.PrerenderStats().Wasted) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "actorgraph_prerender_dropped_total",
			Help: "Drawings planned ahead and dropped unstarted, for those of newer views."},
			func() float64 { return float64(p.dropped.Load()) }))
}

// prerenderCollector counts the drawings made ahead of clicks by what became of them: rendered, skipped
// (cached or in the making already), busy (no idle worker when tried; tried again later), preempted
// (stopped for a request), failed.
type prerenderCollector struct{ p prerenderStatser }

var prerenders = prometheus.NewDesc("actorgraph_prerender_total",
	"Drawings tried ahead of clicks, by result: rendered, skipped (cached or in the making), busy (no idle worker; tried again), preempted (stopped for a request), failed.",
	[]string{"result"}, nil)

func (prerenderCollector) Describe(ch chan<- *prometheus.Desc) { ch <- prerenders }

func (c prerenderCollector) Collect(ch chan<- prometheus.Metric) {
	st := c.p.PrerenderStats()
	for _, r := range []struct {
		name string
		n    int64
	}{{"rendered", st.Rendered}, {"skipped", st.Skipped}, {"busy", st.Busy}, {"preempted", st.Preempted}, {"failed", st.Failed}} {
		ch <- prometheus.MustNewConstMetric(prerenders, prometheus.CounterValue, float64(r.n), r.name)
	}
}

// restartCollector counts the render workers replaced, by reason (render.RestartReasons), every reason
// from the start so that a rate over any of them is defined.
type restartCollector struct{ p poolStatser }

var workerRestarts = prometheus.NewDesc("actorgraph_render_worker_restarts_total",
	"Render workers retired to be replaced, by reason: renders (done their number), memory (grown past the limit), fresh, timeout, cancelled, preempted (a drawing made ahead stopped for a request), error, crashed, start.",
	[]string{"reason"}, nil)

func (restartCollector) Describe(ch chan<- *prometheus.Desc) { ch <- workerRestarts }

func (c restartCollector) Collect(ch chan<- prometheus.Metric) {
	by := c.p.PoolStats().RestartsBy
	for _, reason := range render.RestartReasons() {
		ch <- prometheus.MustNewConstMetric(workerRestarts, prometheus.CounterValue, float64(by[reason]), reason)
	}
}

// watchStore exposes the size of the graph, read at each scrape (a Stats call on the store).
func (m *Metrics) watchStore(s graph.Store) {
	m.reg.MustRegister(storeCollector{s})
}

type storeCollector struct{ s graph.Store }

var storeItems = prometheus.NewDesc("actorgraph_store_items", "What the store holds: documents, entities, relations, evidence.", []string{"what"}, nil)

func (storeCollector) Describe(ch chan<- *prometheus.Desc) { ch <- storeItems }

func (c storeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st, err := c.s.Stats(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(storeItems, err)
		return
	}
	for what, n := range map[string]int{"documents": st.Documents, "entities": st.Entities, "relations": st.Relations, "evidence": st.Evidence} {
		ch <- prometheus.MustNewConstMetric(storeItems, prometheus.GaugeValue, float64(n), what)
	}
}
