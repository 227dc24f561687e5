package neo4jstore

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// layerKey names what one (document, origin) pair wrote: a (:Layer {document, origin}) node.
type layerKey struct{ doc, origin string }

func (k layerKey) String() string { return k.doc + " " + k.origin }

// layer is one normalised batch as stored: entities and relations sorted by id, evidence with its document
// id and publication date filled in. In Neo4j it is the Layer node's MENTIONS (the entities as this layer
// names them) and STATES (its evidence) relationships.
type layer struct {
	entities  []graph.Entity
	relations []graph.Relation
}

func (l *layer) entity(id string) *graph.Entity {
	i, ok := slices.BinarySearchFunc(l.entities, id, func(e graph.Entity, id string) int { return strings.Compare(e.ID, id) })
	if !ok {
		return nil
	}
	return &l.entities[i]
}

func (l *layer) equal(m *layer) bool {
	return slices.EqualFunc(l.entities, m.entities, entityEqual) &&
		slices.EqualFunc(l.relations, m.relations, func(a, b graph.Relation) bool {
			return a.ID == b.ID && a.From == b.From && a.To == b.To && a.Type == b.Type && a.Stance == b.Stance &&
				slices.Equal(a.Evidence, b.Evidence)
		})
}

// withPublished returns a copy of l whose evidence carries the new publication date of its document.
func (l *layer) withPublished(published string) *layer {
	m := &layer{entities: l.entities, relations: slices.Clone(l.relations)}
	for i := range m.relations {
		r := &m.relations[i]
		r.Evidence = slices.Clone(r.Evidence)
		for j := range r.Evidence {
			r.Evidence[j].Published = published
		}
	}
	return m
}

func entityEqual(a, b graph.Entity) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Kind == b.Kind && a.Description == b.Description &&
		slices.Equal(a.Aliases, b.Aliases)
}

// layerOrder ranks layers where they disagree about an entity's name or description, as the embedded store
// does: an analyst's overlay before the extractor's reading, then earlier documents first.
type layerOrder struct {
	text      bool // false for overlay layers, so they sort first
	published string
	doc       string
	origin    string
}

func orderOf(doc, published, origin string) layerOrder {
	return layerOrder{text: origin == graph.OriginText, published: published, doc: doc, origin: origin}
}

func (a layerOrder) compare(b layerOrder) int {
	if a.text != b.text {
		if !a.text {
			return -1
		}
		return 1
	}
	return cmp.Or(cmp.Compare(a.published, b.published), cmp.Compare(a.doc, b.doc), cmp.Compare(a.origin, b.origin))
}

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
		r.Evidence = graph.SortEvidence(r.Evidence)
		r.Stance = graph.MergeStance(r.Evidence)
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return out
}
