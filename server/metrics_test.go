package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/server"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// newInstrumentedServer starts the server on the seeds, ingested through the metrics' counting store, with
// real render workers configured by pc, and logging JSON into the returned buffer.
func newInstrumentedServer(tb testing.TB, pc render.PoolConfig, cfg server.Config) (*testServer, *syncBuffer) {
	tb.Helper()
	mem, err := boltstore.Open(filepath.Join(tb.TempDir(), "test.db"), boltstore.NoSync())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { mem.Close() })
	if cfg.Metrics == nil {
		cfg.Metrics = server.NewMetrics()
	}
	store := cfg.Metrics.Store(mem)
	files, err := ingest.ReadFS(seeds.FS, "seeds")
	if err != nil {
		tb.Fatal(err)
	}
	in := ingest.Ingester{Store: store}
	if rep, err := in.Ingest(context.Background(), files); err != nil || rep.Err() != nil {
		tb.Fatalf("ingesting the seeds: %v %v", err, rep.Err())
	}
	if cfg.Renderer == nil {
		pool := render.NewPool(pc)
		tb.Cleanup(func() { pool.Close() })
		cfg.Renderer = render.NewService(render.ServiceConfig{Pool: pool, LinkBase: "/?focus="})
	}
	if cfg.Prerender == 0 {
		cfg.Prerender = -1 // what these tests count is the requests' own work; prerender_test.go turns it on
	}
	logs := &syncBuffer{}
	cfg.Store = store
	cfg.Logger = slog.New(slog.NewJSONHandler(logs, nil))
	ts := httptest.NewServer(server.New(cfg))
	tb.Cleanup(ts.Close)
	return &testServer{Server: ts, store: mem}, logs
}

// scrape returns the /metrics series as "name{labels}" → value, labels as Prometheus writes them (sorted
// by name).
func scrape(tb testing.TB, ts *testServer) map[string]float64 {
	tb.Helper()
	r := ts.get(tb, "/metrics")
	if r.status != http.StatusOK {
		tb.Fatalf("/metrics: status %d: %.300s", r.status, r.body)
	}
	series := map[string]float64{}
	sc := bufio.NewScanner(strings.NewReader(r.body))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			tb.Fatalf("metrics line %q: %v", line, err)
		}
		series[line[:i]] = v
	}
	return series
}

func wantSeries(tb testing.TB, series map[string]float64, want map[string]float64) {
	tb.Helper()
	for name, v := range want {
		got, ok := series[name]
		if !ok {
			tb.Errorf("no series %s", name)
			continue
		}
		if got != v {
			tb.Errorf("%s = %v, want %v", name, got, v)
		}
	}
}

func TestMetricsCountRequestsRendersAndTheCache(t *testing.T) {
	ts, _ := newInstrumentedServer(t, render.PoolConfig{Workers: 1, MaxRenders: 1}, server.Config{})
	for range 2 { // the second is a cache hit
		if r := ts.get(t, "/api/graph?format=svg&depth=1&focus="+tokayev); r.status != http.StatusOK {
			t.Fatalf("svg: status %d: %.300s", r.status, r.body)
		}
	}
	if r := ts.get(t, "/api/graph?format=svg&depth=2&focus="+tokayev); r.status != http.StatusOK {
		t.Fatalf("svg: status %d: %.300s", r.status, r.body)
	}
	ts.get(t, "/api/entities/"+tokayev)
	ts.get(t, "/api/entities/person:nobody")
	ts.get(t, "/no/such/page")
	ts.get(t, "/api/graph?depth=9&focus="+tokayev)

	st, err := ts.store.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	series := scrape(t, ts)
	wantSeries(t, series, map[string]float64{
		`actorgraph_http_request_duration_seconds_count{method="GET",route="/api/graph",status="200"}`:        3,
		`actorgraph_http_request_duration_seconds_count{method="GET",route="/api/graph",status="400"}`:        1,
		`actorgraph_http_request_duration_seconds_count{method="GET",route="/api/entities/:id",status="200"}`: 1,
		`actorgraph_http_request_duration_seconds_count{method="GET",route="/api/entities/:id",status="404"}`: 1,
		`actorgraph_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"}`:         1,
		`actorgraph_draw_duration_seconds_count{format="svg",result="ok"}`:                                    3,
		`actorgraph_renders_total`:                                  2,
		`actorgraph_render_errors_total`:                            0,
		`actorgraph_render_cache_hits_total`:                        1,
		`actorgraph_render_cache_misses_total`:                      2,
		`actorgraph_render_cache_entries`:                           2,
		`actorgraph_render_worker_starts_total`:                     2, // MaxRenders 1: a worker a render
		`actorgraph_render_worker_restarts_total{reason="renders"}`: 2,
		`actorgraph_render_worker_restarts_total{reason="memory"}`:  0,
		`actorgraph_ingest_calls_total{result="ok"}`:                1,
		`actorgraph_ingest_added_total{what="documents"}`:           float64(st.Documents),
		`actorgraph_ingest_added_total{what="relations"}`:           float64(st.Relations),
		`actorgraph_store_items{what="entities"}`:                   float64(st.Entities),
		`actorgraph_store_items{what="relations"}`:                  float64(st.Relations),
	})
	if st.Relations == 0 {
		t.Error("the seeds hold no relations")
	}
	if series[`actorgraph_render_seconds_total`] <= 0 {
		t.Error("the render time was not recorded")
	}
	// Graphviz's share, as the workers report it: some of the render time, never more than all of it.
	if gv := series[`actorgraph_render_graphviz_seconds_total`]; gv <= 0 || gv > series[`actorgraph_render_seconds_total`] {
		t.Errorf("Graphviz time %v s, want more than 0 and at most the render time %v s", gv, series[`actorgraph_render_seconds_total`])
	}
	if series[`actorgraph_render_graphviz_cpu_seconds_total`] <= 0 {
		t.Error("the workers' CPU time in Graphviz was not recorded")
	}
	if series[`actorgraph_http_request_duration_seconds_sum{method="GET",route="/api/graph",status="200"}`] <= 0 {
		t.Error("the latency of /api/graph was not recorded")
	}
	for name := range series {
		if strings.Contains(name, "no/such") || strings.Contains(name, "person:nobody") {
			t.Errorf("a raw path became a label: %s", name)
		}
	}
	if _, ok := series["go_goroutines"]; !ok {
		t.Error("no Go runtime series")
	}
}

func TestRequestIDIsEchoedOrMadeAndLogged(t *testing.T) {
	ts, logs := newInstrumentedServer(t, render.PoolConfig{Workers: 1}, server.Config{})
	for _, tc := range []struct {
		name, sent string
		kept       bool
	}{
		{"a plain id is echoed", "trace-4bf92f3577b34da6.a3ce:929d", true},
		{"no id gets one", "", false},
		{"an id with spaces and markup is replaced", `x" <script>alert(1)</script>`, false},
		{"a very long id is replaced", strings.Repeat("a", 200), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r response
			if tc.sent == "" {
				r = ts.get(t, "/api/search?q=Tokayev")
			} else {
				r = ts.get(t, "/api/search?q=Tokayev", "X-Request-ID", tc.sent)
			}
			id := r.header.Get("X-Request-ID")
			switch {
			case tc.kept && id != tc.sent:
				t.Fatalf("X-Request-ID %q, want %q echoed", id, tc.sent)
			case !tc.kept && (len(id) != 32 || strings.Trim(id, "0123456789abcdef") != ""):
				t.Fatalf("X-Request-ID %q, want 32 new hex digits", id)
			}
			// The access log has one record with this id, the route's URI and the status.
			var found int
			for _, line := range bytes.Split(logs.Bytes(), []byte("\n")) {
				var rec struct {
					Msg, URI, RequestID string
					Status              int
				}
				if len(line) == 0 {
					continue
				}
				var raw map[string]any
				if err := json.Unmarshal(line, &raw); err != nil {
					t.Fatalf("log line is not JSON: %s", line)
				}
				rec.Msg, _ = raw["msg"].(string)
				rec.URI, _ = raw["uri"].(string)
				rec.RequestID, _ = raw["request_id"].(string)
				if rec.Msg == "request" && rec.RequestID == id {
					found++
					if rec.URI != "/api/search?q=Tokayev" || raw["status"] != float64(200) {
						t.Errorf("log record %s", line)
					}
				}
			}
			if found != 1 {
				t.Errorf("%d access-log records with request_id %q, want 1:\n%s", found, id, logs.Bytes())
			}
		})
	}
}

// syncBuffer is a bytes.Buffer the server's goroutines may write while the test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}

func TestAWorkerKilledMidRenderFailsOneRequestAndIsReplaced(t *testing.T) {
	pool := render.NewPool(render.PoolConfig{Workers: 1, Timeout: time.Minute})
	t.Cleanup(func() { pool.Close() })
	svc := render.NewService(render.ServiceConfig{Pool: pool, LinkBase: "/?focus="})
	ts, _ := newInstrumentedServer(t, render.PoolConfig{}, server.Config{Renderer: svc})
	if _, err := ts.store.Ingest(t.Context(), denseBatch(500)); err != nil {
		t.Fatal(err)
	}
	if r := ts.get(t, "/api/graph?format=svg&depth=1&focus="+tokayev); r.status != http.StatusOK { // the worker is up
		t.Fatalf("first drawing: status %d", r.status)
	}
	done := make(chan response, 1)
	go func() {
		done <- ts.get(t, slowDrawingURL())
	}()
	var pid int
	for deadline := time.Now().Add(30 * time.Second); pid == 0; {
		if st := pool.Stats(); st.Busy == 1 && len(st.PIDs) == 1 {
			pid = st.PIDs[0]
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the drawing never started")
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // well into the layout
	p, err := os.FindProcess(pid)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Kill(); err != nil {
		t.Fatal(err)
	}
	r := <-done
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" {
		t.Fatalf("the drawing whose worker was killed: status %d, Retry-After %q; want 503 with Retry-After", r.status, r.header.Get("Retry-After"))
	}
	code, msg := errorOf(t, r)
	if code == "" || msg == "" {
		t.Errorf("no JSON error: %.300s", r.body)
	}
	t.Logf("the killed drawing: %d %s %q", r.status, code, msg)
	next := ts.get(t, "/api/graph?format=svg&depth=2&focus="+tokayev)
	if next.status != http.StatusOK || !strings.Contains(svgText(t, next.body), "Kassym-Jomart Tokayev") {
		t.Fatalf("the request after the kill: status %d: %.300s", next.status, next.body)
	}
	series := scrape(t, ts)
	wantSeries(t, series, map[string]float64{
		`actorgraph_render_worker_restarts_total{reason="crashed"}`: 1,
		`actorgraph_render_worker_starts_total`:                     2,
		`actorgraph_render_errors_total`:                            1,
		`actorgraph_renders_total`:                                  2,
	})
}

func TestAWorkerOverItsMemoryLimitIsReplacedAndCounted(t *testing.T) {
	// A limit of 1 MiB: every worker is over it after its first drawing (a fresh one holds some 25 MiB).
	ts, _ := newInstrumentedServer(t, render.PoolConfig{Workers: 1, MaxRSS: 1 << 20}, server.Config{})
	for _, focus := range []string{tokayev, csto} {
		r := ts.get(t, "/api/graph?format=svg&depth=1&focus="+focus)
		// The drawing that took its worker over the limit is still answered.
		if r.status != http.StatusOK || !strings.Contains(svgText(t, r.body), "Collective Security Treaty Organization") {
			t.Fatalf("drawing of %s: status %d: %.300s", focus, r.status, r.body)
		}
	}
	series := scrape(t, ts)
	wantSeries(t, series, map[string]float64{
		`actorgraph_renders_total`:                                  2,
		`actorgraph_render_worker_starts_total`:                     2,
		`actorgraph_render_worker_restarts_total{reason="memory"}`:  2,
		`actorgraph_render_worker_restarts_total{reason="renders"}`: 0,
	})
	if rss := series[`actorgraph_render_workers_rss_bytes`]; rss < 0 {
		t.Errorf("actorgraph_render_workers_rss_bytes = %v", rss)
	}
}

// TestASlowDrawingIsSimplifiedNotTimedOut: a page drawing or a download (SVG, PNG) that takes longer than
// the service's SimplifyAfter (here a nanosecond, so every first try is stopped) is answered with the
// simpler drawing, which says so in its title, and counted in /metrics; the request does not fail. With a
// budget of a nanosecond the estimate holds circo back before it is tried (simplified by size), and dot,
// which it never holds back, is stopped (simplified for time). Before, a download was drawn in full or
// timed out (504).
func TestASlowDrawingIsSimplifiedNotTimedOut(t *testing.T) {
	pool := render.NewPool(render.PoolConfig{Workers: 1})
	t.Cleanup(func() { pool.Close() })
	rend := render.NewService(render.ServiceConfig{Pool: pool, LinkBase: "/?focus=", SimplifyAfter: time.Nanosecond})
	ts, _ := newInstrumentedServer(t, render.PoolConfig{}, server.Config{Renderer: rend})
	for _, tt := range []struct {
		query, metric string
		want          float64
	}{
		{"format=svg&layout=circo", "actorgraph_render_simplified_by_size_total", 1},
		{"format=svg&layout=dot", "actorgraph_render_simplified_total", 1},
		{"format=svg&layout=circo&download=1", "actorgraph_render_simplified_by_size_total", 2},
		{"format=svg&layout=dot&download=1", "actorgraph_render_simplified_total", 2},
		{"format=png&layout=neato&download=1", "actorgraph_render_simplified_by_size_total", 3},
	} {
		r := ts.get(t, "/api/graph?focus="+tokayev+"&depth=2&"+tt.query)
		if r.status != http.StatusOK {
			t.Fatalf("%s: status %d: %.300s", tt.query, r.status, r.body)
		}
		if strings.Contains(tt.query, "svg") && !strings.Contains(r.body, "Simplified · ") {
			t.Errorf("%s: the drawing's title does not say it was simplified: %.600s", tt.query, r.body)
		}
		if m := scrape(t, ts); m[tt.metric] != tt.want {
			t.Errorf("%s: %s = %v, want %v", tt.query, tt.metric, m[tt.metric], tt.want)
		}
	}
}
