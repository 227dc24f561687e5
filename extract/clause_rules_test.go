package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestClauseRules checks what the clause reader changes in the relationships: an actor of one clause is
// not related through another clause's verb, an actor attached to a noun is not the verb's object, and a
// subject carried into a participial clause relates through that clause's verb only.
func TestClauseRules(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "what a relative clause reports has the relative's subject, not the main clause's",
			text: "Egypt condemned the attack, which Israel said targeted Hamas.",
			not: []rel{{"state:egypt", graph.Attacked, "organization:hamas"}, {"state:israel", graph.Accuses, "state:egypt"},
				{"state:egypt", graph.Criticizes, "organization:hamas"}},
		},
		{
			name: "an actor after a noun's preposition is the noun's, not the verb's object",
			text: "Poland backed sanctions on Russia. Hungary blocked the statement on Ukraine.",
			not:  []rel{{"state:poland", graph.Supports, "state:russia"}, {"state:hungary", graph.Opposes, "state:ukraine"}},
		},
		{
			name: "a participial clause carries its subject to its own verb and no further",
			text: "Argentina hosted the summit, criticising Venezuela and praising Brazil.",
			want: []rel{{"state:argentina", graph.Criticizes, "state:venezuela"}},
			not:  []rel{{"state:argentina", graph.Criticizes, "state:brazil"}},
		},
		{
			name: "a clause coordinated with its own verb does not hand its object to the first clause's subject",
			text: "Kyrgyzstan is a member of the Moscow-led Collective Security Treaty Organization (CSTO) and hosts a Russian air base.",
			want: []rel{{"state:kyrgyzstan", graph.MemberOf, "organization:collective-security-treaty-organization"}},
			not:  []rel{{"state:russia", graph.DeployedForcesTo, "organization:collective-security-treaty-organization"}},
		},
		{
			name: "a relative clause with a subject of its own leaves the main clause's subject to its verb",
			text: "Morocco, which in May recognised Israel, later expelled Algeria's ambassador.",
			want: []rel{{"state:morocco", graph.Expelled, "state:algeria"}},
			not:  []rel{{"state:israel", graph.Expelled, "state:algeria"}},
		},
		{
			name: "a participle coordinated after a passive shares it: what is handed to the subject is not handed by it",
			text: "Sweden's ambassador was summoned to the Foreign Ministry in Tehran and handed a protest note for Stockholm.",
			not:  []rel{{"state:iran", graph.LeasesFrom, "state:sweden"}, {"state:sweden", graph.LeasesFrom, "state:iran"}},
		},
	})
}
