package analyze_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// The benchmark graph: 100,000 entities and 1,000,000 relationships, built once per test
// binary (about 4 s) and shared by the benchmarks.
var large struct {
	once sync.Once
	sg   graph.Subgraph
	adj  *memAdjacency
}

func largeGraph(b *testing.B) (graph.Subgraph, *memAdjacency) {
	b.Helper()
	large.once.Do(func() {
		large.sg = synthetic.Graph(100_000, 1_000_000, 1)
		large.adj = newAdjacency(large.sg)
		large.adj.record = false
	})
	return large.sg, large.adj
}

// pairs draws n pairs of different entities, the same on every run, uniformly: mostly actors of the long
// tail, as an analyst's question mostly is.
func pairs(sg graph.Subgraph, n int) [][2]string {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([][2]string, 0, n)
	for len(out) < n {
		a, b := sg.Entities[rng.IntN(len(sg.Entities))].ID, sg.Entities[rng.IntN(len(sg.Entities))].ID
		if a != b {
			out = append(out, [2]string{a, b})
		}
	}
	return out
}

func BenchmarkShortestPath(b *testing.B) {
	for _, bc := range []struct {
		name string
		q    analyze.PathQuery
	}{
		{"default", analyze.PathQuery{}},
		{"cooperation-only", analyze.PathQuery{CooperationOnly: true}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			sg, adj := largeGraph(b)
			ps := pairs(sg, 64)
			ctx := context.Background()
			before := adj.scanned.Load()
			found, paths, i := 0, 0, 0
			for b.Loop() {
				q := bc.q
				q.From, q.To = ps[i%len(ps)][0], ps[i%len(ps)][1]
				got, err := analyze.ShortestPaths(ctx, adj, q)
				if err != nil {
					b.Fatal(err)
				}
				if len(got) > 0 {
					found++
				}
				paths += len(got)
				i++
			}
			b.ReportMetric(float64(adj.scanned.Load()-before)/float64(i), "rels-read/op")
			b.ReportMetric(float64(found)/float64(i), "found/op")
			b.ReportMetric(float64(paths)/float64(i), "paths/op")
		})
	}
}

func BenchmarkBlocs(b *testing.B) {
	sg, _ := largeGraph(b)
	var blocs []analyze.Bloc
	for b.Loop() {
		blocs = mustBlocs(b, sg, analyze.BlocOptions{})
	}
	multi := 0
	for _, bl := range blocs {
		if len(bl.Members) > 1 {
			multi++
		}
	}
	b.ReportMetric(float64(multi), "blocs>1")
}

// BenchmarkCentrality runs on view-sized graphs: betweenness costs actors × relationships, so it is meant
// for the views stores return (at most graph.MaxMaxNodes actors), not for the whole graph.
func BenchmarkCentrality(b *testing.B) {
	for _, size := range []struct{ entities, relations int }{{graph.MaxMaxNodes, 2_500}, {5_000, 50_000}} {
		b.Run(fmt.Sprintf("%dx%d", size.entities, size.relations), func(b *testing.B) {
			sg := synthetic.Graph(size.entities, size.relations, 1)
			for b.Loop() {
				analyze.Centrality(sg)
			}
		})
	}
}

// BenchmarkMeasure runs each whole-graph measure on a 100k-relationship graph, betweenness from 64 sources
// (what MeasureOptions.BetweennessWork allows is a number of sources: the figure per source is what counts).
func BenchmarkMeasure(b *testing.B) {
	sg := synthetic.Graph(10_000, 100_000, 1)
	entries := 0
	m, err := analyze.Measure(b.Context(), sg, analyze.ByDegree, analyze.MeasureOptions{})
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range m.Scores {
		entries += s.Degree
	}
	for _, by := range []string{analyze.ByDegree, analyze.ByPageRank, analyze.ByBetweenness} {
		b.Run(by, func(b *testing.B) {
			o := analyze.MeasureOptions{BetweennessWork: int64(64 * 2 * entries)}
			for b.Loop() {
				if _, err := analyze.Measure(b.Context(), sg, by, o); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
