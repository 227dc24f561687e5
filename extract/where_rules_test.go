package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestWhereApposition: an apposition after a place that says where it lies ("X, on the outskirts of Y",
// "X, a town near Y", "A and B, both cities in Y") places it, and each place of a list before it, in Y
// (docs/annotation.md: LOCATED_IN, a place in a state or larger place). A person or an event in such a
// phrase is placed nowhere.
func TestWhereApposition(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a town on the outskirts of a city",
			text: "Flooding hit Tema, on the outskirts of Accra, overnight, officials said.",
			want: []rel{{"place:tema", graph.LocatedIn, "place:accra"}},
		},
		{
			name: "both cities in a state",
			text: "Thousands marched in Nanterre and Colombes, both suburbs located outside Paris, on Wednesday.",
			want: []rel{{"place:nanterre", graph.LocatedIn, "place:paris"}, {"place:colombes", graph.LocatedIn, "place:paris"}},
		},
		{
			name: "a town near a city",
			text: "Fighting reached Bakhmut, a town near Donetsk, last week, the general staff said.",
			want: []rel{{"place:bakhmut", graph.LocatedIn, "place:donetsk"}},
		},
		{
			name: "a town near a border is not in the neighbour",
			text: "Soldiers reached Kasese, a town near the border with Congo, on Tuesday.",
			not:  []rel{{"place:kasese", graph.LocatedIn, "state:democratic-republic-of-the-congo"}},
		},
		{
			name: "a person or an event on the outskirts is no place",
			text: "The attack, on the outskirts of Kabul, killed six people. Ruto, on the outskirts of Eldoret, said the tax would go.",
			not:  []rel{{"person:william-ruto", graph.LocatedIn, "place:eldoret"}},
		},
	})
}
