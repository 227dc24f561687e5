package boltstore

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// TestMentionedInAtItsSize: a document's list of the entities its layers name is sorted, each once, and
// for one layer made at its length in one allocation (grown by append, the arrays kept were up to twice as
// long as their lists, and their growth was 81 MB of garbage in an ingest of a million relationships).
func TestMentionedInAtItsSize(t *testing.T) {
	ents := func(ids ...string) *layer.Layer {
		l := &layer.Layer{}
		for _, id := range ids {
			l.Entities = append(l.Entities, graph.Entity{ID: id})
		}
		return l
	}
	many := make([]string, 37)
	for i := range many {
		many[i] = string(rune('a'+i/26)) + string(rune('a'+i%26))
	}
	for _, tc := range []struct {
		name   string
		layers []*layer.Layer
		want   []string
	}{
		{"none", nil, nil},
		{"an empty slot", []*layer.Layer{nil}, nil},
		{"one layer", []*layer.Layer{ents(many...)}, many},
		{"two layers", []*layer.Layer{ents("b", "d", "e"), ents("a", "b", "c", "e")}, []string{"a", "b", "c", "d", "e"}},
		{"two, one empty", []*layer.Layer{ents("b", "d"), nil}, []string{"b", "d"}},
	} {
		ds := &docState{slots: map[string]*slot{}}
		for i, l := range tc.layers {
			origin := string(rune('0' + i))
			ds.slots[origin] = &slot{doc: ds, origin: origin, layer: l}
		}
		got := mentionedIn(ds)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: mentionedIn = %q, want %q", tc.name, got, tc.want)
		}
	}
	one := &docState{slots: map[string]*slot{"x": {origin: "x", layer: ents(many...)}}}
	if n := testing.AllocsPerRun(20, func() { mentionedIn(one) }); n != 1 {
		t.Errorf("mentionedIn of one layer of %d entities made %v allocations, want 1", len(many), n)
	}
}
