package webpage_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/ingest/webpage"
)

// BenchmarkParse reads the four saved pages of testdata: what ingest spends on a page before the extractor.
func BenchmarkParse(b *testing.B) {
	var pages [][]byte
	size := 0
	for _, name := range []string{"wire.html", "broadcaster.htm", "daily.html", "agency.html"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range pages {
			if _, err := webpage.Parse("page.html", p, "", ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}
