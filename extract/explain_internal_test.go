package extract

import (
	"fmt"
	"os"
	"testing"
)

// TestExplain prints what the extractor reads in the text ACTORGRAPH_EXPLAIN holds: every sentence's
// tokens and tags, its mentions and what they resolve to, and every relationship a rule found before the
// evidence is merged: ACTORGRAPH_EXPLAIN="Russia sanctioned Iran." go test ./extract -run TestExplain -v
func TestExplain(t *testing.T) {
	text := os.Getenv("ACTORGRAPH_EXPLAIN")
	if text == "" {
		t.Skip("set ACTORGRAPH_EXPLAIN to a text")
	}
	d, err := mustInternalExtractor(t).read(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.sents {
		for _, tk := range s.toks {
			fmt.Printf("%s/%s ", tk.text, tk.tag)
		}
		fmt.Println()
		for _, m := range s.ments {
			name := ""
			if m.entity != nil {
				name = string(m.entity.kind) + ":" + m.entity.name
			}
			fmt.Printf("  [%d,%d) %q rule=%s ref=%s affix=%s form=%d poss=%v prep=%q -> %s\n", m.i, m.j, m.surface, m.rule, m.ref, m.affix, m.form, m.poss, m.prep, name)
		}
		for _, c := range describeClauses(s) {
			fmt.Printf("  clause %s\n", c)
		}
	}
	for _, r := range d.rels {
		fmt.Printf("REL %s %s %s (%s) conf=%.2f claimed=%v\n", r.from.name, r.typ, r.to.name, r.rule, r.conf, r.claimed)
	}
}
