package boltstore

import (
	"fmt"
	"sync"
	"unsafe"

	"github.com/actorgraph/actorgraph/graph"
)

// lazyEvidence decodes the evidence of a state read from the file's image on first use. Open checks every
// piece of evidence as it reads the image (a damaged one makes it merge the layers instead) but builds none:
// at a million relationships the 1.1 million pieces took 143 MB and about 0.6 s of CPU an Open, and a
// first view needs the evidence of a few hundred relationships. The records are kept as Open copied them
// out of the file (strings: nothing for the collector to scan), and each relation's evidence is decoded
// once, from its place in its record, by the first read that needs it.
//
// Reads run concurrently under the store's read lock: decoding takes mu, and a relation's pending flag is
// cleared (atomically) only once its evidence is in place, so a read that finds it clear reads the evidence
// without a lock. A state read from the image is never merged into (the first ingest replaces it with one
// merged from the layers, Store.loadLayers), so nothing else writes a pending relation.
type lazyEvidence struct {
	mu      sync.Mutex
	states  []relationState // the image's relations, in its order
	records []string        // the image's records of relations: relation i is in records[i/imageChunk]
	docs    []*docState     // the image's documents, by place
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
	base := uintptr(unsafe.Pointer(&l.states[0]))
	at := uintptr(unsafe.Pointer(r)) - unsafe.Offsetof(relationState{}.rel)
	if at < base || at >= base+uintptr(len(l.states))*size || (at-base)%size != 0 {
		panic(fmt.Sprintf("boltstore: relation %s is not one of the image's", r.ID))
	}
	return &l.states[(at-base)/size]
}

// decode fills in rs's evidence, unless another read just did.
func (l *lazyEvidence) decode(rs *relationState) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !rs.pending.Load() {
		return
	}
	i := (uintptr(unsafe.Pointer(rs)) - uintptr(unsafe.Pointer(&l.states[0]))) / unsafe.Sizeof(relationState{})
	r := reader{s: l.records[i/imageChunk][rs.evidenceAt:]}
	evidence := make([]graph.Evidence, r.uvarint())
	for j := range evidence {
		if err := readEvidence(&r, &evidence[j], l.docs); err != nil {
			// Open read the same bytes without error, and nothing changes them since.
			panic(fmt.Sprintf("boltstore: the image's evidence of %s, checked when the store opened, cannot be read: %v", rs.rel.ID, err))
		}
	}
	rs.rel.Evidence = evidence
	rs.pending.Store(false)
}
