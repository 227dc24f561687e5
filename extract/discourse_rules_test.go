package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestDiscourseRules checks, on sentences written in the shapes general news uses, relationships read across
// clauses and sentences: subjects carried into coordinated clauses, and definite descriptions standing for
// an actor named before ("the junta").
func TestDiscourseRules(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a coordinated clause with its own verb reads its object against that verb, not the first one",
			text: "Turkey met Russia and signed a deal with Iran. Kenya hosted Uganda on Monday and later signed a trade agreement with Tanzania.",
			want: []rel{{"state:turkey", graph.MetWith, "state:russia"}, {"state:turkey", graph.SignedAgreementWith, "state:iran"},
				{"state:kenya", graph.SignedAgreementWith, "state:tanzania"}},
			not: []rel{{"state:turkey", graph.MetWith, "state:iran"}, {"state:kenya", graph.MetWith, "state:tanzania"}},
		},
		{
			name: "a bare collective is the one of its class named last, not the article's state's",
			text: "Niger's junta expelled France's ambassador. The junta also suspended ties with Benin.",
			want: []rel{{"organization:nigerien-junta", graph.Opposes, "state:benin"}},
			not:  []rel{{"organization:french-junta", graph.Opposes, "state:benin"}},
		},
	})
}
