package analyze

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Changes is what changed between two views of the graph, each list sorted by relationship id.
type Changes struct {
	Appeared []graph.Relation `json:"appeared"` // in after only, as after has them
	// Ended are relationships of before that after does not state, but whose end it states (see Diff).
	Ended []Ending `json:"ended"`
	// NotMentioned are the other relationships of before that after does not state: the later sources
	// are silent about them, which does not say they ended.
	NotMentioned  []graph.Relation `json:"not_mentioned"`
	ChangedStance []StanceChange   `json:"changed_stance"` // in both, with another stance
}

// Ending is a relationship of the earlier view that the later one states has ended.
type Ending struct {
	Relation graph.Relation `json:"relation"` // as before has it
	// By lists the ids of the relationships of after that state the end, sorted.
	By []string `json:"by"`
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
//
// A relationship of before that after does not state has ended only when after states so: when after
// holds a new relationship between the same two actors, either way, that turns their stance around (see
// ends): "A cut ties with B" (A OPPOSES B) after "A supports B". Otherwise it is not mentioned: news reports
// what happens, not what goes on happening, and a relationship that later articles do not repeat has not
// ended for that.
func Diff(before, after graph.Subgraph) Changes {
	was := make(map[string]graph.Relation, len(before.Relations))
	for _, r := range before.Relations {
		was[r.ID] = r
	}
	is := make(map[string]bool, len(after.Relations))
	c := Changes{Appeared: []graph.Relation{}, Ended: []Ending{}, NotMentioned: []graph.Relation{}, ChangedStance: []StanceChange{}}
	type pair struct{ a, b string }
	pairOf := func(r graph.Relation) pair { return pair{min(r.From, r.To), max(r.From, r.To)} }
	stated := map[pair][]graph.Relation{} // after's new relationships, by the actors they tie
	for _, r := range after.Relations {
		is[r.ID] = true
		old, ok := was[r.ID]
		switch {
		case !ok:
			c.Appeared = append(c.Appeared, r)
			stated[pairOf(r)] = append(stated[pairOf(r)], r)
		case old.Stance != r.Stance:
			c.ChangedStance = append(c.ChangedStance, StanceChange{Relation: r, Before: old.Stance, After: r.Stance})
		}
	}
	for _, r := range before.Relations {
		if is[r.ID] {
			continue
		}
		var by []string
		for _, s := range stated[pairOf(r)] {
			if ends(s, r) {
				by = append(by, s.ID)
			}
		}
		if len(by) > 0 {
			slices.Sort(by)
			c.Ended = append(c.Ended, Ending{Relation: r, By: slices.Compact(by)})
		} else {
			c.NotMentioned = append(c.NotMentioned, r)
		}
	}
	byID := func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) }
	slices.SortFunc(c.Appeared, byID)
	slices.SortFunc(c.Ended, func(a, b Ending) int { return byID(a.Relation, b.Relation) })
	slices.SortFunc(c.NotMentioned, byID)
	slices.SortFunc(c.ChangedStance, func(a, b StanceChange) int { return byID(a.Relation, b.Relation) })
	// A caller's subgraph may list a relationship twice; report it once.
	same := func(a, b graph.Relation) bool { return a.ID == b.ID }
	c.Appeared = slices.CompactFunc(c.Appeared, same)
	c.Ended = slices.CompactFunc(c.Ended, func(a, b Ending) bool { return same(a.Relation, b.Relation) })
	c.NotMentioned = slices.CompactFunc(c.NotMentioned, same)
	c.ChangedStance = slices.CompactFunc(c.ChangedStance, func(a, b StanceChange) bool { return same(a.Relation, b.Relation) })
	return c
}

// ends reports whether the later relationship s ends r: s is a turn against the other actor (opposing,
// sanctions, an expulsion, an attack, rivalry) where r was cooperation, or a turn towards it (support, an
// alliance, an agreement) where r was conflict. Criticism, accusations, protests and detentions do not
// end cooperation: a government criticises the allies it keeps supporting, and one reported act of
// conflict does not undo an investment.
func ends(s, r graph.Relation) bool {
	switch r.Stance {
	case graph.Cooperation:
		return s.Stance == graph.Conflict && slices.Contains(turnsAgainst, s.Type)
	case graph.Conflict:
		return s.Stance == graph.Cooperation && slices.Contains(turnsTowards, s.Type)
	}
	return false
}

var (
	turnsAgainst = []graph.RelType{graph.Opposes, graph.Sanctions, graph.Expelled, graph.Attacked, graph.RivalOf}
	turnsTowards = []graph.RelType{graph.Supports, graph.AlliedWith, graph.SignedAgreementWith}
)
