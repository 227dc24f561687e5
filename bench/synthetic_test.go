package bench_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// BenchmarkSyntheticIngest ingests a 10,000-relationship synthetic corpus into a new embedded store, in
// calls of 100 documents, with the default (synced) options and without syncing. Profile it with
// -cpuprofile to see where ingest time goes.
func BenchmarkSyntheticIngest(b *testing.B) {
	batches := synthetic.New(synthetic.Config{Relations: 10_000, Seed: 1}).All()
	for _, mode := range []struct {
		name string
		opts []boltstore.Option
	}{{"sync", nil}, {"nosync", []boltstore.Option{boltstore.NoSync()}}} {
		b.Run(mode.name, func(b *testing.B) { benchIngest(b, batches, 10_000, mode.opts...) })
	}
}

// benchIngest ingests batches into a new store in calls of 100 documents, as agbench does, each loop, and
// reports relations, the number of relationships they hold, per second.
func benchIngest(b *testing.B, batches []graph.Batch, relations int, opts ...boltstore.Option) {
	n := 0
	var used time.Duration // the process's CPU time while timed: less the load's than the wall
	for b.Loop() {
		b.StopTimer()
		s, err := boltstore.Open(filepath.Join(b.TempDir(), fmt.Sprintf("%d.db", n)), opts...)
		if err != nil {
			b.Fatal(err)
		}
		n++
		b.StartTimer()
		c1 := cpu()
		for i := 0; i < len(batches); i += 100 {
			if _, err := s.Ingest(b.Context(), batches[i:min(i+100, len(batches))]...); err != nil {
				b.Fatal(err)
			}
		}
		used += cpu() - c1
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(relations*n)/b.Elapsed().Seconds(), "relations/s")
	b.ReportMetric(float64(relations*n)/used.Seconds(), "relations/cpu-s")
}

// BenchmarkSyntheticNeighborhood is a depth-2 neighbourhood, capped at the default 60 actors, of actors
// spread over a 100,000-relationship corpus.
func BenchmarkSyntheticNeighborhood(b *testing.B) {
	corpus := synthetic.New(synthetic.Config{Relations: 100_000, Seed: 1})
	s, err := boltstore.Open(filepath.Join(b.TempDir(), "n.db"), boltstore.NoSync())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(b.Context(), corpus.All()...); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		q := graph.NeighborhoodQuery{Focus: []string{corpus.Entity(i * 7919 % corpus.Entities()).ID}, Depth: 2,
			Filter: graph.Filter{MaxNodes: graph.DefaultMaxNodes}}
		i++
		if _, err := s.Neighborhood(b.Context(), q); err != nil && graph.ErrorCode(err) != graph.ENOTFOUND {
			b.Fatal(err)
		}
	}
}
