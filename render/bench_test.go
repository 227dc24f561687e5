package render_test

import (
	"bytes"
	"context"
	"runtime"
	"sync"
	"testing"

	"github.com/goccy/go-graphviz"

	"github.com/actorgraph/actorgraph/render"
)

// The benchmarks draw the whole seed graph (30 actors, 42 relationships), about the size of a default view.

func benchDOT(b *testing.B) []byte {
	b.Helper()
	sg := largeSeedSubgraph(b)
	return render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: linkBase})
}

func BenchmarkDOT(b *testing.B) {
	sg := largeSeedSubgraph(b)
	o := render.Options{Title: render.Title(sg), LinkBase: linkBase}
	b.ReportAllocs()
	for b.Loop() {
		render.DOT(sg, o)
	}
}

// BenchmarkSVGPool renders one drawing at a time through the pool: the in-process cost plus a round trip
// over pipes and, every MaxRenders, a worker start.
func BenchmarkSVGPool(b *testing.B) {
	dot := benchDOT(b)
	p := newTestPool(b, render.PoolConfig{})
	if _, err := p.SVG(context.Background(), dot, "dot"); err != nil { // start a worker
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := p.SVG(context.Background(), dot, "dot"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSVGPoolPinned renders the same graph grown in place: half its actors pinned where a previous
// drawing had them, the others placed around them, neato drawing the lines (see render.Options.Pins). Compare
// with BenchmarkSVGPool, which lays the whole graph out with dot.
func BenchmarkSVGPoolPinned(b *testing.B) {
	sg := largeSeedSubgraph(b)
	pins := map[string]render.Pin{}
	for i, e := range sg.Entities[:len(sg.Entities)/2] {
		pins[e.ID] = render.Pin{X: float64(i%5) * 200, Y: float64(i/5) * 100}
	}
	dot := render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: linkBase, Pins: pins})
	p := newTestPool(b, render.PoolConfig{})
	if _, err := p.SVG(context.Background(), dot, "neato"); err != nil { // start a worker
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := p.SVG(context.Background(), dot, "neato"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSVGPoolParallel renders from many goroutines at once: throughput with one worker per core.
func BenchmarkSVGPoolParallel(b *testing.B) {
	dot := benchDOT(b)
	p := newTestPool(b, render.PoolConfig{MaxQueue: 1 << 20})
	// Start every worker before the clock runs: a start costs far more than a render.
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			if _, err := p.SVG(context.Background(), dot, "dot"); err != nil {
				b.Error(err)
			}
		})
	}
	wg.Wait()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := p.SVG(context.Background(), dot, "dot"); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkSVGInProcess is what a worker does for each request, run in the test process: go-graphviz
// serialised by a lock, as it must be.
func BenchmarkSVGInProcess(b *testing.B) {
	dot := benchDOT(b)
	inProcess.Lock()
	defer inProcess.Unlock()
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer gv.Close()
	var buf bytes.Buffer
	for b.Loop() {
		g, err := graphviz.ParseBytes(dot)
		if err != nil {
			b.Fatal(err)
		}
		gv.SetLayout(graphviz.DOT)
		buf.Reset()
		if err := gv.Render(ctx, g, graphviz.SVG, &buf); err != nil {
			b.Fatal(err)
		}
		g.Close()
	}
}

// BenchmarkCacheHit is showing a drawing again: building its DOT, hashing it and finding the SVG.
func BenchmarkCacheHit(b *testing.B) {
	sg := largeSeedSubgraph(b)
	p := newTestPool(b, render.PoolConfig{})
	s := render.NewService(render.ServiceConfig{Pool: p, LinkBase: linkBase})
	if _, err := s.Render(context.Background(), sg, "", "svg"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Render(context.Background(), sg, "", "svg"); err != nil {
			b.Fatal(err)
		}
	}
	if st := s.CacheStats(); st.Misses != 1 {
		b.Fatalf("cache stats %+v, want every call after the first to hit", st)
	}
}
