package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestHeadquartersByPronoun: "from its headquarters in X" places the organisation "its" stands for in X
// (docs/annotation.md: an organisation based or headquartered in a place is LOCATED_IN it).
func TestHeadquartersByPronoun(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a bloc speaking from its headquarters",
			text: "The Gulf Cooperation Council said from its headquarters in Riyadh that the meeting would be postponed.",
			want: []rel{{"organization:gulf-cooperation-council", graph.LocatedIn, "place:riyadh"}},
		},
		{
			name: "a company's headquarters by their",
			text: "Ecopetrol said in a statement from their headquarters in Bogota that output had resumed.",
			want: []rel{{"organization:ecopetrol", graph.LocatedIn, "place:bogota"}},
		},
		{
			name: "an office is no headquarters",
			text: "The World Bank said its office in Kabul would stay closed.",
			not:  []rel{{"organization:world-bank", graph.LocatedIn, "place:kabul"}},
		},
	})
}
