package boltstore

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRelationIndexCollisions finds, inserts and removes relations whose hashes collide (no bits or two bits
// of hash for 300 ids) in a random order, against a map by id; TestIngest* and the conformance suite cover the
// index where collisions almost never happen. "clustered" keeps three low bits of the hash and eight high
// ones: the hashes mostly differ but start their probes in the same eight slots of the table, so that long
// runs wrap around its end and removals move slots back across it.
func TestRelationIndexCollisions(t *testing.T) {
	for _, c := range []struct {
		name string
		mask uint64
	}{{"0 bits", 0}, {"2 bits", 3}, {"clustered", 0xff00_0000_0000_0007}, {"64 bits", ^uint64(0)}} {
		t.Run(c.name, func(t *testing.T) {
			x := newRelationIndex()
			x.mask = c.mask
			want := map[string]*relationState{}
			rng := rand.New(rand.NewPCG(1, c.mask))
			for step := range 3000 {
				id := graph.RelationID(fmt.Sprintf("a:%d", rng.IntN(300)), "ALLY", "b:1")
				if rs := want[id]; rs != nil && rng.IntN(2) == 0 {
					x.remove(id)
					delete(want, id)
				} else if rs == nil {
					rs = &relationState{rel: graph.Relation{ID: id}}
					x.insert(x.hash(id), id, rs)
					want[id] = rs
				}
				if x.len() != len(want) {
					t.Fatalf("step %d: %d relations in the index, want %d", step, x.len(), len(want))
				}
				for k := range 300 {
					id := graph.RelationID(fmt.Sprintf("a:%d", k), "ALLY", "b:1")
					if got := x.get(id); got != want[id] {
						t.Fatalf("step %d: get(%s) = %p, want %p", step, id, got, want[id])
					}
				}
			}
			n := 0
			for rs := range x.all() {
				if want[rs.rel.ID] != rs {
					t.Fatalf("all yields %s, which is not in the index", rs.rel.ID)
				}
				n++
			}
			if n != len(want) {
				t.Fatalf("all yields %d relations, want %d", n, len(want))
			}
		})
	}
}

// TestRelationIndexProbesWrapAround fills the slots at the end of a table of eight and past it, then empties
// them one at a time in every order: each relation left is still found, so a removal moved back every slot
// whose probe started before the gap, across the table's end too.
func TestRelationIndexProbesWrapAround(t *testing.T) {
	hashes := []uint64{6, 7, 14, 15} // probes start at slots 6, 7, 6, 7
	var orders [][]int
	var permute func(prefix, rest []int)
	permute = func(prefix, rest []int) {
		if len(rest) == 0 {
			orders = append(orders, prefix)
			return
		}
		for i := range rest {
			next := append(append([]int{}, rest[:i]...), rest[i+1:]...)
			permute(append(append([]int{}, prefix...), rest[i]), next)
		}
	}
	permute(nil, []int{0, 1, 2, 3})
	for _, order := range orders {
		x := newRelationIndex()
		x.reserve(4)
		if len(x.slots) != 8 {
			t.Fatalf("%d slots, want 8", len(x.slots))
		}
		states := make([]*relationState, len(hashes))
		for i, h := range hashes {
			states[i] = &relationState{rel: graph.Relation{ID: fmt.Sprint("r", i)}}
			x.insert(h, states[i].rel.ID, states[i])
		}
		if x.slots[0].rs == nil || x.slots[1].rs == nil {
			t.Fatalf("the probes did not wrap around: %v", x.slots)
		}
		gone := map[int]bool{}
		for _, k := range order {
			i, _ := x.slot(hashes[k])
			if x.slots[i].rs != states[k] {
				t.Fatalf("order %v: relation %d not at the end of its probe", order, k)
			}
			x.removeAt(i)
			gone[k] = true
			for j, h := range hashes {
				want := states[j]
				if gone[j] {
					want = nil
				}
				if got := x.find(h, states[j].rel.ID); got != want {
					t.Fatalf("order %v, after removing %d: find(%d) = %p, want %p", order, k, j, got, want)
				}
			}
		}
		if x.len() != 0 {
			t.Fatalf("order %v: %d left", order, x.len())
		}
	}
}

// BenchmarkRelationIndex inserts a million relations as apply does (after grow), then finds a million ids
// that are not in the index, as compute does for the relations of new articles, and a million that are, by
// the hashes (which compute takes where it reads the id in the layer).
func BenchmarkRelationIndex(b *testing.B) {
	const n = 1 << 20
	ids := make([]string, 2*n)
	states := make([]relationState, n)
	for i := range ids {
		ids[i] = graph.RelationID(fmt.Sprintf("person:someone-%d", i), "ALLY", fmt.Sprintf("state:somewhere-%d", i%977))
	}
	for i := range states {
		states[i].rel.ID = ids[i]
	}
	var x relationIndex
	b.Run("insert", func(b *testing.B) {
		for b.Loop() {
			x = newRelationIndex()
			hs := make([]uint64, n)
			for i := range hs {
				hs[i] = x.hash(ids[i])
			}
			x.grow(n)
			for i := range hs {
				x.insert(hs[i], ids[i], &states[i])
			}
		}
	})
	hs := make([]uint64, len(ids))
	for i, id := range ids {
		hs[i] = x.hash(id)
	}
	for _, c := range []struct {
		name  string
		first int
	}{{"find-missing", n}, {"find-present", 0}} {
		b.Run(c.name, func(b *testing.B) {
			found := 0
			for b.Loop() {
				for i, id := range ids[c.first : c.first+n] {
					if x.find(hs[c.first+i], id) != nil {
						found++
					}
				}
			}
			if c.first == 0 && found == 0 {
				b.Fatal("found none")
			}
		})
	}
}
