package analyze

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Changes is what changed between two views of the graph, each list sorted by relationship id.
type Changes struct {
	Appeared      []graph.Relation `json:"appeared"`       // in after only, as after has them
	Vanished      []graph.Relation `json:"vanished"`       // in before only, as before has them
	ChangedStance []StanceChange   `json:"changed_stance"` // in both, with another stance
}

// StanceChange is a relationship whose stance differs between the two views.
type StanceChange struct {
	Relation graph.Relation `json:"relation"` // as after has it, with after's evidence
	Before   graph.Stance   `json:"before"`
	After    graph.Stance   `json:"after"`
}

// Diff compares two views of the same question, typically the same filter over two date ranges, by
// relationship id. A relationship whose stance is the same but whose evidence grew is not a change: the
// views list that evidence already.
func Diff(before, after graph.Subgraph) Changes {
	was := make(map[string]graph.Relation, len(before.Relations))
	for _, r := range before.Relations {
		was[r.ID] = r
	}
	is := make(map[string]bool, len(after.Relations))
	c := Changes{Appeared: []graph.Relation{}, Vanished: []graph.Relation{}, ChangedStance: []StanceChange{}}
	for _, r := range after.Relations {
		is[r.ID] = true
		old, ok := was[r.ID]
		switch {
		case !ok:
			c.Appeared = append(c.Appeared, r)
		case old.Stance != r.Stance:
			c.ChangedStance = append(c.ChangedStance, StanceChange{Relation: r, Before: old.Stance, After: r.Stance})
		}
	}
	for _, r := range before.Relations {
		if !is[r.ID] {
			c.Vanished = append(c.Vanished, r)
		}
	}
	byID := func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) }
	slices.SortFunc(c.Appeared, byID)
	slices.SortFunc(c.Vanished, byID)
	slices.SortFunc(c.ChangedStance, func(a, b StanceChange) int { return byID(a.Relation, b.Relation) })
	// A caller's subgraph may list a relationship twice; report it once.
	same := func(a, b graph.Relation) bool { return a.ID == b.ID }
	c.Appeared = slices.CompactFunc(c.Appeared, same)
	c.Vanished = slices.CompactFunc(c.Vanished, same)
	c.ChangedStance = slices.CompactFunc(c.ChangedStance, func(a, b StanceChange) bool { return same(a.Relation, b.Relation) })
	return c
}
