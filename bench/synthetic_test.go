package bench_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/bench"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cputime"
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
	// Of that, the time in the kernel and the minor page faults: on this machine a heap's first touch of
	// a page cost about 10 us, and the faults of a heap growing to 2.3 GB were a third of an ingest of 1M.
	var system time.Duration
	var faults int64
	// The collections that ran in the timed ingests: the quiet runs fall in two bands, and where the
	// collections fall is one suspect.
	var cycles uint64
	var gcCPU float64 // the runtime's estimate of the CPU its collector used in the timed ingests
	var heap uint64   // the most heap the process holds from the system at the end of an ingest, the caller's batches included
	// The documents' text, as `actorgraph ingest` sums its input files' bytes for Open (ExpectInput): Open
	// then lets the heap grow into huge pages when the process's heap is fresh (the first loop, not the
	// next, whose store left free pages).
	var input int64
	for _, bt := range batches {
		input += int64(len(bt.Document.Text))
	}
	opts = append(opts[:len(opts):len(opts)], boltstore.ExpectInput(input))
	var opens, openCPUs []time.Duration // Open's wall and CPU time, reported on their own
	for b.Loop() {
		// Open is timed (its wall time, not its CPU time), as its reservation of the heap is part of the
		// ingest; the store is new and empty.
		t0, c0 := time.Now(), cpu()
		s, err := boltstore.Open(filepath.Join(b.TempDir(), fmt.Sprintf("%d.db", n)), opts...)
		if err != nil {
			b.Fatal(err)
		}
		n++
		c1 := cpu()
		opens, openCPUs = append(opens, time.Since(t0)), append(openCPUs, c1-c0)
		u1, _ := cputime.ProcessUsage()
		g1, gc1 := gcCycles(), gcSeconds()
		mark("open", t0)
		if perfGOGC != "" { // an experiment: the collector's percent for the timed ingest only
			pc, err := strconv.Atoi(perfGOGC)
			if err != nil {
				b.Fatalf("AG_PERF_GOGC=%q: not a percent (an integer, -1 for off)", perfGOGC)
			}
			defer debug.SetGCPercent(debug.SetGCPercent(pc))
		}
		mark("ingest", time.Now())
		for i := 0; i < len(batches); i += 100 {
			if _, err := s.Ingest(b.Context(), batches[i:min(i+100, len(batches))]...); err != nil {
				b.Fatal(err)
			}
			if tenth := len(batches) / 10; marking && tenth >= 100 && (i+100)%tenth < 100 {
				mark(fmt.Sprintf("%d%%", (i+100)*100/len(batches)), time.Now())
			}
		}
		mark("end", time.Now())
		used += cpu() - c1
		u2, _ := cputime.ProcessUsage()
		cycles += gcCycles() - g1
		gcCPU += gcSeconds() - gc1
		system += u2.System - u1.System
		faults += u2.MinorFaults - u1.MinorFaults
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = max(heap, ms.HeapSys-ms.HeapReleased)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(relations*n)/b.Elapsed().Seconds(), "relations/s")
	b.ReportMetric(float64(relations*n)/used.Seconds(), "relations/cpu-s")
	b.ReportMetric(system.Seconds()/float64(n), "sys-s/op")
	b.ReportMetric(float64(faults)/float64(n), "faults/op")
	b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
	b.ReportMetric(float64(cycles)/float64(n), "gcs/op")
	b.ReportMetric(gcCPU/float64(n), "gc-cpu-s/op")
	b.ReportMetric(float64(bench.Summarize(opens).P50)/1e6, "open-ms")
	b.ReportMetric(float64(bench.Summarize(openCPUs).P50)/1e6, "open-cpu-ms")
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

// marking is set by AG_PERF_MARKS: benchIngest then prints to stderr when Open began, the ingest began,
// each tenth of its calls returned and it ended, in seconds since the process began, as GODEBUG=gctrace=1
// times its collections ("@12.345s"), so that a run's collections can be placed in its ingest.
var marking = os.Getenv("AG_PERF_MARKS") != ""

var processStart = time.Now()

// perfGOGC (AG_PERF_GOGC, an experiment) is the collector's percent for the timed ingests, -1 for off.
var perfGOGC = os.Getenv("AG_PERF_GOGC")

func mark(what string, t time.Time) {
	if marking {
		fmt.Fprintf(os.Stderr, "perf-mark %s @%.3fs\n", what, t.Sub(processStart).Seconds())
	}
}

// gcSeconds returns the runtime's estimate of the CPU time its collector has used (marking, assists and
// pauses): an estimate from the time its workers ran, which a busy machine inflates.
func gcSeconds() float64 {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	return s[0].Value.Float64()
}

// gcCycles returns the number of collections the process has run.
func gcCycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
