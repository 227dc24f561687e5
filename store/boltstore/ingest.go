package boltstore

import (
	"context"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
)

// Ingest writes the batches in one bbolt transaction: afterwards the file and the indexes hold all of them
// or, on error, exactly what they held before. A batch replaces the layer the same (document, origin) wrote
// before; a batch identical to the stored layer writes nothing and is listed in Unchanged. Batches are
// applied in order, so an overlay batch without text can quote a document that an earlier batch of the same
// call brings.
//
// A batch without text (and without hash) takes the stored document, metadata included. A batch with text
// replaces the document's text and metadata; every layer of other origins must still quote the new text.
//
// Errors: EINVALID when a batch fails graph.Batch.Validate or its document id is too long for a key;
// ENOTFOUND when a batch has no text and no document with its id is stored; ECONFLICT when a batch changes a
// document's text so that evidence stored from another origin no longer matches it; ETIMEOUT when ctx is
// done before the write; EUNAVAILABLE after Close or when the disk (or the file's size limit) is full, the
// store unchanged; EINTERNAL when the file cannot be written for another reason.
func (s *Store) Ingest(ctx context.Context, batches ...graph.Batch) (graph.IngestResult, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.closed {
		return graph.IngestResult{}, errClosed
	}
	if s.broken != nil {
		return graph.IngestResult{}, s.broken
	}
	// The ingest in progress is the only writer, so it reads s.st without the read lock.
	res := graph.IngestResult{Before: s.st.stats, After: s.st.stats}
	if err := ctx.Err(); err != nil {
		return res, ctxError(err)
	}
	p, err := s.plan(batches)
	if err != nil {
		return res, err
	}
	res.Unchanged = p.unchanged
	if len(p.docs) == 0 && len(p.layers) == 0 {
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
	go func() {
		defer close(computed)
		defer func() { panicked = recover() }()
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
		if err := p.write(tx); err != nil {
			return err
		}
		if s.failWrite != nil {
			return s.failWrite()
		}
		return nil
	})
	<-computed
	finished = true
	if panicked != nil {
		s.resync()
		panic(panicked)
	}
	if err != nil {
		s.resync()
		return res, writeError(s.path, err)
	}
	s.apply(u)
	res.After = s.st.stats
	return res, nil
}

// resync rebuilds the in-memory graph from the file after an ingest that failed once compute had run: the
// file holds what it held before that ingest (bbolt rolls a failed transaction back). If the file cannot be
// read again, later ingests fail; reads go on serving the graph as it was, which compute did not change.
func (s *Store) resync() {
	fresh := &Store{path: s.path, db: s.db, st: newState()}
	if err := fresh.load(); err != nil {
		s.broken = graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("the store file %s could not be read again after a failed ingest: close and reopen it", s.path))
		return
	}
	s.mu.Lock()
	s.st = fresh.st
	s.newVersion()
	s.mu.Unlock()
}

// pending is what one ingest (or Open) brings: the final form of every document and layer it writes.
type pending struct {
	docs      map[string]*graph.Document          // documents whose text or metadata change
	layers    map[string]map[string]*pendingLayer // by document id, then origin
	unchanged []string
}

type pendingLayer struct {
	layer   *layer
	checked string // the text its evidence was checked against
}

func newPending() *pending {
	return &pending{docs: map[string]*graph.Document{}, layers: map[string]map[string]*pendingLayer{}}
}

func (p *pending) put(doc, origin string, l *layer, checked string) {
	m := p.layers[doc]
	if m == nil {
		m = map[string]*pendingLayer{}
		p.layers[doc] = m
	}
	m[origin] = &pendingLayer{layer: l, checked: checked}
}

func (p *pending) write(tx *bolt.Tx) error {
	docs, layers := tx.Bucket(documentsBucket), tx.Bucket(layersBucket)
	for id, d := range p.docs {
		if err := docs.Put([]byte(id), encodeDocument(*d)); err != nil {
			return err
		}
	}
	for id, m := range p.layers {
		for origin, pl := range m {
			if err := layers.Put(layerKey(id, origin), encodeLayer(pl.layer)); err != nil {
				return err
			}
		}
	}
	return nil
}

// plan validates and normalises the batches against the stored graph and what earlier batches of the same
// call bring. It changes nothing.
func (s *Store) plan(batches []graph.Batch) (*pending, error) {
	st := s.st
	p := newPending()
	prepared := s.prepare(batches)
	for i := range prepared {
		if err := prepared[i].err; err != nil {
			return nil, err
		}
	}
	for i := range prepared {
		b := &prepared[i].batch
		id := b.Document.ID
		var stored *graph.Document
		if d := p.docs[id]; d != nil {
			stored = d
		} else if ds := st.docs[id]; ds != nil {
			stored = &ds.doc
		}
		l := &layer{entities: b.Entities, relations: b.Relations}
		sameDoc := stored != nil && *stored == b.Document
		if sameDoc {
			if prev := s.layerOf(p, id, b.Origin); prev != nil && prev.equal(l) {
				p.unchanged = append(p.unchanged, id+" "+b.Origin)
				continue
			}
		} else {
			doc := b.Document
			p.docs[id] = &doc
		}
		p.put(id, b.Origin, l, b.Document.Text)
	}
	return p, s.settle(p)
}

type prepared struct {
	batch graph.Batch
	err   error
}

// parallelFrom is the number of relations from which prepare spreads the batches over the processors.
const parallelFrom = 512

// prepare gives every batch its document, then validates and normalises each on its own, several at a time
// when there is enough to do. Errors stay with their batch, so the caller reports the first in order as a
// serial ingest would.
func (s *Store) prepare(batches []graph.Batch) []prepared {
	out := make([]prepared, len(batches))
	texts := map[string]*graph.Document{} // the document as the batches so far give it
	size := 0
	for i, b := range batches {
		// No copies of the entities and relations: Validate only reads them, and Normalize builds new
		// slices, so the caller's batches stay as they were.
		size += len(b.Relations)
		d := b.Document
		if d.Text == "" && d.Hash == "" && d.ID != "" && validOrigin(b.Origin) {
			if known := texts[d.ID]; known != nil {
				b.Document = *known
			} else if ds := s.st.docs[d.ID]; ds != nil {
				b.Document = ds.doc
			} else {
				out[i].err = graph.Errorf(graph.ENOTFOUND, "document %s: the batch has no text and no such document is stored", d.ID)
			}
		} else {
			texts[d.ID] = &batches[i].Document
		}
		out[i].batch = b
	}
	work := func(p *prepared) {
		if p.err != nil {
			return
		}
		b := &p.batch
		if err := b.Validate(b.Document.Text); err != nil {
			p.err = err
			return
		}
		if len(layerKey(b.Document.ID, b.Origin)) > bolt.MaxKeySize {
			p.err = graph.Errorf(graph.EINVALID, "document id %.40q… is too long", b.Document.ID)
			return
		}
		b.Normalize()
	}
	workers := min(runtime.GOMAXPROCS(0), len(out))
	if size < parallelFrom || workers < 2 {
		for i := range out {
			work(&out[i])
		}
		return out
	}
	var wg sync.WaitGroup
	next := atomic.Int64{}
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(out); i = int(next.Add(1)) - 1 {
				work(&out[i])
			}
		})
	}
	wg.Wait()
	return out
}

func validOrigin(origin string) bool {
	return origin == graph.OriginText || (len(origin) > len(graph.OriginOverlay) && origin[:len(graph.OriginOverlay)] == graph.OriginOverlay)
}

func (s *Store) layerOf(p *pending, doc, origin string) *layer {
	if pl := p.layers[doc][origin]; pl != nil {
		return pl.layer
	}
	if ds := s.st.docs[doc]; ds != nil {
		if sl := ds.slots[origin]; sl != nil {
			return sl.layer
		}
	}
	return nil
}

// settle checks every layer of the documents the call touches against the document's final text (a layer
// of another origin, or one of this call checked against a text a later batch replaced) and gives the
// layers of this call the final publication date.
// Errors: ECONFLICT.
func (s *Store) settle(p *pending) error {
	for _, id := range slices.Sorted(maps.Keys(p.layers)) {
		final := p.docs[id]
		if final == nil {
			final = &s.st.docs[id].doc
		}
		for _, origin := range slices.Sorted(maps.Keys(p.layers[id])) {
			pl := p.layers[id][origin]
			if pl.checked != final.Text {
				if err := conflicts(*final, origin, pl.layer); err != nil {
					return err
				}
			}
			if len(pl.layer.relations) > 0 && pl.layer.relations[0].Evidence[0].Published != final.Published {
				pl.layer = pl.layer.withPublished(final.Published)
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(p.docs)) {
		ds := s.st.docs[id]
		if ds == nil || ds.doc.Text == p.docs[id].Text {
			continue
		}
		for _, origin := range slices.Sorted(maps.Keys(ds.slots)) {
			if p.layers[id][origin] == nil {
				if err := conflicts(*p.docs[id], origin, ds.slots[origin].layer); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// conflicts reports the first evidence of the layer that the document's text does not hold.
func conflicts(d graph.Document, origin string, l *layer) error {
	text := codePoints(d.Text)
	for _, r := range l.relations {
		for _, ev := range r.Evidence {
			if got, ok := text.slice(ev.Start, ev.End); !ok || got != ev.Text {
				return graph.Errorf(graph.ECONFLICT,
					"document %s: the new text no longer holds the evidence %q (characters %d..%d) that origin %q gives for %s; ingest that origin again with the new text in the same call",
					d.ID, clip(ev.Text, 60), ev.Start, ev.End, origin, r.ID)
			}
		}
	}
	return nil
}

// codePointText finds code-point ranges in a text in constant time, where graph.Slice walks the text for
// every piece of evidence.
type codePointText struct {
	s      string
	starts []int32 // byte offset of every code point; nil when the text is ASCII
	n      int
}

func codePoints(s string) codePointText {
	t := codePointText{s: s, n: len(s)}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			t.starts = make([]int32, 0, len(s))
			for j := range s {
				t.starts = append(t.starts, int32(j))
			}
			t.n = len(t.starts)
			t.starts = append(t.starts, int32(len(s)))
			break
		}
	}
	return t
}

func (t codePointText) slice(start, end int) (string, bool) {
	if start < 0 || end < start || end > t.n {
		return "", false
	}
	if t.starts == nil {
		return t.s[start:end], true
	}
	return t.s[t.starts[start]:t.starts[end]], true
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
