package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRulesContextTitles holds fresh sentences, in shapes general news uses, of titles and memberships that
// only their context completes (docs/extraction.md, "What it misses": the structure classes recounted).
func TestRulesContextTitles(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a senior leader of the opposition X party",
			text: "Tendai Moyo, a senior leader of the opposition Citizens Coalition for Change, was arrested in Harare on Monday.",
			want: []rel{{"person:tendai-moyo", graph.MemberOf, "organization:citizens-coalition-for-change"}},
		},
		{
			name: "a member of the party's organ, the party named in the sentence before",
			text: "The African National Congress suspended two councillors in Durban on Friday. Thandi Nkosi, a member of " +
				"the party's national executive committee, said the decision was final.",
			want: []rel{{"person:thandi-nkosi", graph.MemberOf, "organization:african-national-congress"}},
		},
		{
			name: "a senior figure in, or a leader of, a party whose name the recognisers find after the titles",
			text: "Tendai Moyo, a senior figure in the opposition Citizens Coalition for Change, was arrested. " +
				"Aung Min, a leader of the Arakan National Front, fled to Thailand.",
			want: []rel{{"person:tendai-moyo", graph.MemberOf, "organization:citizens-coalition-for-change"},
				{"person:aung-min", graph.MemberOf, "organization:arakan-national-front"}},
		},
		{
			name: "X, a former Y vice-president",
			text: "Riek Machar, a former South Sudanese vice-president, was placed under house arrest in Juba.",
			want: []rel{{"person:riek-machar", graph.OfficialOf, "state:south-sudan"}},
		},
		{
			name: "an adjective's place in an apposition",
			text: "The Houthis, a Yemeni rebel movement, fired missiles at shipping. Al-Shabaab, a Somali militant group, claimed the attack.",
			want: []rel{{"organization:houthis", graph.LocatedIn, "state:yemen"}, {"organization:al-shabaab", graph.LocatedIn, "state:somalia"}},
		},
		{
			name: "X, the Chinese telecoms giant",
			text: "ZTE, the Chinese telecoms giant, won a contract in Kenya. Petrobras, the Brazilian state oil company, signed a deal with Angola.",
			want: []rel{{"organization:zte", graph.LocatedIn, "state:china"}, {"organization:petrobras", graph.LocatedIn, "state:brazil"}},
		},
		{
			name: "Ambassador X after the sending state as the sentence's subject",
			text: "Peru recalled Ambassador Luis Carranza from Mexico City on Tuesday.",
			want: []rel{{"person:luis-carranza", graph.OfficialOf, "state:peru"}},
		},
		{
			name: "Police Commissioner X after the police force in the sentence before",
			text: "The Kenya Police Service arrested 40 protesters in Nairobi. Police Commissioner Japhet Koome said the arrests were lawful.",
			want: []rel{{"person:japhet-koome", graph.Leads, "organization:kenya-police-service"}},
		},
	})
	checkPrecision(t, []precisionCase{
		{
			name: "'the party' with no party named before it, and a police title with two police bodies named, stay bare",
			text: "Thandi Nkosi, a member of the party's youth wing, was arrested in Durban. " +
				"The Hong Kong Police Force and the Royal Thai Police arrested 12 people. Police Commissioner Somchai Wong said so.",
			noPair: [][2]string{{"person:somchai-wong", "organization:hong-kong-police-force"},
				{"person:somchai-wong", "organization:royal-thai-police"}},
		},
		{
			name:   "a leader of something other than an organisation is no member of the body named after it",
			text:   "Maria Lopez, the leader of the Socialist Party of Chile, met Carlos Diaz, a leader of the protests outside the Central Bank of Chile.",
			want:   []rel{{"person:maria-lopez", graph.Leads, "organization:socialist-party-of-chile"}},
			noPair: [][2]string{{"person:carlos-diaz", "organization:central-bank-of-chile"}},
		},
	})
}
