package extract

import (
	"strings"
	"testing"
)

// TestReactionVerbsAgreeWithTheLexicon runs every reaction verb of reactionVerbRows, in its past tense,
// on an attack and on an agreement named again, and checks that the lexicon gives the type the table says
// the verb makes of the event's actors: the table gates the reference, the lexicon's row yields the
// relationship, and the two must not drift apart.
func TestReactionVerbsAgreeWithTheLexicon(t *testing.T) {
	x := mustInternalExtractor(t)
	for _, row := range reactionVerbRows {
		for _, base := range list(row.verbs) {
			past := ""
			for _, f := range verbForms(base) {
				if strings.HasSuffix(f, "ed") {
					past = f
					break
				}
			}
			for _, f := range verbForms(base) {
				if past == "" && f != base && !strings.HasSuffix(f, "ing") && !strings.HasSuffix(f, "s") {
					past = f // "oversaw"
				}
			}
			for _, tc := range []struct{ event, noun, party string }{
				{"Russia shelled Ukraine's border posts on Monday.", "attack", "Russia"},
				{"Chile signed a lithium accord with Argentina on Thursday.", "agreement", "Argentina"},
			} {
				if mediates(row.typ) && tc.noun == "attack" {
					continue // one mediates between the parties to a deal, not between an attacker and its target
				}
				text := tc.event + " Japan " + past + " the " + tc.noun + "."
				d, err := x.read(t.Context(), text)
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, r := range d.rels {
					if r.from.name == "Japan" && r.to.name == tc.party && r.typ == row.typ && !r.claimed {
						found = true
					}
				}
				if !found {
					var got []string
					for _, r := range d.rels {
						got = append(got, r.from.name+" "+string(r.typ)+" "+r.to.name+" ("+r.rule+")")
					}
					t.Errorf("%q: want Japan %s %s; got %s", text, row.typ, tc.party, strings.Join(got, "; "))
				}
			}
		}
	}
	if len(reactionVerbs) == 0 || len(eventNouns) == 0 {
		t.Fatal("empty tables")
	}
}
