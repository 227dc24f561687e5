package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/server"
)

// gateRenderer draws a stub SVG once the gate opens, and tells when each drawing starts. It caches
// nothing: every drawing is work, and takes its place through d.Admit as render.Service does on a miss.
type gateRenderer struct {
	gate    chan struct{}
	started chan struct{}
}

func (g gateRenderer) Draw(ctx context.Context, sg graph.Subgraph, d render.Drawing) ([]byte, error) {
	if d.Admit != nil {
		release, err := d.Admit(ctx)
		if err != nil {
			return nil, err
		}
		defer release()
	}
	g.started <- struct{}{}
	select {
	case <-g.gate:
		return []byte(`<svg xmlns="http://www.w3.org/2000/svg"></svg>`), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func errorOf(tb testing.TB, r response) (code, message string) {
	tb.Helper()
	var body struct {
		Error struct{ Code, Message string }
	}
	if err := json.Unmarshal([]byte(r.body), &body); err != nil {
		tb.Fatalf("status %d, body is not the JSON error: %v: %.300s", r.status, err, r.body)
	}
	return body.Error.Code, body.Error.Message
}

func TestExcessDrawingsGet503WithRetryAfter(t *testing.T) {
	g := gateRenderer{gate: make(chan struct{}), started: make(chan struct{}, 10)}
	ts, _ := newInstrumentedServer(t, render.PoolConfig{}, server.Config{Renderer: g, MaxDrawings: 2, DrawQueueWait: 50 * time.Millisecond})
	svg := "/api/graph?format=svg&depth=1&focus=" + tokayev

	var wg sync.WaitGroup
	first := make([]response, 2)
	for i := range first {
		wg.Go(func() { first[i] = ts.get(t, svg) })
	}
	<-g.started
	<-g.started // both places taken

	start := time.Now()
	r := ts.get(t, svg)
	if r.status != http.StatusServiceUnavailable {
		t.Fatalf("a third drawing: status %d, want 503: %.300s", r.status, r.body)
	}
	if waited := time.Since(start); waited > 2*time.Second {
		t.Errorf("the third drawing waited %s before 503, want about the 50 ms queue wait", waited)
	}
	if ra := r.header.Get("Retry-After"); ra == "" {
		t.Error("503 without Retry-After")
	}
	code, msg := errorOf(t, r)
	if code != graph.EUNAVAILABLE || !strings.Contains(msg, "try again") {
		t.Errorf("error %q %q", code, msg)
	}
	// JSON needs no drawing and is not held back.
	if r := ts.get(t, "/api/graph?depth=1&focus="+tokayev); r.status != http.StatusOK {
		t.Errorf("JSON while drawings are full: status %d", r.status)
	}

	close(g.gate)
	wg.Wait()
	for i, r := range first {
		if r.status != http.StatusOK {
			t.Errorf("drawing %d in progress: status %d: %.300s", i, r.status, r.body)
		}
	}
	if r := ts.get(t, svg); r.status != http.StatusOK {
		t.Errorf("a drawing once places are free: status %d: %.300s", r.status, r.body)
	}
	wantSeries(t, scrape(t, ts), map[string]float64{
		`actorgraph_draw_rejected_total`:                                                               1,
		`actorgraph_draw_duration_seconds_count{format="svg",result="unavailable"}`:                    1,
		`actorgraph_draw_duration_seconds_count{format="svg",result="ok"}`:                             3,
		`actorgraph_http_request_duration_seconds_count{method="GET",route="/api/graph",status="503"}`: 1,
	})
}

// slowWorkers starts each render worker after the delay: with MaxRenders 1, every drawing takes at least that
// long, however fast Graphviz draws it on the machine the test runs on.
func slowWorkers(tb testing.TB, delay time.Duration) func() *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		tb.Fatal(err)
	}
	return func() *exec.Cmd {
		cmd := exec.Command("/bin/sh", "-c", fmt.Sprintf("sleep %.1f && exec \"$0\"", delay.Seconds()), exe)
		cmd.Env = append(os.Environ(), render.WorkerEnv+"=1")
		return cmd
	}
}

func TestCachedDrawingsAnswerWhileRenderingIsSaturated(t *testing.T) {
	// Each drawing takes a new worker that starts in 4 s: the slow drawings hold their places for that long
	// at least (neato drew slowDrawingURL in 1.0 s at a load of 14, less on a quiet machine).
	pool := render.NewPool(render.PoolConfig{Workers: 1, Timeout: time.Minute, MaxRenders: 1, Command: slowWorkers(t, 4*time.Second)})
	t.Cleanup(func() { pool.Close() })
	svc := render.NewService(render.ServiceConfig{Pool: pool, LinkBase: "/?focus="})
	// Two places for drawings, and the default second of waiting for one.
	ts, _ := newInstrumentedServer(t, render.PoolConfig{}, server.Config{Renderer: svc, MaxDrawings: 2})
	if _, err := ts.store.Ingest(t.Context(), denseBatch(500)); err != nil {
		t.Fatal(err)
	}
	cachedURL := "/api/graph?format=svg&depth=1&focus=" + tokayev
	first := ts.get(t, cachedURL)
	if first.status != http.StatusOK {
		t.Fatalf("the drawing to cache: status %d: %.300s", first.status, first.body)
	}

	// Two slow drawings take both places: one renders, one waits for the only worker. The test cancels
	// them when it is done, which kills the worker.
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	for range 2 {
		wg.Go(func() {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, ts.URL+slowDrawingURL(), nil)
			if res, err := ts.Client().Do(req); err == nil {
				res.Body.Close()
			}
		})
	}
	deadline := time.Now().Add(30 * time.Second)
	for st := pool.Stats(); st.Busy != 1 || st.Waiting != 1; st = pool.Stats() {
		if time.Now().After(deadline) {
			t.Fatalf("the slow drawings never filled the pool: %+v", st)
		}
		time.Sleep(5 * time.Millisecond)
	}

	for i := range 6 { // the report: 5 of 6 such requests got 503 after 1.1 s
		start := time.Now()
		r := ts.get(t, cachedURL)
		took := time.Since(start)
		if r.status != http.StatusOK || r.body != first.body {
			t.Fatalf("cached drawing %d while rendering is saturated: status %d after %s, %d bytes (want 200, the %d cached bytes): %.200s",
				i, r.status, took, len(r.body), len(first.body), r.body)
		}
		// Well under the second a drawing waits for a place; a few milliseconds on an idle machine.
		if took > 250*time.Millisecond {
			t.Errorf("cached drawing %d took %s", i, took)
		}
		t.Logf("cached drawing %d: 200 in %s", i, took)
	}

	start := time.Now()
	r := ts.get(t, "/api/graph?format=svg&depth=1&focus="+csto)
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" {
		t.Fatalf("a new drawing while rendering is saturated: status %d, Retry-After %q after %s; want 503 with Retry-After: %.300s",
			r.status, r.header.Get("Retry-After"), time.Since(start), r.body)
	}
	if code, msg := errorOf(t, r); code != graph.EUNAVAILABLE || msg != "the server is drawing 2 pictures already; try again in a few seconds" {
		t.Errorf("error %q %q", code, msg)
	}
	wantSeries(t, scrape(t, ts), map[string]float64{
		`actorgraph_draw_rejected_total`:     1,
		`actorgraph_render_cache_hits_total`: 6,
	})
}

func TestRequestLimits(t *testing.T) {
	ts, _ := newInstrumentedServer(t, render.PoolConfig{Workers: 1}, server.Config{})
	for _, tc := range []struct {
		name   string
		req    func() *http.Request
		status int
		code   string
		says   string
	}{
		{"a body over 1 MB is refused by its length", func() *http.Request {
			r, _ := http.NewRequest(http.MethodGet, ts.URL+"/api/search?q=Tokayev", strings.NewReader(strings.Repeat("x", server.DefaultMaxBodyBytes+1)))
			return r
		}, http.StatusRequestEntityTooLarge, graph.ETOOLARGE, "body is larger than"},
		{"a query string over 8 KB", func() *http.Request {
			r, _ := http.NewRequest(http.MethodGet, ts.URL+"/api/graph?focus="+tokayev+strings.Repeat("&kinds=person", 700), nil)
			return r
		}, http.StatusRequestEntityTooLarge, graph.ETOOLARGE, "query string is longer than"},
		{"one parameter over 2,000 bytes", func() *http.Request {
			r, _ := http.NewRequest(http.MethodGet, ts.URL+"/api/search?q="+strings.Repeat("a", 2001), nil)
			return r
		}, http.StatusBadRequest, graph.EINVALID, "longer than 2000 bytes"},
		{"depth over 3", func() *http.Request {
			r, _ := http.NewRequest(http.MethodGet, ts.URL+"/api/graph?depth=4&focus="+tokayev, nil)
			return r
		}, http.StatusBadRequest, graph.EINVALID, "outside 1..3"},
		{"more nodes than a drawing holds", func() *http.Request {
			r, _ := http.NewRequest(http.MethodGet, ts.URL+"/api/graph?format=svg&max_nodes=501&focus="+tokayev, nil)
			return r
		}, http.StatusBadRequest, graph.EINVALID, "outside 1..500"},
		{"more than 20 focus entities", func() *http.Request {
			r, _ := http.NewRequest(http.MethodGet, ts.URL+"/api/graph?focus="+strings.Repeat("a,", 21), nil)
			return r
		}, http.StatusBadRequest, graph.EINVALID, "at most 20 focus"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ts.Client().Do(tc.req())
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, err := io.ReadAll(res.Body)
			if err != nil {
				t.Fatal(err)
			}
			r := response{res.StatusCode, res.Header, string(body)}
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %.300s", r.status, tc.status, r.body)
			}
			code, msg := errorOf(t, r)
			if code != tc.code || !strings.Contains(msg, tc.says) {
				t.Errorf("error %q %q, want %q saying %q", code, msg, tc.code, tc.says)
			}
		})
	}
}
