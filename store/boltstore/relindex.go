package boltstore

import (
	"hash/maphash"
	"iter"
)

// relationIndex finds a merged relation by its id. It is a map keyed by a 64-bit hash of the id rather than
// by the id: growing a map rehashes every key it moves, and at a million relationships rehashing the ids
// (about 50 bytes each, far apart in memory) was most of apply's insertions (0.76 of 0.96 s of CPU in the
// profile of PerfIngest), while a look-up that finds nothing, as for most relations an ingest of new
// articles brings, read the ids the hash's few bits matched (0.5 s of the 0.8 s of merging the relations).
// The hash is taken once, in compute, and apply inserts by it. Two ids with the same hash (about three
// chances in 10^8 at a million relationships) are told apart by their ids: the first stays in byHash, the
// others go to the small map more.
type relationIndex struct {
	seed   maphash.Seed
	mask   uint64 // of the hash's bits; all but in tests, which make hashes collide
	byHash map[uint64]*relationState
	more   map[string]*relationState // relations whose hash a relation in byHash has; almost always empty
}

func newRelationIndex() relationIndex {
	return relationIndex{seed: maphash.MakeSeed(), mask: ^uint64(0), byHash: map[uint64]*relationState{}}
}

// hash returns the key of the relation with the id.
func (x *relationIndex) hash(id string) uint64 { return maphash.String(x.seed, id) & x.mask }

// get returns the relation with the id, or nil.
func (x *relationIndex) get(id string) *relationState { return x.find(x.hash(id), id) }

// find returns the relation with the id, whose hash is h, or nil.
func (x *relationIndex) find(h uint64, id string) *relationState {
	rs := x.byHash[h]
	if rs == nil || rs.rel.ID == id {
		return rs
	}
	return x.more[id]
}

// insert adds rs, whose id is not in the index and hashes to h. It reads nothing of rs: apply fills rs in
// beside it.
func (x *relationIndex) insert(h uint64, id string, rs *relationState) {
	if x.byHash[h] == nil {
		x.byHash[h] = rs
		return
	}
	if x.more == nil {
		x.more = map[string]*relationState{}
	}
	x.more[id] = rs
}

// remove takes the relation with the id out of the index.
func (x *relationIndex) remove(id string) {
	h := x.hash(id)
	rs := x.byHash[h]
	if rs == nil {
		return
	}
	if rs.rel.ID != id {
		delete(x.more, id)
		return
	}
	delete(x.byHash, h)
	for other, ors := range x.more { // one with the same hash takes its place
		if x.hash(other) == h {
			delete(x.more, other)
			x.byHash[h] = ors
			return
		}
	}
}

// len returns the number of relations in the index.
func (x *relationIndex) len() int { return len(x.byHash) + len(x.more) }

// grow makes room for n more relations, when the index is empty: a fresh store's first ingest.
func (x *relationIndex) grow(n int) {
	if x.len() == 0 {
		x.byHash = make(map[uint64]*relationState, n)
	}
}

// all yields every relation of the index, in no order.
func (x *relationIndex) all() iter.Seq[*relationState] {
	return func(yield func(*relationState) bool) {
		for _, rs := range x.byHash {
			if !yield(rs) {
				return
			}
		}
		for _, rs := range x.more {
			if !yield(rs) {
				return
			}
		}
	}
}
