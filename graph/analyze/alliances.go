package analyze

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Tie is another actor's place in an alliance view, with the relationships that put it there.
type Tie struct {
	ID        string   `json:"id"`
	Relations []string `json:"relations"`     // ids of the relationships that justify the tie, sorted
	Via       []string `json:"via,omitempty"` // for a shared cause, the third parties (sorted)
}

// Alliance is the alliance view of one actor: its allies and its opponents.
type Alliance struct {
	ID        string `json:"id"`
	Allies    []Tie  `json:"allies"`    // sorted by id
	Opponents []Tie  `json:"opponents"` // sorted by id
}

// Alliances returns the allies and opponents of the actor id in sg, read from the stances of the
// relationships (as the filter left them).
//
// An ally is an actor that
//   - has a cooperation relationship with id, either way; or
//   - shares a cause with id: both have a cooperation relationship of the same type towards the same third
//     party (Russia and Belarus both DEPLOYED_FORCES_TO Kazakhstan, at its request). For a symmetric type
//     (ALLIED_WITH) direction does not matter. The third party is listed in Via, and both relationships in
//     Relations.
//
// An opponent is an actor with a conflict relationship with id, either way. An actor can be both, when the
// sources say both; the view shows each side's evidence rather than net them out.
//
// Deliberately not allies: co-members of an organisation (membership is structural, and the same
// organisation can hold rivals), actors that share an opponent (the enemy of my enemy is a guess), and
// bloc-mates (see Blocs, which weighs structure and conflict across the whole view).
func Alliances(sg graph.Subgraph, id string) Alliance {
	allies, opponents := map[string]*Tie{}, map[string]*Tie{}
	tie := func(m map[string]*Tie, other string, via string, rels ...string) {
		t := m[other]
		if t == nil {
			t = &Tie{ID: other}
			m[other] = t
		}
		t.Relations = append(t.Relations, rels...)
		if via != "" {
			t.Via = append(t.Via, via)
		}
	}
	// toward lists, per third party, the cooperation relationships that point at it (both ways for
	// symmetric types): who supports, deploys to, or is allied with whom.
	toward := map[string][]graph.Relation{}
	var mine []graph.Relation // id's cooperation relationships, seen from id
	for _, r := range sg.Relations {
		if r.From == r.To {
			continue
		}
		if r.From == id || r.To == id {
			other := r.To
			if other == id {
				other = r.From
			}
			switch r.Stance {
			case graph.Cooperation:
				tie(allies, other, "", r.ID)
			case graph.Conflict:
				tie(opponents, other, "", r.ID)
			}
		}
		if r.Stance != graph.Cooperation {
			continue
		}
		toward[r.To] = append(toward[r.To], r)
		if info, _ := r.Type.Info(); info.Symmetric {
			toward[r.From] = append(toward[r.From], graph.Relation{ID: r.ID, From: r.To, To: r.From, Type: r.Type})
		}
	}
	for _, rs := range toward {
		for _, r := range rs {
			if r.From == id {
				mine = append(mine, r)
			}
		}
	}
	for _, r := range mine {
		for _, s := range toward[r.To] {
			if s.Type == r.Type && s.From != id {
				tie(allies, s.From, r.To, r.ID, s.ID)
			}
		}
	}
	return Alliance{ID: id, Allies: ties(allies), Opponents: ties(opponents)}
}

func ties(m map[string]*Tie) []Tie {
	out := make([]Tie, 0, len(m))
	for _, t := range m {
		slices.Sort(t.Relations)
		t.Relations = slices.Compact(t.Relations)
		slices.Sort(t.Via)
		t.Via = slices.Compact(t.Via)
		out = append(out, *t)
	}
	slices.SortFunc(out, func(a, b Tie) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// CommonAllies returns the actors, other than a and b, that are allies (as Alliances defines them) of both
// a and b in sg, sorted by id.
func CommonAllies(sg graph.Subgraph, a, b string) []string {
	of := map[string]bool{}
	for _, t := range Alliances(sg, a).Allies {
		of[t.ID] = true
	}
	common := []string{}
	for _, t := range Alliances(sg, b).Allies {
		if of[t.ID] && t.ID != a && t.ID != b {
			common = append(common, t.ID)
		}
	}
	return common
}
