package extract_test

import (
	"context"
	"testing"
)

// BenchmarkExtract measures throughput over the seed and the test corpus, one document at a time, and
// reports words per second: go test ./extract -run '^$' -bench . -count 6 -cpu 1.
func BenchmarkExtract(b *testing.B) {
	x := mustExtractor(b)
	docs := mustCorpus(b)
	words := 0
	for _, td := range docs {
		words += wordCount(td.doc.Text)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, td := range docs {
			if _, err := x.Extract(context.Background(), td.doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
