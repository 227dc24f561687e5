package boltstore

import (
	"fmt"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// TestScratchLeavesNothingBehind ingests a corpus in one call and in calls of ten documents whose work maps
// are kept from call to call, each call's spoiled beforehand with entries for the entities it is about to
// merge (as an ingest stopped half way would leave them): both stores must hold the same graph.
func TestScratchLeavesNothingBehind(t *testing.T) {
	batches := synthetic.New(synthetic.Config{Relations: 3000, Seed: 5, Aliases: 3}).All()
	whole, calls := openFresh(t, "whole.db"), openFresh(t, "calls.db")
	if _, err := whole.Ingest(t.Context(), batches...); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(batches); i += 10 {
		next := batches[i:min(i+10, len(batches))]
		if w := calls.scratch.entityWork.work; w != nil {
			for _, b := range next {
				for _, e := range b.Entities {
					w[e.ID] = 0
				}
				for _, r := range b.Relations {
					calls.scratch.relationWork.todo[graph.RelationID(r.From, r.Type, r.To)] = &relWork{}
				}
			}
		}
		if _, err := calls.Ingest(t.Context(), next...); err != nil {
			t.Fatal(err)
		}
	}
	whole.settled()
	calls.settled()
	if got, want := dump(t, calls), dump(t, whole); got != want {
		t.Errorf("ingested in calls of ten documents, the store holds\n%.2000s\nin one call\n%.2000s", got, want)
	}
	for id, es := range whole.st.entities { // and so the same adjacencies, grown call by call
		if got, want := links(calls.st, calls.st.entities[id]), links(whole.st, es); !slices.Equal(got, want) {
			t.Fatalf("%s: ingested in calls of ten documents, links\n%q\nin one call\n%q", id, got, want)
		}
	}
	if calls.scratch.entityWork.work == nil || cap(calls.scratch.entityWork.groups) == 0 || calls.scratch.applied == nil {
		t.Error("the work maps and the update of an ingest of ten documents were not kept for the next")
	}
}

// TestScratchBounded: work maps grown past scratchKeep entries (Open merges every layer at once) are let go
// rather than kept, since maps never shrink.
func TestScratchBounded(t *testing.T) {
	var sc mergeScratch
	for _, n := range []int{10, scratchKeep + 1} {
		e, r := sc.entities(n), sc.relations(n)
		for i := range n {
			e.work[fmt.Sprint(i)] = int32(i)
			r.todo[fmt.Sprint(i)] = nil
		}
		e.keep(make([]entityGroup, n), nil, nil, nil)
		r.keep(make([]relWork, n))
		if kept := sc.entityWork.work != nil; kept != (n <= scratchKeep) {
			t.Errorf("entity work of %d entries kept: %v", n, kept)
		}
		if kept := sc.relationWork.todo != nil; kept != (n <= scratchKeep) {
			t.Errorf("relation work of %d entries kept: %v", n, kept)
		}
	}
}

// links describes an entity's adjacency, sorted, and checks that each link's relation has the entity at
// the end the link says and is found at the place it says.
func links(st *state, es *entityState) []string {
	if es == nil {
		return nil
	}
	var out []string
	for i, l := range es.adj {
		rs := st.relations.get(l.Rel.ID)
		pos, end := rs.toPos, rs.to
		if l.Out {
			pos, end = rs.fromPos, rs.from
		}
		out = append(out, fmt.Sprintf("%s out=%v other=%s evidence=%d at its place %v", l.Rel.ID, l.Out, l.Other, l.Evidence, pos == i && end == es))
	}
	slices.Sort(out)
	return out
}

// TestGrowReusesItsList: grow lists the entities whose adjacency grows in the array it is given and
// returns it for the next ingest (made afresh by append in every ingest, it was 55 MB of garbage at a
// million relationships); with room in that array and in the adjacencies it allocates nothing, and it
// still counts every new relation at both ends.
func TestGrowReusesItsList(t *testing.T) {
	ents := make([]entityState, 600) // past parallelGrowFrom, so that half grows on another goroutine
	for i := range ents {
		ents[i].adj = make([]graph.Link, i%3, 8)
	}
	var rels []relationUpdate
	for i := range ents {
		rels = append(rels, relationUpdate{created: true, from: &ents[i], to: &ents[(i+1)%len(ents)]})
	}
	rels = append(rels, relationUpdate{from: &ents[0], to: &ents[1]}) // not new: no room made for it
	grown, growing := grow(rels, nil, nil)
	if len(grown) != 0 || len(growing) != len(ents) {
		t.Fatalf("grow listed %d entities and grew %d adjacencies, want %d and none", len(growing), len(grown), len(ents))
	}
	for i := range ents {
		if ents[i].gain != 0 {
			t.Fatalf("entity %d: gain %d left behind", i, ents[i].gain)
		}
	}
	ents[7].adj = ents[7].adj[:7] // one adjacency with room for one link only: it grows, by its two new links
	grown, growing = grow(rels, grown[:0], growing[:0])
	if len(grown) != 1 || grown[0].es != &ents[7] || len(grown[0].adj) != 7 || cap(grown[0].adj) < 9 {
		t.Fatalf("grow grew %d adjacencies, want the one of entity 7 with room for 9 links", len(grown))
	}
	ents[7].adj = ents[7].adj[:1]
	if n := testing.AllocsPerRun(20, func() { grown, growing = grow(rels, grown[:0], growing[:0]) }); n > 3 {
		t.Errorf("grow with room in its arrays made %v allocations a call, want at most 3 (the goroutine that grows half, its closure and channel)", n)
	}
}
