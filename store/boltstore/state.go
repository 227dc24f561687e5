package boltstore

import (
	"cmp"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/graph"
)

// state is the merged graph that reads are answered from. Fields marked "writer only" are touched by the
// single ingest in progress and never by reads, so they need no lock; the others change only under the
// store's write lock.
type state struct {
	docs      map[string]*docState
	entities  map[string]*entityState
	relations map[string]*relationState
	search    searchIndex
	stats     graph.Stats
	// listing caches the answer of Documents, rebuilt lazily after documents change.
	listing atomic.Pointer[[]graph.Document]
}

func newState() *state {
	return &state{
		docs:      map[string]*docState{},
		entities:  map[string]*entityState{},
		relations: map[string]*relationState{},
		search:    newSearchIndex(),
	}
}

// docState is one stored document and its layers.
type docState struct {
	id    string
	doc   graph.Document   // with its text
	slots map[string]*slot // by origin; writer only
	// mentions lists the ids of the entities the document's layers name, sorted: what DocumentEntities and
	// EntityDocuments read, since the layers themselves are the writer's.
	mentions []string
}

// slot is the place of one (document, origin) layer. It outlives the layers that fill it, so the entities
// can remember which slots mention them across re-ingests.
type slot struct {
	doc    *docState
	origin string
	layer  *layer    // writer only
	order  slotOrder // writer only; from the document as this ingest leaves it
}

// slotOrder ranks layers when they disagree about an entity's name or description: an analyst's overlay
// before the extractor's reading, then earlier documents first.
type slotOrder struct {
	text      bool // false for overlay layers, so they sort first
	published string
	doc       string
	origin    string
}

func orderOf(d graph.Document, origin string) slotOrder {
	return slotOrder{text: origin == graph.OriginText, published: d.Published, doc: d.ID, origin: origin}
}

func (a slotOrder) compare(b slotOrder) int {
	if a.text != b.text {
		if !a.text {
			return -1
		}
		return 1
	}
	return cmp.Or(cmp.Compare(a.published, b.published), cmp.Compare(a.doc, b.doc), cmp.Compare(a.origin, b.origin))
}

// layer is one normalised batch: entities and relations sorted by id, evidence with its document id and
// publication date filled in.
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

func (l *layer) relation(id string) *graph.Relation {
	i, ok := slices.BinarySearchFunc(l.relations, id, func(r graph.Relation, id string) int { return strings.Compare(r.ID, id) })
	if !ok {
		return nil
	}
	return &l.relations[i]
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

// entityState is one merged entity.
type entityState struct {
	entity graph.Entity
	// adj holds every relation that starts or ends here, in no order. It holds the relations themselves,
	// not pointers, so graph.Expand can read it as it is: copying a hub's thousands of relations on every
	// call was a third of a neighbourhood query.
	adj []graph.Relation
	// gain counts the relations an ingest adds to adj, while apply makes room for them; zero otherwise.
	gain int32

	mentions  []*slot          // writer only: the layers that mention the entity, each once, in no order
	aliasRefs map[string]int32 // writer only: how many layers give each alias
	nameFrom  *slot            // writer only: the layer the name comes from
	descFrom  *slot            // writer only: the layer the description comes from, if any
	named     *graph.Entity    // writer only: the entity as nameFrom's layer gives it
	described *graph.Entity    // writer only: the entity as descFrom's layer gives it
}

// relationState finds one merged relation in the adjacency of its two ends.
type relationState struct {
	from, to       *entityState
	fromPos, toPos int
}

func (rs *relationState) rel() *graph.Relation { return &rs.from.adj[rs.fromPos] }

// folds returns the entity's keys in the search index: graph.SearchKeys, the folded name and aliases within
// the bound both stores keep to.
func folds(e graph.Entity) []string { return graph.SearchKeys(e) }

func cloneEntity(e graph.Entity) graph.Entity {
	e.Aliases = slices.Clone(e.Aliases)
	if e.Aliases == nil {
		e.Aliases = []string{}
	}
	return e
}

func cloneRelation(r graph.Relation) graph.Relation {
	r.Evidence = slices.Clone(r.Evidence)
	return r
}
