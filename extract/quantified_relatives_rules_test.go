package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestQuantifiedRelatives: "both of whom", "all of which" after a list carry the whole list as the
// relative clause's subject; "none of which", "neither of whom" negate it; a verb the tagger read as a noun
// right after the pronoun ("which border") is read as the verb.
func TestQuantifiedRelatives(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "both of whom after a list of states",
			text: "Envoys from Senegal and Guinea, both of whom border Mali, met the junta in Bamako on Thursday.",
			want: []rel{{"state:senegal", graph.Borders, "state:mali"}, {"state:guinea", graph.Borders, "state:mali"}},
		},
		{
			name: "all of which after a list, a verb the tagger reads as a noun",
			text: "Laos, Thailand and Cambodia, all of which border Myanmar, called for a ceasefire.",
			want: []rel{{"state:laos", graph.Borders, "state:myanmar"}, {"state:thailand", graph.Borders, "state:myanmar"},
				{"state:cambodia", graph.Borders, "state:myanmar"}},
		},
		{
			name: "none of whom negates the relative clause",
			text: "Panama, Costa Rica and Honduras, none of whom have signed the pact with Nicaragua, sent observers.",
			not: []rel{{"state:panama", graph.SignedAgreementWith, "state:nicaragua"}, {"state:costa-rica", graph.SignedAgreementWith, "state:nicaragua"},
				{"state:honduras", graph.SignedAgreementWith, "state:nicaragua"}},
		},
		{
			name: "both of whom as the object of an accusation relates the list to nothing between them",
			text: "Police in Dodoma detained Juma Mwinyi and Said Kombo, both of whom Tanzania accuses of smuggling arms.",
			not:  []rel{{"person:juma-mwinyi", graph.Supports, "person:said-kombo"}, {"person:said-kombo", graph.Supports, "person:juma-mwinyi"}},
		},
	})
}
