package bench_test

import (
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cputime"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/store/boltstore"
	"github.com/actorgraph/actorgraph/store/corrected"
)

// BenchmarkCorrectedNeighborhood is BenchmarkSyntheticNeighborhood's depth-2 neighbourhood read through the
// editors' corrections: none; one merge of two actors that the views asked for do not reach (elsewhere);
// and the same merge with the first of them as the focus of every view (in view), which expands through
// the actors as corrected. It reports the process's CPU time per view beside the wall time. Run it with
//
//	go test -run '^$' -bench CorrectedNeighborhood -count 6 ./bench/ | benchstat -
func BenchmarkCorrectedNeighborhood(b *testing.B) {
	corpus := synthetic.New(synthetic.Config{Relations: 100_000, Seed: 1})
	inner, err := boltstore.Open(filepath.Join(b.TempDir(), "n.db"), boltstore.NoSync())
	if err != nil {
		b.Fatal(err)
	}
	defer inner.Close()
	if _, err := inner.Ingest(b.Context(), corpus.All()...); err != nil {
		b.Fatal(err)
	}
	n := corpus.Entities()
	// The two least connected actors: the views of others rarely reach them.
	counts, err := inner.RelationCounts(b.Context(), []string{corpus.Entity(n - 1).ID, corpus.Entity(n - 2).ID})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("merging %s (%d relationships) into %s (%d)", corpus.Entity(n-1).ID, counts[0], corpus.Entity(n-2).ID, counts[1])
	focus := func(i int) string { return corpus.Entity(i * 7919 % n).ID }
	for _, tc := range []struct {
		name  string
		merge bool
		focus func(i int) string
	}{
		{"none", false, focus},
		{"merge-elsewhere", true, focus},
		{"merge-in-view", true, func(int) string { return corpus.Entity(n - 2).ID }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			s := corrected.Wrap(inner)
			if tc.merge {
				c, err := s.Correct(b.Context(), graph.Correction{Action: graph.ActionMerge, Entity: corpus.Entity(n - 1).ID,
					Into: corpus.Entity(n - 2).ID, Reason: "a benchmark", Editor: "bench"})
				if err != nil {
					b.Fatal(err)
				}
				defer s.Undo(b.Context(), c.ID, "bench")
			}
			i := 0
			cpu0, _ := cputime.Process()
			for b.Loop() {
				q := graph.NeighborhoodQuery{Focus: []string{tc.focus(i)}, Depth: 2, Filter: graph.Filter{MaxNodes: graph.DefaultMaxNodes}}
				i++
				if _, err := s.Neighborhood(b.Context(), q); err != nil && graph.ErrorCode(err) != graph.ENOTFOUND {
					b.Fatal(err)
				}
			}
			// The process's CPU time per view as well as the wall time: on a shared machine the wall
			// time measures the load as much as the code.
			if cpu1, ok := cputime.Process(); ok {
				b.ReportMetric(float64((cpu1-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			}
		})
	}
}
