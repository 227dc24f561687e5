package graph_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// BenchmarkNormalize normalises the 200 batches of a 10,000-relationship synthetic corpus, as an ingest
// does each batch it is given (`go test ./graph -run '^$' -bench Normalize -benchmem`): "plain" as
// PerfIngest's corpus, "aliases" with an alias for every third actor whose name has two words.
func BenchmarkNormalize(b *testing.B) {
	for _, c := range []struct {
		name    string
		aliases int
	}{{"plain", 0}, {"aliases", 3}} {
		b.Run(c.name, func(b *testing.B) {
			batches := synthetic.New(synthetic.Config{Relations: 10_000, Seed: 1, Aliases: c.aliases}).All()
			for b.Loop() {
				for _, batch := range batches { // a copy: Normalize leaves the given slices as they were
					batch.Normalize()
				}
			}
		})
	}
}

// BenchmarkValidate validates the same batches, as an ingest does before it normalises them (`go test
// ./graph -run '^$' -bench Validate -benchmem`).
func BenchmarkValidate(b *testing.B) {
	batches := synthetic.New(synthetic.Config{Relations: 10_000, Seed: 1}).All()
	for b.Loop() {
		for i := range batches {
			if err := batches[i].Validate(batches[i].Document.Text); err != nil {
				b.Fatal(err)
			}
		}
	}
}
