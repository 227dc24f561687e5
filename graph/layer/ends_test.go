package layer_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// TestPlannedLayersKeepTheirEnds: every layer PlanIngest makes holds where validating its batch found each
// relationship's ends, and they are right after Normalize has moved entities and relationships about:
// batches normalised already, with their entities reversed, with an entity given twice and the
// relationships out of order and without ids, a date the store gives (WithPublished), alone and in a call
// large enough to be validated on several goroutines.
func TestPlannedLayersKeepTheirEnds(t *testing.T) {
	kz, cn := ent(graph.State, "Kazakhstan", ""), ent(graph.State, "China", "")
	batch := func(i int, shape string) graph.Batch {
		d := doc(fmt.Sprintf("d%04d", i), "2022-01-07", text)
		if shape == "undated" {
			d.Published = ""
		}
		b := supports(d, graph.OriginText)
		b.Entities = append(b.Entities, kz, cn)
		b.Relations = append(b.Relations, graph.Relation{From: kz.ID, Type: graph.Borders, To: cn.ID,
			Evidence: []graph.Evidence{{Document: d.ID, Text: "Kazakhstan borders China.", Start: 25, End: 50,
				Stance: graph.Neutral, Origin: graph.Extracted, Confidence: 0.8}}})
		switch shape {
		case "normalised", "undated":
			b.Normalize()
		case "reversed":
			b.Normalize()
			slices.Reverse(b.Entities)
		case "twice":
			b.Entities = append(b.Entities, russia, kz)
			slices.Reverse(b.Relations)
		}
		return b
	}
	shapes := []string{"normalised", "reversed", "twice", "undated"}
	for _, n := range []int{1, 300} { // 300 batches of 2 relationships: over parallelFrom
		st := newHeld()
		d := doc("d0000", "2021-05-05", text) // stored, dated: the undated batch of d0000 takes its date
		st.docs[d.ID] = d
		var batches []graph.Batch
		for i := range n {
			batches = append(batches, batch(i, shapes[i%len(shapes)]))
		}
		if n == 1 {
			for _, s := range shapes[1:] {
				batches = append(batches, batch(len(batches), s))
			}
			batches[0] = batch(0, "undated")
		}
		p, err := layer.PlanIngest(st, batches, nil)
		if err != nil {
			t.Fatal(err)
		}
		for id, m := range p.Layers {
			for _, l := range m {
				if !layer.EndsKept(l) {
					t.Errorf("%d batches: layer of %s holds no ends", n, id)
				}
				for i, r := range l.Relations {
					from, to, ok := l.Ends(i)
					if !ok || l.Entities[from].ID != r.From || l.Entities[to].ID != r.To {
						t.Errorf("%d batches: layer of %s, relationship %s: ends at %d, %d (%v)", n, id, r.ID, from, to, ok)
					}
				}
			}
		}
	}
	// A layer made otherwise (as a store decodes one) finds its ends when asked.
	b := batch(0, "normalised")
	l := layer.Of(&b)
	i := slices.IndexFunc(l.Relations, func(r graph.Relation) bool { return r.Type == graph.Borders })
	if from, to, ok := l.Ends(i); layer.EndsKept(l) || !ok || l.Entities[from].ID != kz.ID || l.Entities[to].ID != cn.ID {
		t.Errorf("a layer of its own: ends %d, %d (%v), kept %v", from, to, ok, layer.EndsKept(l))
	}
}
