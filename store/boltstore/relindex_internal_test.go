package boltstore

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRelationIndexCollisions finds, inserts and removes relations whose hashes collide (two bits of hash
// for 300 ids) in a random order, against a map by id; TestIngest* and the conformance suite cover the index
// where collisions almost never happen.
func TestRelationIndexCollisions(t *testing.T) {
	for _, bits := range []uint{0, 2, 64} {
		t.Run(fmt.Sprint(bits, " bits"), func(t *testing.T) {
			x := newRelationIndex()
			x.mask = uint64(1)<<bits - 1
			if bits == 64 {
				x.mask = ^uint64(0)
			}
			want := map[string]*relationState{}
			rng := rand.New(rand.NewPCG(1, uint64(bits)))
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
