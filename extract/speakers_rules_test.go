package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshSpeakers: a spokesperson or official of a state's body who reports his own state's act tells
// of it (a fact), and accuses his state of nothing; "criticised what she called X" names no second side.
// Each row is general news written for issue 11's precision work (k11c), and failed on main at 7c64ede0.
func TestFreshSpeakers(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "the pronoun of 'what he called' names, it is no object of the verb",
			text: "Jordan's government spokesman, Mohammad Momani, said the kingdom would respond and criticised what he called the silence of the international community. " +
				"Russian foreign ministry spokeswoman Maria Zakharova said Chisinau was following orders from Brussels and criticised what she called a campaign of Russophobia.",
			not: []rel{{"state:jordan", graph.Criticizes, "person:mohammad-momani"}, {"person:mohammad-momani", graph.Accuses, "state:jordan"},
				{"state:moldova", graph.Criticizes, "person:maria-zakharova"}},
		},
		{
			name: "a state body's spokesman reporting his own state's act accuses it of nothing",
			text: "Kremlin spokesman Dmitry Peskov said Russia had summoned the Finnish ambassador over the incident. " +
				"Iran's foreign ministry spokesman, Esmaeil Baghaei, said Tehran had expelled two British diplomats.",
			want: []rel{{"state:russia", graph.Criticizes, "state:finland"}, {"state:iran", graph.Expelled, "state:united-kingdom"}},
			not:  []rel{{"person:dmitry-peskov", graph.Accuses, "state:russia"}, {"person:esmaeil-baghaei", graph.Accuses, "state:iran"}},
		},
		{
			name: "another state's spokesman still accuses",
			text: "Chinese foreign ministry spokesman Guo Jiakun said the Philippines had expelled a Chinese diplomat. " +
				"Russian foreign ministry spokeswoman Maria Zakharova said Moldova had expelled a Russian diplomat without reason.",
			want: []rel{{"person:guo-jiakun", graph.Accuses, "state:philippines"}, {"person:maria-zakharova", graph.Accuses, "state:moldova"}},
		},
	})
	// A state's act told by its own spokesman is his state's word on itself: a fact, no claim.
	b := mustExtract(t, "Kremlin spokesman Dmitry Peskov said Russia had summoned the Finnish ambassador over the incident.")
	if r := hasRelation(b, "state:russia", graph.Criticizes, "state:finland"); r == nil || !statedAsFact(*r) {
		t.Errorf("want Russia CRITICIZES Finland as a fact, got %v", r)
	}
}
