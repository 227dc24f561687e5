package boltstore

import (
	"context"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// Ingest implements graph.Store.Ingest in one bbolt transaction: layer.PlanIngest decides what the batches
// change, the transaction writes the plan's documents and layers, and the in-memory indexes follow the
// plan's changes once the file holds them.
//
// Errors, besides those of graph.Store.Ingest: EINVALID when a document id and origin are too long for a
// bbolt key; ETIMEOUT when ctx is done before the write; EUNAVAILABLE after Close or when the disk (or the
// file's size limit) is full, the store unchanged; EINTERNAL when the file cannot be written for another
// reason.
func (s *Store) Ingest(ctx context.Context, batches ...graph.Batch) (graph.IngestResult, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.closed {
		return graph.IngestResult{}, errClosed
	}
	if s.broken != nil {
		return graph.IngestResult{}, s.broken
	}
	if s.partial {
		s.settle()
		if err := s.loadLayers(); err != nil {
			return graph.IngestResult{Before: s.st.stats, After: s.st.stats}, err
		}
	}
	// The ingest in progress is the only writer, so it reads s.st without the read lock: the documents
	// at once, the rest once the last ingest's apply is done (s.applying).
	res := graph.IngestResult{Before: s.stats(), After: s.stats()}
	if err := ctx.Err(); err != nil {
		return res, ctxError(err)
	}
	p, err := layer.PlanIngest(held{s.st}, batches, checkKeySize)
	if err != nil {
		return res, err
	}
	res.Unchanged = p.Unchanged
	if p.Empty() {
		return res, nil
	}
	if err := ctx.Err(); err != nil {
		return res, ctxError(err)
	}
	// The new indexes are computed while bbolt writes the file: both only read p, and compute changes
	// nothing that reads see, only the writer's own bookkeeping (the writer-only fields of entityState, a
	// document's slots). If the write fails, that bookkeeping is rebuilt from the file.
	var u *update
	var panicked any // a panic in compute goes on in this goroutine, where the caller may recover it
	computed := make(chan struct{})
	last := s.applying
	go func() {
		defer close(computed)
		defer func() { panicked = recover() }()
		if last != nil { // compute reads what the last ingest's apply writes
			<-last
		}
		u = s.compute(p)
	}()
	finished := false
	defer func() {
		if !finished { // the write panicked (bbolt does on some damage): let compute end first
			<-computed
			s.resync()
		}
	}()
	err = s.db.Update(func(tx *bolt.Tx) error {
		if err := writePlan(tx, p); err != nil {
			return err
		}
		if s.failWrite != nil {
			return s.failWrite()
		}
		return nil
	})
	<-computed
	s.applying = nil
	finished = true
	if panicked != nil {
		s.resync()
		panic(panicked)
	}
	if err != nil {
		s.resync()
		return res, writeError(s.path, err)
	}
	s.imageFresh = false
	res.After = u.stats
	s.applyLater(u)
	return res, nil
}

// applyLater swaps the update into what reads see on a goroutine of its own, which holds the write lock
// from now until it is done: a read that starts after Ingest returns waits for it (and sees the ingest),
// while the caller plans its next ingest and bbolt writes it. Only that ingest's compute, which reads the
// entities and relations apply writes, waits for s.applying; the documents, which the planner reads, are
// swapped in here. At a million relationships apply was about a seventh of an ingest's wall time, on one
// core.
func (s *Store) applyLater(u *update) {
	s.mu.Lock()
	s.newVersion()
	s.applyDocs(u)
	done := make(chan struct{})
	s.applying, s.applied = done, u.stats
	go func() {
		defer close(done)
		defer s.mu.Unlock()
		s.applyGraph(u)
		s.scratch.recycle(u)
	}()
}

// stats returns the store's counts as the last ingest leaves them, whether or not its apply is done. Under
// writeMu.
func (s *Store) stats() graph.Stats {
	if s.applying != nil {
		return s.applied
	}
	return s.st.stats
}

// settle waits until the last ingest's apply is done. Under writeMu.
func (s *Store) settle() {
	if s.applying != nil {
		<-s.applying
		s.applying = nil
	}
}

// loadLayers replaces a state read from the file's image (which reads need) with one merged from the
// layers (which an ingest needs too). What reads see does not change.
func (s *Store) loadLayers() error {
	fresh := &Store{path: s.path, db: s.db, st: newState()}
	if err := fresh.load(true); err != nil {
		return err
	}
	s.mu.Lock()
	old := s.st
	s.st = fresh.st
	s.mu.Unlock()
	if old.lazy != nil {
		old.lazy.release() // no read has the state now, and the ingest is about to write
	}
	s.partial = false
	return nil
}

// resync rebuilds the in-memory graph from the file after an ingest that failed once compute had run: the
// file holds what it held before that ingest (bbolt rolls a failed transaction back). If the file cannot be
// read again, later ingests fail; reads go on serving the graph as it was, which compute did not change.
func (s *Store) resync() {
	fresh := &Store{path: s.path, db: s.db, st: newState()}
	if err := fresh.load(true); err != nil {
		s.broken = graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("the store file %s could not be read again after a failed ingest: close and reopen it", s.path))
		return
	}
	s.mu.Lock()
	s.st = fresh.st
	s.newVersion()
	s.mu.Unlock()
}

// writePlan puts the plan's documents and layers into the file, and marks its image as out of date.
func writePlan(tx *bolt.Tx, p *layer.Plan) error {
	if err := tx.Bucket(metaBucket).Delete(imageKey); err != nil {
		return err
	}
	docs, layers := tx.Bucket(documentsBucket), tx.Bucket(layersBucket)
	for id, d := range p.Docs {
		if err := docs.Put([]byte(id), encodeDocument(*d)); err != nil {
			return err
		}
	}
	for id, m := range p.Layers {
		for origin, l := range m {
			if err := layers.Put(layerKey(id, origin), encodeLayer(l)); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkKeySize refuses a batch whose layer key bbolt cannot store. Errors: EINVALID.
func checkKeySize(b *graph.Batch) error {
	if len(layerKey(b.Document.ID, b.Origin)) > bolt.MaxKeySize {
		return graph.Errorf(graph.EINVALID, "document id %.40q… is too long", b.Document.ID)
	}
	return nil
}
