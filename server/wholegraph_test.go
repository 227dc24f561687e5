package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cputime"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/server"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// viewStore counts the whole-graph reads (Snapshot) the views make, and can hold them: until gate is
// closed, or for good when gate is nil and hold is set, each Snapshot waits, returning when its context is
// done.
type viewStore struct {
	graph.Store
	snapshots atomic.Int64
	started   chan struct{} // gets a value as each Snapshot starts, if not nil
	gate      chan struct{} // Snapshot waits for it to close, if not nil
	stopped   chan error    // gets the context's error of a Snapshot that stopped waiting, if not nil
	subgraph  *graph.Subgraph
}

func (s *viewStore) Snapshot(ctx context.Context, f graph.Filter) (graph.Subgraph, error) {
	s.snapshots.Add(1)
	if s.started != nil {
		s.started <- struct{}{}
	}
	if s.gate != nil {
		select {
		case <-s.gate:
		case <-ctx.Done():
			if s.stopped != nil {
				s.stopped <- ctx.Err()
			}
			return graph.Subgraph{}, graph.Wrap(ctx.Err(), graph.ETIMEOUT, "cancelled")
		}
	}
	if s.subgraph != nil {
		return *s.subgraph, nil
	}
	return s.Store.Snapshot(ctx, f)
}

// newViewServer serves the seed graph through st (st.Store is set to a new store holding the seeds), with
// no renderer: the whole-graph views answer JSON.
func newViewServer(tb testing.TB, st *viewStore, cfg server.Config) (*httptest.Server, *boltstore.Store) {
	tb.Helper()
	mem := seededStore(tb)
	st.Store = mem
	cfg.Store = st
	srv := server.New(cfg)
	ts := httptest.NewServer(srv)
	tb.Cleanup(func() {
		ts.Close()
		srv.Close()
	})
	return ts, mem
}

// fetch GETs the path and returns status, headers and body.
func fetch(tb testing.TB, ts *httptest.Server, path string) response {
	tb.Helper()
	return (&testServer{Server: ts}).get(tb, path)
}

// fetchTimed is fetch, and how long the answer took.
func fetchTimed(tb testing.TB, ts *httptest.Server, path string) (response, time.Duration) {
	tb.Helper()
	start := time.Now()
	r := fetch(tb, ts, path)
	return r, time.Since(start)
}

// wantError checks an error answer: status, code and message.
func wantError(tb testing.TB, r response, status int, code, message string) {
	tb.Helper()
	var body struct {
		Error struct{ Code, Message string }
	}
	if err := json.Unmarshal([]byte(r.body), &body); err != nil || r.status != status || body.Error.Code != code || !strings.Contains(body.Error.Message, message) {
		tb.Errorf("got %d %s, want %d with code %q and a message containing %q", r.status, r.body, status, code, message)
	}
}

func wantRetryAfter(tb testing.TB, r response, seconds string) {
	tb.Helper()
	if got := r.header.Get("Retry-After"); got != seconds {
		tb.Errorf("Retry-After %q, want %s", got, seconds)
	}
}

func TestWholeGraphViewsAreComputedOncePerStoreVersion(t *testing.T) {
	st := &viewStore{}
	ts, mem := newViewServer(t, st, server.Config{})
	ctx := t.Context()
	steps := []struct {
		name      string
		path      string
		snapshots int64  // after the request
		contains  string // in the body
		lacks     string
	}{
		{"blocs, cold", "/api/blocs", 1, `"label":"Kazakhstan"`, ""},
		{"blocs again, from the cache", "/api/blocs", 1, `"label":"Kazakhstan"`, ""},
		{"pagerank, cold", "/api/centrality?measure=pagerank&limit=3", 2, `"pagerank"`, `"betweenness"`},
		{"pagerank again, as another format", "/api/centrality?measure=pagerank&limit=3&format=csv-nodes", 2, "state:kazakhstan", ""},
		{"betweenness is another computation", "/api/centrality?measure=betweenness&limit=3", 3, `"betweenness"`, `"pagerank"`},
		{"another filter is another computation", "/api/blocs?kinds=state,person", 4, "state:russia", "organization:"},
		{"the same filter in another order is not", "/api/blocs?kinds=person,state", 4, "state:russia", "organization:"},
	}
	for _, s := range steps {
		r := fetch(t, ts, s.path)
		if r.status != http.StatusOK {
			t.Fatalf("%s: %d %s", s.name, r.status, r.body)
		}
		if got := st.snapshots.Load(); got != s.snapshots {
			t.Errorf("%s: %d whole-graph reads so far, want %d", s.name, got, s.snapshots)
		}
		if !strings.Contains(r.body, s.contains) || (s.lacks != "" && strings.Contains(r.body, s.lacks)) {
			t.Errorf("%s: body %.300s, want %q and not %q", s.name, r.body, s.contains, s.lacks)
		}
	}

	// An ingest that changes the graph: the views are computed again, with the new actors.
	before := fetch(t, ts, "/api/blocs").body
	if _, err := mem.Ingest(ctx, denseBatch(12)); err != nil {
		t.Fatal(err)
	}
	after := fetch(t, ts, "/api/blocs")
	if got := st.snapshots.Load(); got != 5 {
		t.Errorf("after an ingest: %d whole-graph reads, want 5", got)
	}
	if after.body == before || !strings.Contains(after.body, "organization:actor-number-3-with-a-long-descriptive-name") {
		t.Errorf("after an ingest the blocs do not hold the new actors: %.300s", after.body)
	}
	fetch(t, ts, "/api/blocs")
	if got := st.snapshots.Load(); got != 5 {
		t.Errorf("asked again after the ingest: %d whole-graph reads, want 5", got)
	}
	// Ingesting the same again changes nothing: the cache stays.
	if _, err := mem.Ingest(ctx, denseBatch(12)); err != nil {
		t.Fatal(err)
	}
	fetch(t, ts, "/api/blocs")
	if got := st.snapshots.Load(); got != 5 {
		t.Errorf("after an ingest that changed nothing: %d whole-graph reads, want 5", got)
	}
}

func TestConcurrentRequestsForOneViewShareOneComputation(t *testing.T) {
	st := &viewStore{started: make(chan struct{}, 100), gate: make(chan struct{})}
	ts, _ := newViewServer(t, st, server.Config{})
	const n = 20
	bodies := make(chan response, n)
	for range n {
		go func() { bodies <- fetch(t, ts, "/api/blocs") }()
	}
	<-st.started
	time.Sleep(200 * time.Millisecond) // the others arrive and wait
	close(st.gate)
	var first string
	for range n {
		r := <-bodies
		if r.status != http.StatusOK {
			t.Fatalf("%d %s", r.status, r.body)
		}
		if first == "" {
			first = r.body
		} else if r.body != first {
			t.Error("two answers differ")
		}
	}
	if got := st.snapshots.Load(); got != 1 {
		t.Errorf("%d parallel requests read the whole graph %d times, want once", n, got)
	}
}

func TestWholeGraphViewsBeyondTheBoundGet503WithRetryAfter(t *testing.T) {
	st := &viewStore{started: make(chan struct{}, 10), gate: make(chan struct{})}
	ts, _ := newViewServer(t, st, server.Config{MaxComputations: 1, ComputeQueueWait: 100 * time.Millisecond})
	blocs := make(chan response, 2)
	go func() { blocs <- fetch(t, ts, "/api/blocs") }()
	<-st.started // the one place is taken

	r, waited := fetchTimed(t, ts, "/api/centrality?measure=degree")
	wantError(t, r, http.StatusServiceUnavailable, graph.EUNAVAILABLE,
		"the server is computing as many whole-graph views as it may at once (1); try again in a few seconds")
	wantRetryAfter(t, r, "5")
	if waited < 100*time.Millisecond {
		t.Errorf("turned away after %v, want after the queue wait of 100ms", waited)
	}

	// The same view as the one under way needs no place of its own: it waits for that computation.
	go func() { blocs <- fetch(t, ts, "/api/blocs") }()
	time.Sleep(300 * time.Millisecond)
	close(st.gate)
	for range 2 {
		if r := <-blocs; r.status != http.StatusOK || !strings.Contains(r.body, `"blocs"`) {
			t.Errorf("blocs: %d %.200s", r.status, r.body)
		}
	}
	if got := st.snapshots.Load(); got != 1 {
		t.Errorf("%d whole-graph reads, want 1", got)
	}
	// The place is free again.
	if r := fetch(t, ts, "/api/centrality?measure=degree"); r.status != http.StatusOK {
		t.Errorf("after the computation: %d %s", r.status, r.body)
	}
}

func TestSlowWholeGraphViewGets504(t *testing.T) {
	t.Run("at the request timeout: 504 with Retry-After, and the computation goes on for the next request", func(t *testing.T) {
		st := &viewStore{gate: make(chan struct{})}
		ts, _ := newViewServer(t, st, server.Config{RequestTimeout: 300 * time.Millisecond})
		r, took := fetchTimed(t, ts, "/api/blocs")
		wantError(t, r, http.StatusGatewayTimeout, graph.ETIMEOUT,
			"computing the blocs of the whole graph takes longer than the 300ms a request may take; it goes on: ask again in a few seconds")
		wantRetryAfter(t, r, "10")
		if took > 2*time.Second {
			t.Errorf("answered after %v, want at the timeout of 300ms", took)
		}
		close(st.gate)
		var again response
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if again = fetch(t, ts, "/api/blocs"); again.status == http.StatusOK {
				break
			}
		}
		if again.status != http.StatusOK || st.snapshots.Load() != 1 {
			t.Errorf("asked again: %d after %d whole-graph reads, want 200 from the first one", again.status, st.snapshots.Load())
		}
	})
	t.Run("at the computation's own limit: 504, and the computation stopped", func(t *testing.T) {
		st := &viewStore{gate: make(chan struct{}), stopped: make(chan error, 1)}
		ts, _ := newViewServer(t, st, server.Config{ComputeTimeout: 300 * time.Millisecond})
		r := fetch(t, ts, "/api/centrality?measure=betweenness")
		wantError(t, r, http.StatusGatewayTimeout, graph.ETIMEOUT,
			"computing the centrality of the whole graph took longer than its limit of 300ms; narrow the filter")
		select {
		case err := <-st.stopped:
			if err != context.DeadlineExceeded {
				t.Errorf("the read stopped with %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("the whole-graph read was not stopped")
		}
	})
}

// TestWholeGraphViewStopsWhenTheClientLeaves starts a betweenness ranking that runs for seconds, leaves,
// and measures how soon the server stops computing it and how much CPU it spends until then.
func TestWholeGraphViewStopsWhenTheClientLeaves(t *testing.T) {
	big := synthetic.Graph(6000, 60_000, 3)
	st := &viewStore{subgraph: &big, started: make(chan struct{}, 1)}
	ts, _ := newViewServer(t, st, server.Config{})
	ctx, leave := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, ts.URL+"/api/centrality?measure=betweenness", nil)
		res, err := ts.Client().Do(req)
		if err == nil {
			res.Body.Close()
		}
		done <- err
	}()
	<-st.started
	time.Sleep(300 * time.Millisecond) // well into the computation
	if n := runningComputations(t, ts); n != 1 {
		t.Fatalf("%v computations running, want 1", n)
	}
	cpu0, measured := cputime.Process()
	left := time.Now()
	leave()
	if err := <-done; err == nil {
		t.Fatal("the request finished before its client left: the graph is too small to test this")
	}
	for runningComputations(t, ts) > 0 {
		if time.Since(left) > 3*time.Second {
			t.Fatal("the computation still runs 3 s after its client left")
		}
		time.Sleep(5 * time.Millisecond)
	}
	took := time.Since(left)
	cpu1, _ := cputime.Process()
	t.Logf("stopped %v after the client left, %v of CPU in between", took, cpu1-cpu0)
	if used, bound := cpu1-cpu0, cpuScale*300*time.Millisecond; measured && used > bound {
		t.Errorf("%v of CPU from the client leaving until the computation stopped, want at most %v", used, bound)
	}
	if m := metricsText(t, ts); !strings.Contains(m, `actorgraph_view_compute_duration_seconds_count{result="cancelled",view="centrality"} 1`) {
		t.Errorf("the metrics do not count a cancelled computation:\n%s", grepLines(m, "actorgraph_view_"))
	}
}

func metricsText(tb testing.TB, ts *httptest.Server) string {
	tb.Helper()
	return fetch(tb, ts, "/metrics").body
}

// runningComputations reads actorgraph_view_computations_running from /metrics.
func runningComputations(tb testing.TB, ts *httptest.Server) float64 {
	tb.Helper()
	for _, line := range strings.Split(metricsText(tb, ts), "\n") {
		if v, ok := strings.CutPrefix(line, "actorgraph_view_computations_running "); ok {
			var n float64
			fmt.Sscan(v, &n)
			return n
		}
	}
	tb.Fatal("no actorgraph_view_computations_running in /metrics")
	return 0
}

func grepLines(s, prefix string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestCloseStopsTheComputations: closing the server (as serve does when it shuts down) stops the
// computations in progress, whose requests get 503 at once, and returns once they have stopped.
func TestCloseStopsTheComputations(t *testing.T) {
	st := &viewStore{started: make(chan struct{}, 2), gate: make(chan struct{}), stopped: make(chan error, 2)}
	st.Store = seededStore(t)
	srv := server.New(server.Config{Store: st})
	ts := httptest.NewServer(srv)
	defer ts.Close()
	answers := make(chan response, 2)
	var wg sync.WaitGroup
	for _, path := range []string{"/api/blocs", "/api/centrality?measure=betweenness"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers <- fetch(t, ts, path)
		}()
		<-st.started
	}
	start := time.Now()
	srv.Close()
	closed := time.Since(start)
	wg.Wait()
	for range 2 {
		wantError(t, <-answers, http.StatusServiceUnavailable, graph.EUNAVAILABLE, "the server is shutting down")
		if err := <-st.stopped; err != context.Canceled {
			t.Errorf("a whole-graph read stopped with %v, want cancelled", err)
		}
	}
	if closed > time.Second {
		t.Errorf("Close took %v", closed)
	}
	wantError(t, fetch(t, ts, "/api/blocs"), http.StatusServiceUnavailable, graph.EUNAVAILABLE, "the server is shutting down")
}
