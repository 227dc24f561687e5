package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestCarriedActors checks, on sentences written in the shapes wire copy uses, actors a sentence does not
// name but carries from the one before or from another clause: a possessive opening a sentence ("Its chief
// executive, X"), definite descriptions, subjects carried over.
func TestCarriedActors(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a possessive opening a sentence is the previous sentence's subject, and a title after it is that actor's",
			text: "Chevron reported record profits on Friday. Its chief executive, Mike Wirth, met Joe Biden. " +
				"NATO met in Brussels on Monday. Its secretary general, Mark Rutte, said the alliance would respond.",
			want: []rel{{"person:mike-wirth", graph.Leads, "organization:chevron"},
				{"person:mark-rutte", graph.Leads, "organization:north-atlantic-treaty-organization"}},
			not: []rel{{"person:mike-wirth", graph.Leads, "person:joe-biden"}},
		},
		{
			name: "a possessive title inside a sentence is its clause's subject's",
			text: "The Kenyan government said its spokesman, Isaac Mwaura, would brief reporters.",
			want: []rel{{"person:isaac-mwaura", graph.SpokespersonFor, "organization:government-of-kenya"}},
		},
		{
			name: "'X and its' is X's, the head of an 'of' phrase for 'X of Y and its'; 'its' is never a person's",
			text: "Washington blacklisted the Aerospace Research Bureau (ARB) of Iran's Defence Ministry and its head, Reza Karimi, on Tuesday. " +
				"Two diplomats, Kevin Rudd, Australia's ambassador to the United States, and Stephen Smith, its high commissioner to Britain, arrived.",
			want: []rel{{"person:reza-karimi", graph.Leads, "organization:aerospace-research-bureau"}},
			not: []rel{{"person:reza-karimi", graph.Leads, "state:united-states"}, {"person:reza-karimi", graph.Leads, "organization:iranian-defence-ministry"},
				{"person:stephen-smith", graph.OfficialOf, "person:kevin-rudd"}, {"person:stephen-smith", graph.OfficialOf, "state:united-states"}},
		},
	})
}
