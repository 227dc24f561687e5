package export_test

import (
	"io"
	"testing"

	"github.com/actorgraph/actorgraph/export"
)

// BenchmarkEncode writes a view of 500 entities (the most a view may hold) and about 1,500 relations.
func BenchmarkEncode(b *testing.B) {
	sg := synthetic(b, 500)
	for _, f := range dataFormats {
		b.Run(f, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := export.Encode(io.Discard, f, sg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
