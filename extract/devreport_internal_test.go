package extract

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/internal/eval"
	"github.com/actorgraph/actorgraph/graph"
)

// TestDevReport writes what the extractor misses and adds on the development split, sentence by sentence,
// to the file ACTORGRAPH_DEV_REPORT names: the working list for improving the rules. It never reads the
// held-out split.
func TestDevReport(t *testing.T) {
	out := os.Getenv("ACTORGRAPH_DEV_REPORT")
	if out == "" {
		t.Skip("set ACTORGRAPH_DEV_REPORT to a file to write the report")
	}
	docs := devSplit(t)
	x := mustInternalExtractor(t)
	var b strings.Builder
	missTypes, extraRules := map[string]int{}, map[string]int{}
	for _, dd := range docs {
		got, err := x.Extract(t.Context(), dd.Doc)
		if err != nil {
			t.Fatal(err)
		}
		r := eval.Score(dd.Gold, got)
		fmt.Fprintf(&b, "\n#### %s  ent %.2f pair P %.2f R %.2f\n", dd.Name, r.Entities.F1(), r.Pairs.P(), r.Pairs.R())
		fmt.Fprintf(&b, "missed entities: %s\nextra entities: %s\n", strings.Join(r.MissedEntities, "; "), strings.Join(r.ExtraEntities, "; "))
		golds := map[string]graph.Relation{}
		for _, gr := range dd.Gold.Relations {
			golds[gr.From+" "+string(gr.Type)+" "+gr.To] = gr
		}
		for _, m := range r.MissedPairs {
			f := strings.Fields(m)
			typ := ""
			for _, w := range f {
				if _, ok := graph.RelType(w).Info(); ok {
					typ = w
				}
			}
			missTypes[typ]++
			fmt.Fprintf(&b, "MISS %s\n", m)
		}
		for _, gr := range dd.Gold.Relations {
			_ = gr
		}
		for _, e := range r.ExtraPairs {
			fmt.Fprintf(&b, "EXTRA %s\n", e)
		}
		for _, rel := range got.Relations {
			for _, ev := range rel.Evidence {
				for _, e := range r.ExtraPairs {
					if strings.Contains(e, string(rel.Type)) && (strings.HasPrefix(e, nameOf(got, rel.From)+" ") || strings.HasPrefix(e, rel.From+" ")) {
						extraRules[ev.Rule]++
						fmt.Fprintf(&b, "   by %s (%.2f): %s\n", ev.Rule, ev.Confidence, ev.Text)
						break
					}
				}
			}
		}
		for _, c := range r.ClaimFacts {
			fmt.Fprintf(&b, "CLAIM-AS-FACT %s\n", c)
		}
		// The gold sentences of missed pairs, to read what the rules should have caught.
		for _, gr := range dd.Gold.Relations {
			name := nameOf(dd.Gold, gr.From) + " " + string(gr.Type) + " " + nameOf(dd.Gold, gr.To)
			for _, m := range r.MissedPairs {
				if m == name {
					fmt.Fprintf(&b, "   gold %s: %s\n", name, gr.Evidence[0].Text)
				}
			}
		}
	}
	fmt.Fprintf(&b, "\nmissed by type: %s\nextra by rule: %s\n", sortedCounts(missTypes), sortedCounts(extraRules))
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func nameOf(b graph.Batch, id string) string {
	for _, e := range b.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return id
}

func sortedCounts(m map[string]int) string {
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range m {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
	var s []string
	for _, x := range l {
		s = append(s, fmt.Sprintf("%s %d", x.k, x.v))
	}
	return strings.Join(s, ", ")
}
