package boltstore

import (
	"hash/maphash"
	"iter"
)

// relationIndex finds a merged relation by its id. It is a table keyed by a 64-bit hash of the id rather than
// by the id: growing a map rehashes every key it moves, and at a million relationships rehashing the ids
// (about 50 bytes each, far apart in memory) was most of apply's insertions (0.76 of 0.96 s of CPU in the
// profile of PerfIngest), while a look-up that finds nothing, as for most relations an ingest of new
// articles brings, read the ids the hash's few bits matched (0.5 s of the 0.8 s of merging the relations).
// The hash is taken once, in compute, and apply inserts by it. Two ids with the same hash (about three
// chances in 10^8 at a million relationships) are told apart by their ids: the first stays in the table, the
// others go to the small map more.
//
// The table is open addressing with linear probing, each slot the hash and the state side by side, rather
// than a Go map from the hash: a look-up in a map of a million entries reads its directory, the table and
// then the group, each a cache miss far apart (with the string hashing, the map was 0.67 s of the ingest's
// CPU at 1M on the quiet machine), where a look-up here reads one slot and, at most half full, mostly its
// neighbours in the same cache line.
type relationIndex struct {
	seed  maphash.Seed
	mask  uint64                    // of the hash's bits; all but in tests, which make hashes collide
	slots []relSlot                 // a power of two of them, at most half full; nil while empty
	n     int                       // the slots in use
	more  map[string]*relationState // relations whose hash a relation in slots has; almost always empty
}

// relSlot is one place of the table: empty while rs is nil.
type relSlot struct {
	h  uint64
	rs *relationState
}

func newRelationIndex() relationIndex {
	return relationIndex{seed: maphash.MakeSeed(), mask: ^uint64(0)}
}

// hash returns the key of the relation with the id.
func (x *relationIndex) hash(id string) uint64 { return maphash.String(x.seed, id) & x.mask }

// get returns the relation with the id, or nil.
func (x *relationIndex) get(id string) *relationState { return x.find(x.hash(id), id) }

// slot returns the place of the relation whose hash is h in the table, or of the empty slot where the probe
// for h ends; false when the table has no slots.
func (x *relationIndex) slot(h uint64) (uint64, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	m := uint64(len(x.slots) - 1)
	i := h & m
	for x.slots[i].rs != nil && x.slots[i].h != h {
		i = (i + 1) & m
	}
	return i, true
}

// find returns the relation with the id, whose hash is h, or nil.
func (x *relationIndex) find(h uint64, id string) *relationState {
	i, ok := x.slot(h)
	if !ok {
		return nil
	}
	rs := x.slots[i].rs
	if rs == nil || rs.rel.ID == id {
		return rs
	}
	return x.more[id]
}

// insert adds rs, whose id is not in the index and hashes to h. It reads nothing of rs: apply fills rs in
// beside it.
func (x *relationIndex) insert(h uint64, id string, rs *relationState) {
	x.reserve(1)
	i, _ := x.slot(h)
	if x.slots[i].rs == nil {
		x.slots[i] = relSlot{h: h, rs: rs}
		x.n++
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
	i, ok := x.slot(h)
	if !ok {
		return
	}
	rs := x.slots[i].rs
	if rs == nil {
		return
	}
	if rs.rel.ID != id {
		delete(x.more, id)
		return
	}
	x.removeAt(i)
	for other, ors := range x.more { // one with the same hash takes its place
		if x.hash(other) == h {
			delete(x.more, other)
			x.insert(h, other, ors)
			return
		}
	}
}

// removeAt empties slot i and moves the slots after it that their probe would no longer reach back into
// the gap (deletion by backward shift: the table needs no tombstones).
func (x *relationIndex) removeAt(i uint64) {
	m := uint64(len(x.slots) - 1)
	x.n--
	for {
		x.slots[i] = relSlot{}
		j := i
		for {
			j = (j + 1) & m
			if x.slots[j].rs == nil {
				return
			}
			k := x.slots[j].h & m // where the probe for slot j starts
			// Slot j stays where it is if its start lies cyclically in (i, j].
			if i <= j && i < k && k <= j || i > j && (i < k || k <= j) {
				continue
			}
			x.slots[i] = x.slots[j]
			i = j
			break
		}
	}
}

// len returns the number of relations in the index.
func (x *relationIndex) len() int { return x.n + len(x.more) }

// grow makes room for n more relations, so that apply's insertions do not move the table as they go.
func (x *relationIndex) grow(n int) { x.reserve(n) }

// reserve makes the table large enough for n more slots in use, doubling it as often as that takes.
func (x *relationIndex) reserve(n int) {
	size := max(len(x.slots), 8)
	for 2*(x.n+n) > size {
		size *= 2
	}
	if size == len(x.slots) {
		return
	}
	old := x.slots
	x.slots = make([]relSlot, size)
	m := uint64(size - 1)
	for _, s := range old {
		if s.rs != nil {
			i := s.h & m
			for x.slots[i].rs != nil {
				i = (i + 1) & m
			}
			x.slots[i] = s
		}
	}
}

// all yields every relation of the index, in no order.
func (x *relationIndex) all() iter.Seq[*relationState] {
	return func(yield func(*relationState) bool) {
		for _, s := range x.slots {
			if s.rs != nil && !yield(s.rs) {
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
