package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshStrainedRelations: relations or ties between two actors judged strained, before the noun
// ("strained ties between", "the lowest point in relations between") or after the two ("relations between
// A and B soured"), are a rivalry (docs/annotation.md marks RIVAL_OF); relations that deepen, improve or
// are said not to have soured are none. Issue 11's shape "a 'between X and Y' noun the lexicon lacks".
func TestFreshStrainedRelations(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "relations between two states that deteriorated",
			text: "Relations between Algeria and Morocco have deteriorated sharply since Algiers cut diplomatic ties in 2021.",
			want: []rel{{"state:algeria", graph.RivalOf, "state:morocco"}},
		},
		{
			name: "ties between two states that soured",
			text: "Ties between Peru and Mexico soured after Lima expelled the Mexican ambassador.",
			want: []rel{{"state:peru", graph.RivalOf, "state:mexico"}},
		},
		{
			name: "strained relations between two states, the judgement before the noun",
			text: "The visit comes at a time of strained relations between Ecuador and Colombia over tariffs.",
			want: []rel{{"state:ecuador", graph.RivalOf, "state:colombia"}},
		},
		{
			name: "the lowest point in relations between two states",
			text: "Analysts said the expulsions marked the lowest point in relations between Canada and India in decades.",
			want: []rel{{"state:canada", graph.RivalOf, "state:india"}},
		},
		{
			name: "relations between two states that have been tense",
			text: "Relations between Kenya and Tanzania have been tense for months over trade barriers at the Namanga crossing.",
			want: []rel{{"state:kenya", graph.RivalOf, "state:tanzania"}},
		},
		{
			name: "relations that deepened, improved or stayed close are no rivalry",
			text: "Relations between Japan and Vietnam have deepened in recent years. " +
				"Relations between Senegal and Gambia have improved after years of strain. " +
				"Relations between Ghana and Togo have been close for decades. " +
				"Good relations between Uruguay and Paraguay helped the talks.",
			not: []rel{{"state:japan", graph.RivalOf, "state:vietnam"}, {"state:senegal", graph.RivalOf, "state:gambia"},
				{"state:ghana", graph.RivalOf, "state:togo"}, {"state:uruguay", graph.RivalOf, "state:paraguay"}},
		},
		{
			name: "relations said not to have soured are no rivalry",
			text: "Relations between Chile and Bolivia have not deteriorated, the foreign minister said.",
			not:  []rel{{"state:chile", graph.RivalOf, "state:bolivia"}, {"state:bolivia", graph.RivalOf, "state:chile"}},
		},
	})
}
