package analyze_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// TestBlocsOfTheSeedGraphShowTheSides checks the sides an analyst reads in the seed article: the
// government's (Tokayev with the CSTO, Russia and Belarus), the protesters against it, and Georgia, Moldova
// and Ukraine, who accuse Russia, as one side; the EU and the United States on none of these; outlets and
// places in no bloc of two or more through where they are.
func TestBlocsOfTheSeedGraphShowTheSides(t *testing.T) {
	blocs := mustBlocs(t, seedGraph(t), analyze.BlocOptions{})
	for _, b := range blocs {
		t.Logf("bloc %d %s: %v against %v", b.ID, b.Label, b.Members, b.Opposes)
	}
	of := analyze.BlocOf(blocs)
	byID := map[int]analyze.Bloc{}
	for _, b := range blocs {
		byID[b.ID] = b
	}
	government := of["person:kassym-jomart-tokayev"]
	for _, id := range []string{"state:russia", "state:belarus", "organization:collective-security-treaty-organization",
		"organization:government-of-kazakhstan", "person:alexander-lukashenko", "state:kazakhstan"} {
		if of[id] != government {
			t.Errorf("%s is in bloc %d, Tokayev in bloc %d", id, of[id], government)
		}
	}
	accusers := of["state:georgia"]
	if got := byID[accusers].Members; !reflect.DeepEqual(got, []string{"state:georgia", "state:moldova", "state:ukraine"}) {
		t.Errorf("Georgia's bloc is %v; want Georgia, Moldova and Ukraine", got)
	}
	protesters := of["organization:kazakh-protesters"]
	for side, b := range map[string]int{"the accusers of Russia": accusers, "the protesters": protesters} {
		if b == government {
			t.Errorf("%s are in the government's bloc", side)
		}
		if !slices.Contains(byID[b].Opposes, government) {
			t.Errorf("%s (bloc %d) oppose %v, not the government's bloc %d", side, b, byID[b].Opposes, government)
		}
	}
	if protesters == accusers {
		t.Errorf("the protesters and the accusers of Russia are one bloc %d", protesters)
	}
	for _, id := range []string{"organization:european-union", "state:united-states"} {
		if of[id] == government || of[id] == accusers || of[id] == protesters {
			t.Errorf("%s is in bloc %d, one of the sides", id, of[id])
		}
	}
	for _, id := range []string{"outlet:rbc", "outlet:ria-novosti", "place:aktau", "place:central-asia", "organization:chevron"} {
		if n := len(byID[of[id]].Members); n != 1 {
			t.Errorf("%s is in a bloc of %d; location and ownership take no side", id, n)
		}
	}
	if len(of) != 39 {
		t.Errorf("%d of the 39 entities are in a bloc; want every one", len(of))
	}
}

// clique returns cooperation relationships, each stated by n sentences, between every pair of the ids.
func clique(n int, ids ...string) []rel {
	var rels []rel
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			rels = append(rels, rel{from: a, typ: graph.Supports, to: b, n: n})
		}
	}
	return rels
}

func TestBlocs(t *testing.T) {
	// Allies are tied by more evidence than the ties across, as in the news; it also spares Louvain the
	// perfectly symmetric graphs on which any greedy method picks arbitrarily.
	left := clique(2, "state:a1", "state:a2", "state:a3", "state:a4")
	right := clique(2, "state:b1", "state:b2", "state:b3", "state:b4")
	dense := []rel{{from: "state:a1", typ: graph.Supports, to: "state:b1"}, {from: "state:a1", typ: graph.Supports, to: "state:b2"},
		{from: "state:a2", typ: graph.Supports, to: "state:b2"}, {from: "state:a2", typ: graph.Supports, to: "state:b3"},
		{from: "state:a3", typ: graph.Supports, to: "state:b3"}, {from: "state:a3", typ: graph.Supports, to: "state:b4"},
		{from: "state:a4", typ: graph.Supports, to: "state:b4"}, {from: "state:a4", typ: graph.Supports, to: "state:b1"}}
	sides := [][]string{{"state:a1", "state:a2", "state:a3", "state:a4"}, {"state:b1", "state:b2", "state:b3", "state:b4"}}
	tests := []struct {
		name  string
		rels  []rel
		extra []string
		o     analyze.BlocOptions
		want  [][]string
	}{
		{"two cliques set against each other split", append(slices.Concat(left, right),
			rel{from: "state:a1", typ: graph.Opposes, to: "state:b1"}, rel{from: "state:a2", typ: graph.Attacked, to: "state:b2"},
			rel{from: "state:b3", typ: graph.Sanctions, to: "state:a3"}), nil, analyze.BlocOptions{}, sides},
		{"two cliques joined by one cooperation split", append(slices.Concat(left, right),
			rel{from: "state:a1", typ: graph.Supports, to: "state:b1"}), nil, analyze.BlocOptions{}, sides},
		{"two cliques joined by cooperation and conflict split", append(slices.Concat(left, right),
			rel{from: "state:a1", typ: graph.Supports, to: "state:b1"}, rel{from: "state:a2", typ: graph.Supports, to: "state:b2"},
			rel{from: "state:a3", typ: graph.Opposes, to: "state:b3"}, rel{from: "state:a4", typ: graph.Opposes, to: "state:b4"}),
			nil, analyze.BlocOptions{}, sides},
		{"two cliques joined by much cooperation merge", slices.Concat(left, right, dense),
			nil, analyze.BlocOptions{}, [][]string{slices.Concat(sides[0], sides[1])}},
		{"the same cliques split at resolution 1", slices.Concat(left, right, dense),
			nil, analyze.BlocOptions{Resolution: 1}, sides},
		{"the same cliques split when one pair of them is in conflict", append(slices.Concat(left, right, dense),
			rel{from: "state:a1", typ: graph.Opposes, to: "state:b3", n: 2}), nil, analyze.BlocOptions{}, sides},
		{"lone opponents of one actor are one side, unless they oppose each other",
			append(clique(1, "state:a1", "state:a2"), rel{from: "state:c1", typ: graph.Accuses, to: "state:a1"},
				rel{from: "state:c2", typ: graph.Accuses, to: "state:a1"}, rel{from: "state:c3", typ: graph.Opposes, to: "state:a1"},
				rel{from: "state:c3", typ: graph.Opposes, to: "state:c2"}, rel{from: "state:d1", typ: graph.Opposes, to: "state:a2"}),
			nil, analyze.BlocOptions{}, [][]string{{"state:a1", "state:a2"}, {"state:c1", "state:c2"}, {"state:c3"}, {"state:d1"}}},
		{"location and borders put nobody in a bloc",
			[]rel{{from: "organization:paper", typ: graph.LocatedIn, to: "state:a"}, {from: "state:a", typ: graph.Borders, to: "state:b"}},
			nil, analyze.BlocOptions{}, [][]string{{"organization:paper"}, {"state:a"}, {"state:b"}}},
		{"isolated, neutral-only and conflict-only actors are blocs of their own",
			append(clique(1, "state:a1", "state:a2"), rel{from: "state:n1", typ: graph.MetWith, to: "state:n2"},
				rel{from: "state:c1", typ: graph.Opposes, to: "state:a1"}),
			[]string{"state:lone"}, analyze.BlocOptions{},
			[][]string{{"state:a1", "state:a2"}, {"state:c1"}, {"state:lone"}, {"state:n1"}, {"state:n2"}}},
		{"structural ties keep an actor's parts with it",
			[]rel{{from: "person:leader", typ: graph.Leads, to: "state:a"}, {from: "organization:army", typ: graph.PartOf, to: "state:a"}},
			nil, analyze.BlocOptions{}, [][]string{{"organization:army", "person:leader", "state:a"}}},
		{"a negative structural weight leaves structure out",
			[]rel{{from: "person:leader", typ: graph.Leads, to: "state:a"}, {from: "organization:army", typ: graph.PartOf, to: "state:a"}},
			nil, analyze.BlocOptions{StructuralWeight: -1}, [][]string{{"organization:army"}, {"person:leader"}, {"state:a"}}},
		{"an empty graph has no blocs", nil, nil, analyze.BlocOptions{}, [][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := [][]string{}
			for i, b := range mustBlocs(t, build(t, tt.rels, tt.extra...), tt.o) {
				if b.ID != i+1 {
					t.Errorf("bloc %d has ID %d", i, b.ID)
				}
				if !slices.Contains(b.Members, b.Label) {
					t.Errorf("bloc %d is labelled %s, not one of its members %v", b.ID, b.Label, b.Members)
				}
				got = append(got, b.Members)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestBlocsAreLabelledByTheMemberMostTiedToTheRest(t *testing.T) {
	rels := []rel{{from: "state:hub", typ: graph.Supports, to: "state:x"}, {from: "state:hub", typ: graph.Supports, to: "state:y"},
		{from: "state:hub", typ: graph.Supports, to: "state:z"}, {from: "state:x", typ: graph.Supports, to: "state:y"}}
	blocs := mustBlocs(t, build(t, rels), analyze.BlocOptions{})
	if len(blocs) != 1 || blocs[0].Label != "state:hub" {
		t.Errorf("got %v, want one bloc labelled state:hub", blocs)
	}
}

func TestBlocsDoNotDependOnInputOrder(t *testing.T) {
	sg := synthetic.Graph(3000, 30000, 7)
	want := mustBlocs(t, sg, analyze.BlocOptions{})
	rng := rand.New(rand.NewPCG(7, 7))
	rng.Shuffle(len(sg.Relations), func(i, j int) { sg.Relations[i], sg.Relations[j] = sg.Relations[j], sg.Relations[i] })
	rng.Shuffle(len(sg.Entities), func(i, j int) { sg.Entities[i], sg.Entities[j] = sg.Entities[j], sg.Entities[i] })
	if got := mustBlocs(t, sg, analyze.BlocOptions{}); !reflect.DeepEqual(got, want) {
		t.Errorf("shuffling the subgraph changed the blocs")
	}
}

// TestBlocsScoreAsWellAsGonum checks the optimiser against gonum's multiplex Louvain on the same two
// layers: the blocs' signed modularity, as gonum computes it, must be within 1% of that of gonum's own
// partition (3% on the 39 actors of the seed). Both are greedy heuristics whose results vary by about that much with the order they visit
// nodes in; either wins on some graphs.
func TestBlocsScoreAsWellAsGonum(t *testing.T) {
	graphs := map[string]graph.Subgraph{"seed": seedGraph(t)}
	for seed := range int64(4) {
		graphs[fmt.Sprintf("synthetic %d", seed)] = synthetic.Graph(1500, 12000, seed)
	}
	for name, sg := range graphs {
		for _, gamma := range []float64{analyze.DefaultResolution, 1} {
			t.Run(fmt.Sprintf("%s at resolution %v", name, gamma), func(t *testing.T) {
				layers, ids := signedLayers(t, sg)
				weights, res := []float64{1, -1}, []float64{gamma}
				var ours [][]gg.Node
				for _, b := range mustBlocs(t, sg, analyze.BlocOptions{Resolution: gamma}) {
					var c []gg.Node
					for _, m := range b.Members {
						c = append(c, simple.Node(ids[m]))
					}
					ours = append(ours, c)
				}
				theirs := community.ModularizeMultiplex(layers, weights, res, false, rand.NewPCG(1, 1)).Communities()
				q := func(cs [][]gg.Node) float64 {
					sum := 0.0
					for _, v := range community.QMultiplex(layers, cs, weights, res) {
						sum += v
					}
					return sum
				}
				qOurs, qTheirs := q(ours), q(theirs)
				t.Logf("Q ours %.4f (%d blocs), gonum %.4f (%d communities)", qOurs, len(ours), qTheirs, len(theirs))
				tolerance := 0.01
				if name == "seed" {
					// On 39 actors one actor placed otherwise moves Q by a few percent: at resolution 1 gonum
					// splits Russia from Tokayev's side, 2% above ours, since the layers left location out.
					tolerance = 0.03
				}
				if qOurs < qTheirs-tolerance*math.Abs(qTheirs) {
					t.Errorf("signed modularity %.6f, gonum's partition scores %.6f", qOurs, qTheirs)
				}
			})
		}
	}
}

// signedLayers builds the layers Blocs documents, as gonum graphs: cooperation and half-weight structure
// (membership, leadership, parts; not location, borders or ownership),
// and conflict with negative weights, each relationship weighing 1+ln(evidence).
func signedLayers(tb testing.TB, sg graph.Subgraph) (community.UndirectedLayers, map[string]int64) {
	tb.Helper()
	ids := map[string]int64{}
	for i, e := range sg.Entities {
		ids[e.ID] = int64(i)
	}
	pos := simple.NewWeightedUndirectedGraph(0, 0)
	neg := simple.NewWeightedUndirectedGraph(0, 0)
	for _, g := range []*simple.WeightedUndirectedGraph{pos, neg} {
		for _, id := range ids {
			g.AddNode(simple.Node(id))
		}
	}
	add := func(g *simple.WeightedUndirectedGraph, u, v int64, w float64) {
		if e := g.WeightedEdge(u, v); e != nil {
			w += e.Weight()
		}
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(u), simple.Node(v), w))
	}
	for _, r := range sg.Relations {
		w := 1 + math.Log(float64(len(r.Evidence)))
		u, v := ids[r.From], ids[r.To]
		switch r.Stance {
		case graph.Cooperation:
			add(pos, u, v, w)
		case graph.Structural:
			if r.Type != graph.LocatedIn && r.Type != graph.Borders && r.Type != graph.OwnsStakeIn { // see aligns
				add(pos, u, v, analyze.DefaultStructuralWeight*w)
			}
		case graph.Conflict:
			add(neg, u, v, -w)
		}
	}
	layers, err := community.NewUndirectedLayers(pos, neg)
	if err != nil {
		tb.Fatal(err)
	}
	return layers, ids
}
