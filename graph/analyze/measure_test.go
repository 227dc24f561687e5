package analyze_test

import (
	"context"
	"math"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/internal/cputime"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// TestMeasureComputesOnlyWhatIsAsked checks each measure against Centrality's, and that the measures not
// asked for are not computed (left at 0): PageRank must not pay for betweenness.
func TestMeasureComputesOnlyWhatIsAsked(t *testing.T) {
	sg := synthetic.Graph(300, 1500, 6)
	all := analyze.Centrality(sg)
	tests := []struct {
		by                string
		pagerank, between bool
	}{
		{analyze.ByDegree, false, false},
		{analyze.ByWeightedDegree, false, false},
		{analyze.ByPageRank, true, false},
		{analyze.ByBetweenness, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.by, func(t *testing.T) {
			m, err := analyze.Measure(t.Context(), sg, tt.by, analyze.MeasureOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if m.Actors != len(all) || len(m.Scores) != len(all) {
				t.Fatalf("%d actors, %d scores; want %d", m.Actors, len(m.Scores), len(all))
			}
			if wantSources := map[bool]int{true: len(all), false: 0}[tt.between]; m.Sources != wantSources {
				t.Errorf("sources %d, want %d", m.Sources, wantSources)
			}
			for id, want := range all {
				got := m.Scores[id]
				if got.Degree != want.Degree || got.WeightedDegree != want.WeightedDegree {
					t.Fatalf("%s: degree %d/%v, want %d/%v", id, got.Degree, got.WeightedDegree, want.Degree, want.WeightedDegree)
				}
				if w := map[bool]float64{true: want.PageRank}[tt.pagerank]; got.PageRank != w {
					t.Fatalf("%s: PageRank %v, want %v", id, got.PageRank, w)
				}
				if w := map[bool]float64{true: want.Betweenness}[tt.between]; got.Betweenness != w {
					t.Fatalf("%s: betweenness %v, want %v", id, got.Betweenness, w)
				}
			}
		})
	}
	t.Run("an unknown measure is invalid", func(t *testing.T) {
		_, err := analyze.Measure(t.Context(), sg, "fame", analyze.MeasureOptions{})
		if graph.ErrorCode(err) != graph.EINVALID || graph.ErrorMessage(err) != `unknown measure "fame" (want one of degree, weighted_degree, pagerank, betweenness)` {
			t.Errorf("error %v", err)
		}
	})
}

// TestBetweennessEstimate bounds the work so that betweenness is counted from a sample of the actors, and
// checks that the estimate keeps the ranking's head: the scale is right (the top actors' scores within 10%
// of the exact ones) and the first ten are nine of the exact first ten.
func TestBetweennessEstimate(t *testing.T) {
	sg := synthetic.Graph(3000, 15000, 2)
	exact, err := analyze.Measure(t.Context(), sg, analyze.ByBetweenness, analyze.MeasureOptions{})
	if err != nil {
		t.Fatal(err)
	}
	entries := 0
	for _, s := range exact.Scores {
		entries += s.Degree
	}
	const k = 300 // a tenth of the actors
	o := analyze.MeasureOptions{BetweennessWork: int64(k * 2 * entries)}
	est, err := analyze.Measure(t.Context(), sg, analyze.ByBetweenness, o)
	if err != nil {
		t.Fatal(err)
	}
	if est.Sources != k || est.Actors != exact.Actors {
		t.Fatalf("estimated from %d sources of %d actors, want %d of %d", est.Sources, est.Actors, k, exact.Actors)
	}
	again, _ := analyze.Measure(t.Context(), sg, analyze.ByBetweenness, o)
	if !mapsEqual(again.Scores, est.Scores) {
		t.Error("two estimates differ: the sample must be the same on every run")
	}
	top := func(m analyze.Measured) []string {
		r, _ := analyze.Rank(m.Scores, analyze.ByBetweenness)
		ids := make([]string, 10)
		for i := range ids {
			ids[i] = r[i].ID
		}
		return ids
	}
	exactTop, estTop := top(exact), top(est)
	common := 0
	for _, id := range estTop {
		if slices.Contains(exactTop, id) {
			common++
		}
	}
	if common < 9 {
		t.Errorf("the estimate's first ten %v share %d with the exact first ten %v, want 9 or more", estTop, common, exactTop)
	}
	for _, id := range exactTop[:5] {
		e, x := est.Scores[id].Betweenness, exact.Scores[id].Betweenness
		if math.Abs(e-x) > 0.1*x {
			t.Errorf("%s: estimated betweenness %.0f, exact %.0f: off by more than 10%%", id, e, x)
		}
	}
}

func mapsEqual(a, b map[string]analyze.Scores) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestAnalysesStopWhenTheirContextIsDone starts each whole-graph analysis on a graph where it runs for
// seconds, cancels it, and measures the CPU the process uses from the cancel until the analysis returns:
// the client that left no longer keeps a core busy. CPU rather than wall time, so a loaded machine (the
// tests run beside others) does not make a prompt stop look slow; the wall time is bounded loosely too.
func TestAnalysesStopWhenTheirContextIsDone(t *testing.T) {
	sg := synthetic.Graph(20_000, 200_000, 1)
	tests := []struct {
		name string
		run  func(ctx context.Context) error
	}{
		{"betweenness", func(ctx context.Context) error {
			_, err := analyze.Measure(ctx, sg, analyze.ByBetweenness, analyze.MeasureOptions{BetweennessWork: -1})
			return err
		}},
		{"pagerank", func(ctx context.Context) error {
			_, err := analyze.Measure(ctx, sg, analyze.ByPageRank, analyze.MeasureOptions{})
			return err
		}},
		{"blocs", func(ctx context.Context) error {
			_, err := analyze.Blocs(ctx, sg, analyze.BlocOptions{})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			interrupted := 0 // runs cancelled while running, not before they started
			for _, after := range []time.Duration{0, 10 * time.Millisecond, 40 * time.Millisecond, 150 * time.Millisecond} {
				runtime.GC() // the last run's garbage is not this one's CPU
				ctx, cancel := context.WithCancel(t.Context())
				done := make(chan error, 1)
				go func() { done <- tt.run(ctx) }()
				time.Sleep(after)
				cpu0, measured := cputime.Process()
				cancel()
				cancelled := time.Now()
				err := <-done
				took := time.Since(cancelled)
				cpu1, _ := cputime.Process()
				if err == nil {
					t.Logf("cancelled after %v: it had finished", after)
					continue
				}
				if after > 0 {
					interrupted++
				}
				if graph.ErrorCode(err) != graph.ETIMEOUT {
					t.Errorf("cancelled after %v: error %v, want code %q", after, err, graph.ETIMEOUT)
				}
				// A look at the context every 65,536 steps is about a millisecond of work, and the longest step
				// between looks (sorting the edges) tens of milliseconds on this graph; the garbage collector's
				// marking counts too. Not stopping would be seconds.
				if used, bound := cpu1-cpu0, cpuScale*300*time.Millisecond; measured && used > bound {
					t.Errorf("cancelled after %v: %v of CPU until it returned, want at most %v", after, used, bound)
				}
				if took > 3*time.Second {
					t.Errorf("cancelled after %v: returned %v after the cancel", after, took)
				}
				t.Logf("cancelled after %v: returned %v later, %v of CPU", after, took, cpu1-cpu0)
			}
			if interrupted == 0 {
				t.Error("every run finished before its cancel: the graph is too small to test this")
			}
		})
	}
}
