package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRulesNewsFrames holds fresh sentences, in the shapes general news uses, for frames the lexicon lacked
// (issue 11: threats, hosting forces): each row's first sentences failed on main at af7c786.
func TestRulesNewsFrames(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a threat of retaliation against an actor is opposition to it",
			text: "Eritrea threatened reprisals against Ethiopia on Sunday. Turkey vowed retaliation against Syria after the shelling. " +
				"Iran promised a harsh response against Israel. Moscow warned of countermeasures against Helsinki.",
			want: []rel{{"state:eritrea", graph.Opposes, "state:ethiopia"}, {"state:turkey", graph.Opposes, "state:syria"},
				{"state:iran", graph.Opposes, "state:israel"}, {"state:russia", graph.Opposes, "state:finland"}},
		},
		{
			name: "a threatened act is opposition, not the act",
			text: "China threatened to impose sanctions on Lithuania. Rwanda threatened to invade Burundi last year. " +
				"Beijing vowed to retaliate against Manila.",
			want: []rel{{"state:china", graph.Opposes, "state:lithuania"}, {"state:rwanda", graph.Opposes, "state:burundi"},
				{"state:china", graph.Opposes, "state:philippines"}},
			not: []rel{{"state:china", graph.Sanctions, "state:lithuania"}, {"state:rwanda", graph.Attacked, "state:burundi"},
				{"state:china", graph.Attacked, "state:philippines"}},
		},
		{
			name: "a threat denied or reported is no fact",
			text: "Ghana did not threaten to impose sanctions on Togo. Peru denied that Chile had threatened reprisals against Bolivia.",
			not:  []rel{{"state:ghana", graph.Opposes, "state:togo"}, {"state:chile", graph.Opposes, "state:bolivia"}},
		},
		{
			name: "hosting another state's forces is no meeting with it",
			text: "Mongolia allegedly hosted Chinese troops near the border. Djibouti hosts Japanese soldiers at a base near the airport.",
			want: []rel{{"state:china", graph.DeployedForcesTo, "state:mongolia"}},
			not:  []rel{{"state:mongolia", graph.MetWith, "state:china"}, {"state:djibouti", graph.MetWith, "state:japan"}},
		},
	})
}
