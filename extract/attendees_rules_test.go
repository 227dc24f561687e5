package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshAttendees: actors that attended a meeting, a summit or a conference are not said to have met
// one another (an analyst marks a host or a named partner, not every pair in the hall: "Leaders from
// Kenya, Peru and Fiji attended the summit"); "held a meeting", "held talks" still join them.
func TestFreshAttendees(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "leaders from a list of states attended a bloc's meeting",
			text: "Leaders from Honduras, Guatemala, El Salvador and Costa Rica attended a meeting of the Central American Integration System in Panama City on Friday.",
			not: []rel{{"state:el-salvador", graph.MetWith, "state:honduras"}, {"state:guatemala", graph.MetWith, "state:honduras"},
				{"state:costa-rica", graph.MetWith, "state:el-salvador"}},
		},
		{
			name: "states attended a summit",
			text: "Kenya, Peru and Fiji attended the summit in London. Ministers from Ghana and Togo attended a conference on water in Geneva.",
			not: []rel{{"state:fiji", graph.MetWith, "state:kenya"}, {"state:kenya", graph.MetWith, "state:peru"},
				{"state:ghana", graph.MetWith, "state:togo"}},
		},
		{
			name: "states that held a meeting or talks met",
			text: "Kenya and Uganda held a meeting in Nairobi on Monday. Chile and Peru held talks on the border.",
			want: []rel{{"state:kenya", graph.MetWith, "state:uganda"}, {"state:chile", graph.MetWith, "state:peru"}},
		},
		{
			name: "an attendee's talks with a named partner are still a meeting",
			text: "Egypt attended talks with Ethiopia in Addis Ababa on Tuesday.",
			want: []rel{{"state:egypt", graph.MetWith, "state:ethiopia"}},
		},
	})
}
