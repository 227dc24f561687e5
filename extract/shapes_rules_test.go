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

// TestFreshBetweenTheTwo: a "between" noun whose two sides are a counted reference to the two states named
// last ("talks between the two countries", "ties between the neighbours", "the border between the two
// nations") holds between those states; nothing when three stand there.
func TestFreshBetweenTheTwo(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "strained relations between the two countries named in the sentence before",
			text: "Burundi accused Rwanda of sheltering the plotters of a failed coup. Relations between the two countries, which share a long border, have been strained since then.",
			want: []rel{{"state:burundi", graph.RivalOf, "state:rwanda"}},
		},
		{
			name: "ties between the neighbours strained by an extradition",
			text: "Morocco extradited the suspect to Spain on Thursday, ending a legal battle that had strained ties between the neighbours.",
			want: []rel{{"state:morocco", graph.RivalOf, "state:spain"}},
		},
		{
			name: "the border between the two countries",
			text: "Ghana signed a trade deal with Togo last year. The border between the two countries was reopened on Monday after a week of protests.",
			want: []rel{{"state:ghana", graph.Borders, "state:togo"}},
		},
		{
			name: "talks between the two nations",
			text: "Armenia and Azerbaijan exchanged fire overnight near Tegh. Talks between the two nations are due to resume in Washington.",
			want: []rel{{"state:armenia", graph.MetWith, "state:azerbaijan"}},
		},
		{
			name: "a paragraph's first sentence: the two countries are the article's, not the two named last",
			text: "Burundi expelled Rwanda's ambassador on Tuesday.\n\nCongo's government backed the decision, saying Rwanda had destabilised a neighbour.\n\n" +
				"Relations between the two countries have been strained since 2015.",
			not: []rel{{"state:democratic-republic-of-the-congo", graph.RivalOf, "state:rwanda"}},
		},
		{
			name: "three states before: the two countries are not known",
			text: "Chile, Peru and Bolivia sent delegations to the summit. Relations between the two countries have soured.",
			not: []rel{{"state:chile", graph.RivalOf, "state:peru"}, {"state:peru", graph.RivalOf, "state:bolivia"},
				{"state:chile", graph.RivalOf, "state:bolivia"}},
		},
	})
}
