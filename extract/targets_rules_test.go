package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRulesTargets checks, on fresh sentences of several regions, attacks whose object names the side hit by
// what of it was hit: an adjective or possessive before a military noun ("shelled Armenian positions",
// "struck Ukraine's air defences") or its holder after it ("positions held by a Colombian rebel group").
func TestRulesTargets(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "an adjective before a military noun names the side attacked",
			text: "Azerbaijan shelled Armenian positions on Tuesday. Ethiopia bombed Eritrean bases near Badme on Sunday. " +
				"Kyrgyz forces attacked Tajik border outposts on Friday. Pakistan shelled Indian army posts along the Line of Control.",
			want: []rel{{"state:azerbaijan", graph.Attacked, "state:armenia"}, {"state:ethiopia", graph.Attacked, "state:eritrea"},
				{"state:kyrgyzstan", graph.Attacked, "state:tajikistan"}, {"state:pakistan", graph.Attacked, "state:india"}},
		},
		{
			name: "a possessive before a military noun names the side attacked",
			text: "Russia struck Ukraine's air defences overnight. Venezuela shelled Guyana's outposts near the Essequibo river.",
			want: []rel{{"state:russia", graph.Attacked, "state:ukraine"}, {"state:venezuela", graph.Attacked, "state:guyana"}},
		},
		{
			name: "positions held or controlled by an actor: the holder is attacked",
			text: "Ecuadorian troops shelled positions held by a Colombian rebel group. " +
				"Thailand bombed bases controlled by Cambodia near the disputed temple.",
			want: []rel{{"state:ecuador", graph.Attacked, "organization:colombian-rebels"}, {"state:thailand", graph.Attacked, "state:cambodia"}},
			not:  []rel{{"organization:colombian-rebels", graph.Attacked, "state:ecuador"}, {"state:cambodia", graph.Attacked, "state:thailand"}},
		},
		{
			name: "no attack verb, no attack: a visit to bases, arms of a maker, a denial",
			text: "Vladimir Putin visited Russian bases in Tajikistan. Israel shot down Iranian-made drones over the Golan. " +
				"Azerbaijan did not shell Armenian positions, its defence ministry said.",
			not: []rel{{"person:vladimir-putin", graph.Attacked, "state:russia"}, {"state:israel", graph.Attacked, "state:iran"},
				{"state:azerbaijan", graph.Attacked, "state:armenia"}},
		},
	})
}
