package boltstore

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
)

// The image is a copy of the merged graph that reads are answered from (entities, relations with their
// evidence, each document's mentions), written when the store closes, so that the next Open reads it
// instead of merging every layer again: at a million relationships, merging took 6.2 s (BenchmarkPerfOpen,
// load average 1), of which decoding the layers was a quarter and merging them the rest.
//
// The layers stay the truth. The image is used only while the meta bucket's imageKey is present, and every
// ingest deletes that key in its own transaction, so an image can never be read for layers other than those
// it was made from: after a crash, or after an ingest by a process that did not close the store, Open merges
// the layers as before (and Close writes a new image). A damaged image is also merged around.
//
// A store opened from its image has no layers in memory: the bookkeeping an ingest needs (which layer gives
// each entity's name, alias counts, every layer's relations) is built from the file by the first ingest.
var (
	imageBucket = []byte("merged")
	imageKey    = []byte("merged") // in the meta bucket
)

const (
	imageRecord = 1
	// imageChunk is the number of entities, relations or documents in one record of the image: records of
	// about a megabyte, so that neither writing nor reading holds the whole image twice.
	imageChunk = 1 << 14
)

// How an image gives a piece of evidence's text (always a sentence of its document's text).
const (
	textAtOffsets = 0 // the document text's bytes [Start, End), as in an ASCII document
	textAtByte    = 1 // the document text's bytes from an offset that follows
	textLiteral   = 2 // the text itself follows
)

func imageChunkKey(kind byte, n int) []byte {
	return binary.BigEndian.AppendUint32([]byte{kind}, uint32(n))
}

// writeImage replaces the file's image with one of st, and marks the file as of this build's format (a
// build that does not know images would ingest without deleting imageKey). It runs under the write lock.
func writeImage(tx *bolt.Tx, st *state) error {
	if tx.Bucket(imageBucket) != nil {
		if err := tx.DeleteBucket(imageBucket); err != nil {
			return err
		}
	}
	b, err := tx.CreateBucket(imageBucket)
	if err != nil {
		return err
	}
	b.FillPercent = 1 // written once, in key order
	ents := make([]*entityState, 0, len(st.entities))
	index := make(map[string]int32, len(st.entities))
	for id, es := range st.entities {
		index[id] = int32(len(ents))
		ents = append(ents, es)
	}
	docs := make([]*docState, 0, len(st.docs))
	docIndex := make(map[string]int32, len(st.docs))
	for id, ds := range st.docs {
		docIndex[id] = int32(len(docs))
		docs = append(docs, ds)
	}
	head := []byte{imageRecord}
	for _, n := range []int{len(docs), len(ents), st.stats.Relations, st.stats.Evidence} {
		head = binary.AppendUvarint(head, uint64(n))
	}
	if err := b.Put([]byte("h"), head); err != nil {
		return err
	}
	// bbolt keeps each value until the commit, so every record has a buffer of its own, sized from the
	// one before it (growing them by doubling was a fifth of the time of writing the image at 1M).
	var buf []byte
	put := func(kind byte, n int) error {
		err := b.Put(imageChunkKey(kind, n), buf)
		buf = make([]byte, 0, len(buf)+len(buf)/8)
		return err
	}
	for c := 0; c*imageChunk < len(docs); c++ {
		for _, ds := range docs[c*imageChunk : min((c+1)*imageChunk, len(docs))] {
			buf = appendString(buf, ds.id)
			buf = binary.AppendUvarint(buf, uint64(len(ds.mentions)))
			for _, id := range ds.mentions {
				buf = binary.AppendUvarint(buf, uint64(index[id]))
			}
		}
		if err := put('d', c); err != nil {
			return err
		}
	}
	for c := 0; c*imageChunk < len(ents); c++ {
		for _, es := range ents[c*imageChunk : min((c+1)*imageChunk, len(ents))] {
			buf = appendEntity(buf, &es.entity)
			buf = binary.AppendUvarint(buf, uint64(len(es.adj)))
		}
		if err := put('e', c); err != nil {
			return err
		}
	}
	// Each relation once, found by its id; its ends and documents by pointer or place rather than by id (at
	// a million relationships, looking ids up was half of the time of writing the image).
	at := make(map[*entityState]int32, len(ents))
	for i, es := range ents {
		at[es] = int32(i)
	}
	n, c := 0, 0
	for rs := range st.allRelations() {
		buf = appendRelation(buf, st.relation(rs), at[rs.from], at[rs.to], docs, docIndex)
		if n++; n%imageChunk == 0 {
			if err := put('r', c); err != nil {
				return err
			}
			c++
		}
	}
	if n%imageChunk != 0 {
		if err := put('r', c); err != nil {
			return err
		}
	}
	if n != st.stats.Relations {
		return fmt.Errorf("the index holds %d relations, the stats %d", n, st.stats.Relations)
	}
	meta := tx.Bucket(metaBucket)
	if err := meta.Put(formatKey, []byte(fmt.Sprint(FormatVersion))); err != nil {
		return err
	}
	return meta.Put(imageKey, []byte{imageRecord})
}

// appendRelation encodes a relation whose ends are entities from and to of the image. Evidence text is
// given as a place in its document's text when it can be (it always is, for evidence that passed
// validation): the image is smaller, and the decoded text shares the document's memory.
func appendRelation(b []byte, r *graph.Relation, from, to int32, docs []*docState, docIndex map[string]int32) []byte {
	b = binary.AppendUvarint(b, uint64(from))
	b = binary.AppendUvarint(b, uint64(to))
	b = appendString(b, string(r.Type))
	b = appendString(b, string(r.Stance))
	b = binary.AppendUvarint(b, uint64(len(r.Evidence)))
	for i := range r.Evidence {
		ev := &r.Evidence[i]
		d := docIndex[ev.Document]
		text := docs[d].doc.Text
		b = binary.AppendUvarint(b, uint64(d))
		b = binary.AppendUvarint(b, uint64(ev.Start))
		b = binary.AppendUvarint(b, uint64(ev.End))
		if ev.Start <= ev.End && ev.End <= len(text) && text[ev.Start:ev.End] == ev.Text {
			b = append(b, textAtOffsets)
		} else if at := strings.Index(text, ev.Text); at >= 0 {
			b = append(b, textAtByte)
			b = binary.AppendUvarint(b, uint64(at))
			b = binary.AppendUvarint(b, uint64(len(ev.Text)))
		} else {
			b = append(b, textLiteral)
			b = appendString(b, ev.Text)
		}
		b = appendEvidenceTail(b, ev)
	}
	return b
}

// readEvidence decodes what appendRelation wrote of one piece of evidence; docs are the image's documents.
// With keep nil the strings it reads from the record are the record's (to check it); otherwise they are
// copied into the heap: the stance, origin and rule, which repeat, through keep, a literal text and the
// claim by strings.Clone.
func readEvidence(r *reader, ev *graph.Evidence, docs []*docState, keep func(string) string) error {
	d := r.uvarint()
	if d >= uint64(len(docs)) {
		return errImage
	}
	doc := &docs[d].doc
	ev.Document, ev.Published = doc.ID, doc.Published
	ev.Start, ev.End = r.int(), r.int()
	switch r.byte() {
	case textAtOffsets:
		if ev.Start > ev.End || ev.End > len(doc.Text) {
			return errImage
		}
		ev.Text = doc.Text[ev.Start:ev.End]
	case textAtByte:
		at, n := r.uvarint(), r.uvarint()
		if at > uint64(len(doc.Text)) || n > uint64(len(doc.Text))-at {
			return errImage
		}
		ev.Text = doc.Text[at : at+n]
	case textLiteral:
		ev.Text = r.string()
		if keep != nil {
			ev.Text = strings.Clone(ev.Text)
		}
	default:
		return errImage
	}
	ev.Stance, ev.Origin, ev.Rule = graph.Stance(r.string()), r.string(), r.string()
	ev.Confidence, ev.Claim = r.float(), r.string()
	if keep != nil {
		ev.Stance, ev.Origin, ev.Rule = graph.Stance(keep(string(ev.Stance))), keep(ev.Origin), keep(ev.Rule)
		ev.Claim = strings.Clone(ev.Claim)
	}
	return r.err
}

// errImage is the cause of an image that cannot be read; Open then merges the layers instead.
var errImage = errors.New("the merged image is damaged")

// readImage reads the image into a new state, or returns false if the file has no image or a damaged one.
// docs are the file's documents, by id.
func readImage(tx *bolt.Tx, docs map[string]*graph.Document) (*state, bool) {
	if tx.Bucket(metaBucket).Get(imageKey) == nil || tx.Bucket(imageBucket) == nil {
		return nil, false
	}
	st, err := decodeImage(tx.Bucket(imageBucket).Get, docs)
	return st, err == nil
}

// records returns the records of one kind of the image that n items take.
func records(get func([]byte) []byte, kind byte, n uint64) (values [][]byte, size int) {
	for c := 0; uint64(c)*imageChunk < n; c++ {
		v := get(imageChunkKey(kind, c))
		if v == nil {
			return nil, 0
		}
		values = append(values, v)
		size += len(v)
	}
	return values, size
}

// decodeImage reads the image whose records get returns (nil for a missing one).
func decodeImage(get func([]byte) []byte, docs map[string]*graph.Document) (*state, error) {
	r := reader{s: string(get([]byte("h")))}
	if r.byte() != imageRecord {
		return nil, errImage
	}
	nDocs, nEnts, nRels, nEvs := r.uvarint(), r.uvarint(), r.uvarint(), r.uvarint()
	if r.done() != nil || nDocs != uint64(len(docs)) || nEnts > math.MaxInt32 || nRels > math.MaxInt32 || nEvs > math.MaxInt32 || nRels > nEvs {
		return nil, errImage
	}
	// Counts the records cannot hold (an entity takes at least 5 bytes, a relation and a piece of evidence
	// at least 6 each) are refused before anything is allocated for them.
	entRecords, entSize := records(get, 'e', nEnts)
	docRecords, docSize := records(get, 'd', nDocs)
	values, relSize := records(get, 'r', nRels)
	if uint64(entSize) < 5*nEnts || uint64(docSize) < 2*nDocs || uint64(relSize) < 6*(nRels+nEvs) {
		return nil, errImage
	}
	st := newState()
	st.stats = graph.Stats{Documents: int(nDocs), Entities: int(nEnts), Relations: int(nRels), Evidence: int(nEvs)}
	// Entities first: documents and relations refer to them by their place in the image.
	ents := make([]entityState, nEnts)
	// ids are the entities' ids by place, in a row: what relations and documents read of their entities
	// (reading them in the 190-byte entityStates missed the cache at every relation's end).
	ids := make([]string, nEnts)
	st.entities = make(map[string]*entityState, nEnts)
	adj := make([]graph.Link, 2*nRels) // every entity's adjacency, in one allocation
	free := adj
	for c, v := range entRecords {
		r := reader{s: string(v)}
		for i := c * imageChunk; i < min((c+1)*imageChunk, len(ents)); i++ {
			es := &ents[i]
			e := &es.entity
			r.entity(e)
			degree := r.uvarint()
			if r.err != nil || degree > uint64(len(free)) || st.entities[e.ID] != nil {
				return nil, errImage
			}
			es.adj, free = free[:0:degree], free[degree:]
			st.entities[e.ID] = es
			ids[i] = e.ID
		}
		if r.done() != nil {
			return nil, errImage
		}
	}
	if len(free) != 0 {
		return nil, errImage
	}
	// The search index needs the entities only: a goroutine builds it from here, beside the documents'
	// mentions and then the relations' decoding and indexing. (Built by this goroutine after the documents,
	// it held the relations' indexing back until the decoders were nearly done, which then ran on one core.)
	searched := make(chan struct{})
	defer func() { <-searched }()
	go func() {
		defer close(searched)
		for i := range ents {
			for _, k := range folds(ents[i].entity) {
				st.search.add(ents[i].entity.ID, k)
			}
		}
	}()
	list := make([]*docState, 0, nDocs)
	for c, v := range docRecords {
		r := reader{s: unsafeString(v)} // read for lookups only
		for i := c * imageChunk; i < min((c+1)*imageChunk, int(nDocs)); i++ {
			d := docs[r.string()]
			if d == nil || st.docs[d.ID] != nil {
				return nil, errImage
			}
			ds := &docState{id: d.ID, doc: *d, slots: map[string]*slot{}}
			ds.mentions = make([]string, r.count(1))
			for j := range ds.mentions {
				e := r.uvarint()
				if e >= nEnts {
					return nil, errImage
				}
				ds.mentions[j] = ids[e]
			}
			st.docs[d.ID] = ds
			list = append(list, ds)
		}
		if r.done() != nil {
			return nil, errImage
		}
	}
	// The relations are decoded into their places by goroutines of their own, a record at a time, while
	// this one indexes them: at a million relationships decoding took about 1.5 times the CPU of indexing,
	// so with one decoder this goroutine waited on it. Their evidence is only checked here and decoded on
	// first use (lazyEvidence).
	lazy := &lazyEvidence{states: make([]relationState, nRels), records: make([]string, len(values)), docs: list,
		ents: ents, pairs: newPairIndex(int(nRels)), names: names{}}
	states := lazy.states
	chunks := make(chan decodedRelations, len(values))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(values)))
	decodeErrs := make([]error, workers)
	var next atomic.Int64
	evidenceLeft := atomic.Int64{}
	evidenceLeft.Store(int64(nEvs))
	var decoders sync.WaitGroup
	for w := range workers {
		decoders.Go(func() {
			defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
			defer func() {
				if p := recover(); p != nil {
					decodeErrs[w] = errImage
				}
			}()
			d := relationDecoder{ids: ids, docs: list, evidenceLeft: &evidenceLeft, names: names{}}
			for c := int(next.Add(1) - 1); c < len(values); c = int(next.Add(1) - 1) {
				first := c * imageChunk
				lazy.records[c] = unsafeString(values[c])
				ends, err := d.record(lazy.records[c], states[first:min(first+imageChunk, len(states))])
				if err != nil {
					decodeErrs[w] = err
					return
				}
				chunks <- decodedRelations{first, ends}
			}
		})
	}
	go func() {
		decoders.Wait()
		close(chunks)
	}()
	n := 0
	for chunk := range chunks {
		for i, ends := range chunk.ends {
			rs := &states[chunk.first+i]
			n++
			from, to := &ents[ends.from], &ents[ends.to]
			if len(from.adj) == cap(from.adj) || len(to.adj) == cap(to.adj) {
				for range chunks { // let the decoder finish
				}
				return nil, errImage
			}
			rs.from, rs.fromPos = from, len(from.adj)
			rs.to, rs.toPos = to, len(to.adj)
			from.adj = append(from.adj, rs.linkWith(true, ends.evidence))
			to.adj = append(to.adj, rs.linkWith(false, ends.evidence))
			if !lazy.pairs.add(states, chunk.first+i, uint32(ends.from), uint32(ends.to)) { // the same relation twice
				for range chunks {
				}
				return nil, errImage
			}
		}
	}
	if errors.Join(decodeErrs...) != nil || evidenceLeft.Load() != 0 || n != int(nRels) {
		return nil, errImage
	}
	st.lazy = lazy
	return st, nil
}

// decodedRelations are the relations of one record of the image, decoded into states[first:] (the
// relations' places), with the places of their ends in the image's entities and their evidence counts.
type decodedRelations struct {
	first int
	ends  []relationEnds
}

type relationEnds struct{ from, to, evidence int32 }

// relationDecoder decodes records of the image's relations; one a goroutine.
type relationDecoder struct {
	ids          []string // the image's entities' ids, by place
	docs         []*docState
	evidenceLeft *atomic.Int64 // of the image's count, shared by the decoders
	names        names         // the relations' types and stances, in the heap: the records are the file's
}

// names keeps one copy in the heap of each string it is given.
type names map[string]string

func (ns names) of(s string) string {
	if n, ok := ns[s]; ok {
		return n
	}
	n := strings.Clone(s)
	ns[n] = n
	return n
}

// unsafeString is b as a string, without a copy: for bytes that do not change while the string is used
// (bbolt's mapping of the file, while the transaction that read them is open).
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// record decodes one record of relations into rels, which it fills but for their evidence, and returns the
// places of their ends. Each relation's evidence is read through to check it (what lazyEvidence decodes
// later cannot fail) and left pending, at its place in the record.
func (d *relationDecoder) record(v string, rels []relationState) ([]relationEnds, error) {
	r := reader{s: v}
	ends := make([]relationEnds, 0, len(rels))
	var scratch graph.Evidence
	for i := range rels {
		from, to := r.uvarint(), r.uvarint()
		if from >= uint64(len(d.ids)) || to >= uint64(len(d.ids)) {
			return nil, errImage
		}
		rs := &rels[i]
		// The id is made with the evidence, on first use.
		rs.rel = graph.Relation{From: d.ids[from], To: d.ids[to], Type: graph.RelType(d.names.of(r.string())), Stance: graph.Stance(d.names.of(r.string()))}
		at := len(v) - len(r.s)
		n := r.count(6)
		if n == 0 || d.evidenceLeft.Add(-int64(n)) < 0 || at > math.MaxUint32 {
			return nil, errImage
		}
		for range n {
			if err := readEvidence(&r, &scratch, d.docs, nil); err != nil {
				return nil, err
			}
		}
		rs.evidenceAt = uint32(at)
		rs.pending.Store(true)
		ends = append(ends, relationEnds{int32(from), int32(to), int32(n)})
	}
	if r.done() != nil {
		return nil, errImage
	}
	return ends, nil
}
