package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/extract/internal/eval"
)

// The development split: its folder of articles with their gold, and the seed article, which belongs to it.
const (
	devDir  = "testdata/corpus/dev"
	devSeed = "../seeds/2022-01-07-kazakhstan-csto-intervention.txt"
)

// devSplit reads the development split, the seed first. The models are trained and the reports written from
// it alone; the held-out split is read only for its figures.
func devSplit(t *testing.T) []eval.Doc {
	t.Helper()
	docs, err := eval.Split(devDir, devSeed)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
