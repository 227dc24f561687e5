package boltstore

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// keptLayer is a layer as its slot keeps it from one ingest to the next, for the next ingest's planner and
// merge: the entities as versions the entity states share (entityState.version), the relations as their
// merged states and the layer's own evidence. The layer.Layer it replaces kept a copy of every entity of
// every document and of every relation beside the merged ones: after an ingest of a million relationships
// those copies were 296 MB (entities 171, relations 125) of the store's 1,001 MB live heap, which the
// collector marks and whose growth the kernel faults in page by page; kept layers take 57 MB, and the
// store 763 MB (BENCHMARKS.md's ingest section). Writer only; it never changes once compute has filled it.
type keptLayer struct {
	entities  []*graph.Entity // sorted by id, each once, as layer.Layer's
	relations []keptRelation  // sorted by id, each once, as layer.Layer's
}

// keptRelation is one relation of a kept layer.
type keptRelation struct {
	// rs is the merged relation, which every layer that states it keeps: its id, ends and type, which
	// never change once compute made the state (apply changes only the evidence and stance).
	rs       *relationState
	evidence []graph.Evidence // the layer's, in graph.CompareEvidence order; shared, never changed
}

// keep returns the slot's form of a new layer: its entities still those of l until the merge replaces each
// with the version its state keeps, its relations without their states until computeRelations finds them.
func keep(l *layer.Layer) *keptLayer {
	k := &keptLayer{entities: make([]*graph.Entity, len(l.Entities)), relations: make([]keptRelation, len(l.Relations))}
	for i := range l.Entities {
		k.entities[i] = &l.Entities[i]
	}
	return k
}

// entity returns the layer's version of the entity with the id, or nil.
func (k *keptLayer) entity(id string) *graph.Entity {
	i, ok := slices.BinarySearchFunc(k.entities, id, func(e *graph.Entity, id string) int { return strings.Compare(e.ID, id) })
	if !ok {
		return nil
	}
	return k.entities[i]
}

// evidence returns the evidence the layer states for the relation with the id, and false when it states
// none.
func (k *keptLayer) evidence(id string) ([]graph.Evidence, bool) {
	i, ok := slices.BinarySearchFunc(k.relations, id, func(r keptRelation, id string) int { return strings.Compare(r.rs.rel.ID, id) })
	if !ok {
		return nil, false
	}
	return k.relations[i].evidence, true
}

// layer returns the layer as graph/layer's planner and a re-ingest's merge read it: a new copy, equal field
// for field to the layer kept, whose entity aliases and evidence share the kept ones' memory (layers are
// never changed). The planner calls it while the last ingest's apply may run: it reads only what apply
// never writes.
func (k *keptLayer) layer() *layer.Layer {
	l := &layer.Layer{Entities: make([]graph.Entity, len(k.entities)), Relations: make([]graph.Relation, len(k.relations))}
	for i, e := range k.entities {
		l.Entities[i] = *e
	}
	for i, r := range k.relations {
		rel := &r.rs.rel
		l.Relations[i] = graph.Relation{ID: rel.ID, From: rel.From, To: rel.To, Type: rel.Type,
			Stance: graph.MergeStance(r.evidence), Evidence: r.evidence}
	}
	return l
}

// share returns the version of the entity that layers keep for e: the state's current one when e equals it
// field for field (most mentions of an actor do), else a copy of e, which becomes the current one. Older
// versions live as long as a kept layer points at them. Writer only.
func (es *entityState) share(e *graph.Entity) *graph.Entity {
	if v := es.version; v != nil && layer.EntityEqual(*v, *e) {
		return v
	}
	v := new(graph.Entity)
	*v = *e
	es.version = v
	return v
}
