package neo4jstore

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// A layer (package graph/layer) is stored as a (:Layer {document, origin}) node: its MENTIONS relationships
// hold the entities as the layer names them, its STATES relationships its evidence.

// evidenceKey identifies a piece of evidence of a relationship: layers that state the same sentence in the
// same way share one Evidence node, as the embedded store keeps one copy of evidence that several layers
// give (graph.SortEvidence drops exact duplicates).
func evidenceKey(relation string, ev graph.Evidence) string {
	b, err := json.Marshal(struct {
		Relation string `json:"r"`
		graph.Evidence
	}{relation, ev})
	if err != nil {
		panic(err) // strings and numbers always marshal
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// relationsOf rebuilds a layer's relations from its evidence, which carries everything a stored
// relation holds besides what follows from it (id, stance).
func relationsOf(evidence map[string]*graph.Relation) []graph.Relation {
	out := make([]graph.Relation, 0, len(evidence))
	for _, r := range evidence {
		r.Evidence, r.Stance = layer.MergeEvidence(r.Evidence)
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return out
}
