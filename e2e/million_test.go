package e2e_test

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

var millionStore = flag.String("million-store", "", "run the tests at 1M relationships on this store `file`, holding internal/synthetic's corpus of 1M relationships (seed 1): built there first if it does not exist; \"new\" builds one in a temporary folder, once for all the tests of the run")

var millionClicks = flag.Int("million-clicks", 20, "clicks each `clicks` subtest of TestClicksAtAMillion times (and times again cached); scripts/test runs 8")

// millionStorePath returns the store of the synthetic 1M corpus: the file -million-store names (built there
// when missing, and kept), or with -million-store=new one built in a temporary folder once for all the tests
// of this run (scripts/test runs TestLegibleAtAMillion and TestClicksAtAMillion on one). Without the flag the
// test is skipped: it is a measurement, minutes long.
func millionStorePath(t *testing.T) string {
	t.Helper()
	path := *millionStore
	switch path {
	case "":
		t.Skip("a measurement at 1M relationships: go test ./e2e -run AtAMillion -v -args -million-store=new (or a store file agbench -dir left)")
	case "new":
		path = filepath.Join(binaryDir, "million.db")
	}
	millionOnce.Do(func() {
		if _, err := os.Stat(path); err == nil {
			return
		}
		start := time.Now()
		millionErr = buildMillionStore(path)
		t.Logf("built the 1M-relationship store %s in %v", path, time.Since(start).Round(time.Second))
	})
	if millionErr != nil {
		t.Fatal(millionErr)
	}
	return path
}

var (
	millionOnce sync.Once
	millionErr  error
)

// buildMillionStore ingests internal/synthetic's corpus of 1M relationships (seed 1) into a new store at
// path, 100 batches at a time.
func buildMillionStore(path string) error {
	s, err := boltstore.Open(path, boltstore.NoSync())
	if err != nil {
		return err
	}
	c := synthetic.New(synthetic.Config{Relations: 1_000_000, Seed: 1})
	for {
		var batches []graph.Batch
		for len(batches) < 100 {
			b, ok := c.Next()
			if !ok {
				break
			}
			batches = append(batches, b)
		}
		if len(batches) == 0 {
			break
		}
		if _, err := s.Ingest(context.Background(), batches...); err != nil {
			s.Close()
			os.Remove(path)
			return err
		}
	}
	if err := s.Close(); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}

// TestClicksAtAMillion measures, on the synthetic store of 1M relationships, what a person waits for: a cold
// drawing of a random actor's neighbourhood (HTTP, drawing ahead off), and in the browser a click on an actor
// already on screen after the page has been idle for a second, against the same click when its drawing is
// in the server's cache (the page loaded afresh, so its own cache of views does not answer). The actor
// clicked is, in one pass, drawn at random among those on screen and, in another, the most connected one
// in the drawing, which the server draws ahead first. Run with -v to read the figures.
func TestClicksAtAMillion(t *testing.T) {
	store := millionStorePath(t)
	// Opening 1M relationships took 3.7 s on a quiet machine, and over a minute with a load average of 20.
	defer func(d time.Duration) { serveStartTimeout = d }(serveStartTimeout)
	serveStartTimeout = 5 * time.Minute
	corpus := synthetic.New(synthetic.Config{Relations: 1_000_000, Seed: 1})
	rng := rand.New(rand.NewPCG(17, 5))

	t.Run("cold drawings", func(t *testing.T) {
		base := serveStore(t, store, "--seed=false", "--prerender", "0", "--render-cache-dir", t.TempDir())
		serverCPU := metricValue(t, base, "process_cpu_seconds_total")
		times, _ := coldDrawings(t, base, corpus, rng, "")
		p50, p90 := percentile(times, 0.5), percentile(times, 0.9)
		t.Logf("cold drawing of a random actor at 1M (depth 2, 60 actors at most): p50 %v, p90 %v, max %v over %d", p50, p90, slices.Max(times), len(times))
		// What dominates: the Graphviz workers' share of the time the drawings took, from the server's
		// counters (the rest is the neighbourhood query, the DOT, HTTP and waiting for a worker).
		var total time.Duration
		for _, d := range times {
			total += d
		}
		renders, renderSeconds := metricValue(t, base, "actorgraph_renders_total"), metricValue(t, base, "actorgraph_render_seconds_total")
		t.Logf("the workers: %.0f renders, %.2f s of the %.2f s the %d drawings took (%.0f%%), mean %.0f ms a render; %.0f worker starts",
			renders, renderSeconds, total.Seconds(), len(times), 100*renderSeconds/total.Seconds(), 1000*renderSeconds/max(renders, 1),
			metricValue(t, base, "actorgraph_render_worker_starts_total"))
		if gv, ok := metricValueOK(t, base, "actorgraph_render_graphviz_seconds_total"); ok { // not in builds before 2026-12-04
			gvCPU, _ := metricValueOK(t, base, "actorgraph_render_graphviz_cpu_seconds_total")
			t.Logf("of it in Graphviz: %.2f s (%.0f%% of the drawings' time), %.2f s of the workers' CPU, mean %.0f ms a render",
				gv, 100*gv/total.Seconds(), gvCPU, 1000*gvCPU/max(renders, 1))
		}
		serverCPU = metricValue(t, base, "process_cpu_seconds_total") - serverCPU
		t.Logf("the server's CPU over the drawings (the view query, the DOT, the SVG finished, HTTP, the collector): %.2f s, %.0f ms a drawing; load average %s",
			serverCPU, 1000*serverCPU/float64(len(times)), loadAverage())
		if n, ok := metricValueOK(t, base, "actorgraph_render_simplified_total"); ok { // since 2026-12-05
			t.Logf("drawings simplified for taking over a third of the render timeout: %.0f", n)
		}
		if p90 > 300*time.Millisecond {
			t.Logf("aim missed: p90 %v over 300 ms", p90)
		}
	})

	t.Run("cold default views", func(t *testing.T) {
		// What the page asks for when it opens an actor in a 1366×768 window: the view fitted to its
		// 920×560 pane (view.Fit draws up to four tries to find how many actors fit).
		base := serveStore(t, store, "--seed=false", "--prerender", "0", "--render-cache-dir", t.TempDir())
		times, actors := coldDrawings(t, base, corpus, rng, "&w=920&h=560")
		slices.Sort(actors)
		t.Logf("cold default view of a random actor at 1M (920×560 pane): p50 %v, p90 %v, max %v over %d; actors drawn: median %d, fewest %d, most %d",
			percentile(times, 0.5), percentile(times, 0.9), slices.Max(times), len(times), actors[len(actors)/2], actors[0], actors[len(actors)-1])
		renders, renderSeconds := metricValue(t, base, "actorgraph_renders_total"), metricValue(t, base, "actorgraph_render_seconds_total")
		t.Logf("the workers: %.1f drawings a view (Fit's tries), %.0f ms a drawing; load average %s", renders/float64(len(times)), 1000*renderSeconds/max(renders, 1), loadAverage())
	})

	for _, pick := range []string{"random", "most connected"} {
		t.Run("clicks, "+pick, func(t *testing.T) {
			base := serveStore(t, store, "--seed=false", "--render-cache-dir", t.TempDir())
			ctx := browserFor(t, 5*time.Minute)
			start := corpus.Entity(rng.IntN(100)).ID // an actor in many relationships, whose view is full
			do(t, ctx, chromedp.Navigate(base+"/?focus="+start))
			waitDrawn(t, ctx, 0)
			type click struct {
				from, node string
			}
			var clicks []click
			var idle []time.Duration
			seen := map[string]bool{start: true}
			restarts := 0
			for len(idle) < *millionClicks {
				time.Sleep(time.Second) // the page idle for a second
				from := get(t, ctx, chromedp.Evaluate[string](`location.href`))
				node := pickNode(t, ctx, pick, seen, rng)
				if node == "" {
					// Every actor on screen was clicked before, and its drawing is in the cache: start
					// again from another hub (a default view at 1M keeps 4 to 8 actors, and the walk
					// among hubs comes back to them).
					if restarts++; restarts > 20 {
						t.Fatalf("no actor left to click on %s, after %d new starts", from, restarts-1)
					}
					start := corpus.Entity(rng.IntN(100)).ID
					for seen[start] {
						start = corpus.Entity(rng.IntN(corpus.Entities())).ID
					}
					seen[start] = true
					do(t, ctx, chromedp.Navigate(base+"/?focus="+start))
					waitDrawn(t, ctx, 0)
					continue
				}
				seen[node] = true
				idle = append(idle, clickAndTime(t, ctx, node))
				clicks = append(clicks, click{from, node})
			}
			var cached []time.Duration
			for _, c := range clicks { // the same clicks, their drawings now in the server's cache
				do(t, ctx, chromedp.Navigate(c.from))
				waitDrawn(t, ctx, 0)
				time.Sleep(time.Second) // idle for a second as well, so both clicks meet the same server
				do(t, ctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(`!!document.getElementById(%q)`, "n:"+c.node)))
				cached = append(cached, clickAndTime(t, ctx, c.node))
			}
			metrics := prerenderMetrics(t, base)
			ip50, ip90, cp50, cp90 := percentile(idle, 0.5), percentile(idle, 0.9), percentile(cached, 0.5), percentile(cached, 0.9)
			t.Logf("click on an on-screen actor (%s) after 1 s idle: p50 %v, p90 %v (ms %v; %d new starts)", pick, ip50, ip90, ms(idle), restarts)
			t.Logf("the same clicks cached: p50 %v, p90 %v (ms %v)", cp50, cp90, ms(cached))
			t.Logf("idle p90 / cached p90 = %.2f× (aim: within 2×); idle p50 / cached p50 = %.2f×", float64(ip90)/float64(cp90), float64(ip50)/float64(cp50))
			t.Logf("server: %s", metrics)
			if pick == "most connected" {
				// The server draws the most connected actors of a view first: after an idle second the click is
				// answered from its cache, as fast as the cached one within the aim's 2×.
				if float64(ip90) > 2*float64(cp90) {
					t.Errorf("a click after an idle second: p90 %v, over twice the cached click's %v", ip90, cp90)
				}
				var used float64
				fmt.Sscanf(metrics[strings.Index(metrics, "actorgraph_prerender_used_total ")+len("actorgraph_prerender_used_total "):], "%g", &used)
				if used < float64(len(idle))*3/4 {
					t.Errorf("%v of %d clicks found their drawing made ahead, want three in four", used, len(idle))
				}
			}
		})
	}
}

// coldDrawings asks a fresh server for the drawings of 40 random actors' neighbourhoods (query adds to the
// request) and returns how long each took and how many actors each drew.
func coldDrawings(t *testing.T, base string, corpus *synthetic.Corpus, rng *rand.Rand, query string) ([]time.Duration, []int) {
	t.Helper()
	client := &http.Client{Timeout: time.Minute}
	var times []time.Duration
	var actors []int
	for len(times) < 40 {
		id := corpus.Entity(rng.IntN(corpus.Entities())).ID
		start := time.Now()
		res, err := client.Get(base + "/api/graph?format=svg&focus=" + id + query)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode == http.StatusNotFound {
			continue // an actor only mentioned
		}
		if res.StatusCode != http.StatusOK || !strings.Contains(string(body), "</svg>") {
			t.Fatalf("%s: status %d: %.300s", id, res.StatusCode, body)
		}
		times = append(times, time.Since(start))
		actors = append(actors, strings.Count(string(body), `id="n:`))
	}
	return times, actors
}

// pickNode chooses an actor on screen not clicked before: at random, or the one with the most lines in the
// drawing (ties by id).
func pickNode(t *testing.T, ctx context.Context, pick string, seen map[string]bool, rng *rand.Rand) string {
	t.Helper()
	type onScreen struct {
		ID     string `json:"id"`
		Degree int    `json:"degree"`
	}
	nodes := get(t, ctx, chromedp.Evaluate[[]onScreen](`(() => {
		const degree = {};
		for (const e of document.querySelectorAll("#graph g.edge[id^='e:']")) {
			const [from, , to] = e.id.slice(2).split("|");
			degree[from] = (degree[from] || 0) + 1;
			degree[to] = (degree[to] || 0) + 1;
		}
		return [...document.querySelectorAll("#graph g.node[id^='n:']")].filter(n => !n.classList.contains("focus"))
			.map(n => ({id: n.id.slice(2), degree: degree[n.id.slice(2)] || 0}));
	})()`))
	nodes = slices.DeleteFunc(nodes, func(n onScreen) bool { return seen[n.ID] })
	if len(nodes) == 0 {
		return ""
	}
	if pick == "random" {
		return nodes[rng.IntN(len(nodes))].ID
	}
	slices.SortFunc(nodes, func(a, b onScreen) int {
		if a.Degree != b.Degree {
			return b.Degree - a.Degree
		}
		return strings.Compare(a.ID, b.ID)
	})
	return nodes[0].ID
}

// clickAndTime clicks the actor's node and returns the time until its drawing is on screen and painted.
func clickAndTime(t *testing.T, ctx context.Context, id string) time.Duration {
	t.Helper()
	msec := get(t, ctx, chromedp.Evaluate[float64](fmt.Sprintf(`(async () => {
		const node = document.getElementById(%q);
		const done = new Promise(res => document.addEventListener("actorgraph:drawn", res, {once: true}));
		const t0 = performance.now();
		node.querySelector("a, text").dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true}));
		await done;
		await new Promise(res => requestAnimationFrame(() => requestAnimationFrame(res)));
		if (!document.querySelector("#graph g.node.focus[id=" + CSS.escape(%q) + "]")) throw new Error("focus did not move");
		return performance.now() - t0;
	})()`, "n:"+id, "n:"+id), chromedp.EvalAwaitPromise))
	return time.Duration(msec * float64(time.Millisecond))
}

func percentile(d []time.Duration, p float64) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	i := int(p*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)].Round(time.Millisecond)
}

func ms(d []time.Duration) []int64 {
	out := make([]int64, len(d))
	for i, v := range d {
		out[i] = v.Milliseconds()
	}
	return out
}

// prerenderMetrics returns the server's counters of drawings made ahead, as /metrics writes them.
func prerenderMetrics(t *testing.T, base string) string {
	t.Helper()
	var lines []string
	for _, l := range metricLines(t, base) {
		if strings.HasPrefix(l, "actorgraph_prerender") || strings.HasPrefix(l, "actorgraph_render_simplified_total") || strings.HasPrefix(l, "actorgraph_render_worker_restarts_total{reason=\"preempted\"}") || strings.HasPrefix(l, "actorgraph_renders_total") || strings.HasPrefix(l, "process_resident_memory_bytes") || strings.HasPrefix(l, "go_memstats_heap_inuse_bytes") {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "; ")
}

// loadAverage returns the machine's load averages over 1, 5 and 15 minutes, as /proc/loadavg says them.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:min(3, len(f))], " ")
}

// metricLines returns the lines of the server's /metrics.
func metricLines(t *testing.T, base string) []string {
	t.Helper()
	res, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(b), "\n")
}

// metricValue returns the value of an unlabelled series of the server's /metrics.
func metricValue(t *testing.T, base, name string) float64 {
	t.Helper()
	v, ok := metricValueOK(t, base, name)
	if !ok {
		t.Fatalf("/metrics has no series %s", name)
	}
	return v
}

// metricValueOK is metricValue for a series the server may not have: false when it has not.
func metricValueOK(t *testing.T, base, name string) (float64, bool) {
	t.Helper()
	for _, l := range metricLines(t, base) {
		if v, ok := strings.CutPrefix(l, name+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				t.Fatalf("%s: %v", l, err)
			}
			return f, true
		}
	}
	return 0, false
}
