package neo4jstore

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// The merge rules are the embedded store's (see the boltstore package documentation), applied here to all
// the layers of one entity or relationship at a time rather than incrementally.

// mention is one layer's version of an entity.
type mention struct {
	order  layerOrder
	entity graph.Entity
}

// mergeEntity merges the layers' versions of one entity: the name (and kind) of the first layer in layer
// order, the first non-empty description, the union of the aliases. ms must not be empty.
func mergeEntity(ms []mention) graph.Entity {
	slices.SortFunc(ms, func(a, b mention) int { return a.order.compare(b.order) })
	named := ms[0].entity
	e := graph.Entity{ID: named.ID, Name: named.Name, Kind: named.Kind}
	lists := make([][]string, 0, len(ms))
	for _, m := range ms {
		if e.Description == "" {
			e.Description = m.entity.Description
		}
		lists = append(lists, m.entity.Aliases)
	}
	e.Aliases = graph.MergeAliases(e.Name, lists...)
	return e
}

// storedEvidence is one Evidence node of a relationship and the layers that state it.
type storedEvidence struct {
	ev     graph.Evidence
	layers map[layerKey]bool
	stored bool // the node exists before this ingest
}

// relationMerge follows the evidence of one relationship through an ingest.
type relationMerge struct {
	rel      graph.Relation // ends and type; evidence unused
	evidence map[string]*storedEvidence
	before   []string // keys of the evidence stored before, sorted
}

// after returns the keys of the evidence some layer still states, sorted, and the evidence itself in
// graph.CompareEvidence order.
func (m *relationMerge) after() (keys []string, evidence []graph.Evidence) {
	for k, se := range m.evidence {
		if len(se.layers) > 0 {
			keys = append(keys, k)
			evidence = append(evidence, se.ev)
		}
	}
	slices.Sort(keys)
	return keys, graph.SortEvidence(evidence)
}

// orphans returns the keys of stored evidence no layer states any more.
func (m *relationMerge) orphans() []string {
	var out []string
	for k, se := range m.evidence {
		if se.stored && len(se.layers) == 0 {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// relationProps returns the properties of the typed relationship from its evidence: the stance as
// graph.MergeStance decides it, the weight (how many sentences state it), and the first and last dates.
func relationProps(rel graph.Relation, evidence []graph.Evidence) map[string]any {
	first, last := "", ""
	for _, ev := range evidence {
		if ev.Published == "" {
			continue
		}
		if first == "" || ev.Published < first {
			first = ev.Published
		}
		last = max(last, ev.Published)
	}
	return map[string]any{"id": rel.ID, "from": rel.From, "to": rel.To, "stance": string(graph.MergeStance(evidence)),
		"weight": len(evidence), "first": orNil(first), "last": orNil(last)}
}
