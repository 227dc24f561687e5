package extract

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/internal/eval"
	"github.com/actorgraph/actorgraph/graph"
)

// bodyWordRE is the crude word test for a gold organisation that is a state's body or a group named by its
// state or place: "Government of Kenya", "the Kenyan embassy", "Haitian gangs", "Kosovo police", "City of
// Hamburg", "US lawmakers". It is a test of the gold's names, for counting; the extractor does not use it.
var bodyWordRE = regexp.MustCompile(`(?i)\b(?:government|administration|authorities|ministry|embassy|consulate|` +
	`consulate-general|high commission|mission|central bank|parliament|congress|senate|assembly|police|army|` +
	`armed forces|forces|troops|military|navy|air force|coast ?guard|guard|intelligence|security|judiciary|` +
	`prosecutors|junta|gangs|rebels|rebel factions|militias|insurgents|protesters|demonstrators|activists|` +
	`opposition|lawmakers|legislators|city of|office|treasury|residents|farmers)\b`)

// TestBodyReport lists, for the development split only, the gold organisations of that class the extractor
// missed, with what it made of the same words where the article writes one of their names: nothing; the
// state or place alone; the body under another name (kept in the output or dropped); another kind. Each is
// counted with the relationship ends it holds in the gold:
// ACTORGRAPH_BODY_REPORT=1 go test ./extract -run TestBodyReport -v. It never reads the held-out split.
func TestBodyReport(t *testing.T) {
	if os.Getenv("ACTORGRAPH_BODY_REPORT") == "" {
		t.Skip("set ACTORGRAPH_BODY_REPORT=1")
	}
	x := mustInternalExtractor(t)
	counts, ends := map[string]int{}, map[string]int{}
	var b strings.Builder
	for _, dd := range devSplit(t) {
		got, err := x.Extract(t.Context(), dd.Doc)
		if err != nil {
			t.Fatal(err)
		}
		kept := map[string]bool{}
		for _, e := range got.Entities {
			kept[e.ID] = true
		}
		r := eval.Score(dd.Gold, got)
		d, err := x.read(t.Context(), dd.Doc.Text)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range dd.Gold.Entities {
			if e.Kind != graph.Organization || !slices.Contains(r.MissedEntities, e.ID) {
				continue
			}
			names := append([]string{e.Name}, e.Aliases...)
			if !slices.ContainsFunc(names, bodyWordRE.MatchString) {
				continue
			}
			n := 0
			for _, rel := range dd.Gold.Relations {
				if rel.From == e.ID || rel.To == e.ID {
					n++
				}
			}
			class, made := bodyMadeOf(d, names, kept)
			counts[class]++
			ends[class] += n
			fmt.Fprintf(&b, "%-34s %2d ends  %s %q: %s\n", class, n, dd.Name, names, strings.Join(made, "; "))
		}
	}
	t.Logf("missed development organisations of the class, by what the extractor made of their words:\n%s", b.String())
	for _, c := range []string{bodyNotWritten, bodyNothing, bodyStateAlone, bodyOtherKind, bodyDropped, bodyOtherName} {
		t.Logf("%-34s %3d actors, %3d relationship ends", c, counts[c], ends[c])
	}
}

// The classes of TestBodyReport, from the worst reading to the nearest.
const (
	bodyNotWritten = "no gold name written"
	bodyNothing    = "nothing"
	bodyStateAlone = "the state or place alone"
	bodyOtherKind  = "another kind"
	bodyDropped    = "an organisation, not kept"
	bodyOtherName  = "the body under another name"
)

// bodyMadeOf says what the extractor made of the words of names where the article writes them (the nearest
// reading over all its sentences), with the mentions it read there.
func bodyMadeOf(d *reading, names []string, kept map[string]bool) (string, []string) {
	rank := []string{bodyNotWritten, bodyNothing, bodyStateAlone, bodyOtherKind, bodyDropped, bodyOtherName}
	best := 0
	var made []string
	for _, s := range d.sents {
		sent := strings.ToLower(d.text.norm[s.start:s.end])
		for _, n := range names {
			n = strings.ToLower(strings.ReplaceAll(n, "’", "'"))
			k := strings.Index(sent, n)
			if k < 0 {
				continue
			}
			lo, hi := s.start+k, s.start+k+len(n)
			class := bodyNothing
			for _, m := range s.ments {
				if m.end <= lo || m.start >= hi || m.entity == nil {
					continue
				}
				id := graph.EntityID(m.entity.graphKind(), m.entity.name)
				c := bodyStateAlone
				switch {
				case m.entity.kind == graph.Organization && kept[id]:
					c = bodyOtherName
				case m.entity.kind == graph.Organization:
					c = bodyDropped
				case m.entity.kind == graph.State || m.entity.kind == graph.Place && m.end-m.start < hi-lo:
				default:
					c = bodyOtherKind
				}
				if slices.Index(rank, c) > slices.Index(rank, class) {
					class = c
				}
				if s := fmt.Sprintf("%q→%s", m.surface, id); !slices.Contains(made, s) {
					made = append(made, s)
				}
			}
			if i := slices.Index(rank, class); i > best {
				best = i
			}
		}
	}
	return rank[best], made
}
