package extract_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/article"
	"github.com/actorgraph/actorgraph/ingest/overlay"
)

// seedArticle is the project's seed, whose curated overlay serves as its gold standard; it belongs to the
// development split.
const seedArticle = "../seeds/2022-01-07-kazakhstan-csto-intervention.txt"

var (
	extractorOnce sync.Once
	extractorVal  *extract.Extractor
	extractorErr  error
)

// mustExtractor returns one Extractor for all tests: loading the models is the slow part.
func mustExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	extractorOnce.Do(func() { extractorVal, extractorErr = extract.New() })
	if extractorErr != nil {
		tb.Fatalf("extract.New: %v", extractorErr)
	}
	return extractorVal
}

// testDoc is an article with its gold overlay.
type testDoc struct {
	name string
	doc  graph.Document
	gold *overlay.Overlay
}

// mustCorpus reads the development split: the seed and testdata/corpus/dev, articles with the overlays
// beside them. Tests that look at what the extractor finds, sentence by sentence, use this split only.
func mustCorpus(tb testing.TB) []testDoc {
	tb.Helper()
	return mustSplit(tb, splitDev)
}

// mustSplit reads one split of the corpus. The held-out split is for figures only: nothing prints its
// sentences or what was missed in them.
func mustSplit(tb testing.TB, split string) []testDoc {
	tb.Helper()
	var paths []string
	if split == splitDev {
		paths = append(paths, seedArticle)
	}
	more, err := filepath.Glob(filepath.Join("testdata", "corpus", split, "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	slices.Sort(more)
	paths = append(paths, more...)
	var out []testDoc
	for _, p := range paths {
		out = append(out, mustTestDoc(tb, p))
	}
	return out
}

func mustTestDoc(tb testing.TB, p string) testDoc {
	tb.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		tb.Fatal(err)
	}
	d, err := article.Parse(p, data)
	if err != nil {
		tb.Fatalf("%s: %v", p, err)
	}
	op := strings.TrimSuffix(p, ".txt") + ".overlay.yaml"
	odata, err := os.ReadFile(op)
	if err != nil {
		tb.Fatal(err)
	}
	o, err := overlay.Parse(op, odata)
	if err != nil {
		tb.Fatalf("%s: %v", op, err)
	}
	return testDoc{name: d.ID, doc: d, gold: o}
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// checkActorNames extracts text and checks that an actor of each name in want is among its actors and none
// of the names in no is.
func checkActorNames(t *testing.T, text string, want, no []string) {
	t.Helper()
	b := mustExtract(t, text)
	var names []string
	for _, e := range b.Entities {
		names = append(names, e.Name)
	}
	for _, w := range want {
		if !slices.Contains(names, w) {
			t.Errorf("want the actor %q, got %q", w, names)
		}
	}
	for _, n := range no {
		if slices.Contains(names, n) {
			t.Errorf("do not want the actor %q", n)
		}
	}
}
