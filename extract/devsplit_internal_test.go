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

// heldoutDir is the held-out split's folder. Only counts may be read from it (TestSplitLosses): never a
// sentence, a name or a per-article line.
const heldoutDir = "testdata/corpus/heldout"

// heldoutSplit reads the held-out split, for summary counts only.
func heldoutSplit(t *testing.T) []eval.Doc {
	t.Helper()
	docs, err := eval.Split(heldoutDir)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
