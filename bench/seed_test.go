package bench_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/goccy/go-graphviz"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// TestMain lets the test binary serve as the render worker.
func TestMain(m *testing.M) {
	render.ServeIfWorker()
	os.Exit(m.Run())
}

const tokayev = "person:kassym-jomart-tokayev"

// seedStore is the embedded store holding the seeds, as `actorgraph serve` makes it.
func seedStore(b *testing.B) *boltstore.Store {
	b.Helper()
	s, err := boltstore.Open(filepath.Join(b.TempDir(), "seed.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	files, err := ingest.ReadFS(seeds.FS, "seeds")
	if err != nil {
		b.Fatal(err)
	}
	in := ingest.Ingester{Store: s}
	if rep, err := in.Ingest(context.Background(), files); err != nil || rep.Err() != nil {
		b.Fatal(err, rep.Err())
	}
	return s
}

var tokayevDepth2 = graph.NeighborhoodQuery{Focus: []string{tokayev}, Depth: 2}

// BenchmarkSeedNeighborhoodDepth2 is the query behind the page's first view: Tokayev at depth 2.
func BenchmarkSeedNeighborhoodDepth2(b *testing.B) {
	s := seedStore(b)
	ctx := context.Background()
	for b.Loop() {
		sg, err := s.Neighborhood(ctx, tokayevDepth2)
		if err != nil || len(sg.Entities) < 20 {
			b.Fatal(err, len(sg.Entities))
		}
	}
}

func seedDOT(b *testing.B) []byte {
	b.Helper()
	sg, err := seedStore(b).Neighborhood(context.Background(), tokayevDepth2)
	if err != nil {
		b.Fatal(err)
	}
	return render.DOT(sg, render.Options{Title: render.Title(sg), LinkBase: "/?focus="})
}

// BenchmarkSeedSVGPool draws that neighbourhood through the worker pool, one request at a time.
func BenchmarkSeedSVGPool(b *testing.B) {
	dot := seedDOT(b)
	p := render.NewPool(render.PoolConfig{Workers: 1})
	b.Cleanup(func() { p.Close() })
	ctx := context.Background()
	if _, err := p.SVG(ctx, dot, "dot"); err != nil { // the worker starts before the clock runs
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := p.SVG(ctx, dot, "dot"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeedSVGInProcess draws the same DOT with go-graphviz in this process: what the pool would cost
// without its process boundary (and without its safety).
func BenchmarkSeedSVGInProcess(b *testing.B) {
	dot := seedDOT(b)
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer gv.Close()
	var out bytes.Buffer
	for b.Loop() {
		g, err := graphviz.ParseBytes(dot)
		if err != nil {
			b.Fatal(err)
		}
		out.Reset()
		if err := gv.Render(ctx, g, graphviz.SVG, &out); err != nil {
			b.Fatal(err)
		}
		g.Close()
	}
}

// BenchmarkSeedSVGCached is the same drawing asked for again: the service's cache answers.
func BenchmarkSeedSVGCached(b *testing.B) {
	s := seedStore(b)
	ctx := context.Background()
	sg, err := s.Neighborhood(ctx, tokayevDepth2)
	if err != nil {
		b.Fatal(err)
	}
	p := render.NewPool(render.PoolConfig{Workers: 1})
	b.Cleanup(func() { p.Close() })
	svc := render.NewService(render.ServiceConfig{Pool: p, LinkBase: "/?focus="})
	if _, err := svc.Render(ctx, sg, "", "svg"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := svc.Render(ctx, sg, "", "svg"); err != nil {
			b.Fatal(err)
		}
	}
}
