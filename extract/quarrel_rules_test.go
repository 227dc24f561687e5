package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshQuarrels: falling out, feuding, quarrelling, sparring and being at odds are a rivalry
// (RIVAL_OF), not an armed conflict; "fell out of favour with" and a negated quarrel give none.
func TestFreshQuarrels(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "fell out with, irregular past",
			text: "Djibouti fell out with Eritrea over the disputed Ras Doumeira border in 2008, officials in Addis Ababa recalled.",
			want: []rel{{"state:djibouti", graph.RivalOf, "state:eritrea"}},
			not:  []rel{{"state:djibouti", graph.Attacked, "state:eritrea"}},
		},
		{
			name: "has fallen out with, past participle",
			text: "Since the election, Honduras has fallen out with Taiwan, a senior diplomat said on Friday.",
			want: []rel{{"state:honduras", graph.RivalOf, "state:taiwan"}},
		},
		{
			name: "feuded and quarreled, American spelling",
			text: "Qatar has feuded with Bahrain for years over fishing rights. Guatemala quarreled with Belize over the Sapodilla Cayes.",
			want: []rel{{"state:qatar", graph.RivalOf, "state:bahrain"}, {"state:guatemala", graph.RivalOf, "state:belize"}},
		},
		{
			name: "sparred, doubled consonant, and traded barbs",
			text: "Armenia sparred with Azerbaijan at the OSCE meeting in Vienna, and Hungary traded barbs with Ukraine over minority schools.",
			want: []rel{{"state:armenia", graph.RivalOf, "state:azerbaijan"}, {"state:hungary", graph.RivalOf, "state:ukraine"}},
		},
		{
			name: "at odds with and locked horns with",
			text: "Cambodia is at odds with Thailand over the temple. Earlier, Malaysia locked horns with Indonesia over palm oil quotas.",
			want: []rel{{"state:cambodia", graph.RivalOf, "state:thailand"}, {"state:malaysia", graph.RivalOf, "state:indonesia"}},
		},
		{
			name: "falling out of favour or of a race is no quarrel, nor a negated one",
			text: "The envoy fell out of favour with Zambia after the vote. Uruguay fell out of the race for the seat. " +
				"Paraguay has not fallen out with Bolivia, its foreign minister insisted.",
			not: []rel{{"state:paraguay", graph.RivalOf, "state:bolivia"}, {"state:bolivia", graph.RivalOf, "state:paraguay"}},
		},
	})
}
