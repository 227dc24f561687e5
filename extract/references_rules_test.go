package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshArticlePair: "the two countries", "both countries" paragraphs after the article named its two
// states together (a Central American border wire, testdata/fresh) stand for them when the article named no
// other list of two states before: further back than the two sentences the nearest list is looked for in.
func TestFreshArticlePair(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "the two countries, three sentences after the lede's pair",
			text: "Guatemala and Honduras reopened the El Florido crossing on Tuesday. Drivers said they had waited nine days. " +
				"The dispute began in February over screwworm larvae. Ranchers accused inspectors of protecting local breeders. " +
				"Mexico, which has offered $6 million in veterinary aid to the two countries, said it would send specialists.",
			want: []rel{{"state:mexico", graph.Supports, "state:guatemala"}, {"state:mexico", graph.Supports, "state:honduras"}},
		},
		{
			name: "both countries, far from the headline's pair",
			text: "Zambia and Malawi agree to share Luangwa power line\n\n" +
				"LUSAKA, May 2 - The agreement was signed at State House on Friday. Engineers said the line would carry 300 megawatts. " +
				"Work is due to start in August. The African Development Bank said it would lend both countries $120 million for the line.",
			want: []rel{{"organization:african-development-bank", graph.Supports, "state:zambia"},
				{"organization:african-development-bank", graph.Supports, "state:malawi"}},
		},
		{
			name: "two different pairs named before leave the two countries unresolved",
			text: "Guatemala and Honduras reopened the El Florido crossing on Tuesday. Nicaragua and Costa Rica closed the Penas Blancas post. " +
				"Drivers said they had waited nine days. The dispute began in February over screwworm larvae. " +
				"Ranchers accused inspectors of protecting local breeders. " +
				"Mexico, which has offered $6 million in veterinary aid to the two countries, said it would send specialists.",
			not: []rel{{"state:mexico", graph.Supports, "state:guatemala"}, {"state:mexico", graph.Supports, "state:honduras"},
				{"state:mexico", graph.Supports, "state:nicaragua"}, {"state:mexico", graph.Supports, "state:costa-rica"}},
		},
		{
			name: "the three countries are no pair",
			text: "Guatemala and Honduras reopened the El Florido crossing on Tuesday. Drivers said they had waited nine days. " +
				"The dispute began in February over screwworm larvae. Ranchers accused inspectors of protecting local breeders. " +
				"Mexico, which has offered $6 million in veterinary aid to the three countries, said it would send specialists.",
			not: []rel{{"state:mexico", graph.Supports, "state:guatemala"}, {"state:mexico", graph.Supports, "state:honduras"}},
		},
	})
}
