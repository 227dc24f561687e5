package boltstore

import (
	"fmt"
	"hash/maphash"
	"iter"
	"sync"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
)

// lazyEvidence decodes the evidence and the id of each relation of a state read from the file's image on
// first use. Open checks every piece of evidence as it reads the image (a damaged one makes it merge the
// layers instead) but builds none: at a million relationships the 1.1 million pieces took 143 MB and about
// 0.6 s of CPU an Open, and a first view needs the evidence of a few hundred relationships. The records stay
// where bbolt's mapping of the file has them, held by the read transaction Open read them in (tx): copied
// into the heap they were 75 MB of the 366 MB an Open at 1M allocated, and on this VM a first touch of heap
// memory costs up to 2-3 ms of system time a MB (512 MB in huge pages: 1.0-1.4 s at load 9). Each relation's evidence is decoded once, from its place in
// its record, by the first read that needs it, into strings of the heap (names, which repeat, interned).
//
// The transaction pins the mapping: bbolt cannot grow the file while it is open, and its Close waits for
// it. The state is replaced before any write (Store.loadLayers, the first ingest) and the store closed only
// under the write lock, and both release the transaction first (release), once no read can use the state.
//
// Reads run concurrently under the store's read lock: decoding takes mu, and a relation's pending flag is
// cleared (atomically) only once its evidence is in place, so a read that finds it clear reads the evidence
// without a lock. A state read from the image is never merged into (the first ingest replaces it with one
// merged from the layers, Store.loadLayers), so nothing else writes a pending relation.
type lazyEvidence struct {
	mu      sync.Mutex
	states  []relationState // the image's relations, in its order
	records []string        // the image's records of relations, in the file's mapping: relation i in records[i/imageChunk]
	tx      *bolt.Tx        // the read transaction the records are valid in; nil for records of the heap (tests)
	names   names           // the evidence's stances, origins and rules in the heap; under mu
	docs    []*docState     // the image's documents, by place
	ents    []entityState   // the image's entities, by place
	// pairs finds a relation by its ends and type, in place of state.relations: a relation's id is made
	// with its evidence, and at a million relationships the ids and the map by id took 101 MB and about
	// 0.3 s of CPU an Open.
	pairs pairIndex
}

// allRelations yields every relation of st.
func (st *state) allRelations() iter.Seq[*relationState] {
	return func(yield func(*relationState) bool) {
		if st.lazy != nil {
			for i := range st.lazy.states {
				if !yield(&st.lazy.states[i]) {
					return
				}
			}
			return
		}
		for rs := range st.relations.all() {
			if !yield(rs) {
				return
			}
		}
	}
}

// relation returns rs's relation with its evidence.
func (st *state) relation(rs *relationState) *graph.Relation {
	if rs.pending.Load() {
		st.lazy.decode(rs)
	}
	return &rs.rel
}

// linked returns the relation r of a link of st's adjacency with its evidence.
func (st *state) linked(r *graph.Relation) *graph.Relation {
	if st.lazy == nil {
		return r
	}
	return st.relation(st.lazy.state(r))
}

// state returns the relationState whose rel is r: one of l.states, whose relations every link of a state
// read from the image points to.
func (l *lazyEvidence) state(r *graph.Relation) *relationState {
	const size = unsafe.Sizeof(relationState{})
	base := uintptr(unsafe.Pointer(unsafe.SliceData(l.states)))
	at := uintptr(unsafe.Pointer(r)) - unsafe.Offsetof(relationState{}.rel)
	if at < base || at >= base+uintptr(len(l.states))*size || (at-base)%size != 0 {
		panic(fmt.Sprintf("boltstore: relation %s %s %s is not one of the image's", r.From, r.Type, r.To))
	}
	return &l.states[(at-base)/size]
}

// place returns the place of e in s, which holds it.
func place[T any](s []T, e *T) int {
	return int((uintptr(unsafe.Pointer(e)) - uintptr(unsafe.Pointer(unsafe.SliceData(s)))) / unsafe.Sizeof(*e))
}

// release ends the read transaction the records are valid in. No read may use the state after it.
func (l *lazyEvidence) release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.tx != nil {
		_ = l.tx.Rollback()
		l.tx, l.records = nil, nil
	}
}

// decode fills in rs's evidence, unless another read just did.
func (l *lazyEvidence) decode(rs *relationState) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !rs.pending.Load() {
		return
	}
	r := reader{s: l.records[place(l.states, rs)/imageChunk][rs.evidenceAt:]}
	evidence := make([]graph.Evidence, r.uvarint())
	for j := range evidence {
		if err := readEvidence(&r, &evidence[j], l.docs, l.names.of); err != nil {
			// Open read the same bytes without error, and nothing changes them since.
			panic(fmt.Sprintf("boltstore: the image's evidence of %s, checked when the store opened, cannot be read: %v", graph.RelationID(rs.rel.From, rs.rel.Type, rs.rel.To), err))
		}
	}
	rs.rel.Evidence = evidence
	rs.rel.ID = graph.RelationID(rs.rel.From, rs.rel.Type, rs.rel.To)
	rs.pending.Store(false)
}

// pairIndex finds the image's relations by their ends' places and their type: an open-addressing table of
// places, with a part of each key's hash beside it so that most probes need not read the relation.
type pairIndex struct {
	seed  maphash.Seed
	slots []uint64 // the hash's top 32 bits, then the place + 1; 0 for an empty slot
}

func newPairIndex(n int) pairIndex {
	size := 1
	for size < 2*n {
		size *= 2
	}
	return pairIndex{seed: maphash.MakeSeed(), slots: make([]uint64, size)}
}

func (x *pairIndex) hash(from, to int, t graph.RelType) uint64 {
	h := maphash.String(x.seed, string(t)) ^ (uint64(from)<<32 | uint64(to))
	// The finaliser of MurmurHash3: the places alone would fill runs of neighbouring slots.
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	return h ^ h>>33
}

// add indexes states[at], whose ends are the entities at places from and to. It returns false if the
// index already has a relation of the same ends and type.
func (x *pairIndex) add(states []relationState, at int, from, to uint32) bool {
	rs := &states[at]
	h := x.hash(int(from), int(to), rs.rel.Type)
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		slot := x.slots[i]
		if slot == 0 {
			x.slots[i] = h&^0xffffffff | uint64(at+1)
			return true
		}
		if slot>>32 == h>>32 {
			if o := &states[slot&0xffffffff-1]; o.from == rs.from && o.to == rs.to && o.rel.Type == rs.rel.Type {
				return false
			}
		}
	}
}

// find returns the relation of type t from the entity from, at place fromAt, to the entity to, at toAt;
// or nil.
func (x *pairIndex) find(states []relationState, from, to *entityState, fromAt, toAt int, t graph.RelType) *relationState {
	h := x.hash(fromAt, toAt, t)
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		slot := x.slots[i]
		if slot == 0 {
			return nil
		}
		if slot>>32 == h>>32 {
			if rs := &states[slot&0xffffffff-1]; rs.from == from && rs.to == to && rs.rel.Type == t {
				return rs
			}
		}
	}
}

// between returns the image's relation of type t from one entity to another, or nil.
func (l *lazyEvidence) between(from, to *entityState, t graph.RelType) *relationState {
	return l.pairs.find(l.states, from, to, place(l.ents, from), place(l.ents, to), t)
}
