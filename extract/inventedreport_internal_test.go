package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/internal/eval"
)

// TestInventedReport scores the development split's articles of invented events (front matter's source says
// "invented") apart from those reporting real ones: entity and pair counts for each group, so that a step on
// names no gazetteer knows can be judged where such names are. It never reads the held-out split:
// ACTORGRAPH_INVENTED_REPORT=1 go test ./extract -run TestInventedReport -v
func TestInventedReport(t *testing.T) {
	if os.Getenv("ACTORGRAPH_INVENTED_REPORT") == "" {
		t.Skip("set ACTORGRAPH_INVENTED_REPORT=1 to print the invented and real articles' figures")
	}
	x := mustInternalExtractor(t)
	type group struct {
		docs        int
		ents, pairs eval.PRF
	}
	var groups [2]group // 0 real, 1 invented
	for _, dd := range devSplit(t) {
		got, err := x.Extract(t.Context(), dd.Doc)
		if err != nil {
			t.Fatal(err)
		}
		r := eval.Score(dd.Gold, got)
		g := &groups[0]
		if strings.Contains(strings.ToLower(dd.Doc.Source), "invented") {
			g = &groups[1]
		}
		g.docs++
		g.ents = g.ents.Add(r.Entities)
		g.pairs = g.pairs.Add(r.Pairs)
	}
	for i, name := range []string{"real", "invented"} {
		g := groups[i]
		t.Logf("%-8s %2d articles: entity TP %4d FP %3d FN %3d  P %.3f R %.3f F1 %.3f | pairs TP %4d FP %3d FN %4d  P %.3f R %.3f F1 %.3f",
			name, g.docs, g.ents.TP, g.ents.FP, g.ents.FN, g.ents.P(), g.ents.R(), g.ents.F1(),
			g.pairs.TP, g.pairs.FP, g.pairs.FN, g.pairs.P(), g.pairs.R(), g.pairs.F1())
	}
}
