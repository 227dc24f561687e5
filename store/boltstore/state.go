package boltstore

import (
	"slices"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// state is the merged graph that reads are answered from. Fields marked "writer only" are touched by the
// single ingest in progress and never by reads, so they need no lock; the others change only under the
// store's write lock.
type state struct {
	docs      map[string]*docState
	entities  map[string]*entityState
	relations relationIndex
	search    searchIndex
	stats     graph.Stats
	// lazy is set in a state read from the file's image, whose relations' evidence is decoded on first use.
	lazy *lazyEvidence
	// listing caches the answer of Documents, rebuilt lazily after documents change.
	listing atomic.Pointer[[]graph.Document]
}

func newState() *state {
	return &state{
		docs:      map[string]*docState{},
		entities:  map[string]*entityState{},
		relations: newRelationIndex(),
		search:    newSearchIndex(),
	}
}

// held is the planner's view of the stored documents and layers (layer.Stored), read by the single ingest in
// progress.
type held struct{ st *state }

func (h held) Document(id string) (graph.Document, bool) {
	if ds := h.st.docs[id]; ds != nil {
		return ds.doc, true
	}
	return graph.Document{}, false
}

func (h held) Layer(k layer.Key) *layer.Layer {
	if ds := h.st.docs[k.Document]; ds != nil {
		if sl := ds.slots[k.Origin]; sl != nil {
			return sl.layer
		}
	}
	return nil
}

func (h held) Origins(doc string) []string {
	var out []string
	if ds := h.st.docs[doc]; ds != nil {
		for origin, sl := range ds.slots {
			if sl.layer != nil {
				out = append(out, origin)
			}
		}
	}
	return out
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
	layer  *layer.Layer // writer only
	order  layer.Order  // writer only; from the document as this ingest leaves it
}

// entityState is one merged entity.
type entityState struct {
	entity graph.Entity
	// adj links every relation that starts or ends here, in no order, with what graph.Expand ranks a
	// neighbour by (the other end, the evidence count), so that it reads a hub's thousands of relations in a
	// row rather than each where it is stored (a relation table read through places cost a hub's
	// neighbourhood 4.2 -> 12 ms at 1M) and the relations themselves only for those it keeps.
	adj []graph.Link
	// gain counts the relations an ingest adds to adj, while compute makes room for them; zero otherwise.
	// Writer only.
	gain int32

	mentions  []*slot          // writer only: the layers that mention the entity, each once, in no order
	aliasRefs map[string]int32 // writer only: how many layers give each alias
	nameFrom  *slot            // writer only: the layer the name comes from
	descFrom  *slot            // writer only: the layer the description comes from, if any
	named     *graph.Entity    // writer only: the entity as nameFrom's layer gives it
	described *graph.Entity    // writer only: the entity as descFrom's layer gives it
}

// relationState is one merged relation, and where its two ends' adjacency link it.
type relationState struct {
	rel            graph.Relation // the first field: lazyEvidence finds the state of a link's relation
	from, to       *entityState
	fromPos, toPos int
	// pending: rel.Evidence is still to be decoded from the image's record, at evidenceAt (state.lazy).
	pending    atomic.Bool
	evidenceAt uint32
}

// link returns the link to the relation in the adjacency of its from end (out) or its to end.
func (rs *relationState) link(out bool) graph.Link {
	return rs.linkWith(out, int32(len(rs.rel.Evidence)))
}

// linkWith returns the link to the relation, which has evidence pieces of evidence.
func (rs *relationState) linkWith(out bool, evidence int32) graph.Link {
	l := graph.Link{Other: rs.rel.From, Rel: &rs.rel, Evidence: evidence, Out: out}
	if out {
		l.Other = rs.rel.To
	}
	return l
}

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
