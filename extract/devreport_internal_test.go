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
	// ruleRight and ruleWrong count, by the rule of each piece of evidence, the relationships whose pair the
	// gold states as fact and those it does not relate: each rule's precision on the split.
	ruleRight, ruleWrong := map[string]int{}, map[string]int{}
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
		for _, e := range r.ExtraPairs {
			fmt.Fprintf(&b, "EXTRA %s\n", e)
		}
		// Every relationship the gold does not relate, with each sentence, the rule, its confidence and
		// whether it is a claim; an end the gold does not list as an actor is marked with a star.
		wrong := map[string]bool{}
		for _, o := range r.Outcomes {
			if !o.Right && !o.Optional {
				wrong[o.ID] = true
			}
		}
		extraEnt := map[string]bool{}
		for _, id := range r.ExtraEntities {
			extraEnt[id] = true
		}
		end := func(id string) string {
			if extraEnt[id] {
				return "*" + nameOf(got, id)
			}
			return nameOf(got, id)
		}
		right := map[string]bool{}
		for _, o := range r.Outcomes {
			right[o.ID] = o.Right
		}
		for _, rel := range got.Relations {
			for _, ev := range rel.Evidence {
				switch {
				case right[rel.ID]:
					ruleRight[ev.Rule]++
				case wrong[rel.ID]:
					ruleWrong[ev.Rule]++
				}
			}
			if !wrong[rel.ID] {
				continue
			}
			fmt.Fprintf(&b, "FALSE %s %s %s\n", end(rel.From), rel.Type, end(rel.To))
			for _, ev := range rel.Evidence {
				extraRules[ev.Rule]++
				claim := ""
				if ev.Claim != "" {
					claim = " claim:" + ev.Claim
				}
				fmt.Fprintf(&b, "   by %s (%.2f)%s: %s\n", ev.Rule, ev.Confidence, claim, ev.Text)
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
	fmt.Fprintf(&b, "\nrules by the evidence they gave (right, wrong):\n%s", ruleTable(ruleRight, ruleWrong))
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

// ruleTable lists each rule with how many pieces of evidence it gave to relationships the gold states and
// to ones it does not relate, most wrong first.
func ruleTable(right, wrong map[string]int) string {
	var rules []string
	for r := range right {
		rules = append(rules, r)
	}
	for r := range wrong {
		if _, ok := right[r]; !ok {
			rules = append(rules, r)
		}
	}
	sort.Slice(rules, func(i, j int) bool {
		a, b := rules[i], rules[j]
		return wrong[a] > wrong[b] || wrong[a] == wrong[b] && a < b
	})
	var b strings.Builder
	for _, r := range rules {
		fmt.Fprintf(&b, "  %-40s %4d %4d\n", r, right[r], wrong[r])
	}
	return b.String()
}
