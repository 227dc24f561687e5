package analyze_test

import (
	"fmt"
	"math"
	"reflect"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

func star(n int) []rel {
	var rels []rel
	for i := range n {
		rels = append(rels, rel{from: fmt.Sprintf("state:leaf%d", i), typ: graph.MemberOf, to: "organization:hub", n: 1 + i%2})
	}
	return rels
}

func TestCentralityOfAStar(t *testing.T) {
	scores := analyze.Centrality(build(t, star(5)))
	hub := scores["organization:hub"]
	if want := (analyze.Scores{Degree: 5, WeightedDegree: 7, Betweenness: 10}); hub.Degree != want.Degree ||
		hub.WeightedDegree != want.WeightedDegree || hub.Betweenness != want.Betweenness {
		t.Errorf("hub scores %+v, want degree 5, weighted degree 7 (evidence 1+2+1+2+1) and betweenness 10 (5 choose 2)", hub)
	}
	for id, s := range scores {
		if id == "organization:hub" {
			continue
		}
		if s.Degree != 1 || s.Betweenness != 0 || s.PageRank >= hub.PageRank {
			t.Errorf("leaf %s scores %+v: want degree 1, betweenness 0 and less PageRank than the hub's %v", id, s, hub.PageRank)
		}
	}
}

func TestCentrality(t *testing.T) {
	tests := []struct {
		name string
		rels []rel
		want map[string]analyze.Scores
	}{
		{"the middle of a path lies between its ends",
			[]rel{{from: "state:a", typ: graph.Supports, to: "state:b"}, {from: "state:b", typ: graph.Supports, to: "state:c"}},
			map[string]analyze.Scores{
				"state:a": {Degree: 1, WeightedDegree: 1},
				"state:b": {Degree: 2, WeightedDegree: 2, Betweenness: 1},
				"state:c": {Degree: 1, WeightedDegree: 1}}},
		{"parallel relationships count once in degree and fully in weighted degree",
			[]rel{{from: "state:a", typ: graph.Supports, to: "state:b", n: 2}, {from: "state:b", typ: graph.Criticizes, to: "state:a", n: 3}},
			map[string]analyze.Scores{
				"state:a": {Degree: 1, WeightedDegree: 5},
				"state:b": {Degree: 1, WeightedDegree: 5}}},
		{"two routes share the betweenness",
			[]rel{{from: "state:a", typ: graph.Supports, to: "state:b"}, {from: "state:b", typ: graph.Supports, to: "state:d"},
				{from: "state:a", typ: graph.Supports, to: "state:c"}, {from: "state:c", typ: graph.Supports, to: "state:d"}},
			map[string]analyze.Scores{
				"state:a": {Degree: 2, WeightedDegree: 2, Betweenness: 0.5},
				"state:b": {Degree: 2, WeightedDegree: 2, Betweenness: 0.5},
				"state:c": {Degree: 2, WeightedDegree: 2, Betweenness: 0.5},
				"state:d": {Degree: 2, WeightedDegree: 2, Betweenness: 0.5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := analyze.Centrality(build(t, tt.rels))
			sum := 0.0
			for id, s := range got {
				sum += s.PageRank
				s.PageRank = 0
				got[id] = s
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("PageRank adds up to %v, want 1", sum)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestPageRankFollowsDirectionAndCountsSymmetricTypesBothWays(t *testing.T) {
	one := analyze.Centrality(build(t, []rel{{from: "state:a", typ: graph.Supports, to: "state:b"}}))
	if one["state:b"].PageRank <= one["state:a"].PageRank {
		t.Errorf("a supports b, yet b's PageRank %v is not above a's %v", one["state:b"].PageRank, one["state:a"].PageRank)
	}
	both := analyze.Centrality(build(t, []rel{{from: "state:a", typ: graph.Borders, to: "state:b"}}))
	if math.Abs(both["state:a"].PageRank-both["state:b"].PageRank) > 1e-12 {
		t.Errorf("a borders b, yet their PageRanks differ: %v and %v", both["state:a"].PageRank, both["state:b"].PageRank)
	}
}

// TestPageRankAgreesWithGonum checks our power iteration against gonum's network.PageRankSparse on the same
// weighted directed graph.
func TestPageRankAgreesWithGonum(t *testing.T) {
	for name, sg := range map[string]graph.Subgraph{"seed": seedGraph(t), "synthetic": synthetic.Graph(500, 3000, 3)} {
		t.Run(name, func(t *testing.T) {
			g := simple.NewWeightedDirectedGraph(0, 0)
			ids := map[string]int64{}
			for i, e := range sg.Entities {
				ids[e.ID] = int64(i)
				g.AddNode(simple.Node(i))
			}
			add := func(u, v int64, w float64) {
				if e := g.WeightedEdge(u, v); e != nil {
					w += e.Weight()
				}
				g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(u), simple.Node(v), w))
			}
			for _, r := range sg.Relations {
				w := float64(len(r.Evidence))
				add(ids[r.From], ids[r.To], w)
				if info, _ := r.Type.Info(); info.Symmetric {
					add(ids[r.To], ids[r.From], w)
				}
			}
			want := network.PageRankSparse(g, analyze.Damping, 1e-12)
			for id, s := range analyze.Centrality(sg) {
				if w := want[ids[id]]; math.Abs(s.PageRank-w) > 1e-8 {
					t.Errorf("%s: PageRank %v, gonum's %v", id, s.PageRank, w)
				}
			}
		})
	}
}

// TestBetweennessAgreesWithGonum checks our Brandes against gonum's network.Betweenness, which counts each
// pair of an undirected graph twice.
func TestBetweennessAgreesWithGonum(t *testing.T) {
	for name, sg := range map[string]graph.Subgraph{"seed": seedGraph(t), "synthetic": synthetic.Graph(300, 1500, 4)} {
		t.Run(name, func(t *testing.T) {
			g := simple.NewUndirectedGraph()
			ids := map[string]int64{}
			for i, e := range sg.Entities {
				ids[e.ID] = int64(i)
				g.AddNode(simple.Node(i))
			}
			for _, r := range sg.Relations {
				g.SetEdge(simple.Edge{F: simple.Node(ids[r.From]), T: simple.Node(ids[r.To])})
			}
			want := network.Betweenness(g)
			for id, s := range analyze.Centrality(sg) {
				if w := want[ids[id]] / 2; math.Abs(s.Betweenness-w) > 1e-9*max(1, w) {
					t.Errorf("%s: betweenness %v, gonum's %v", id, s.Betweenness, w)
				}
			}
		})
	}
}

func TestCentralityIsTheSameOnEveryRun(t *testing.T) {
	sg := synthetic.Graph(400, 2000, 5)
	want := analyze.Centrality(sg)
	for range 3 {
		if got := analyze.Centrality(sg); !reflect.DeepEqual(got, want) {
			t.Fatal("two runs gave different scores")
		}
	}
}

func TestCentralityOfTheSeedGraphRanksKazakhstanFirstByDegree(t *testing.T) {
	ranked, err := analyze.Rank(analyze.Centrality(seedGraph(t)), analyze.ByDegree)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ranked[:5] {
		t.Logf("%s %+v", r.ID, r.Scores)
	}
	if ranked[0].ID != kaz {
		t.Errorf("first by degree is %s, want %s", ranked[0].ID, kaz)
	}
}

func TestRank(t *testing.T) {
	scores := map[string]analyze.Scores{
		"state:c": {Degree: 2, PageRank: 0.2, Betweenness: 3, WeightedDegree: 4},
		"state:a": {Degree: 2, PageRank: 0.5, Betweenness: 0, WeightedDegree: 2},
		"state:b": {Degree: 3, PageRank: 0.3, Betweenness: 3, WeightedDegree: 9},
	}
	tests := []struct {
		by   string
		want []string
	}{
		{analyze.ByDegree, []string{"state:b", "state:a", "state:c"}},
		{analyze.ByWeightedDegree, []string{"state:b", "state:c", "state:a"}},
		{analyze.ByPageRank, []string{"state:a", "state:b", "state:c"}},
		{analyze.ByBetweenness, []string{"state:b", "state:c", "state:a"}},
	}
	for _, tt := range tests {
		t.Run("by "+tt.by+" highest first then by id", func(t *testing.T) {
			ranked, err := analyze.Rank(scores, tt.by)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range ranked {
				got = append(got, r.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("by an unknown measure is invalid", func(t *testing.T) {
		if _, err := analyze.Rank(scores, "fame"); graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("error %v, want code %q", err, graph.EINVALID)
		}
	})
}
