package boltstore

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// encodeLayerV1 is the layer record as written before evidence carried claims, frozen here so that files
// written then stay readable.
func encodeLayerV1(l *layer.Layer) []byte {
	b := []byte{layerRecordV1}
	index := map[string]int{}
	b = binary.AppendUvarint(b, uint64(len(l.Entities)))
	for i, e := range l.Entities {
		index[e.ID] = i
		b = appendString(appendString(appendString(b, e.ID), e.Name), string(e.Kind))
		b = binary.AppendUvarint(b, uint64(len(e.Aliases)))
		for _, a := range e.Aliases {
			b = appendString(b, a)
		}
		b = appendString(b, e.Description)
	}
	b = binary.AppendUvarint(b, uint64(len(l.Relations)))
	for _, rel := range l.Relations {
		b = binary.AppendUvarint(b, uint64(index[rel.From]))
		b = binary.AppendUvarint(b, uint64(index[rel.To]))
		b = appendString(b, string(rel.Type))
		b = binary.AppendUvarint(b, uint64(len(rel.Evidence)))
		for _, ev := range rel.Evidence {
			b = appendString(b, ev.Text)
			b = binary.AppendUvarint(b, uint64(ev.Start))
			b = binary.AppendUvarint(b, uint64(ev.End))
			b = appendString(appendString(appendString(b, string(ev.Stance)), ev.Origin), ev.Rule)
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(ev.Confidence))
		}
	}
	return b
}

func TestLayerRecordsOfBothVersions(t *testing.T) {
	d := graph.Document{ID: "d1", Published: "2022-01-07"}
	a, b := graph.NewEntity(graph.State, "Iran"), graph.NewEntity(graph.State, "Russia")
	c := graph.NewEntity(graph.State, "Ukraine", "Kyiv")
	ev := func(claim string) graph.Evidence {
		return graph.Evidence{Document: d.ID, Text: "Iran supplied drones to Russia.", Start: 0, End: 31, Published: d.Published,
			Stance: graph.Cooperation, Origin: graph.Extracted, Rule: "verb:supply", Confidence: 0.6, Claim: claim}
	}
	l := &layer.Layer{Entities: []graph.Entity{a, b, c}, Relations: []graph.Relation{{
		ID: graph.RelationID(a.ID, graph.Supports, b.ID), From: a.ID, To: b.ID, Type: graph.Supports, Stance: graph.Cooperation,
		Evidence: []graph.Evidence{ev(""), ev(c.ID), ev(graph.ClaimUnattributed)},
	}}}

	got, err := decodeLayer(encodeLayer(l), d)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(l) {
		t.Errorf("a layer with claims did not survive its record:\n got %+v\nwant %+v", got.Relations, l.Relations)
	}

	old, err := decodeLayer(encodeLayerV1(l), d)
	if err != nil {
		t.Fatalf("a version 1 record: %v", err)
	}
	for i, e := range old.Relations[0].Evidence {
		if e.Claim != "" || e.Text != l.Relations[0].Evidence[i].Text || e.Confidence != 0.6 {
			t.Errorf("version 1 evidence %d = %+v, want the sentence as a fact", i, e)
		}
	}

	if _, err := decodeLayer(append([]byte{3}, encodeLayer(l)[1:]...), d); err == nil {
		t.Error("an unknown record version was read")
	}
}

// TestLayerRecordEnds checks that every relation's ends survive the record, which writes them as places in
// the layer's entities: found by a binary search in a normalised layer's sorted entities, and by looking at
// each should a layer's entities not be sorted.
func TestLayerRecordEnds(t *testing.T) {
	d := graph.Document{ID: "d1", Published: "2022-01-07"}
	for _, tc := range []struct {
		name     string
		shuffled bool
	}{{"sorted entities", false}, {"unsorted entities", true}} {
		t.Run(tc.name, func(t *testing.T) {
			var ents []graph.Entity
			for i := range 37 {
				ents = append(ents, graph.NewEntity(graph.State, fmt.Sprintf("State %02d", i)))
			}
			var rels []graph.Relation
			for i := range ents {
				from, to := ents[i].ID, ents[(i*7+3)%len(ents)].ID
				if from == to {
					continue
				}
				rels = append(rels, graph.Relation{ID: graph.RelationID(from, graph.Supports, to), From: from, To: to,
					Type: graph.Supports, Stance: graph.Cooperation, Evidence: []graph.Evidence{{Document: d.ID,
						Text: "x", Start: 0, End: 1, Published: d.Published, Stance: graph.Cooperation,
						Origin: graph.Extracted, Confidence: 0.5}}})
			}
			if tc.shuffled {
				slices.Reverse(ents)
				ents[3], ents[20] = ents[20], ents[3]
			}
			l := &layer.Layer{Entities: ents, Relations: rels}
			got, err := decodeLayer(encodeLayer(l), d)
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range got.Relations {
				if r.From != rels[i].From || r.To != rels[i].To {
					t.Fatalf("relation %d came back as %s -> %s, want %s -> %s", i, r.From, r.To, rels[i].From, rels[i].To)
				}
			}
			if !got.Equal(l) {
				t.Errorf("the layer did not survive its record")
			}
		})
	}
}
