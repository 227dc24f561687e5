package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/lru"
	"github.com/actorgraph/actorgraph/view"
	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
)

// The whole-graph views (blocs, centrality) read every relationship that passes the filter and run an
// analysis over all of them: seconds of CPU and hundreds of megabytes at a million relationships, where a
// neighbourhood takes milliseconds. Before this, every request computed its own: 20 parallel /api/blocs at
// 200k relationships took 15 s each and 2.9 GB, and requests whose clients had left or timed out went on
// for minutes. So each view is
//
//   - computed once per version of the store (graph.Store.Version) and kept, until an ingest changes the
//     graph, in a cache bounded in bytes;
//   - computed once however many ask at the same time: later requests wait for the computation under way;
//   - stopped as soon as no request waits for it any more because their clients left, and when the server
//     closes. A request whose time runs out gets 504 with Retry-After, and the computation goes on, for
//     up to ComputeTimeout, so that the same question asked again is answered from the cache: a cold view
//     of a large graph on a busy machine can take longer than one request may;
//   - computed at most MaxComputations at a time: a request that needs a new computation waits a moment for
//     a place, then gets 503 with Retry-After, rather than piling work up behind work.

// Limits of the whole-graph views.
const (
	// DefaultViewCacheBytes bounds the whole-graph views kept, by the size of their JSON. At 1M
	// relationships the blocs view (every actor's bloc) is about 4 MB.
	DefaultViewCacheBytes = 64 << 20
	// DefaultComputeQueueWait is how long a request that needs a new computation waits for a place.
	DefaultComputeQueueWait = time.Second
	// DefaultComputeTimeout bounds one computation, which may outlive the request that started it (see
	// above). At 1M relationships on the benchmark machine, loaded, the slowest cold view took about 30 s.
	DefaultComputeTimeout = time.Minute
)

// defaultMaxComputations is one computation per core: each runs on one goroutine, so more would only
// share the cores and all finish later.
func defaultMaxComputations() int { return runtime.GOMAXPROCS(0) }

// wholeGraph computes, shares, caches and bounds the whole-graph views.
type wholeGraph struct {
	store   graph.Store
	slots   chan struct{} // one per computation running
	wait    time.Duration // how long a new computation waits for a slot
	timeout time.Duration // the requests' timeout, for the message of a 504
	limit   time.Duration // the longest a computation may run
	ctx     context.Context
	close   context.CancelFunc // stops every computation
	running sync.WaitGroup
	m       viewMetrics

	mu      sync.Mutex
	version string                        // the store version the cache holds views of
	cache   *lru.Cache[string, view.View] // views of w.version by key, bounded by their size (viewSize)
	flights map[string]*flight            // computations under way, by key
}

// flight is one computation under way and the requests waiting for it.
type flight struct {
	done    chan struct{} // closed once v and err are set
	v       view.View
	err     error
	waiters int
	// awaited is set once a request has timed out waiting: someone will ask again, so the computation goes
	// on when its last waiter leaves.
	awaited bool
	cancel  context.CancelFunc
}

func newWholeGraph(st graph.Store, maxComputations int, wait, timeout, limit time.Duration, cacheBytes int) *wholeGraph {
	ctx, cancel := context.WithCancel(context.Background())
	return &wholeGraph{store: st, slots: make(chan struct{}, maxComputations), wait: wait, timeout: timeout, limit: limit,
		ctx: ctx, close: cancel, m: newViewMetrics(), cache: lru.New[string, view.View](int64(cacheBytes)), flights: map[string]*flight{}}
}

// viewKey names a view and the parameters that decide it: the filter, with its lists sorted so that the
// same filter in another order is the same view, and extra ones (measure, limit).
func viewKey(name string, f graph.Filter, extra ...any) string {
	f.Kinds, f.Types, f.Stances, f.Documents = slices.Sorted(slices.Values(f.Kinds)), slices.Sorted(slices.Values(f.Types)),
		slices.Sorted(slices.Values(f.Stances)), slices.Sorted(slices.Values(f.Documents))
	b, _ := json.Marshal(f) // a struct of strings and numbers: never fails
	return fmt.Sprint(name, "\x00", string(b), "\x00", extra)
}

// get returns the view with the key (see viewKey) of the store as it is now: from the cache, from the
// computation under way for it, or computed by compute, whose context is done once the clients of every
// request waiting for it have left (unless one timed out), when the server closes, or after w.limit. name
// says what is computed, for messages and metrics.
//
// Errors: those of Store.Version and of compute; EUNAVAILABLE when MaxComputations run and none ends
// within the queue wait, or when the server closes; ETIMEOUT when ctx's deadline passes first, the
// computation going on.
func (w *wholeGraph) get(ctx context.Context, name, key string, compute func(context.Context) (view.View, error)) (view.View, error) {
	version, err := w.store.Version(ctx)
	if err != nil {
		return view.View{}, err
	}
	w.mu.Lock()
	if v, ok := w.cached(version, key); ok {
		w.mu.Unlock()
		w.m.lookups.WithLabelValues(name, "hit").Inc()
		return v, nil
	}
	f := w.flights[key]
	if f == nil {
		w.mu.Unlock()
		release, err := w.admit(ctx, name)
		if err != nil {
			return view.View{}, err
		}
		w.mu.Lock()
		if v, ok := w.cached(version, key); ok { // computed while this one waited for a place
			w.mu.Unlock()
			release()
			w.m.lookups.WithLabelValues(name, "hit").Inc()
			return v, nil
		}
		if f = w.flights[key]; f == nil {
			f = w.start(name, version, key, compute, release)
			w.m.lookups.WithLabelValues(name, "computed").Inc()
		} else {
			release()
			w.m.lookups.WithLabelValues(name, "shared").Inc()
		}
	} else {
		w.m.lookups.WithLabelValues(name, "shared").Inc()
	}
	f.waiters++
	w.mu.Unlock()

	select {
	case <-f.done:
		return f.v, f.err
	case <-ctx.Done():
		timedOut := errors.Is(ctx.Err(), context.DeadlineExceeded)
		w.leave(key, f, timedOut)
		if timedOut {
			// Not wrapping ctx.Err(): the error handler would answer its own message for a deadline.
			return view.View{}, graph.Errorf(graph.ETIMEOUT,
				"computing the %s of the whole graph takes longer than the %v a request may take; it goes on: ask again in a few seconds, or narrow the filter (kinds, types, stances, dates)", name, w.timeout)
		}
		return view.View{}, graph.Errorf(graph.EUNAVAILABLE, "the request was cancelled")
	}
}

// wholeView answers a whole-graph view through w.get, telling a client whose request timed out when to
// ask again: the computation goes on.
func (s *Server) wholeView(c echo.Context, name, key string, compute func(context.Context) (view.View, error)) (view.View, error) {
	ctx := c.Request().Context()
	v, err := s.whole.get(ctx, name, key, compute)
	if graph.ErrorCode(err) == graph.ETIMEOUT && ctx.Err() != nil {
		c.Response().Header().Set("Retry-After", "10")
	}
	return v, err
}

// cached looks the key up among the views of the version; a version not seen before empties the cache,
// whose views are of a graph that has changed since. The caller holds w.mu.
func (w *wholeGraph) cached(version, key string) (view.View, bool) {
	if version != w.version {
		w.version = version
		w.cache.Clear()
	}
	return w.cache.Get(key)
}

// admit takes a place for a computation, waiting up to w.wait, and returns the function that gives it
// back.
func (w *wholeGraph) admit(ctx context.Context, name string) (func(), error) {
	release := func() { <-w.slots }
	select {
	case w.slots <- struct{}{}:
		return release, nil
	default:
	}
	t := time.NewTimer(w.wait)
	defer t.Stop()
	select {
	case w.slots <- struct{}{}:
		return release, nil
	case <-t.C:
		w.m.rejected.WithLabelValues(name).Inc()
		return nil, graph.Errorf(graph.EUNAVAILABLE, "the server is computing as many whole-graph views as it may at once (%d); try again in a few seconds", cap(w.slots))
	case <-ctx.Done():
		return nil, graph.Errorf(graph.EUNAVAILABLE, "the request was cancelled while it waited for a place to compute")
	case <-w.ctx.Done():
		return nil, errClosing
	}
}

var errClosing = graph.Errorf(graph.EUNAVAILABLE, "the server is shutting down")

// start runs compute for the key in a goroutine of its own, holding the place release gives back. The
// caller holds w.mu.
func (w *wholeGraph) start(name, version, key string, compute func(context.Context) (view.View, error), release func()) *flight {
	ctx, cancel := context.WithTimeout(w.ctx, w.limit)
	f := &flight{done: make(chan struct{}), cancel: cancel}
	w.flights[key] = f
	w.running.Add(1)
	w.m.running.Inc()
	go func() {
		defer w.running.Done()
		start := time.Now()
		v, err := protect(ctx, compute)
		if err == nil {
			err = v.Encode() // once here, rather than for every request that reads it from the cache
		}
		result := "ok"
		switch {
		case err != nil && w.ctx.Err() != nil:
			err, result = errClosing, "closed"
		case err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded):
			err, result = graph.Errorf(graph.ETIMEOUT,
				"computing the %s of the whole graph took longer than its limit of %v; narrow the filter (kinds, types, stances, dates)", name, w.limit), "timeout"
		case err != nil && ctx.Err() != nil:
			result = "cancelled" // nobody waits for the error
		case err != nil:
			result = graph.ErrorCode(err)
		}
		size := 0
		if err == nil {
			size = viewSize(v)
		}
		cancel()
		release()
		w.m.running.Dec()
		w.m.computations.WithLabelValues(name, result).Observe(time.Since(start).Seconds())
		w.mu.Lock()
		if w.flights[key] == f {
			delete(w.flights, key)
		}
		if err == nil && version == w.version {
			w.cache.Add(key, v, int64(size))
		}
		f.v, f.err = v, err
		w.mu.Unlock()
		close(f.done)
	}()
	return f
}

// protect runs compute, turning a panic into an internal error: it runs outside any request, where echo's
// recovery would not catch it and the process would end.
func protect(ctx context.Context, compute func(context.Context) (view.View, error)) (v view.View, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = graph.Wrap(fmt.Errorf("panic: %v", p), graph.EINTERNAL, "internal error")
		}
	}()
	return compute(ctx)
}

// leave takes a request off the waiters of f, because its client left or, if timedOut, its time ran out.
// When the last client has left, and none timed out, nobody will ask for the answer: the computation
// stops, and a request that comes later starts a new one rather than wait for a cancelled one.
func (w *wholeGraph) leave(key string, f *flight, timedOut bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	f.waiters--
	f.awaited = f.awaited || timedOut
	if f.waiters > 0 || f.awaited {
		return
	}
	f.cancel()
	if w.flights[key] == f {
		delete(w.flights, key)
	}
}

// Close stops the drawings made ahead and the whole-graph computations in progress, whose requests get 503,
// and waits for the computations to return: a server shutting down stops the work nobody will wait for. Views not cached are not computed
// afterwards (503); everything else is served as before.
func (s *Server) Close() {
	s.pre.close()
	s.whole.close()
	s.whole.running.Wait()
}

// viewSize is about what a view holds: the size of its JSON body, twice (encoded and as Go values), and of
// its subgraph's.
func viewSize(v view.View) int {
	n := 2 * len(v.JSON)
	if b, err := json.Marshal(v.Subgraph); err == nil {
		n += len(b)
	}
	return n
}

// viewMetrics are the whole-graph views' series in /metrics.
type viewMetrics struct {
	lookups      *prometheus.CounterVec
	computations *prometheus.HistogramVec
	rejected     *prometheus.CounterVec
	running      prometheus.Gauge
}

func newViewMetrics() viewMetrics {
	return viewMetrics{
		lookups: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_view_requests_total",
			Help: "Requests for a whole-graph view (blocs, centrality), by view and how they were answered: hit (cached for the store's version), shared (a computation under way), computed (a new one).",
		}, []string{"view", "how"}),
		computations: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "actorgraph_view_compute_duration_seconds",
			Help:    "Time of each whole-graph computation, by view and result: ok, cancelled (no request waited any more), closed (the server shut down), or an error code (timeout: it ran past the computation limit).",
			Buckets: []float64{.001, .01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}, []string{"view", "result"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_view_rejected_total",
			Help: "Whole-graph view requests turned away with 503 because as many computations as allowed were running.",
		}, []string{"view"}),
		running: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "actorgraph_view_computations_running",
			Help: "Whole-graph computations running now.",
		}),
	}
}

func (m *Metrics) watchViews(v viewMetrics) {
	m.reg.MustRegister(v.lookups, v.computations, v.rejected, v.running)
}
