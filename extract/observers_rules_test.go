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

// TestFreshOperatorsInvestNothing: a company that operates or runs a mine, a plant or a terminal in a state
// invests in it by no word of the sentence; building or financing one still is. Each row is general news
// written for issue 11's precision work (m11c), and the operating rows failed on main at 15c21d61.
func TestFreshOperatorsInvestNothing(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "operating a mine or running terminals abroad is no investment",
			text: "Glencore operates two copper mines in Zambia. DP World runs container terminals in Senegal and Peru.",
			not: []rel{{"organization:glencore", graph.InvestsIn, "state:zambia"}, {"organization:dp-world", graph.InvestsIn, "state:senegal"},
				{"organization:dp-world", graph.InvestsIn, "state:peru"}},
		},
		{
			name: "building or financing a plant abroad still is",
			text: "China built a port in Sri Lanka. Japan financed a railway in Bangladesh.",
			want: []rel{{"state:china", graph.InvestsIn, "state:sri-lanka"}, {"state:japan", graph.InvestsIn, "state:bangladesh"}},
		},
	})
}
