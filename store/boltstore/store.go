package boltstore

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
)

var _ graph.Store = (*Store)(nil)

// Store is the embedded store. It is safe for concurrent use.
//
// Besides the codes each method lists, every method returns EUNAVAILABLE after Close and ETIMEOUT when its
// context is done before it starts.
type Store struct {
	path string
	db   *bolt.DB

	writeMu sync.Mutex   // one ingest at a time
	mu      sync.RWMutex // guards what reads see in st, and closed
	st      *state
	closed  bool
	broken  error // set when the in-memory graph could not be rebuilt after a failed write: no more ingests
	// version is what Version returns, a number from versions; it changes under the write lock with st,
	// and 0 until Version first asks.
	version atomic.Uint64
	// partial: st was read from the file's image and has no layers; the next ingest loads them first.
	// imageFresh: the file's image is that of st (Close need not write it). Both under writeMu.
	partial, imageFresh bool

	scratch mergeScratch // compute's work maps, kept from one ingest to the next; under writeMu

	// applying is closed when the apply of the last ingest, which runs after Ingest returns (holding mu),
	// is done, or nil; applied is st.stats as that apply leaves them, while applying is set. Both under
	// writeMu.
	applying chan struct{}
	applied  graph.Stats

	failWrite func() error // tests only: makes the write transaction of every ingest fail
}

// Path returns the store file's path.
func (s *Store) Path() string { return s.path }

// read runs f with the graph locked for reading. Errors: EUNAVAILABLE after Close; ETIMEOUT when ctx is done.
func (s *Store) read(ctx context.Context, f func(st *state) error) error {
	if err := ctx.Err(); err != nil {
		return ctxError(err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return errClosed
	}
	return f(s.st)
}

var errClosed = graph.Errorf(graph.EUNAVAILABLE, "the store is closed")

func ctxError(err error) error {
	return graph.Wrap(err, graph.ETIMEOUT, "the request was cancelled or ran out of time")
}

// Entity returns the entity with the id, with the aliases of every layer that mentions it.
// Errors: ENOTFOUND.
func (s *Store) Entity(ctx context.Context, id string) (graph.Entity, error) {
	var e graph.Entity
	err := s.read(ctx, func(st *state) error {
		es := st.entities[id]
		if es == nil {
			return graph.Errorf(graph.ENOTFOUND, "no entity with id %q", graph.Clip(id))
		}
		e = cloneEntity(es.entity)
		return nil
	})
	return e, err
}

// Document returns the document with its text. Errors: ENOTFOUND.
func (s *Store) Document(ctx context.Context, id string) (graph.Document, error) {
	var d graph.Document
	err := s.read(ctx, func(st *state) error {
		ds := st.docs[id]
		if ds == nil {
			return graph.Errorf(graph.ENOTFOUND, "no document with id %q", graph.Clip(id))
		}
		d = ds.doc
		return nil
	})
	return d, err
}

// Documents lists the documents without their text, by publication date and then id.
func (s *Store) Documents(ctx context.Context) ([]graph.Document, error) {
	var out []graph.Document
	err := s.read(ctx, func(st *state) error {
		list := st.listing.Load()
		if list == nil {
			// Built under the read lock, so an ingest cannot change the documents before it is cached; the
			// ingest drops the cache under the write lock.
			l := make([]graph.Document, 0, len(st.docs))
			for _, ds := range st.docs {
				d := ds.doc
				d.Text = ""
				l = append(l, d)
			}
			slices.SortFunc(l, graph.CompareDocuments)
			st.listing.Store(&l)
			list = &l
		}
		out = slices.Clone(*list)
		return nil
	})
	return out, err
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	var stats graph.Stats
	err := s.read(ctx, func(st *state) error {
		stats = st.stats
		return nil
	})
	return stats, err
}

// Search returns up to limit entities whose name or an alias matches the query, best first
// (graph.CompareSearchHits); when none does, those whose spelling keys match the query's
// (graph.SpellingScore). Errors: EINVALID for a query with no letters or digits, or a limit outside
// 1..graph.MaxSearchLimit.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]graph.Entity, error) {
	q, err := graph.SearchQuery(query, limit)
	if err != nil {
		return nil, err
	}
	out := []graph.Entity{}
	err = s.read(ctx, func(st *state) error {
		top := topHits{limit: limit}
		scores := st.search.scores(q)
		if len(scores) == 0 {
			scores = st.search.spellingScores(q) // "Tokaiev" for Tokayev
		}
		for id, score := range scores {
			top.offer(graph.SearchHit{Entity: st.entities[id].entity, Score: score})
		}
		for _, h := range top.sorted() {
			out = append(out, cloneEntity(h.Entity))
		}
		return nil
	})
	return out, err
}

// Neighborhood returns the entities within q.Depth relationships of the focus entities and the
// relationships between them, filtered and capped as q says (graph.Expand).
// Errors: EINVALID for a bad depth or filter; ENOTFOUND for an unknown focus id.
func (s *Store) Neighborhood(ctx context.Context, q graph.NeighborhoodQuery) (graph.Subgraph, error) {
	if err := q.Validate(); err != nil {
		return graph.Subgraph{}, err
	}
	var sg graph.Subgraph
	err := s.read(ctx, func(st *state) error {
		var err error
		if sg, err = graph.Expand(q, source{st}); err != nil {
			return err
		}
		// Copy while still locked: the slices Expand returns share memory with the indexes.
		cloneSubgraph(&sg)
		return nil
	})
	return sg, err
}

// source is what graph.Expand reads.
type source struct{ st *state }

func (s source) Entity(id string) (graph.Entity, bool) {
	es := s.st.entities[id]
	if es == nil {
		return graph.Entity{}, false
	}
	return es.entity, true
}

// Links returns the adjacency itself: Expand only reads it, and Neighborhood copies what Expand keeps
// before the read lock is released.
func (s source) Links(id string) []graph.Link {
	if es := s.st.entities[id]; es != nil {
		return es.adj
	}
	return nil
}

// Relations returns the relations of the adjacency, for what reads a graph.Source without its links (the
// corrections' view of the store).
func (s source) Relations(id string) []graph.Relation {
	es := s.st.entities[id]
	if es == nil {
		return nil
	}
	out := make([]graph.Relation, len(es.adj))
	for i := range es.adj {
		out[i] = *s.st.linked(es.adj[i].Rel)
	}
	return out
}

// Relation returns the relation of a link of Links with its evidence, which a state read from the file's
// image decodes on first use (lazyEvidence).
func (s source) Relation(l *graph.Link) *graph.Relation { return s.st.linked(l.Rel) }

// RelationsBetween looks the relations up by id (graph.AppendRelationID, in a buffer on the stack):
// graph.Expand uses it to find the relations among hubs without scanning their adjacency.
func (s source) RelationsBetween(from, to string, types []graph.RelType, out []graph.Relation) []graph.Relation {
	fromES, toES := s.st.entities[from], s.st.entities[to]
	if fromES == nil || toES == nil {
		return out
	}
	if l := s.st.lazy; l != nil {
		for _, t := range types {
			if rs := l.between(fromES, toES, t); rs != nil {
				out = append(out, *s.st.relation(rs))
			}
		}
		return out
	}
	var stack [256]byte
	for _, t := range types {
		if rs := s.st.relations.get(string(graph.AppendRelationID(stack[:0], from, t, to))); rs != nil {
			out = append(out, *s.st.relation(rs))
		}
	}
	return out
}

// EntityKind gives the kind of an entity at the end of a relation from its id (graph.KindOfID), without
// looking the entity up: graph.Expand ranks thousands of a hub's neighbours and looks up only the few it
// keeps. The ends of every stored relation are stored entities.
func (s source) EntityKind(id string) (graph.Kind, bool) {
	if k, ok := graph.KindOfID(id); ok && k != "" {
		return k, true
	}
	es := s.st.entities[id]
	if es == nil {
		return "", false
	}
	return es.entity.Kind, true
}

func (s source) Document(id string) (graph.Document, bool) {
	ds := s.st.docs[id]
	if ds == nil {
		return graph.Document{}, false
	}
	return ds.doc, true
}

// Ping checks that the store can serve. Errors: EUNAVAILABLE after Close.
func (s *Store) Ping(ctx context.Context) error {
	return s.read(ctx, func(*state) error { return nil })
}

// Close waits for a running ingest, then releases the file. Later calls return EUNAVAILABLE.
func (s *Store) Close() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.st.lazy != nil {
		s.st.lazy.release() // bbolt's Close waits for its transactions
	}
	if !s.imageFresh && s.broken == nil {
		// The next Open reads this instead of merging every layer. If it cannot be written (a full disk),
		// the file is as it was and the next Open merges the layers.
		_ = s.db.Update(func(tx *bolt.Tx) error { return writeImage(tx, s.st) })
	}
	if err := s.db.Close(); err != nil {
		return graph.Wrap(err, graph.EINTERNAL, "closing the store file failed")
	}
	return nil
}
