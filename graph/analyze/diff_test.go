package analyze_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
)

func TestDiff(t *testing.T) {
	const a, b, c = "state:a", "state:b", "state:c"
	tests := []struct {
		name          string
		before, after []rel
		appeared      []string
		unmentioned   []string
		ended         []string // "id by id,id"
		changed       []string // "id before→after"
	}{
		{"of the same view is empty",
			[]rel{{from: a, typ: graph.Supports, to: b}}, []rel{{from: a, typ: graph.Supports, to: b}}, nil, nil, nil, nil},
		{"lists relationships that appeared and those not mentioned later",
			[]rel{{from: a, typ: graph.Supports, to: b}, {from: b, typ: graph.Borders, to: c}},
			[]rel{{from: b, typ: graph.Borders, to: c}, {from: c, typ: graph.Opposes, to: a}, {from: a, typ: graph.Called, to: c}},
			[]string{id(a, graph.Called, c), id(c, graph.Opposes, a)}, []string{id(a, graph.Supports, b)}, nil, nil},
		{"a relationship ends when the later period states the opposite between the same actors",
			[]rel{{from: a, typ: graph.Supports, to: b}, {from: a, typ: graph.Accuses, to: c}, {from: b, typ: graph.Supports, to: c}},
			[]rel{{from: b, typ: graph.Opposes, to: a}, {from: c, typ: graph.AlliedWith, to: a}, {from: b, typ: graph.MetWith, to: c}},
			[]string{id(b, graph.MetWith, c), id(b, graph.Opposes, a), id(c, graph.AlliedWith, a)}, []string{id(b, graph.Supports, c)},
			[]string{id(a, graph.Accuses, c) + " by " + id(c, graph.AlliedWith, a), id(a, graph.Supports, b) + " by " + id(b, graph.Opposes, a)}, nil},
		{"criticism and accusations end no cooperation",
			[]rel{{from: a, typ: graph.Supports, to: b}, {from: a, typ: graph.InvestsIn, to: c}},
			[]rel{{from: a, typ: graph.Criticizes, to: b}, {from: c, typ: graph.Accuses, to: a}},
			[]string{id(a, graph.Criticizes, b), id(c, graph.Accuses, a)}, []string{id(a, graph.InvestsIn, c), id(a, graph.Supports, b)}, nil, nil},
		{"lists a relationship whose stance changed",
			[]rel{{from: a, typ: graph.DeployedForcesTo, to: b, stance: graph.Cooperation}, {from: b, typ: graph.Called, to: c}},
			[]rel{{from: a, typ: graph.DeployedForcesTo, to: b, stance: graph.Conflict}, {from: b, typ: graph.Called, to: c, n: 3}},
			nil, nil, nil, []string{id(a, graph.DeployedForcesTo, b) + " cooperation→conflict"}},
		{"from nothing has everything appear",
			nil, []rel{{from: a, typ: graph.Supports, to: b}}, []string{id(a, graph.Supports, b)}, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := analyze.Diff(build(t, tt.before), build(t, tt.after))
			ids := func(rs []graph.Relation) []string {
				var out []string
				for _, r := range rs {
					out = append(out, r.ID)
				}
				return out
			}
			var changed []string
			for _, c := range ch.ChangedStance {
				if c.Relation.Stance != c.After {
					t.Errorf("%s: the relation has stance %s, the change says %s", c.Relation.ID, c.Relation.Stance, c.After)
				}
				changed = append(changed, c.Relation.ID+" "+string(c.Before)+"→"+string(c.After))
			}
			if got := ids(ch.Appeared); !reflect.DeepEqual(got, tt.appeared) {
				t.Errorf("appeared %v, want %v", got, tt.appeared)
			}
			if got := ids(ch.NotMentioned); !reflect.DeepEqual(got, tt.unmentioned) {
				t.Errorf("not mentioned %v, want %v", got, tt.unmentioned)
			}
			var ended []string
			for _, e := range ch.Ended {
				ended = append(ended, e.Relation.ID+" by "+strings.Join(e.By, ","))
			}
			if !reflect.DeepEqual(ended, tt.ended) {
				t.Errorf("ended %v, want %v", ended, tt.ended)
			}
			if !reflect.DeepEqual(changed, tt.changed) {
				t.Errorf("changed %v, want %v", changed, tt.changed)
			}
		})
	}
}
