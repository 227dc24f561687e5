package extract_test

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestCollectiveOrgNames: a body's "X of Y" name whose Y is a region or a nationality before a collective
// plural ("of Eastern Caribbean States", "of West African States", "of South American Nations") goes on
// over the plural; it had been cut before it ("Organisation of Eastern Caribbean", issue 11's fifth round),
// and the region is no owner nor actor of its own.
func TestCollectiveOrgNames(t *testing.T) {
	for _, tt := range []struct {
		name, text, id string
		noEntity       []string // names
	}{
		{
			name:     "a regional organisation of states",
			text:     "Finance ministers of the Organisation of Eastern Caribbean States agreed in Basseterre on Friday to pool their reserves.",
			id:       "organization:organisation-of-eastern-caribbean-states",
			noEntity: []string{"Organisation of Eastern Caribbean", "Eastern Caribbean"},
		},
		{
			name:     "a central bank of states, the bank named again later",
			text:     "The Central Bank of West African States left its main rate at 3.5 percent. The bank said inflation in the eight countries had eased.",
			id:       "organization:central-bank-of-west-african-states",
			noEntity: []string{"Central Bank of West African"},
		},
		{
			name:     "a union of nations",
			text:     "Delegates from the Union of South American Nations gathered in Quito to discuss a common passport.",
			id:       "organization:union-of-south-american-nations",
			noEntity: []string{"Union of South American"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := mustExtract(t, tt.text)
			if !hasEntity(b, tt.id) {
				t.Errorf("want the actor %s", tt.id)
			}
			for _, e := range b.Entities {
				if slices.Contains(tt.noEntity, e.Name) {
					t.Errorf("do not want the actor %s", e.ID)
				}
			}
		})
	}
}

// TestOwnerAfterOfStays: a state or a city after "of" with no plural after it still owns or places the
// body, as before collective names went on.
func TestOwnerAfterOfStays(t *testing.T) {
	checkRules(t, []ruleCase{
		{
			name: "a state after 'of' still owns the body",
			text: "The Central Bank of Nigeria raised its benchmark rate by 50 basis points on Tuesday.",
			want: []rel{{"organization:central-bank-of-nigeria", graph.LocatedIn, "state:nigeria"}},
		},
		{
			name: "a city after 'of' still places the body",
			text: "Students at the University of Nairobi marched to parliament over fees.",
			want: []rel{{"organization:university-of-nairobi", graph.LocatedIn, "state:kenya"}},
		},
	})
}

// TestCalendarEndsOrgName: a weekday or a month after "for" or "of" is a date, never part of the body's
// name before it ("its Authority for Wednesday" in issue 11's fifth round); a field after "for" still is.
func TestCalendarEndsOrgName(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want, no   []string // names
	}{
		{
			name: "a weekday after 'for' is the day of a meeting",
			text: "The National Water Authority for Tuesday scheduled a hearing in Kingston on the drought.",
			want: []string{"National Water Authority"},
			no:   []string{"National Water Authority for Tuesday"},
		},
		{
			name: "a month after 'for' is what is asked for",
			text: "Opposition senators pressed the Electoral Council for January figures on voter registration.",
			no:   []string{"Electoral Council for January"},
		},
		{
			name: "a field after 'for' stays in the name",
			text: "The Movement for Democratic Change called a rally in Bulawayo for Saturday.",
			want: []string{"Movement for Democratic Change"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) { checkActorNames(t, tt.text, tt.want, tt.no) })
	}
}
