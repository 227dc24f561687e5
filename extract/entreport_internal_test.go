package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/internal/eval"
	"github.com/actorgraph/actorgraph/graph"
)

// TestEntityReport writes, for the development split only, every actor the extractor missed or added with
// what it read there: for an added actor each mention that names it (its words, the rule that found it and
// its sentence), for a missed one each sentence that writes one of its gold names and the mentions the
// extractor made over those words. It is the working list for the actors' classes of misses:
// ACTORGRAPH_ENTITY_REPORT=/tmp/ents.txt go test ./extract -run TestEntityReport. It never reads the
// held-out split.
func TestEntityReport(t *testing.T) {
	out := os.Getenv("ACTORGRAPH_ENTITY_REPORT")
	if out == "" {
		t.Skip("set ACTORGRAPH_ENTITY_REPORT to a file to write the report")
	}
	docs := devSplit(t)
	x := mustInternalExtractor(t)
	var b strings.Builder
	for _, dd := range docs {
		got, err := x.Extract(t.Context(), dd.Doc)
		if err != nil {
			t.Fatal(err)
		}
		r := eval.Score(dd.Gold, got)
		if len(r.MissedEntities)+len(r.ExtraEntities) == 0 {
			continue
		}
		d, err := x.read(t.Context(), dd.Doc.Text)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "\n#### %s\n", dd.Name)
		for _, id := range r.ExtraEntities {
			fmt.Fprintf(&b, "EXTRA %s\n", id)
			for _, s := range d.sents {
				for _, m := range s.ments {
					if m.entity != nil && graph.EntityID(m.entity.graphKind(), m.entity.name) == id {
						fmt.Fprintf(&b, "   %q rule=%s: %s\n", m.surface, m.rule, d.text.norm[s.start:s.end])
					}
				}
			}
		}
		for _, id := range r.MissedEntities {
			var names []string
			for _, e := range dd.Gold.Entities {
				if e.ID == id {
					names = append([]string{e.Name}, e.Aliases...)
				}
			}
			fmt.Fprintf(&b, "MISSED %s %q\n", id, names)
			shown := 0
			for _, s := range d.sents {
				sent := d.text.norm[s.start:s.end]
				for _, n := range names {
					k := strings.Index(sent, n)
					if k < 0 || shown >= 3 {
						continue
					}
					shown++
					var ms []string
					lo, hi := s.start+k, s.start+k+len(n)
					for _, m := range s.ments {
						if m.end > lo && m.start < hi {
							en := "-"
							if m.entity != nil {
								en = graph.EntityID(m.entity.graphKind(), m.entity.name)
							}
							ms = append(ms, fmt.Sprintf("%q rule=%s -> %s", m.surface, m.rule, en))
						}
					}
					fmt.Fprintf(&b, "   [%s] %s\n      %s\n", n, sent, strings.Join(ms, "; "))
					break
				}
			}
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
