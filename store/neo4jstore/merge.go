package neo4jstore

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// The merge rules are package graph/layer's, applied here to all the layers of one entity or relationship
// at a time (layer.MergeEntity, layer.MergeEvidence) rather than incrementally.

// storedEvidence is one Evidence node of a relationship and the layers that state it.
type storedEvidence struct {
	ev     graph.Evidence
	layers map[layer.Key]bool
	stored bool // the node exists before this ingest
}

// relationMerge follows the evidence of one relationship through an ingest.
type relationMerge struct {
	rel      graph.Relation // ends and type; evidence unused
	evidence map[string]*storedEvidence
	before   []string // keys of the evidence stored before, sorted
}

// after returns the keys of the evidence some layer still states, sorted, the evidence itself in
// graph.CompareEvidence order, and the stance it gives the relationship.
func (m *relationMerge) after() (keys []string, evidence []graph.Evidence, stance graph.Stance) {
	for k, se := range m.evidence {
		if len(se.layers) > 0 {
			keys = append(keys, k)
			evidence = append(evidence, se.ev)
		}
	}
	slices.Sort(keys)
	evidence, stance = layer.MergeEvidence(evidence)
	return keys, evidence, stance
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

// relationProps returns the properties of the typed relationship from its merged evidence and stance: the
// weight (how many sentences state it), and the first and last dates.
func relationProps(rel graph.Relation, evidence []graph.Evidence, stance graph.Stance) map[string]any {
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
	return map[string]any{"id": rel.ID, "from": rel.From, "to": rel.To, "stance": string(stance),
		"weight": len(evidence), "first": orNil(first), "last": orNil(last)}
}
