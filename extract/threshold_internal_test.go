package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/actorgraph/actorgraph/extract/internal/eval"
	"github.com/actorgraph/actorgraph/graph"
)

// TestThresholds prints relationship-pair precision, recall and F1 for each threshold of confidence below
// which relationships are dropped, on both splits (figures only): the curve KeepAbove is chosen from, on
// the development split. ACTORGRAPH_THRESHOLDS=1 go test ./extract -run TestThresholds -v
func TestThresholds(t *testing.T) {
	if os.Getenv("ACTORGRAPH_THRESHOLDS") == "" {
		t.Skip("set ACTORGRAPH_THRESHOLDS=1 to print the curve")
	}
	x := mustInternalExtractor(t)
	for _, split := range []struct{ name, dir, seed string }{
		{"dev", devDir, devSeed},
		{"heldout", "testdata/corpus/heldout", ""},
	} {
		var extra []string
		if split.seed != "" {
			extra = append(extra, split.seed)
		}
		docs, err := eval.Split(split.dir, extra...)
		if err != nil {
			t.Fatal(err)
		}
		var reads []*reading
		for _, dd := range docs {
			d, err := x.read(t.Context(), dd.Doc.Text)
			if err != nil {
				t.Fatal(err)
			}
			reads = append(reads, d)
		}
		for th := 0.0; th <= 0.85; th += 0.05 {
			var total eval.PRF
			for i, dd := range docs {
				b := graph.Batch{Document: dd.Doc, Origin: graph.OriginText}
				reads[i].build(&b, th)
				b.Normalize()
				total = total.Add(eval.Score(dd.Gold, b).Pairs)
			}
			fmt.Printf("%-8s keep ≥ %.2f  P %.3f  R %.3f  F1 %.3f\n", split.name, th, total.P(), total.R(), total.F1())
		}
	}
}
