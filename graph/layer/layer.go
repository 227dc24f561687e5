package layer

import (
	"cmp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Key names a layer: the document it is about and the origin that wrote it.
type Key struct{ Document, Origin string }

// String is "document origin", as graph.IngestResult.Unchanged lists a batch.
func (k Key) String() string { return k.Document + " " + k.Origin }

// Layer is one normalised batch as a store keeps it (see the package documentation).
type Layer struct {
	Entities  []graph.Entity   // sorted by id, each once
	Relations []graph.Relation // sorted by id, each once, evidence in graph.CompareEvidence order
}

// Of returns the layer of a batch that graph.Batch.Normalize has put in canonical form. It shares the
// batch's slices.
func Of(b *graph.Batch) *Layer { return &Layer{Entities: b.Entities, Relations: b.Relations} }

// Entity returns the layer's entity with the id, or nil.
func (l *Layer) Entity(id string) *graph.Entity {
	i, ok := slices.BinarySearchFunc(l.Entities, id, func(e graph.Entity, id string) int { return strings.Compare(e.ID, id) })
	if !ok {
		return nil
	}
	return &l.Entities[i]
}

// Relation returns the layer's relationship with the id, or nil.
func (l *Layer) Relation(id string) *graph.Relation {
	i, ok := slices.BinarySearchFunc(l.Relations, id, func(r graph.Relation, id string) int { return strings.Compare(r.ID, id) })
	if !ok {
		return nil
	}
	return &l.Relations[i]
}

// Equal reports whether the two layers hold the same entities and relationships, field for field.
func (l *Layer) Equal(m *Layer) bool {
	return slices.EqualFunc(l.Entities, m.Entities, EntityEqual) &&
		slices.EqualFunc(l.Relations, m.Relations, func(a, b graph.Relation) bool {
			return a.ID == b.ID && a.From == b.From && a.To == b.To && a.Type == b.Type && a.Stance == b.Stance &&
				slices.Equal(a.Evidence, b.Evidence)
		})
}

// WithPublished returns a copy of l whose evidence carries a new publication date of its document. The
// entities are shared.
func (l *Layer) WithPublished(published string) *Layer {
	m := &Layer{Entities: l.Entities, Relations: slices.Clone(l.Relations)}
	for i := range m.Relations {
		r := &m.Relations[i]
		r.Evidence = slices.Clone(r.Evidence)
		for j := range r.Evidence {
			r.Evidence[j].Published = published
		}
	}
	return m
}

// published returns the publication date the layer's evidence carries, and false for a layer without
// relationships. Normalize gives all of a layer's evidence the same date.
func (l *Layer) published() (string, bool) {
	if len(l.Relations) == 0 {
		return "", false
	}
	return l.Relations[0].Evidence[0].Published, true
}

// EntityEqual reports whether two entities are the same field for field, aliases in order.
func EntityEqual(a, b graph.Entity) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Kind == b.Kind && a.Description == b.Description &&
		slices.Equal(a.Aliases, b.Aliases)
}

// Rank orders the kinds of origin where layers disagree: the lower ranks first.
type Rank uint8

const (
	RankOverlay Rank = 1 + iota // an analyst's overlay (graph.OriginOverlay+NAME)
	RankText                    // the extractor's reading (graph.OriginText)
)

// RankOf returns the rank of an origin.
func RankOf(origin string) Rank {
	if origin == graph.OriginText {
		return RankText
	}
	return RankOverlay
}

// Order ranks a layer where layers disagree about an entity's name, kind or description: by Rank, then
// earlier documents first, then by document id and origin. No two layers have the same Order.
type Order struct {
	Rank      Rank
	Published string // the document's publication date, YYYY-MM-DD or empty
	Document  string
	Origin    string
}

// OrderOf returns the order of the layer (document, origin) of a document published on that date.
func OrderOf(document, published, origin string) Order {
	return Order{Rank: RankOf(origin), Published: published, Document: document, Origin: origin}
}

// Compare returns -1 when a ranks before b, +1 when after, 0 when they are the same layer's.
func (a Order) Compare(b Order) int {
	// Field by field, not cmp.Or, which compares all four (and reads each string) before it picks one: at
	// a million relationships the merge compares a mention's layer with another entity's layers, far apart
	// in memory.
	if c := cmp.Compare(a.Rank, b.Rank); c != 0 {
		return c
	}
	if c := strings.Compare(a.Published, b.Published); c != 0 {
		return c
	}
	if c := strings.Compare(a.Document, b.Document); c != 0 {
		return c
	}
	return strings.Compare(a.Origin, b.Origin)
}
