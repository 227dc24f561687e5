package boltstore_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// Benchmark graphs. "seed" is the size of the demo data (about 40 entities, 60 relations); "large" 10k
// entities and about 100k relations. Each is built once per run of the test binary, in a folder
// TestMain removes.
var benchGraphs = []struct {
	name   string
	corpus synthetic.Config
}{
	{"seed", synthetic.Config{Relations: 60, Entities: 48, PerDocument: 10, Aliases: 5}},
	{"large", synthetic.Config{Relations: 100_000, Entities: 10_000, PerDocument: 50, Aliases: 5}},
}

var bench struct {
	once   sync.Once
	dir    string
	mu     sync.Mutex
	stores map[string]*boltstore.Store
}

func removeBenchData() {
	bench.mu.Lock()
	defer bench.mu.Unlock()
	for _, s := range bench.stores {
		s.Close()
	}
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
}

// benchStore returns the open store of the named benchmark graph, building it on first use.
func benchStore(b *testing.B, name string) (*boltstore.Store, string) {
	b.Helper()
	bench.mu.Lock()
	defer bench.mu.Unlock()
	if bench.dir == "" {
		dir, err := os.MkdirTemp("", "boltstore-bench-")
		if err != nil {
			b.Fatal(err)
		}
		bench.dir, bench.stores = dir, map[string]*boltstore.Store{}
	}
	path := filepath.Join(bench.dir, name+".db")
	if s := bench.stores[name]; s != nil {
		return s, path
	}
	for _, g := range benchGraphs {
		if g.name != name {
			continue
		}
		s := mustOpenStore(b, path, boltstore.NoSync())
		batches := synthetic.New(g.corpus).All()
		const perCall = 100
		for i := 0; i < len(batches); i += perCall {
			mustIngestTB(b, s, batches[i:min(i+perCall, len(batches))]...)
		}
		bench.stores[name] = s
		return s, path
	}
	b.Fatalf("no benchmark graph %q", name)
	return nil, ""
}

func BenchmarkNeighborhoodDepth2(b *testing.B) {
	for _, g := range benchGraphs {
		b.Run(g.name, func(b *testing.B) {
			s, _ := benchStore(b, g.name)
			// Foci spread over the pool, busy hubs and quiet corners alike.
			var foci []string
			corpus := synthetic.New(g.corpus)
			for i := 0; i < g.corpus.Entities; i += max(1, g.corpus.Entities/97) {
				id := corpus.Entity(i).ID
				if _, err := s.Entity(b.Context(), id); err == nil {
					foci = append(foci, id)
				}
			}
			benchNeighborhood(b, s, foci)
		})
	}
	// The worst case: the entity most articles mention.
	b.Run("large-hub", func(b *testing.B) {
		s, _ := benchStore(b, "large")
		benchNeighborhood(b, s, []string{synthetic.New(benchGraphs[1].corpus).Entity(0).ID})
	})
}

func benchNeighborhood(b *testing.B, s *boltstore.Store, foci []string) {
	n, entities := 0, 0
	for b.Loop() {
		q := graph.NeighborhoodQuery{Focus: []string{foci[n%len(foci)]}, Depth: 2}
		n++
		sg, err := s.Neighborhood(b.Context(), q)
		if err != nil {
			b.Fatal(err)
		}
		entities += len(sg.Entities)
	}
	st, _ := s.Stats(b.Context())
	b.ReportMetric(float64(st.Entities), "entities")
	b.ReportMetric(float64(st.Relations), "relations")
	b.ReportMetric(float64(entities)/float64(n), "entities/view")
}

func BenchmarkSearch(b *testing.B) {
	s, _ := benchStore(b, "large")
	// Whole names, prefixes, word starts, fragments inside words, aliases, and misses.
	var queries []string
	for i := 256; i < 10_000; i += 487 { // names of two words and more
		name := synthetic.Name(i)
		queries = append(queries, name, name[:4], name[len(name)-4:], name[1:4])
	}
	queries = append(queries, "K. Sa", "zzzz", "ka", "neka")
	n := 0
	for b.Loop() {
		if _, err := s.Search(b.Context(), queries[n%len(queries)], 20); err != nil {
			b.Fatal(err)
		}
		n++
	}
}

// BenchmarkIngest ingests calls of 20 new articles (1,000 relations) into a store that grows with b.N,
// syncing every call as the default options do.
func BenchmarkIngest(b *testing.B) {
	// 20,000 articles: enough for 1,000 calls, far more than a benchmark's run makes.
	corpus := synthetic.New(synthetic.Config{Relations: 1_000_000, Entities: 10_000, PerDocument: 50, Aliases: 5})
	const perCall = 20
	s := mustOpenStore(b, filepath.Join(b.TempDir(), "ingest.db"))
	defer s.Close()
	relations, next := 0, 0
	for b.Loop() {
		b.StopTimer()
		batch := make([]graph.Batch, perCall)
		for j := range batch {
			var ok bool
			if batch[j], ok = corpus.Next(); !ok {
				b.Fatalf("the corpus ran out after %d articles", next)
			}
			relations += len(batch[j].Relations)
			next++
		}
		b.StartTimer()
		mustIngestTB(b, s, batch...)
	}
	b.ReportMetric(float64(relations)/b.Elapsed().Seconds(), "relations/s")
}

func BenchmarkOpen(b *testing.B) {
	for _, g := range benchGraphs {
		b.Run(g.name, func(b *testing.B) {
			src, _ := benchStore(b, g.name)
			// Open a copy: the benchmark graph's own file is held open.
			path := filepath.Join(b.TempDir(), "copy.db")
			copyStore(b, src, path)
			for b.Loop() {
				s, err := boltstore.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				s.Close()
			}
		})
	}
}

// copyStore writes a new store at path with the documents and layers of src, by ingesting them again.
func copyStore(b *testing.B, src *boltstore.Store, path string) {
	b.Helper()
	if err := src.Backup(b.Context(), path); err != nil {
		b.Fatal(fmt.Errorf("backup: %w", err))
	}
}
