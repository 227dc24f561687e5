package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestDelegations checks, on sentences written fresh in the shapes of summit coverage (the East African
// live blog and Central Asian pipeline wire of testdata/fresh), who represents whom: a titled person who
// represents a state, leads or heads its delegation, or signs on its behalf holds the title of that state,
// as the title's own table types it (a prime minister LEADS, a vice president is its OFFICIAL_OF).
func TestDelegations(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a state represented by a titled person",
			text: "Congo's president is not attending. The Democratic Republic of Congo is represented by Prime Minister Judith Suminwa, a government spokesman said.",
			want: []rel{{"person:judith-suminwa", graph.Leads, "state:democratic-republic-of-the-congo"}},
		},
		{
			name: "a state's delegation led by a titled person",
			text: "Several states objected to the draft. South Sudan's delegation, led by Vice President James Wani Igga, asked for the words to be dropped.",
			want: []rel{{"person:james-wani-igga", graph.OfficialOf, "state:south-sudan"}},
		},
		{
			name: "a titled person who leads a state's delegation",
			text: "The talks opened in Geneva on Monday. Finance Minister Anwar Saleh led Bahrain's delegation.",
			want: []rel{{"person:anwar-saleh", graph.OfficialOf, "state:bahrain"}},
		},
		{
			name: "a delegation of a state headed by a titled person",
			text: "Nepal sent a delegation headed by Foreign Minister Sita Gurung to the summit in Colombo.",
			want: []rel{{"person:sita-gurung", graph.OfficialOf, "state:nepal"}},
		},
		{
			name: "a titled person who signs on a state's behalf",
			text: "The loan was agreed in Asuncion. Finance Minister Carlos Benitez signed on behalf of Paraguay.",
			want: []rel{{"person:carlos-benitez", graph.OfficialOf, "state:paraguay"}},
		},
		{
			name: "a vice premier is an official of his state",
			text: "Turkmen President Serdar Berdimuhamedov attended the ceremony with Chinese Vice Premier Ding Xuexiang.",
			want: []rel{{"person:ding-xuexiang", graph.OfficialOf, "state:china"}},
		},
		{
			name: "a person represented by a lawyer is no state's",
			text: "Ecuador extradited the former mayor on Friday. He is represented by lawyer Andres Cordero, who said he would appeal.",
			not:  []rel{{"person:andres-cordero", graph.OfficialOf, "state:ecuador"}},
		},
	})
}
