package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestNeighbours checks, on sentences written fresh in the shapes of general news (the texts of
// testdata/fresh: a Pacific election feature, an Andean extradition), the neighbours the text states:
// "its neighbours A and B", "neighbouring A", "the two neighbours", "its borders with A and B" each give
// BORDERS.
func TestNeighbours(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "its neighbours followed by a list",
			text: "Tuvalu is one of twelve countries that recognise Taiwan; its neighbours Kiribati and the Solomon Islands switched to Beijing in 2019.",
			want: []rel{{"state:kiribati", graph.Borders, "state:tuvalu"}, {"state:solomon-islands", graph.Borders, "state:tuvalu"}},
		},
		{
			name: "the two states of the event are the neighbours",
			text: "Ecuador extradited a former mayor to Peru on Wednesday, ending a legal fight that had strained relations between the Andean neighbours.",
			want: []rel{{"state:ecuador", graph.Borders, "state:peru"}},
		},
		{
			name: "neighbouring before a list, the state of the sentence before",
			text: "Floods in northern Ghana have displaced 40,000 people. Aid agencies said neighbouring Togo and Burkina Faso had also been hit.",
			want: []rel{{"state:ghana", graph.Borders, "state:togo"}, {"state:burkina-faso", graph.Borders, "state:ghana"}},
		},
		{
			name: "neighbouring after a preposition, the clause's state",
			text: "Zambia's government said on Monday it would import maize from neighbouring Malawi after the drought.",
			want: []rel{{"state:malawi", graph.Borders, "state:zambia"}},
		},
		{
			name: "its borders with a list",
			text: "Brazil's army moved 2,000 troops close to its borders with Venezuela and Guyana on Thursday.",
			want: []rel{{"state:brazil", graph.Borders, "state:venezuela"}, {"state:brazil", graph.Borders, "state:guyana"}},
		},
		{
			name: "the capital of a neighbouring state",
			text: "Senegal's opposition leader left Dakar on Friday for Banjul, the capital of neighbouring Gambia.",
			want: []rel{{"state:gambia", graph.Borders, "state:senegal"}},
		},
		{
			name: "three states named: the neighbours are none of them in particular",
			text: "Kenya hosted Uganda and Tanzania for talks on Monday, the first meeting of the neighbours since March.",
			not: []rel{{"state:kenya", graph.Borders, "state:uganda"}, {"state:kenya", graph.Borders, "state:tanzania"},
				{"state:tanzania", graph.Borders, "state:uganda"}},
		},
		{
			name: "neighbours with no name after them give nothing",
			text: "Japan sent aid to Tonga and its neighbours after the eruption.",
			not:  []rel{{"state:japan", graph.Borders, "state:tonga"}},
		},
	})
}
