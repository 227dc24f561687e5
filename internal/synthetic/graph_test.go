package synthetic_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

func TestGraphIsTheSameForTheSameSeed(t *testing.T) {
	a, b := synthetic.Graph(2000, 10000, 42), synthetic.Graph(2000, 10000, 42)
	if !reflect.DeepEqual(a, b) {
		t.Error("two graphs from seed 42 differ")
	}
	if c := synthetic.Graph(2000, 10000, 43); reflect.DeepEqual(a.Relations, c.Relations) {
		t.Error("seeds 42 and 43 gave the same relationships")
	}
}

func TestGraphLooksLikeNews(t *testing.T) {
	const entities, relations = 10_000, 50_000
	sg := synthetic.Graph(entities, relations, 1)
	if len(sg.Entities) != entities || len(sg.Relations) != relations {
		t.Fatalf("%d entities and %d relationships, want %d and %d", len(sg.Entities), len(sg.Relations), entities, relations)
	}
	if !slices.IsSortedFunc(sg.Entities, func(a, b graph.Entity) int { return strings.Compare(a.ID, b.ID) }) ||
		!slices.IsSortedFunc(sg.Relations, func(a, b graph.Relation) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("entities or relationships are not sorted by id")
	}
	docs := map[string]string{}
	for _, d := range sg.Documents {
		docs[d.ID] = d.Published
	}
	ents := map[string]bool{}
	for _, e := range sg.Entities {
		if err := e.Validate(); err != nil {
			t.Fatal(err)
		}
		ents[e.ID] = true
	}
	if len(ents) != entities {
		t.Errorf("%d distinct entity ids, want %d", len(ents), entities)
	}
	degree := map[string]int{}
	stances := map[graph.Stance]int{}
	for i, r := range sg.Relations {
		if i > 0 && sg.Relations[i-1].ID == r.ID {
			t.Fatalf("relationship %s twice", r.ID)
		}
		if !ents[r.From] || !ents[r.To] || r.From == r.To || r.ID != graph.RelationID(r.From, r.Type, r.To) {
			t.Fatalf("relationship %s has bad ends or id", r.ID)
		}
		if len(r.Evidence) == 0 || graph.MergeStance(r.Evidence) != r.Stance {
			t.Fatalf("relationship %s has no evidence or a stance its evidence does not give", r.ID)
		}
		for _, ev := range r.Evidence {
			if p, ok := docs[ev.Document]; !ok || p != ev.Published {
				t.Fatalf("relationship %s cites document %s (%s), which the graph does not list with that date", r.ID, ev.Document, ev.Published)
			}
		}
		degree[r.From]++
		degree[r.To]++
		stances[r.Stance]++
	}
	for _, s := range graph.Stances {
		if share := float64(stances[s]) / relations; share < 0.05 {
			t.Errorf("only %.1f%% of relationships are %s", 100*share, s)
		}
	}
	ds := make([]int, 0, len(degree))
	for _, d := range degree {
		ds = append(ds, d)
	}
	slices.Sort(ds)
	top, median := ds[len(ds)-1], ds[len(ds)/2]
	if top < 100*median {
		t.Errorf("top degree %d is not far above the median %d: no hubs", top, median)
	}
	t.Logf("stances %v; degree median %d, top %d", stances, median, top)
}

func TestGraphOfTinySizesStops(t *testing.T) {
	for _, size := range [][2]int{{-1, 10}, {0, 0}, {0, 10}, {1, 10}, {2, 1000}, {3, 5}} {
		sg := synthetic.Graph(size[0], size[1], 1)
		if len(sg.Entities) != max(0, size[0]) || len(sg.Relations) > size[1] {
			t.Errorf("Graph(%d, %d) made %d entities and %d relationships", size[0], size[1], len(sg.Entities), len(sg.Relations))
		}
	}
}
