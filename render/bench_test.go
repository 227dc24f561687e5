package render_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/goccy/go-graphviz"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cputime"
	"github.com/actorgraph/actorgraph/internal/synthetic"
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
	benchInProcess(b, benchDOT(b), "dot")
}

// reportCPU starts counting the process's CPU time; the function it returns reports it as cpu-ms/op. The
// machines here are shared: the CPU time of a drawing says more than its wall time.
func reportCPU(b *testing.B) func() {
	start, ok := cputime.Process()
	return func() {
		if end, ok2 := cputime.Process(); ok && ok2 && b.N > 0 {
			b.ReportMetric(float64((end-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		}
	}
}

// benchInProcess draws the DOT in this process as Graphviz lays it out, labels and all.
func benchInProcess(b *testing.B, dot []byte, layout string) {
	defer reportCPU(b)()
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
		gv.SetLayout(graphviz.Layout(layout))
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

// syntheticViews returns n depth-2 views of up to actors actors from internal/synthetic's graph of 5,000
// actors and 50,000 relationships (skewed like news: a few hubs in many relationships), half around hubs and
// half around anyone, each cut to graph.MaxRelations(actors) relationships as a neighbourhood is: the
// views a cold click draws, at every size a max_nodes= can ask for.
func syntheticViews(tb testing.TB, actors, n int) []graph.Subgraph {
	tb.Helper()
	whole := synthetic.Graph(5000, 50000, 1)
	src := &seedSource{entities: map[string]graph.Entity{}, relations: map[string][]graph.Relation{}, documents: map[string]graph.Document{}}
	for _, e := range whole.Entities {
		src.entities[e.ID] = e
	}
	for _, r := range whole.Relations {
		src.relations[r.From] = append(src.relations[r.From], r)
		src.relations[r.To] = append(src.relations[r.To], r)
	}
	for _, d := range whole.Documents {
		src.documents[d.ID] = d
	}
	rng := rand.New(rand.NewPCG(17, uint64(actors)))
	var views []graph.Subgraph
	for tries := 0; len(views) < n && tries < 1000; tries++ {
		i := rng.IntN(len(whole.Entities))
		if tries%2 == 0 {
			i = rng.IntN(len(whole.Entities) / 100)
		}
		sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{whole.Entities[i].ID}, Depth: 2,
			Filter: graph.Filter{MaxNodes: actors}}, src)
		if err != nil {
			tb.Fatal(err)
		}
		if len(sg.Entities) >= actors*9/10 {
			views = append(views, sg)
		}
	}
	if len(views) < n {
		tb.Fatalf("%d views of %d actors, want %d", len(views), actors, n)
	}
	return views
}

// BenchmarkLayoutBySize draws 8 views of each size with each engine through a one-worker pool, as the page
// gets them, and reports Graphviz's CPU time in the worker (what the layout costs, whatever the machine's
// load) per drawing: the median and the 90th percentile over the views and iterations, and the most lines
// a view held. It is what DefaultLayout and graph.MaxRelations are chosen by:
//
//	go test ./render -run '^$' -bench LayoutBySize -benchtime 3x
func BenchmarkLayoutBySize(b *testing.B) {
	for _, actors := range []int{20, 40, 60, 100, 150, 200} {
		views := syntheticViews(b, actors, 8)
		for _, engine := range []string{"dot", "sfdp"} {
			b.Run(fmt.Sprintf("actors=%d/engine=%s", actors, engine), func(b *testing.B) {
				p := newTestPool(b, render.PoolConfig{Workers: 1, MaxRenders: 1 << 30})
				var dots [][]byte
				lines := 0
				for _, sg := range views {
					dots = append(dots, render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: linkBase, Layout: engine}))
					lines = max(lines, len(sg.Relations))
				}
				if _, err := p.SVG(context.Background(), dots[0], engine); err != nil { // start the worker
					b.Fatal(err)
				}
				var cpu []time.Duration
				for b.Loop() {
					for _, dot := range dots {
						before := p.Stats().GraphvizCPU
						if _, err := p.SVG(context.Background(), dot, engine); err != nil {
							b.Fatal(err)
						}
						cpu = append(cpu, p.Stats().GraphvizCPU-before)
					}
				}
				slices.Sort(cpu)
				b.ReportMetric(float64(cpu[len(cpu)/2])/1e6, "cpu-ms-p50")
				b.ReportMetric(float64(cpu[len(cpu)*9/10])/1e6, "cpu-ms-p90")
				b.ReportMetric(float64(lines), "lines-max")
			})
		}
	}
}

// BenchmarkEveryLayout draws 2 views of 60 and of 500 actors (syntheticViews, at their relationship
// limits: 90 and 500 lines) with each engine a reader can ask for, through a one-worker pool whose timeout
// (60 s) few reach, and reports the slower view's Graphviz CPU and wall time, and the renders that timed
// out: which drawings would overrun the render timeout, and so are drawn simpler (Service.drawPage). Slow:
// circo took 11.9 s of CPU on one 500-actor view, and over the minute at a load of 22.
//
//	go test ./render -run '^$' -bench EveryLayout -benchtime 1x
func BenchmarkEveryLayout(b *testing.B) {
	for _, actors := range []int{60, 500} {
		views := syntheticViews(b, actors, 2)
		for _, engine := range render.Layouts() {
			b.Run(fmt.Sprintf("actors=%d/engine=%s", actors, engine), func(b *testing.B) {
				p := newTestPool(b, render.PoolConfig{Workers: 1, MaxRenders: 1 << 30, Timeout: time.Minute})
				var cpu, wall time.Duration
				timeouts := 0
				for b.Loop() {
					for _, sg := range views {
						dot := render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: linkBase, Layout: engine})
						before, start := p.Stats().GraphvizCPU, time.Now()
						_, err := p.SVG(context.Background(), dot, engine)
						if graph.ErrorCode(err) == graph.ETIMEOUT { // its CPU is not reported: the worker was killed
							timeouts++
						} else if err != nil {
							b.Fatal(err)
						}
						cpu, wall = max(cpu, p.Stats().GraphvizCPU-before), max(wall, time.Since(start))
					}
				}
				b.ReportMetric(float64(cpu)/1e6, "cpu-ms-max")
				b.ReportMetric(float64(wall)/1e6, "wall-ms-max")
				b.ReportMetric(float64(timeouts), "timeouts")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}

// BenchmarkGrownDrawing draws Tokayev's neighbourhood grown by Kazakhstan, pinned where the page's first
// drawing (dot) had the actors, in this process: "placed" as a render worker draws it (render places the
// line labels itself), "graphviz" the same DOT with the labels where Graphviz puts them, for the cost of
// placing them.
func BenchmarkGrownDrawing(b *testing.B) {
	src := seedGraph(b)
	small, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 1}, src)
	if err != nil {
		b.Fatal(err)
	}
	big, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{tokayevID, graph.EntityID(graph.State, "Kazakhstan")}, Depth: 1}, src)
	if err != nil {
		b.Fatal(err)
	}
	_, dot := grownDOT(b, newTestPool(b, render.PoolConfig{}), small, big, "dot")
	b.Run("placed", func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			if _, err := render.RelabelSVG(dot, render.PinnedLayout); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("graphviz", func(b *testing.B) { benchInProcess(b, dot, render.PinnedLayout) })
}

// BenchmarkSeedDrawing draws the whole seed graph with dot in this process: "placed" with render placing
// the line labels (RelabelSVG), "graphviz" with Graphviz's own.
func BenchmarkSeedDrawing(b *testing.B) {
	dot := benchDOT(b)
	b.Run("placed", func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			if _, err := render.RelabelSVG(dot, "dot"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("graphviz", func(b *testing.B) { benchInProcess(b, dot, "dot") })
}

// BenchmarkColdDrawing draws 8 views of 60 actors (the page's default size, depth 2 from syntheticViews)
// in this process, as a cold click's drawing, with dot (the default layout) and with neato: "placed" with
// render placing the line labels (RelabelSVG), "graphviz" with Graphviz's own, for what the placement adds
// to a drawing. Alternately, for figures to compare:
//
//	for i in 1 2 3; do go test ./render -run '^$' -bench ColdDrawing -benchtime 2x; done
func BenchmarkColdDrawing(b *testing.B) {
	views := syntheticViews(b, 60, 8)
	for _, layout := range []string{"dot", "neato"} {
		var dots [][]byte
		for _, sg := range views {
			dots = append(dots, render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: linkBase, Layout: layout, Compact: true}))
		}
		for _, how := range []string{"placed", "graphviz"} {
			draw := render.RelabelSVG
			if how == "graphviz" {
				draw = render.GraphvizSVG
			}
			b.Run(layout+"/"+how, func(b *testing.B) {
				defer reportCPU(b)()
				for b.Loop() {
					for _, dot := range dots {
						if _, err := draw(dot, layout); err != nil {
							b.Fatal(err)
						}
					}
				}
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}

// BenchmarkSlowEngines draws 2 views of each size between 60 and 500 actors with the engines that are slow
// on large views (neato, fdp, circo) through a one-worker pool, and reports the slower view's Graphviz CPU
// time, the most lines it had: where the export estimate (slowToDraw) cuts is chosen by
// these figures (the estimate sends an export to the simpler drawing before it is tried).
//
//	go test ./render -run '^$' -bench SlowEngines -benchtime 1x
func BenchmarkSlowEngines(b *testing.B) {
	for _, actors := range slowEngineSizes {
		views := syntheticViews(b, actors, 2)
		for _, engine := range []string{"neato", "fdp", "circo"} {
			b.Run(fmt.Sprintf("actors=%d/engine=%s", actors, engine), func(b *testing.B) {
				p := newTestPool(b, render.PoolConfig{Workers: 1, MaxRenders: 1 << 30, Timeout: time.Minute})
				var cpu time.Duration
				lines := 0
				for b.Loop() {
					for _, sg := range views {
						dot := render.DOT(sg, render.Options{Title: render.Title(sg), Layout: engine})
						before := p.Stats().GraphvizCPU
						if _, err := p.SVG(context.Background(), dot, engine); err != nil {
							b.Fatal(err)
						}
						cpu, lines = max(cpu, p.Stats().GraphvizCPU-before), max(lines, len(sg.Relations))
					}
				}
				b.ReportMetric(float64(cpu)/1e6, "cpu-ms-max")
				b.ReportMetric(float64(lines), "lines-max")
				b.ReportMetric(0, "ns/op")
			})
		}
	}
}

var slowEngineSizes = []int{60, 100, 150, 200, 300, 400}

// BenchmarkRealBesideSpeculation measures what drawings made ahead cost the requests: a two-worker pool
// draws the same 60-actor view for a request again and again, alone, then while another goroutine keeps
// drawing other 60-actor views ahead (neato, about 150 ms of CPU each) on the idle place, with the
// speculative renders on workers at nice 19 (the default, PoolConfig.SpecWorkers) and on the ordinary
// workers at the server's priority (SpecWorkers -1, as before). The three are measured in turn, round after
// round, so that the machine's load falls on each alike, and the median wall time of a request's render is
// reported for each. On an idle 2-core machine the speculation has a core of its own and costs the request
// little either way; what nice 19 buys shows when other programs load the cores.
//
//	go test ./render -run '^$' -bench RealBesideSpeculation -benchtime 1x
func BenchmarkRealBesideSpeculation(b *testing.B) {
	const rounds, perRound = 6, 15
	real := syntheticViews(b, 60, 1)[0]
	realDOT := render.DOT(real, render.Options{Title: render.Title(real), LinkBase: linkBase, Layout: "dot"})
	var specDOTs [][]byte
	for _, sg := range syntheticViews(b, 60, 4) {
		specDOTs = append(specDOTs, render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: linkBase, Layout: "neato"}))
	}
	type variant struct {
		name  string
		pool  *render.Pool
		spec  bool
		times []time.Duration
	}
	variants := []*variant{
		{name: "alone", pool: newTestPool(b, render.PoolConfig{Workers: 2, MaxRenders: 1 << 30})},
		{name: "ahead-niced", pool: newTestPool(b, render.PoolConfig{Workers: 2, MaxRenders: 1 << 30}), spec: true},
		{name: "ahead-normal", pool: newTestPool(b, render.PoolConfig{Workers: 2, MaxRenders: 1 << 30, SpecWorkers: -1}), spec: true},
	}
	for _, v := range variants { // start the workers
		if _, err := v.pool.SVG(context.Background(), realDOT, "dot"); err != nil {
			b.Fatal(err)
		}
	}
	speculate := func(ctx context.Context, p *render.Pool) {
		for i := 0; ctx.Err() == nil; i++ {
			_, err := p.SpeculativeSVG(ctx, specDOTs[i%len(specDOTs)], "neato", &render.Ticket{})
			if errors.Is(err, render.ErrNoIdleWorker) {
				time.Sleep(time.Millisecond)
			}
		}
	}
	for b.Loop() {
		for range rounds {
			for _, v := range variants {
				ctx, stop := context.WithCancel(context.Background())
				var wg sync.WaitGroup
				if v.spec {
					wg.Go(func() { speculate(ctx, v.pool) })
					time.Sleep(20 * time.Millisecond) // drawing ahead already
				}
				for range perRound {
					start := time.Now()
					if _, err := v.pool.SVG(context.Background(), realDOT, "dot"); err != nil {
						b.Fatal(err)
					}
					v.times = append(v.times, time.Since(start))
				}
				stop()
				wg.Wait()
			}
		}
	}
	for _, v := range variants {
		slices.Sort(v.times)
		b.ReportMetric(float64(v.times[len(v.times)/2])/1e6, v.name+"-p50-ms")
		b.ReportMetric(float64(v.times[len(v.times)*9/10])/1e6, v.name+"-p90-ms")
	}
	b.ReportMetric(0, "ns/op")
}
