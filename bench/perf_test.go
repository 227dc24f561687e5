package bench_test

import (
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/bench"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cputime"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// perfSize is the corpus size of the Perf benchmarks (AG_PERF_SIZE, default 100,000 relationships).
func perfSize() int {
	if n, err := strconv.Atoi(os.Getenv("AG_PERF_SIZE")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

var perf struct {
	once   sync.Once
	corpus *synthetic.Corpus
	path   string
	err    error
}

// perfStore returns the synthetic corpus and the path of a closed store holding it, built once per run.
func perfStore(b *testing.B) (*synthetic.Corpus, string) {
	b.Helper()
	perf.once.Do(func() {
		perf.corpus = synthetic.New(synthetic.Config{Relations: perfSize(), Seed: 1})
		// AG_PERF_DIR keeps the store between runs, so that runs of two builds open the same file.
		dir := os.Getenv("AG_PERF_DIR")
		if dir == "" {
			var err error
			if dir, err = os.MkdirTemp("", "agperf-"); err != nil {
				perf.err = err
				return
			}
		}
		perf.path = filepath.Join(dir, "perf-"+strconv.Itoa(perfSize())+".db")
		if _, err := os.Stat(perf.path); err == nil {
			return
		}
		s, err := boltstore.Open(perf.path, boltstore.NoSync())
		if err != nil {
			perf.err = err
			return
		}
		batches := perf.corpus.All()
		for i := 0; i < len(batches) && perf.err == nil; i += 100 {
			_, perf.err = s.Ingest(b.Context(), batches[i:min(i+100, len(batches))]...)
		}
		if err := s.Close(); perf.err == nil {
			perf.err = err
		}
	})
	if perf.err != nil {
		b.Fatal(perf.err)
	}
	return perf.corpus, perf.path
}

// BenchmarkPerfIngest ingests the whole corpus into a new store in calls of 100 documents, as agbench does
// (without fsync, which is not the limit).
func BenchmarkPerfIngest(b *testing.B) {
	size := perfSize()
	benchIngest(b, synthetic.New(synthetic.Config{Relations: size, Seed: 1}).All(), size, boltstore.NoSync())
}

// BenchmarkPerfOpen opens the store of the corpus, and reports the median CPU time of an Open beside its
// median wall time (on a shared machine the wall time is the load's), and the wall and CPU time of the first
// click after it: the depth-2 neighbourhood of the busiest hub, capped at 60 actors, as the page asks.
func BenchmarkPerfOpen(b *testing.B) {
	corpus, path := perfStore(b)
	var opens, cpus, clicks, clickCPUs []time.Duration
	q := graph.NeighborhoodQuery{Focus: []string{corpus.Entity(0).ID}, Depth: 2,
		Filter: graph.Filter{MaxNodes: graph.DefaultMaxNodes}}
	for b.Loop() {
		t0, c0 := time.Now(), cpu()
		s, err := boltstore.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		c1, t1 := cpu(), time.Now()
		opens = append(opens, t1.Sub(t0))
		if _, err := s.Neighborhood(b.Context(), q); err != nil {
			b.Fatal(err)
		}
		clicks, clickCPUs = append(clicks, time.Since(t1)), append(clickCPUs, cpu()-c1)
		cpus = append(cpus, c1-c0)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(bench.Summarize(opens).P50)/1e6, "open-ms")
	b.ReportMetric(float64(bench.Summarize(cpus).P50)/1e6, "open-cpu-ms")
	b.ReportMetric(float64(bench.Summarize(clicks).P50)/1e6, "click-ms")
	b.ReportMetric(float64(bench.Summarize(clickCPUs).P50)/1e6, "click-cpu-ms")
}

// BenchmarkPerfNeighborhood is a depth-2 neighbourhood capped at 60 actors, of actors spread over the
// corpus ("any") and of the 20 busiest hubs ("hubs").
func BenchmarkPerfNeighborhood(b *testing.B) {
	corpus, path := perfStore(b)
	s, err := boltstore.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for _, set := range []struct {
		name string
		pick func(i int) int
	}{
		{"any", func(i int) int { return i * 7919 % corpus.Entities() }},
		{"hubs", func(i int) int { return i % 20 }},
	} {
		b.Run(set.name, func(b *testing.B) {
			i := 0
			var times []time.Duration
			for b.Loop() {
				q := graph.NeighborhoodQuery{Focus: []string{corpus.Entity(set.pick(i)).ID}, Depth: 2,
					Filter: graph.Filter{MaxNodes: graph.DefaultMaxNodes}}
				i++
				start := time.Now()
				if _, err := s.Neighborhood(b.Context(), q); err != nil && graph.ErrorCode(err) != graph.ENOTFOUND {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
			}
			sum := bench.Summarize(times)
			b.ReportMetric(float64(sum.P50)/1e6, "p50-ms")
			b.ReportMetric(float64(sum.P99)/1e6, "p99-ms")
		})
	}
}

// BenchmarkPerfOneArticle is `actorgraph ingest` of one new article into the corpus's store: Open (from
// the image Close writes), the ingest (which first merges the layers, as an Open without an image did),
// and Close (which writes the image again), each reported on its own.
func BenchmarkPerfOneArticle(b *testing.B) {
	corpus, path := perfStore(b)
	// Once, so that the file has its image before the first timed Open.
	s, err := boltstore.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	s.Close()
	from, to := corpus.Entity(0), corpus.Entity(1)
	var open, ingest, closing, cpuOpen, cpuIngest, cpuClose []time.Duration
	i := 0
	for b.Loop() {
		i++
		id := "perf-one-" + strconv.Itoa(i) + "-" + strconv.FormatInt(time.Now().UnixNano(), 36)
		text := from.Name + " meets " + to.Name + "."
		batch := graph.Batch{Origin: graph.OriginText, Entities: []graph.Entity{from, to},
			Document: graph.Document{ID: id, Title: id, Published: "2025-01-01", Hash: graph.ContentHash(text), Text: text},
			Relations: []graph.Relation{{From: from.ID, To: to.ID, Type: graph.Called, Evidence: []graph.Evidence{{
				Document: id, Text: text, Start: 0, End: len(text), Stance: graph.Neutral, Origin: graph.Extracted, Confidence: 0.5}}}}}
		t0, c0 := time.Now(), cpu()
		s, err := boltstore.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		t1, c1 := time.Now(), cpu()
		if _, err := s.Ingest(b.Context(), batch); err != nil {
			b.Fatal(err)
		}
		t2, c2 := time.Now(), cpu()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		open, ingest, closing = append(open, t1.Sub(t0)), append(ingest, t2.Sub(t1)), append(closing, time.Since(t2))
		cpuOpen, cpuIngest, cpuClose = append(cpuOpen, c1-c0), append(cpuIngest, c2-c1), append(cpuClose, cpu()-c2)
	}
	b.ReportMetric(float64(bench.Summarize(open).P50)/1e6, "open-ms")
	b.ReportMetric(float64(bench.Summarize(ingest).P50)/1e6, "ingest-ms")
	b.ReportMetric(float64(bench.Summarize(closing).P50)/1e6, "close-ms")
	b.ReportMetric(float64(bench.Summarize(cpuOpen).P50)/1e6, "open-cpu-ms")
	b.ReportMetric(float64(bench.Summarize(cpuIngest).P50)/1e6, "ingest-cpu-ms")
	b.ReportMetric(float64(bench.Summarize(cpuClose).P50)/1e6, "close-cpu-ms")
}

// cpu is the CPU time the process has used: on a shared machine, what an operation costs whatever the load.
func cpu() time.Duration {
	d, _ := cputime.Process()
	return d
}
