package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshTradingPartners: a trading or business partner is no ally; an ally still is. Each row is
// general news written for issue 11's precision work (m11c); the trade rows failed on main at b88c28d2.
func TestFreshTradingPartners(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "a state's largest trading partner is no ally",
			text: "Germany, which is Poland's largest trading partner, has not commented on the dispute. " +
				"Turkey is Iraq's main export partner for food.",
			not: []rel{{"state:germany", graph.AlliedWith, "state:poland"}, {"state:poland", graph.AlliedWith, "state:germany"},
				{"state:turkey", graph.AlliedWith, "state:iraq"}, {"state:iraq", graph.AlliedWith, "state:turkey"}},
		},
		{
			name: "an ally that is a trading partner too is still an ally",
			text: "China, Laos's closest ally and trading partner, said nothing.",
			want: []rel{{"state:china", graph.AlliedWith, "state:laos"}},
		},
	})
}
