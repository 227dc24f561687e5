package yamlnode_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/yamlnode"
	"github.com/actorgraph/actorgraph/seeds"
)

// BenchmarkParseSeedOverlay parses the seed's curated overlay (28 KB, 1,450 items).
func BenchmarkParseSeedOverlay(b *testing.B) {
	data, err := seeds.FS.ReadFile("2022-01-07-kazakhstan-csto-intervention.overlay.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := yamlnode.Parse("seed.overlay.yaml", data, 0); err != nil {
			b.Fatal(err)
		}
	}
}
