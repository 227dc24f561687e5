package layer_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// held is a Stored over maps: what a store would have read.
type held struct {
	docs   map[string]graph.Document
	layers map[layer.Key]*layer.Layer
}

func (h *held) Document(id string) (graph.Document, bool) { d, ok := h.docs[id]; return d, ok }
func (h *held) Layer(k layer.Key) *layer.Layer            { return h.layers[k] }
func (h *held) Origins(doc string) []string {
	var out []string
	for k := range h.layers {
		if k.Document == doc {
			out = append(out, k.Origin)
		}
	}
	return out
}

// store applies plans to a held, as a store persists them.
func (h *held) apply(p *layer.Plan) {
	for _, dc := range p.Changes(h) {
		h.docs[dc.Document.ID] = dc.Document
		for _, c := range dc.Layers {
			h.layers[c.Key] = c.New
		}
	}
}

func newHeld() *held {
	return &held{docs: map[string]graph.Document{}, layers: map[layer.Key]*layer.Layer{}}
}

const text = "Russia supports Belarus. Kazakhstan borders China."

func doc(id, published, body string) graph.Document {
	return graph.Document{ID: id, Title: id, Published: published, Text: body, Hash: graph.ContentHash(body)}
}

func ent(kind graph.Kind, name, description string, aliases ...string) graph.Entity {
	return graph.Entity{ID: graph.EntityID(kind, name), Name: name, Kind: kind, Description: description, Aliases: aliases}
}

var (
	russia  = ent(graph.State, "Russia", "")
	belarus = ent(graph.State, "Belarus", "")
)

// supports is a batch saying Russia supports Belarus, quoting the first sentence of d.
func supports(d graph.Document, origin string) graph.Batch {
	ev := graph.Evidence{Document: d.ID, Text: "Russia supports Belarus.", Start: 0, End: 24, Stance: graph.Cooperation, Origin: graph.Extracted, Confidence: 0.8}
	if origin != graph.OriginText {
		ev.Origin, ev.Confidence = graph.Curated, 1
	}
	return graph.Batch{Document: d, Origin: origin, Entities: []graph.Entity{russia, belarus},
		Relations: []graph.Relation{{From: russia.ID, Type: graph.Supports, To: belarus.ID, Evidence: []graph.Evidence{ev}}}}
}

func TestPlanIngest(t *testing.T) {
	d := doc("a", "2022-01-07", text)
	overlay := graph.OriginOverlay + "a.overlay.yaml"

	t.Run("a batch identical to its stored layer is left out and listed", func(t *testing.T) {
		h := newHeld()
		p, err := layer.PlanIngest(h, []graph.Batch{supports(d, graph.OriginText)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		h.apply(p)
		again, err := layer.PlanIngest(h, []graph.Batch{supports(d, graph.OriginText)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !again.Empty() || !slices.Equal(again.Unchanged, []string{"a text"}) {
			t.Errorf("the same batch again planned docs %v layers %v, unchanged %q; want nothing and [\"a text\"]", again.Docs, again.Layers, again.Unchanged)
		}
	})

	t.Run("a batch without text takes the document an earlier batch of the call brings", func(t *testing.T) {
		bare := supports(graph.Document{ID: "a"}, overlay)
		p, err := layer.PlanIngest(newHeld(), []graph.Batch{supports(d, graph.OriginText), bare}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Layers["a"][overlay]; got == nil || got.Relations[0].Evidence[0].Published != "2022-01-07" {
			t.Fatalf("the overlay layer is %+v, want one whose evidence has the document's date", got)
		}
	})

	t.Run("errors name the first failing batch in order", func(t *testing.T) {
		tests := []struct {
			name    string
			batches []graph.Batch
			check   layer.Check
			code    string
			message string
		}{
			{"no text and no stored document", []graph.Batch{supports(graph.Document{ID: "nowhere"}, overlay)}, nil,
				graph.ENOTFOUND, "document nowhere: the batch has no text and no such document is stored"},
			{"an invalid origin", []graph.Batch{supports(d, "mine")}, nil,
				graph.EINVALID, `origin "mine" is neither`},
			{"the store's check", []graph.Batch{supports(d, graph.OriginText)},
				func(b *graph.Batch) error { return graph.Errorf(graph.EINVALID, "too long for %s", b.Document.ID) },
				graph.EINVALID, "too long for a"},
			{"the first of two bad batches", []graph.Batch{supports(d, "first"), supports(graph.Document{ID: "b"}, overlay)}, nil,
				graph.EINVALID, `origin "first"`},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := layer.PlanIngest(newHeld(), tt.batches, tt.check)
				if graph.ErrorCode(err) != tt.code || !strings.Contains(graph.ErrorMessage(err), tt.message) {
					t.Errorf("got %v, want %s containing %q", err, tt.code, tt.message)
				}
			})
		}
	})

	t.Run("new text that loses another layer's evidence is a conflict", func(t *testing.T) {
		h := newHeld()
		p, err := layer.PlanIngest(h, []graph.Batch{supports(d, graph.OriginText), supports(graph.Document{ID: "a"}, overlay)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		h.apply(p)
		changed := "Russia backs Belarus. Kazakhstan borders China."
		b := graph.Batch{Document: doc("a", "2022-01-07", changed), Origin: graph.OriginText}
		_, err = layer.PlanIngest(h, []graph.Batch{b}, nil)
		want := `document a: the new text no longer holds the evidence "Russia supports Belarus." (characters 0..24) that origin "overlay:a.overlay.yaml" gives for`
		if graph.ErrorCode(err) != graph.ECONFLICT || !strings.Contains(graph.ErrorMessage(err), want) {
			t.Errorf("got %v, want ECONFLICT: %s", err, want)
		}
	})

	t.Run("a new publication date moves every layer of the document", func(t *testing.T) {
		h := newHeld()
		p, err := layer.PlanIngest(h, []graph.Batch{supports(d, graph.OriginText), supports(graph.Document{ID: "a"}, overlay)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		h.apply(p)
		moved := d
		moved.Published = "2022-02-01"
		p, err = layer.PlanIngest(h, []graph.Batch{supports(moved, graph.OriginText)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		changes := p.Changes(h)
		if len(changes) != 1 || !changes[0].Moved || !changes[0].Rewritten || changes[0].Created {
			t.Fatalf("changes %+v, want one document moved and rewritten", changes)
		}
		var keys []string
		for _, c := range changes[0].Layers {
			keys = append(keys, c.Key.String())
			if got := c.New.Relations[0].Evidence[0].Published; got != "2022-02-01" {
				t.Errorf("layer %s carries date %s, want 2022-02-01", c.Key, got)
			}
			if c.Old.Relations[0].Evidence[0].Published != "2022-01-07" {
				t.Errorf("layer %s: the stored layer was changed", c.Key)
			}
		}
		if want := []string{"a text", "a " + overlay}; !slices.Equal(keys, want) {
			t.Errorf("layers %q, want %q (the ingested one first, then the one that moves with its document)", keys, want)
		}
	})
}

func TestOrder(t *testing.T) {
	in := []layer.Order{
		layer.OrderOf("b", "2022-01-02", graph.OriginText),
		layer.OrderOf("a", "2022-01-02", graph.OriginText),
		layer.OrderOf("z", "2022-01-01", graph.OriginText),
		layer.OrderOf("z", "2023-01-01", graph.OriginOverlay+"x"),
		layer.OrderOf("a", "2023-01-01", graph.OriginOverlay+"b"),
		layer.OrderOf("a", "2023-01-01", graph.OriginOverlay+"a"),
	}
	slices.SortFunc(in, layer.Order.Compare)
	var got []string
	for _, o := range in {
		got = append(got, o.Document+" "+o.Origin)
	}
	want := []string{"a overlay:a", "a overlay:b", "z overlay:x", "z text", "a text", "b text"}
	if !slices.Equal(got, want) {
		t.Errorf("order %q, want %q: overlays first, then by date, document and origin", got, want)
	}
}

func TestMergeEntity(t *testing.T) {
	o := func(doc, published, origin string) layer.Order { return layer.OrderOf(doc, published, origin) }
	tokayev := func(name, description string, aliases ...string) graph.Entity {
		e := ent(graph.Person, "Kassym-Jomart Tokayev", description, aliases...)
		e.Name = name
		return e
	}
	got := layer.MergeEntity([]layer.Mention{
		{o("b", "2022-01-08", graph.OriginText), tokayev("Kassym-Jomart Tokayev", "President", "Tokayev")},
		{o("a", "2022-01-07", graph.OriginText), tokayev("KASSYM-JOMART TOKAYEV", "", "Mr Tokayev")},
		{o("c", "2023-01-01", graph.OriginOverlay+"c"), tokayev("Kassym-Jomart Tokayev", "", "Kasym-Jomart Tokayev")},
	})
	want := graph.Entity{ID: "person:kassym-jomart-tokayev", Name: "Kassym-Jomart Tokayev", Kind: graph.Person,
		Description: "President", Aliases: []string{"Kasym-Jomart Tokayev", "Mr Tokayev", "Tokayev"}}
	if !layer.EntityEqual(got, want) {
		t.Errorf("merged\n %+v\nwant\n %+v\n(the overlay's name, the first description, every alias)", got, want)
	}
}

func TestMergeEvidence(t *testing.T) {
	a := graph.Evidence{Document: "a", Published: "2022-01-07", Text: "x", Start: 0, End: 1, Stance: graph.Conflict, Origin: graph.Extracted, Confidence: 0.7}
	b := graph.Evidence{Document: "b", Published: "2022-01-08", Text: "y", Start: 0, End: 1, Stance: graph.Conflict, Origin: graph.Extracted, Confidence: 0.7}
	curated := a
	curated.Origin, curated.Stance, curated.Confidence = graph.Curated, graph.Cooperation, 1
	evidence, stance := layer.MergeEvidence([]graph.Evidence{b, a}, []graph.Evidence{a, curated})
	if len(evidence) != 3 || evidence[2] != b || stance != graph.Cooperation {
		t.Errorf("evidence %+v stance %s; want a, curated a, b (the duplicate once) and the curated stance", evidence, stance)
	}
}
