// Command agbench measures what a user of actorgraph waits for, on synthetic corpora (internal/synthetic):
// ingest into the embedded store, store size and open time, neighbourhood and search latency, SVG
// rendering through the worker pool against native Graphviz on the same DOT, the render cache, renders per
// second with one and two workers, the memory of the server and its workers over many renders, the
// whole-graph views (blocs, centrality: cold, cached, shared, stopped) and serve's shutdown under load. It
// prints a report and writes the figures as JSON. scripts/bench runs it with the HTTP load test.
package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/bench"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cputime"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

func main() {
	render.ServeIfWorker() // the pool re-executes this program as its render workers
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "agbench:", err)
		os.Exit(1)
	}
}

type config struct {
	sizes      []int
	runs       int
	queries    int
	renders    int
	memRenders int
	memActors  int
	memMaxRSS  int
	memWorkers int
	memLayout  string
	dir, out   string
	dot        string
	store      string // a store an earlier run left in -dir, queried instead of ingesting the largest corpus
	actorgraph string // the actorgraph binary, for the shutdown section
	only       map[string]bool

	layoutSizes   []int    // view sizes of the layouts section
	layoutEngines []string // engines of the layouts section
	coldDOT       string   // a folder for the DOT of the cold section's views
}

// results are the figures, as written to the JSON file.
type results struct {
	Machine string         `json:"machine"`
	Started string         `json:"started"`
	Figures map[string]any `json:"figures"`
	mu      sync.Mutex
}

func (r *results) set(name string, v any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Figures[name] = v
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("agbench", flag.ContinueOnError)
	sizes := fs.String("sizes", "10k,100k,1M", "corpus sizes in relationships; the largest is queried")
	var c config
	fs.IntVar(&c.runs, "runs", 3, "runs of each ingest; the report gives the median")
	fs.IntVar(&c.queries, "queries", 2000, "neighbourhood and search queries to time")
	fs.IntVar(&c.renders, "renders", 40, "renders to time for each SVG figure")
	fs.IntVar(&c.memRenders, "mem-renders", 10_000, "renders over which to watch memory (0 skips)")
	fs.IntVar(&c.memActors, "mem-actors", 0, "draw views of up to this many `actors` in the memory run (0: views of 15..30 actors)")
	fs.IntVar(&c.memWorkers, "mem-workers", 2, "render workers in the memory run; with 1, it also reports the most one render added")
	fs.StringVar(&c.memLayout, "mem-layout", "", "layout of the memory run's drawings (default: chosen by size)")
	fs.IntVar(&c.memMaxRSS, "mem-max-rss", 0, "in the memory run, replace a worker past this resident memory in `MiB` (0: the pool's default, -1: no limit, recycling by count alone)")
	fs.StringVar(&c.dir, "dir", "", "folder for the stores (default: a temporary one, removed after)")
	fs.StringVar(&c.out, "o", "", "write the figures as JSON to this `file`")
	fs.StringVar(&c.dot, "dot", "dot", "native Graphviz dot to compare with")
	fs.StringVar(&c.store, "store", "", "query this store `file`, left in -dir by an earlier run of the largest size, instead of ingesting that corpus")
	fs.StringVar(&c.actorgraph, "actorgraph", "", "the actorgraph `binary`, for the shutdown and servememory sections (without it, the section is skipped)")
	only := fs.String("only", "", "comma-separated sections to run: ingest,neighborhood,search,svg,cache,throughput,layouts,cold,hubview,wholegraph,estimate,shutdown,servememory,memory (default all but estimate, which counts betweenness exactly: for 100k, not 1M)")
	fs.StringVar(&c.coldDOT, "cold-dot", "", "write the DOT of the cold section's views into this `folder`")
	lsizes := fs.String("layout-sizes", "20,40,60,100,150,200", "view sizes, in actors, of the layouts section")
	lengines := fs.String("layout-engines", "dot,neato,sfdp,fdp,circo", "engines of the layouts section")
	if err := fs.Parse(args); err != nil {
		return err
	}
	for _, s := range strings.Split(*lsizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return fmt.Errorf("-layout-sizes: %q is not a number of actors", s)
		}
		c.layoutSizes = append(c.layoutSizes, n)
	}
	c.layoutEngines = strings.Split(*lengines, ",")
	for _, s := range strings.Split(*sizes, ",") {
		n, err := parseSize(s)
		if err != nil {
			return err
		}
		c.sizes = append(c.sizes, n)
	}
	if *only != "" {
		c.only = map[string]bool{}
		for _, s := range strings.Split(*only, ",") {
			c.only[s] = true
		}
	}
	if c.dir == "" {
		dir, err := os.MkdirTemp("", "agbench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		c.dir = dir
	}
	res := &results{Machine: bench.Machine(), Started: time.Now().UTC().Format(time.RFC3339), Figures: map[string]any{}}
	fmt.Fprintf(stdout, "machine: %s\n", res.Machine)
	err := measure(context.Background(), c, res, stdout)
	if c.out != "" {
		b, jerr := json.MarshalIndent(res, "", "  ")
		if jerr != nil {
			return jerr
		}
		if werr := os.WriteFile(c.out, append(b, '\n'), 0o644); werr != nil {
			return werr
		}
	}
	return err
}

func parseSize(s string) (int, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	mult := 1
	switch {
	case strings.HasSuffix(s, "k"):
		mult, s = 1_000, strings.TrimSuffix(s, "k")
	case strings.HasSuffix(s, "m"):
		mult, s = 1_000_000, strings.TrimSuffix(s, "m")
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("size %q is not a number like 10k or 1M", s)
	}
	return n * mult, nil
}

func (c config) want(section string) bool { return c.only == nil || c.only[section] }

func measure(ctx context.Context, c config, res *results, out io.Writer) error {
	largest := c.sizes[len(c.sizes)-1]
	var corpus *synthetic.Corpus
	var path string
	if c.store != "" {
		corpus, path = synthetic.New(synthetic.Config{Relations: largest, Seed: 1}), c.store
	}
	for _, size := range c.sizes {
		if c.store != "" || (!c.want("ingest") && size != largest) {
			continue
		}
		var rates []float64
		runs := c.runs
		if !c.want("ingest") {
			runs = 1
		}
		for r := range runs {
			corpus = synthetic.New(synthetic.Config{Relations: size, Seed: 1})
			batches := corpus.All()
			path = filepath.Join(c.dir, fmt.Sprintf("synthetic-%d-%d.db", size, r))
			elapsed, err := ingest(ctx, path, batches)
			if err != nil {
				return err
			}
			rates = append(rates, float64(size)/elapsed.Seconds())
			if size != largest || r != runs-1 {
				os.Remove(path)
			}
		}
		med := bench.Median(rates)
		fmt.Fprintf(out, "ingest %d relationships: median %.0f relationships/s over %d runs %v\n", size, med, len(rates), roundAll(rates))
		res.set(fmt.Sprintf("ingest_%d_relations_per_s", size), med)
	}

	if c.want("servememory") && c.actorgraph != "" {
		if err := serveMemory(ctx, c, path, largest, corpus, res, out); err != nil {
			return err
		}
		if len(c.only) == 1 { // without opening the file here, which would write its image
			return nil
		}
	}
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "store file at %d relationships: %.1f MB\n", largest, float64(fi.Size())/1e6)
	res.set(fmt.Sprintf("store_file_bytes_%d", largest), fi.Size())
	var opens []time.Duration
	var store *boltstore.Store // the last one opened stays open for the queries
	n := 5
	if c.store != "" {
		n = 1 // a run that measures the views, not the store
	}
	var openCPU []time.Duration
	for i := range n {
		start := time.Now()
		cpu0, _ := cputime.Process()
		s, err := boltstore.Open(path)
		if err != nil {
			return err
		}
		opens = append(opens, time.Since(start))
		cpu1, _ := cputime.Process()
		openCPU = append(openCPU, cpu1-cpu0)
		if i < n-1 {
			s.Close()
		} else {
			store = s
		}
	}
	defer store.Close()
	open := bench.Summarize(opens)
	fmt.Fprintf(out, "open the store at %d relationships: median %s (%s); CPU time median %s\n", largest, bench.Round(open.P50), open, bench.Round(bench.Summarize(openCPU).P50))
	res.set(fmt.Sprintf("store_open_%d", largest), open)

	rng := rand.New(rand.NewPCG(2, 3))
	if c.want("neighborhood") {
		if err := neighborhoods(ctx, c, store, corpus, rng, res, out); err != nil {
			return err
		}
	}
	if c.want("search") {
		if err := searches(ctx, c, store, corpus, rng, res, out); err != nil {
			return err
		}
	}
	views, hub, err := drawingViews(ctx, store, corpus)
	if err != nil {
		return err
	}
	if c.want("svg") {
		if err := svgVersusNative(ctx, c, views[0], res, out); err != nil {
			return err
		}
	}
	if c.want("cache") {
		if err := cacheHits(ctx, views[0], res, out); err != nil {
			return err
		}
	}
	if c.want("throughput") {
		if err := throughput(ctx, c, views, res, out); err != nil {
			return err
		}
	}
	if c.want("layouts") {
		if err := layoutTimes(ctx, c, store, corpus, res, out); err != nil {
			return err
		}
	}
	if c.want("cold") {
		if err := coldDrawings(ctx, c, store, corpus, res, out); err != nil {
			return err
		}
	}
	if c.want("hubview") {
		if err := denseView(ctx, c, hub, res, out); err != nil {
			return err
		}
	}
	if c.want("wholegraph") {
		if err := wholeGraphViews(ctx, c, store, largest, res, out); err != nil {
			return err
		}
	}
	if c.only["estimate"] { // only when named: it counts betweenness exactly, hours at 1M
		if err := betweennessError(ctx, store, largest, res, out); err != nil {
			return err
		}
	}
	if c.want("shutdown") && c.actorgraph != "" {
		if err := serveShutdown(ctx, c, path, largest, corpus, res, out); err != nil {
			return err
		}
	}
	if c.want("memory") && c.memRenders > 0 {
		memViews, err := smallViews(ctx, store, corpus)
		if c.memActors > 0 {
			memViews, err = largeViews(ctx, store, corpus, c.memActors)
		}
		if err != nil {
			return err
		}
		if err := memory(ctx, c, memViews, res, out); err != nil {
			return err
		}
	}
	return nil
}

func roundAll(x []float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(int64(v))
	}
	return out
}

// ingest writes the batches into a new store at path in calls of 100 documents (5,000 relationships), with
// the store's default options (each call synced to disk), as `actorgraph ingest` does.
func ingest(ctx context.Context, path string, batches []graph.Batch) (time.Duration, error) {
	s, err := boltstore.Open(path)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	for i := 0; i < len(batches); i += 100 {
		if _, err := s.Ingest(ctx, batches[i:min(i+100, len(batches))]...); err != nil {
			s.Close()
			return 0, err
		}
	}
	elapsed := time.Since(start)
	return elapsed, s.Close()
}

// neighborhoods times depth-2 neighbourhoods of actors drawn uniformly (most are in the long tail) and of
// the 20 busiest hubs, with the default cap of graph.DefaultMaxNodes actors.
func neighborhoods(ctx context.Context, c config, s *boltstore.Store, corpus *synthetic.Corpus, rng *rand.Rand, res *results, out io.Writer) error {
	for _, set := range []struct {
		name string
		pick func(i int) int
	}{
		{"any actor", func(int) int { return rng.IntN(corpus.Entities()) }},
		{"hubs (top 20)", func(i int) int { return i % 20 }},
	} {
		var times []time.Duration
		nodes := 0
		for i := range c.queries {
			q := graph.NeighborhoodQuery{Focus: []string{corpus.Entity(set.pick(i)).ID}, Depth: 2,
				Filter: graph.Filter{MaxNodes: graph.DefaultMaxNodes}}
			start := time.Now()
			sg, err := s.Neighborhood(ctx, q)
			if graph.ErrorCode(err) == graph.ENOTFOUND {
				continue // an actor no relationship happened to name
			}
			if err != nil {
				return err
			}
			times = append(times, time.Since(start))
			nodes += len(sg.Entities)
		}
		sum := bench.Summarize(times)
		fmt.Fprintf(out, "neighbourhood depth 2, %s, capped at %d actors: %s, %.1f actors a view\n", set.name, graph.DefaultMaxNodes, sum, float64(nodes)/float64(max(1, sum.N)))
		res.set("neighborhood_depth2_"+strings.Fields(set.name)[0], sum)
	}
	return nil
}

// searches times searches for whole names, name prefixes, word prefixes and misses.
func searches(ctx context.Context, c config, s *boltstore.Store, corpus *synthetic.Corpus, rng *rand.Rand, res *results, out io.Writer) error {
	var times []time.Duration
	for i := range c.queries {
		name := corpus.Entity(rng.IntN(corpus.Entities())).Name
		var q string
		switch i % 4 {
		case 0:
			q = name
		case 1:
			q = name[:min(4, len(name))]
		case 2:
			f := strings.Fields(name)
			q = f[len(f)-1][:min(3, len(f[len(f)-1]))]
		default:
			q = "zzq" + strconv.Itoa(i)
		}
		start := time.Now()
		if _, err := s.Search(ctx, q, 20); err != nil {
			return err
		}
		times = append(times, time.Since(start))
	}
	sum := bench.Summarize(times)
	fmt.Fprintf(out, "search (names, prefixes, word starts, misses; 20 results): %s\n", sum)
	res.set("search", sum)
	return nil
}

// drawingViews returns the views to draw: eight depth-1 neighbourhoods of about 60 actors (55..60) with at
// most 150 relationships, the size of drawing Graphviz lays out in well under a second; and the depth-2
// view of the busiest hub, capped at 60 actors as the page asks for it, which holds hundreds of
// relationships among those actors.
func drawingViews(ctx context.Context, s *boltstore.Store, corpus *synthetic.Corpus) (views []graph.Subgraph, hub graph.Subgraph, err error) {
	for i := 0; len(views) < 8 && i < corpus.Entities(); i++ {
		sg, err := s.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: []string{corpus.Entity(i).ID}, Depth: 1,
			Filter: graph.Filter{MaxNodes: graph.DefaultMaxNodes}})
		if graph.ErrorCode(err) == graph.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, hub, err
		}
		if len(sg.Entities) >= 55 && len(sg.Relations) <= 150 {
			views = append(views, sg)
		}
	}
	if len(views) == 0 {
		return nil, hub, fmt.Errorf("no view of 55..60 actors and at most 150 relationships in the corpus")
	}
	hub, err = s.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: []string{corpus.Entity(0).ID}, Depth: 2,
		Filter: graph.Filter{MaxNodes: graph.DefaultMaxNodes}})
	return views, hub, err
}

// smallViews returns eight depth-1 neighbourhoods of 15..30 actors, quick to draw, for the memory run.
func smallViews(ctx context.Context, s *boltstore.Store, corpus *synthetic.Corpus) ([]graph.Subgraph, error) {
	var views []graph.Subgraph
	for i := 0; len(views) < 8 && i < corpus.Entities(); i++ {
		sg, err := s.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: []string{corpus.Entity(i).ID}, Depth: 1,
			Filter: graph.Filter{MaxNodes: graph.DefaultMaxNodes}})
		if graph.ErrorCode(err) == graph.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		if len(sg.Entities) >= 15 && len(sg.Entities) <= 30 && len(sg.Relations) <= 60 {
			views = append(views, sg)
		}
	}
	if len(views) == 0 {
		return nil, fmt.Errorf("no view of 15..30 actors in the corpus")
	}
	return views, nil
}

// largeViews returns up to four depth-2 neighbourhoods of the busiest actors, capped at n actors: the
// largest drawings the page asks for (n up to graph.MaxMaxNodes), each laid out by DefaultLayout for its size.
func largeViews(ctx context.Context, s *boltstore.Store, corpus *synthetic.Corpus, n int) ([]graph.Subgraph, error) {
	var views []graph.Subgraph
	for i := 0; len(views) < 4 && i < 50 && i < corpus.Entities(); i++ {
		sg, err := s.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: []string{corpus.Entity(i).ID}, Depth: 2,
			Filter: graph.Filter{MaxNodes: n}})
		if graph.ErrorCode(err) == graph.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		if len(sg.Entities) >= n*9/10 {
			views = append(views, sg)
		}
	}
	if len(views) == 0 {
		return nil, fmt.Errorf("no depth-2 view of %d actors in the corpus", n)
	}
	return views, nil
}

// denseView draws the busiest hub's page view once through the pool (with a two-minute timeout) and once
// with native dot.
func denseView(ctx context.Context, c config, sg graph.Subgraph, res *results, out io.Writer) error {
	dot, layout := webDOT(sg)
	pool := render.NewPool(render.PoolConfig{Workers: 1, Timeout: 2 * time.Minute})
	defer pool.Close()
	if _, err := pool.SVG(ctx, []byte("digraph{a->b}"), "dot"); err != nil {
		return err
	}
	start := time.Now()
	_, err := pool.SVG(ctx, dot, layout)
	pooled := time.Since(start)
	if err != nil {
		fmt.Fprintf(out, "the busiest hub's depth-2 view (%d actors, %d relationships), pool: failed after %s: %v\n", len(sg.Entities), len(sg.Relations), bench.Round(pooled), err)
	}
	start = time.Now()
	cmd := exec.CommandContext(ctx, c.dot, "-K"+layout, "-Tsvg")
	cmd.Stdin = bytes.NewReader(dot)
	nerr := cmd.Run()
	native := time.Since(start)
	fmt.Fprintf(out, "the busiest hub's depth-2 view (%d actors, %d relationships, %s): pool %s, native dot %s (err %v)\n",
		len(sg.Entities), len(sg.Relations), layout, bench.Round(pooled), bench.Round(native), nerr)
	res.set("svg_hub_view", map[string]any{"actors": len(sg.Entities), "relations": len(sg.Relations),
		"pool": pooled.String(), "native": native.String()})
	return nil
}

// webDOT is the DOT the service renders for the page.
func webDOT(sg graph.Subgraph) ([]byte, string) {
	layout := render.DefaultLayout(len(sg.Entities))
	return render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: "/?focus=", Layout: layout}), layout
}

// svgVersusNative renders one 60-actor DOT through a warm one-worker pool and with native dot run as a new
// process each time, alternating, so both see the same machine load.
func svgVersusNative(ctx context.Context, c config, sg graph.Subgraph, res *results, out io.Writer) error {
	dot, layout := webDOT(sg)
	pool := render.NewPool(render.PoolConfig{Workers: 1, MaxRenders: 1 << 30})
	defer pool.Close()
	if _, err := pool.SVG(ctx, dot, layout); err != nil { // start the worker before the clock runs
		return err
	}
	native, err := exec.LookPath(c.dot)
	haveNative := err == nil
	var pooled, nat []time.Duration
	for range c.renders {
		start := time.Now()
		if _, err := pool.SVG(ctx, dot, layout); err != nil {
			return err
		}
		pooled = append(pooled, time.Since(start))
		if haveNative {
			start = time.Now()
			cmd := exec.CommandContext(ctx, native, "-K"+layout, "-Tsvg")
			cmd.Stdin = bytes.NewReader(dot)
			if b, err := cmd.Output(); err != nil || !bytes.Contains(b, []byte("</svg>")) {
				return fmt.Errorf("native dot: %v", err)
			}
			nat = append(nat, time.Since(start))
		}
	}
	p := bench.Summarize(pooled)
	fmt.Fprintf(out, "SVG of a %d-actor, %d-relationship view (%s), worker pool: %s\n", len(sg.Entities), len(sg.Relations), layout, p)
	res.set("svg_pool", p)
	res.set("svg_view", map[string]any{"actors": len(sg.Entities), "relations": len(sg.Relations), "layout": layout, "dot_bytes": len(dot)})
	if haveNative {
		n := bench.Summarize(nat)
		ratio := float64(p.P50) / float64(n.P50)
		fmt.Fprintf(out, "SVG of the same DOT, native %s (a process a render): %s; pool/native p50 = %.2f×\n", native, n, ratio)
		res.set("svg_native", n)
		res.set("svg_pool_over_native", ratio)
	}
	return nil
}

// cacheHits times Draw for a view already drawn: building the DOT, hashing it and copying out the cached
// SVG.
func cacheHits(ctx context.Context, sg graph.Subgraph, res *results, out io.Writer) error {
	pool := render.NewPool(render.PoolConfig{Workers: 1})
	defer pool.Close()
	svc := render.NewService(render.ServiceConfig{Pool: pool, LinkBase: "/?focus="})
	d := render.Drawing{Format: render.FormatSVG}
	if _, err := svc.Draw(ctx, sg, d); err != nil {
		return err
	}
	var times []time.Duration
	for range 2000 {
		start := time.Now()
		if _, err := svc.Draw(ctx, sg, d); err != nil {
			return err
		}
		times = append(times, time.Since(start))
	}
	sum := bench.Summarize(times)
	fmt.Fprintf(out, "render cache hit (DOT built and hashed, SVG from the cache): %s; cache %+v\n", sum, svc.CacheStats())
	res.set("svg_cache_hit", sum)
	return nil
}

// throughput counts renders per second of the views with one worker and with two, as many renders in
// flight as workers.
func throughput(ctx context.Context, c config, views []graph.Subgraph, res *results, out io.Writer) error {
	var dots [][]byte
	var layouts []string
	for _, sg := range views {
		d, l := webDOT(sg)
		dots, layouts = append(dots, d), append(layouts, l)
	}
	rates := map[int]float64{}
	for _, workers := range []int{1, 2} {
		pool := render.NewPool(render.PoolConfig{Workers: workers, MaxRenders: 1 << 30})
		var wg sync.WaitGroup
		for w := range workers { // start every worker before the clock runs
			wg.Go(func() { _, _ = pool.SVG(ctx, dots[w%len(dots)], layouts[w%len(dots)]) })
		}
		wg.Wait()
		n := c.renders * 2
		var next atomic.Int64
		var failed atomic.Int64
		start := time.Now()
		for range workers {
			wg.Go(func() {
				for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
					if _, err := pool.SVG(ctx, dots[i%len(dots)], layouts[i%len(dots)]); err != nil {
						failed.Add(1)
					}
				}
			})
		}
		wg.Wait()
		elapsed := time.Since(start)
		pool.Close()
		if failed.Load() > 0 {
			return fmt.Errorf("%d of %d renders failed with %d workers", failed.Load(), n, workers)
		}
		rates[workers] = float64(n) / elapsed.Seconds()
		fmt.Fprintf(out, "renders/s with %d worker(s), %d renders of %d different views of about 60 actors: %.1f\n", workers, n, len(dots), rates[workers])
		res.set(fmt.Sprintf("renders_per_s_%d_workers", workers), rates[workers])
	}
	fmt.Fprintf(out, "renders/s, 2 workers over 1: %.2f×\n", rates[2]/rates[1])
	res.set("renders_per_s_2_over_1", rates[2]/rates[1])
	return nil
}

// memory renders c.memRenders times with c.memWorkers workers (recycled after render.DefaultMaxRenders
// renders and past c.memMaxRSS) and samples the resident memory of this process and of the live workers:
// the largest one and all of them together. With one worker it also finds the most one render added, from
// what the worker reports before and after it. Renders may take two minutes: what is measured is memory,
// and a shared machine can make a 500-actor layout overrun the default 10 s.
func memory(ctx context.Context, c config, views []graph.Subgraph, res *results, out io.Writer) error {
	maxRSS := int64(c.memMaxRSS) << 20
	if c.memMaxRSS < 0 {
		maxRSS = -1
	}
	workers := max(c.memWorkers, 1)
	pool := render.NewPool(render.PoolConfig{Workers: workers, Timeout: 2 * time.Minute, MaxRSS: maxRSS})
	defer pool.Close()
	svc := render.NewService(render.ServiceConfig{Pool: pool, LinkBase: "/?focus=", CacheBytes: -1})
	type sample struct {
		Renders      int   `json:"renders"`
		ServerRSS    int64 `json:"server_rss"`
		MaxWorkerRSS int64 `json:"max_worker_rss"`
		WorkersRSS   int64 `json:"workers_rss"`
	}
	var samples []sample
	var done atomic.Int64
	var failed atomic.Int64
	var firstErr error
	var wg sync.WaitGroup
	step := max(1, c.memRenders/10)
	var mu sync.Mutex
	var peak sample  // the largest worker and the largest total seen after any render
	var growth int64 // with one worker, the most one render added
	for range workers {
		wg.Go(func() {
			for {
				i := int(done.Add(1))
				if i > c.memRenders {
					return
				}
				before := pool.Stats().RSS
				_, err := svc.Draw(ctx, views[i%len(views)], render.Drawing{Format: render.FormatSVG, Options: render.Options{Layout: c.memLayout}})
				after := pool.Stats().RSS
				s := sample{Renders: i, ServerRSS: bench.RSS(os.Getpid())}
				for _, pid := range pool.Stats().PIDs {
					rss := bench.RSS(pid)
					s.MaxWorkerRSS = max(s.MaxWorkerRSS, rss)
					s.WorkersRSS += rss
				}
				mu.Lock()
				if err != nil && failed.Add(1) == 1 {
					firstErr = err
				}
				if workers == 1 && err == nil && before > 0 {
					growth = max(growth, after-before)
				}
				peak.MaxWorkerRSS = max(peak.MaxWorkerRSS, s.MaxWorkerRSS)
				peak.WorkersRSS = max(peak.WorkersRSS, s.WorkersRSS)
				if i%step == 0 {
					samples = append(samples, s)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	st := pool.Stats()
	lo, hi := len(views[0].Entities), len(views[0].Entities)
	for _, v := range views {
		lo, hi = min(lo, len(v.Entities)), max(hi, len(v.Entities))
	}
	limit := "no memory limit"
	if maxRSS >= 0 {
		limit = fmt.Sprintf("memory limit %d MiB", cmp.Or(maxRSS, render.DefaultMaxRSS)>>20)
	}
	layout := cmp.Or(c.memLayout, "layout by size")
	fmt.Fprintf(out, "memory over %d renders of %d views of %d..%d actors (%s; %d workers, %s; %d worker starts; restarts by reason %v):\n",
		c.memRenders, len(views), lo, hi, layout, workers, limit, st.Starts, st.RestartsBy)
	for _, s := range samples {
		fmt.Fprintf(out, "  after %6d renders: this process %5.1f MiB, largest worker %6.1f MiB, workers together %6.1f MiB\n",
			s.Renders, mib(s.ServerRSS), mib(s.MaxWorkerRSS), mib(s.WorkersRSS))
	}
	fmt.Fprintf(out, "  peak after any render: largest worker %.1f MiB, workers together %.1f MiB\n", mib(peak.MaxWorkerRSS), mib(peak.WorkersRSS))
	res.set("memory_samples", samples)
	res.set("memory_peak", peak)
	res.set("memory_restarts", st.RestartsBy)
	if workers == 1 {
		fmt.Fprintf(out, "  the most one render added: %.1f MiB\n", mib(growth))
		res.set("memory_most_one_render_added", growth)
	}
	if failed.Load() > 0 {
		return fmt.Errorf("%d of %d renders failed, the first with: %w", failed.Load(), c.memRenders, firstErr)
	}
	return nil
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }
