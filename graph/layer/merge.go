package layer

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Mention is one layer's version of an entity, with the layer's order.
type Mention struct {
	Order  Order
	Entity graph.Entity
}

// MergeEntity merges the layers' versions of one entity by the merge rules (see the package
// documentation). It sorts ms, which must not be empty.
func MergeEntity(ms []Mention) graph.Entity {
	slices.SortFunc(ms, func(a, b Mention) int { return a.Order.Compare(b.Order) })
	var described *graph.Entity
	lists := make([][]string, 0, len(ms))
	for i := range ms {
		if described == nil && ms[i].Entity.Description != "" {
			described = &ms[i].Entity
		}
		lists = append(lists, ms[i].Entity.Aliases)
	}
	e := Merged(ms[0].Entity, described)
	e.Aliases = graph.MergeAliases(e.Name, lists...)
	return e
}

// Merged returns the merged entity but for its aliases (graph.MergeAliases of every layer's): the id, name
// and kind of named, the version of the first layer in Order, and the description of described, the first
// with one (nil when none has). For a store that keeps track of those two layers as they change rather than
// merge all of an entity's mentions at each ingest.
func Merged(named graph.Entity, described *graph.Entity) graph.Entity {
	e := graph.Entity{ID: named.ID, Name: named.Name, Kind: named.Kind}
	if described != nil {
		e.Description = described.Description
	}
	return e
}

// MergeEvidence returns a relationship's evidence from the evidence its layers state (the lists may share
// sentences), in graph.CompareEvidence order and each once, and the stance it gives the relationship.
func MergeEvidence(lists ...[]graph.Evidence) ([]graph.Evidence, graph.Stance) {
	evidence := graph.SortEvidence(slices.Concat(lists...))
	return evidence, graph.MergeStance(evidence)
}
