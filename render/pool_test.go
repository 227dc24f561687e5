package render_test

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// newTestPool returns a pool whose workers are this test binary (see TestMain), closed when the test ends.
func newTestPool(tb testing.TB, cfg render.PoolConfig) *render.Pool {
	tb.Helper()
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(newTestWriter(tb), &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if cfg.Timeout == 0 {
		// The product's 10 s bound is for a machine serving people; under -race on the shared 2-core machine
		// (load 15-22) painting the seed's CSTO at 150 DPI overran it (a CI run on 2026-12-05 failed
		// TestExportSeedCSTO and TestPNGNeedsNoProgram so). Tests of the bound set their own Timeout.
		cfg.Timeout = time.Minute
	}
	p := render.NewPool(cfg)
	tb.Cleanup(func() { p.Close() })
	return p
}

// testWriter sends log lines to the test log while the test runs, and to stderr once it has ended. A
// caller still inside the pool when the test's Close stops it (a speculative render a test left drawing)
// logs the worker's kill after the test: testing's Log would then race with the test's end (a CI run under
// -race on 2026-12-04 failed TestSpeculationTakesOnlyIdleWorkers that way, on the previous test's goroutine).
type testWriter struct {
	tb    testing.TB
	mu    sync.Mutex
	ended bool
}

// newTestWriter returns a testWriter that switches to stderr in a cleanup registered before the pool's: it
// runs after the pool's Close, when the test's own cleanups are done.
func newTestWriter(tb testing.TB) *testWriter {
	w := &testWriter{tb: tb}
	tb.Cleanup(func() {
		w.mu.Lock()
		w.ended = true
		w.mu.Unlock()
	})
	return w
}

func (w *testWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.ended {
		return os.Stderr.Write(p)
	}
	w.tb.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// slowDOT is a genuinely slow input for dot: n labelled nodes, each with labelled edges to the next
// `degree` nodes around a ring, so crossing minimisation has a lot to do.
func slowDOT(n, degree int) []byte {
	var b strings.Builder
	b.WriteString("digraph slow {\n  node [shape=box, fontname=\"Helvetica\"];\n")
	for i := range n {
		fmt.Fprintf(&b, "  n%d [label=\"actor number %d\"];\n", i, i)
	}
	for i := range n {
		for d := 1; d <= degree; d++ {
			fmt.Fprintf(&b, "  n%d -> n%d [label=\"REL_%d\"];\n", i, (i*7+d*13)%n, d)
		}
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

// checkSVG parses svg as XML and returns its text: every <text> element's content, and every title
// attribute and element.
func checkSVG(tb testing.TB, svg []byte) (texts, titles []string) {
	tb.Helper()
	d := xml.NewDecoder(strings.NewReader(string(svg)))
	var inText, inTitle bool
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "script" || t.Name.Local == "foreignObject" || t.Name.Local == "image" {
				tb.Errorf("SVG has a <%s> element", t.Name.Local)
			}
			for _, a := range t.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
					tb.Errorf("SVG has an event handler attribute %s", a.Name.Local)
				}
				if a.Name.Local == "title" {
					titles = append(titles, a.Value)
				}
			}
			inText, inTitle = t.Name.Local == "text", t.Name.Local == "title"
		case xml.CharData:
			if inText {
				texts = append(texts, string(t))
			}
			if inTitle {
				titles = append(titles, string(t))
			}
		case xml.EndElement:
			inText, inTitle = false, false
		case xml.Directive:
			tb.Errorf("SVG has a directive <!%s>", t)
		}
	}
	if len(texts) == 0 {
		tb.Fatal("SVG has no text")
	}
	return texts, titles
}

// seedDOT is the DOT of the seed neighbourhood, as the service draws it.
func seedDOT(tb testing.TB) []byte {
	tb.Helper()
	sg := seedSubgraph(tb)
	return render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: linkBase})
}

func wantCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if got := graph.ErrorCode(err); got != code {
		tb.Fatalf("error %v has code %q, want %q", err, got, code)
	}
}

// eventually waits up to 10s for cond.
func eventually(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestPoolConcurrentRendersAllSucceed(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 2})
	// Four different drawings at once: each answer must be the drawing asked for, not a neighbour's.
	inputs := map[string]graph.Subgraph{
		"seed": seedSubgraph(t), "focus": focusOnly(t), "omitted": mustExpand(t, 2, 6, cstoID), "hostile": hostileSubgraph(t),
	}
	var wg sync.WaitGroup
	for name, sg := range inputs {
		title := "drawing " + name
		dot := render.DOT(sg, render.Options{Title: title})
		wg.Go(func() {
			svg, err := p.SVG(context.Background(), dot, "dot")
			if err != nil {
				t.Errorf("%s: %v", name, err)
				return
			}
			texts, _ := checkSVG(t, svg)
			if !slices.Contains(texts, title) {
				t.Errorf("%s: SVG lacks its title %q", name, title)
			}
			for _, e := range sg.Entities {
				if e.Name == "Kassym-Jomart Tokayev" && !slices.Contains(texts, e.Name) {
					t.Errorf("%s: SVG lacks %q", name, e.Name)
				}
			}
		})
	}
	wg.Wait()
	st := p.Stats()
	if st.Renders != 4 || st.Errors != 0 || st.Starts > 2 {
		t.Errorf("stats %+v, want 4 renders by at most 2 workers", st)
	}
}

func TestPoolTimeoutKillsWorker(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 1, Timeout: 500 * time.Millisecond})
	// The warm-up draws the seed (about 50 ms alone) under the same 500 ms timeout; on a machine loaded far
	// past its two cores it once took longer (CI, 2026-12-05, load 12), so it may try a few times, and the
	// figures below count from where it left them.
	var err error
	for try := 0; try < 5; try++ {
		if _, err = p.SVG(context.Background(), seedDOT(t), "dot"); graph.ErrorCode(err) != graph.ETIMEOUT {
			break
		}
	}
	if err != nil {
		t.Fatalf("warm-up: %v", err)
	}
	before := p.Stats()
	first := before.PIDs
	start := time.Now()
	_, err = p.SVG(context.Background(), slowDOT(100, 4), "dot")
	elapsed := time.Since(start)
	wantCode(t, err, graph.ETIMEOUT)
	if msg := graph.ErrorMessage(err); msg != "rendering took longer than 500ms; try a smaller depth or fewer nodes" {
		t.Errorf("message %q", msg)
	}
	if elapsed > 3*time.Second {
		t.Errorf("the timeout took %v to fire", elapsed)
	}
	eventually(t, "the killed worker is gone", func() bool { return len(p.Stats().PIDs) == 0 })

	svg, err := p.SVG(context.Background(), seedDOT(t), "dot")
	if err != nil {
		t.Fatalf("render after the timeout: %v", err)
	}
	checkSVG(t, svg)
	st := p.Stats()
	if st.Timeouts != before.Timeouts+1 || st.Restarts != before.Restarts+1 || st.Starts != before.Starts+1 || slices.Equal(st.PIDs, first) {
		t.Errorf("stats %+v (after the warm-up %+v), want one timeout and a new worker", st, before)
	}
}

func TestPoolContextDeadline(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 1})
	tests := []struct {
		name string
		ctx  func() (context.Context, context.CancelFunc)
		code string
	}{
		{"deadline while rendering times out", func() (context.Context, context.CancelFunc) {
			return context.WithTimeout(context.Background(), 300*time.Millisecond)
		}, graph.ETIMEOUT},
		{"cancel while rendering is unavailable", func() (context.Context, context.CancelFunc) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(300*time.Millisecond, cancel)
			return ctx, cancel
		}, graph.EUNAVAILABLE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := tt.ctx()
			defer cancel()
			_, err := p.SVG(ctx, slowDOT(100, 4), "dot")
			wantCode(t, err, tt.code)
			if _, err := p.SVG(context.Background(), seedDOT(t), "dot"); err != nil {
				t.Fatalf("next render: %v", err)
			}
		})
	}
}

func TestPoolDoneContextKeepsWorker(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 1})
	if _, err := p.SVG(context.Background(), seedDOT(t), "dot"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := p.SVG(ctx, seedDOT(t), "dot")
	wantCode(t, err, graph.EUNAVAILABLE)
	if st := p.Stats(); st.Restarts != 0 || st.Starts != 1 {
		t.Errorf("stats %+v: a cancelled call cost a worker", st)
	}
}

func TestPoolWorkerKilledMidRender(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 1, Timeout: time.Minute})
	errc := make(chan error, 1)
	go func() {
		_, err := p.SVG(context.Background(), slowDOT(100, 4), "dot")
		errc <- err
	}()
	eventually(t, "a worker renders", func() bool { st := p.Stats(); return st.Busy == 1 && len(st.PIDs) == 1 })
	time.Sleep(300 * time.Millisecond) // well into the layout, which takes minutes
	victim := p.Stats().PIDs[0]
	if err := syscall.Kill(victim, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-errc:
		wantCode(t, err, graph.EUNAVAILABLE)
	case <-time.After(10 * time.Second):
		t.Fatal("the render did not fail after its worker was killed")
	}
	svg, err := p.SVG(context.Background(), seedDOT(t), "dot")
	if err != nil {
		t.Fatalf("render after the crash: %v", err)
	}
	checkSVG(t, svg)
	if pids := p.Stats().PIDs; slices.Contains(pids, victim) || len(pids) != 1 {
		t.Errorf("workers %v after killing %d", pids, victim)
	}
}

func TestPoolRecyclesAfterMaxRenders(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 1, MaxRenders: 2})
	dot := seedDOT(t)
	var starts []int64
	seen := map[int]bool{} // every worker process observed
	for i := range 5 {
		if _, err := p.SVG(context.Background(), dot, "dot"); err != nil {
			t.Fatalf("render %d: %v", i, err)
		}
		st := p.Stats()
		starts = append(starts, st.Starts)
		for _, pid := range st.PIDs {
			seen[pid] = true
		}
	}
	// Renders 1–2 on the first worker, 3–4 on a second, 5 on a third.
	if want := []int64{1, 1, 2, 2, 3}; !slices.Equal(starts, want) {
		t.Errorf("workers started after each render %v, want %v", starts, want)
	}
	if len(seen) != 3 {
		t.Errorf("saw worker processes %v, want 3", seen)
	}
	if st := p.Stats(); st.Restarts != 2 || st.Renders != 5 {
		t.Errorf("stats %+v, want 2 restarts and 5 renders", st)
	}
	eventually(t, "retired workers exit", func() bool { return len(p.Stats().PIDs) == 1 })
}

func TestPoolQueue(t *testing.T) {
	tests := []struct {
		name     string
		maxQueue int
		waiters  int // calls that should be left waiting
	}{
		{"no queue fails fast", -1, 0},
		{"full queue fails fast", 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newTestPool(t, render.PoolConfig{Workers: 1, MaxQueue: tt.maxQueue, Timeout: time.Minute})
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var wg sync.WaitGroup
			defer wg.Wait()
			defer cancel()
			wg.Go(func() { p.SVG(ctx, slowDOT(100, 4), "dot") })
			eventually(t, "the worker is busy", func() bool { return p.Stats().Busy == 1 })
			for range tt.waiters {
				wg.Go(func() { p.SVG(ctx, seedDOT(t), "dot") })
			}
			eventually(t, "callers wait", func() bool { return p.Stats().Waiting == tt.waiters })
			start := time.Now()
			_, err := p.SVG(context.Background(), seedDOT(t), "dot")
			wantCode(t, err, graph.EUNAVAILABLE)
			if d := time.Since(start); d > 100*time.Millisecond {
				t.Errorf("rejection took %v", d)
			}
			if st := p.Stats(); st.Rejected != 1 {
				t.Errorf("stats %+v, want 1 rejected", st)
			}
		})
	}
	t.Run("waiting respects the context", func(t *testing.T) {
		p := newTestPool(t, render.PoolConfig{Workers: 1, Timeout: time.Minute})
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		defer wg.Wait()
		defer cancel()
		wg.Go(func() { p.SVG(ctx, slowDOT(100, 4), "dot") })
		eventually(t, "the worker is busy", func() bool { return p.Stats().Busy == 1 })
		wctx, wcancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer wcancel()
		_, err := p.SVG(wctx, seedDOT(t), "dot")
		wantCode(t, err, graph.ETIMEOUT)
	})
}

func TestPoolRefuses(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 1})
	tests := []struct {
		name, dot, layout, code string
	}{
		{"unknown layout", "digraph { a }", "twopi", graph.EINVALID},
		{"empty DOT", "", "dot", graph.EINVALID},
		{"DOT with a syntax error", "digraph { a -> }", "dot", graph.EINVALID},
		{"DOT with no graph", "/* nothing */", "dot", graph.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := p.SVG(context.Background(), []byte(tt.dot), tt.layout)
			wantCode(t, err, tt.code)
			// The pool stays usable: a worker that failed is replaced.
			if _, err := p.SVG(context.Background(), seedDOT(t), "dot"); err != nil {
				t.Fatalf("next render: %v", err)
			}
		})
	}
}

func TestPoolEveryLayoutRenders(t *testing.T) {
	p := newTestPool(t, render.PoolConfig{Workers: 2})
	sg := seedSubgraph(t)
	for _, l := range render.Layouts() {
		t.Run(l, func(t *testing.T) {
			svg, err := p.SVG(context.Background(), render.DOT(sg, render.Options{Layout: l}), l)
			if err != nil {
				t.Fatal(err)
			}
			if texts, _ := checkSVG(t, svg); !slices.Contains(texts, "Kassym-Jomart Tokayev") {
				t.Error("SVG lacks the focus")
			}
		})
	}
}

func TestPoolBrokenWorkerCommand(t *testing.T) {
	tests := []struct {
		name    string
		command func() *exec.Cmd
	}{
		{"command that exits", func() *exec.Cmd { return exec.Command("true") }},
		{"command that prints garbage", func() *exec.Cmd { return exec.Command("sh", "-c", "yes garbage") }},
		{"command that does not exist", func() *exec.Cmd { return exec.Command("/nonexistent/actorgraph") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newTestPool(t, render.PoolConfig{Workers: 1, Command: tt.command, StartTimeout: 5 * time.Second})
			_, err := p.SVG(context.Background(), seedDOT(t), "dot")
			wantCode(t, err, graph.EUNAVAILABLE)
			eventually(t, "no worker is left", func() bool { return len(p.Stats().PIDs) == 0 })
		})
	}
}

func TestPoolClose(t *testing.T) {
	p := render.NewPool(render.PoolConfig{Workers: 2})
	var wg sync.WaitGroup
	errs := make(chan error, 1)
	wg.Go(func() {
		_, err := p.SVG(context.Background(), slowDOT(100, 4), "dot")
		errs <- err
	})
	eventually(t, "the worker is busy", func() bool { return p.Stats().Busy == 1 })
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	wantCode(t, <-errs, graph.EUNAVAILABLE)
	if pids := p.Stats().PIDs; len(pids) != 0 {
		t.Errorf("workers %v alive after Close", pids)
	}
	_, err := p.SVG(context.Background(), seedDOT(t), "dot")
	wantCode(t, err, graph.EUNAVAILABLE)
	if err := p.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestPoolLogsNothingAfterClose checks that the workers' exit lines are written before Close returns: a
// command hands its log to the pool and may read or free it as soon as Close is done.
func TestPoolLogsNothingAfterClose(t *testing.T) {
	var mu sync.Mutex
	closed, late := false, 0
	w := writerFunc(func(b []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		if closed {
			late++
		}
		return len(b), nil
	})
	p := render.NewPool(render.PoolConfig{Workers: 2, Logger: slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	for range 2 {
		if _, err := p.SVG(t.Context(), []byte("digraph { a -> b }"), "dot"); err != nil {
			t.Fatal(err)
		}
	}
	p.Close()
	mu.Lock()
	closed = true
	mu.Unlock()
	time.Sleep(300 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	if late > 0 {
		t.Errorf("%d log lines written after Close returned", late)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(b []byte) (int, error) { return f(b) }
