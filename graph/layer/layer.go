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

	// ends holds, when known, the positions among Entities of each relationship's From and To (two a
	// relationship): the planner keeps what validating the batch found, so that a store need not look every
	// end up again to write the layer and to merge it. nil when not known. Never changed once set.
	ends []int32
}

// Of returns the layer of a batch that graph.Batch.Normalize has put in canonical form. It shares the
// batch's slices.
func Of(b *graph.Batch) *Layer { return &Layer{Entities: b.Entities, Relations: b.Relations} }

// Ends returns the positions among l.Entities of the From and To of relationship i, and false for an end
// that is not among them (which a layer the planner made never has).
func (l *Layer) Ends(i int) (from, to int, ok bool) {
	if l.ends != nil {
		return int(l.ends[2*i]), int(l.ends[2*i+1]), true
	}
	r := &l.Relations[i]
	from, to = l.entityIndex(r.From), l.entityIndex(r.To)
	return from, to, from >= 0 && to >= 0
}

// entityIndex returns the position of the entity with the id, or -1: a binary search, or, should the
// entities not be sorted, a look at every one rather than a wrong answer.
func (l *Layer) entityIndex(id string) int {
	i, found := slices.BinarySearchFunc(l.Entities, id, func(e graph.Entity, id string) int { return strings.Compare(e.ID, id) })
	if !found {
		return slices.IndexFunc(l.Entities, func(e graph.Entity) bool { return e.ID == id })
	}
	return i
}

// foundEnds returns the positions of the relationships' ends among the entities of b, normalised, from
// those that graph.Batch.ValidateEnds found before graph.Batch.Normalize (ends), checking each: Normalize
// keeps a normalised batch's entities and relationships where they are and moves the others, whose ends
// are then looked up again. It returns nil should an end not be among the entities (Validate refuses such
// a batch).
func foundEnds(b *graph.Batch, ends []int32) []int32 {
	if len(ends) < 2*len(b.Relations) {
		ends = make([]int32, 2*len(b.Relations))
	}
	ends = ends[:2*len(b.Relations)]
	l := Layer{Entities: b.Entities}
	for i := range b.Relations {
		r := &b.Relations[i]
		for k, id := range [2]string{r.From, r.To} {
			if at := int(ends[2*i+k]); at < 0 || at >= len(b.Entities) || b.Entities[at].ID != id {
				if at = l.entityIndex(id); at < 0 {
					return nil
				}
				ends[2*i+k] = int32(at)
			}
		}
	}
	return ends
}

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
	m := &Layer{Entities: l.Entities, Relations: slices.Clone(l.Relations), ends: l.ends}
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
