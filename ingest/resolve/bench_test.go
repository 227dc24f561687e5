package resolve_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/ingest/article"
	"github.com/actorgraph/actorgraph/ingest/resolve"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// corpus reads the seed article and the extractor's test articles (with their overlays).
func corpus(b *testing.B) (files []ingest.File, docs []graph.Document, words int) {
	b.Helper()
	files, err := ingest.ReadPaths([]string{"../../seeds", "../../extract/testdata/corpus/dev"})
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		if f.IsOverlay() {
			continue
		}
		d, err := article.Parse(f.Name, f.Data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		words += len(strings.Fields(d.Text))
	}
	return files, docs, words
}

// BenchmarkExtractResolve measures extraction and resolution across the corpus, in memory, in words of
// article text per second: go test ./ingest/resolve -run '^$' -bench ExtractResolve -cpu 1 -count 5
func BenchmarkExtractResolve(b *testing.B) {
	_, docs, words := corpus(b)
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		r := resolve.New(nil)
		for _, d := range docs {
			text, err := x.Extract(b.Context(), d)
			if err != nil {
				b.Fatal(err)
			}
			p, err := r.Resolve(b.Context(), text)
			if err != nil {
				b.Fatal(err)
			}
			r.Add(p.Batch().Entities...)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkIngestCorpus measures the whole ingest path (extraction, resolution against the store,
// overlays and corrections, the atomic write) into a new embedded store each time.
func BenchmarkIngestCorpus(b *testing.B) {
	files, _, words := corpus(b)
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	dir := b.TempDir()
	n := 0
	for b.Loop() {
		b.StopTimer()
		n++
		store, err := boltstore.Open(filepath.Join(dir, strconv.Itoa(n)+".db"), boltstore.NoSync())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		in := ingest.Ingester{Store: store, Extractor: x}
		rep, err := in.Ingest(b.Context(), files)
		if err != nil || rep.Failed > 0 {
			b.Fatal(err, rep.Err())
		}
		b.StopTimer()
		store.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
