package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFreshNamingCalls: "call" followed by a name for its object ("called the move a flagrant violation",
// "which Mongolia calls its third neighbours", "called him a traitor") names the object and phones no one;
// "called X on Friday", "called X to congratulate her" are calls.
func TestFreshNamingCalls(t *testing.T) {
	checkFresh(t, []freshCase{
		{
			name: "states a third state calls its neighbours",
			text: "Japan and South Korea, which Mongolia calls its third neighbours, buy most of its coal.",
			not:  []rel{{"state:mongolia", graph.Called, "state:south-korea"}, {"state:mongolia", graph.Called, "state:japan"}},
		},
		{
			name: "a leader called another a name",
			text: "Nicolas Maduro called Javier Milei a traitor on Tuesday. Gustavo Petro called Nayib Bukele \"a danger to the region\".",
			not:  []rel{{"person:nicolas-maduro", graph.Called, "person:javier-milei"}, {"person:gustavo-petro", graph.Called, "person:nayib-bukele"}},
		},
		{
			name: "a call on a day or to congratulate is still a call",
			text: "Emmanuel Macron called Olaf Scholz on Friday. Luiz Inacio Lula da Silva called Gabriel Boric to congratulate him.",
			want: []rel{{"person:emmanuel-macron", graph.Called, "person:olaf-scholz"}, {"person:luiz-inacio-lula-da-silva", graph.Called, "person:gabriel-boric"}},
		},
	})
}
