package view

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/render"
)

// Tie is an ally or an opponent in the alliance view.
type Tie struct {
	Actor
	// Score is how many relationships put the actor on its side: the allies most often stated first.
	Score     int      `json:"score"`
	Relations []string `json:"relations"`     // the ids of those relationships, in the subgraph
	Via       []string `json:"via,omitempty"` // for a shared cause, the third parties
}

// AlliancesBody is the JSON answer of Alliances.
type AlliancesBody struct {
	Focus     string         `json:"focus"`
	Allies    []Tie          `json:"allies"`
	Opponents []Tie          `json:"opponents"`
	Subgraph  graph.Subgraph `json:"subgraph"`
}

// Alliances answers "who sides with whom?" for one actor: its allies and opponents (see analyze.Alliances),
// read from its neighbourhood of q.Depth (q.Focus holds the one actor) filtered and capped as q says, of
// people, states and organisations unless q's filter names kinds (see ActorKinds). The
// subgraph holds the actor, its allies, its opponents, the third parties of shared causes and the
// relationships that justify each tie; the drawing boxes the allies in green and the opponents in red. An
// actor the sources put on both sides is drawn outside both boxes.
//
// Errors: those of Store.Neighborhood.
func Alliances(ctx context.Context, st graph.Store, q graph.NeighborhoodQuery) (View, error) {
	if len(q.Focus) != 1 {
		return View{}, graph.Errorf(graph.EINVALID, "the alliance view takes one focus actor, got %d", len(q.Focus))
	}
	q.Filter = actorsOnly(q.Filter)
	nb, err := st.Neighborhood(ctx, q)
	if err != nil {
		return View{}, err
	}
	id := q.Focus[0]
	a := analyze.Alliances(nb, id)
	kept := map[string]bool{id: true}
	rels := map[string]bool{}
	collect := func(ts []analyze.Tie) []Tie {
		out := make([]Tie, 0, len(ts))
		for _, t := range ts {
			kept[t.ID] = true
			for _, v := range t.Via {
				kept[v] = true
			}
			for _, r := range t.Relations {
				rels[r] = true
			}
			out = append(out, Tie{Actor: actorOf(nb, t.ID), Score: len(t.Relations), Relations: t.Relations, Via: t.Via})
		}
		slices.SortFunc(out, func(a, b Tie) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID)) })
		return out
	}
	allies, opponents := collect(a.Allies), collect(a.Opponents)
	sg := restrict(nb, kept, func(r graph.Relation) bool { return rels[r.ID] }, []string{id}, q.Depth, nb.Omitted)

	both := map[string]bool{}
	for _, t := range opponents {
		both[t.ID] = true
	}
	var allyIDs, opponentIDs []string
	for _, t := range allies {
		if both[t.ID] {
			continue
		}
		allyIDs = append(allyIDs, t.ID)
	}
	for _, t := range opponents {
		if !slices.ContainsFunc(allies, func(a Tie) bool { return a.ID == t.ID }) {
			opponentIDs = append(opponentIDs, t.ID)
		}
	}
	focus := name(nb, id)
	return View{
		Name:     "alliances",
		Subgraph: sg,
		Body:     AlliancesBody{Focus: id, Allies: allies, Opponents: opponents, Subgraph: sg},
		Drawing: render.Options{
			Title: fmt.Sprintf("Allies and opponents of %s: %s, %s", focus,
				plural(len(allies), "ally", "allies"), plural(len(opponents), "opponent", "opponents")),
			Clusters: []render.Cluster{
				{Label: "Allies of " + focus, Members: allyIDs, Tone: render.ToneAlly},
				{Label: "Opponents of " + focus, Members: opponentIDs, Tone: render.ToneOpponent},
			},
		},
	}, nil
}

// CommonAlliesBody is the JSON answer of CommonAllies.
type CommonAlliesBody struct {
	A        string         `json:"a"`
	B        string         `json:"b"`
	Allies   []Actor        `json:"allies"`
	Subgraph graph.Subgraph `json:"subgraph"`
}

// CommonAllies answers "who sides with both a and b?", read from the neighbourhood of both within depth,
// filtered and capped by f, of people, states and organisations unless f names kinds. The subgraph holds a, b, their common allies and the relationships that make
// each an ally of a or b; the drawing boxes the common allies.
//
// Errors: EINVALID when a and b are the same; those of Store.Neighborhood.
func CommonAllies(ctx context.Context, st graph.Store, a, b string, depth int, f graph.Filter) (View, error) {
	if a == b {
		return View{}, graph.Errorf(graph.EINVALID, "common allies need two different actors; %q was given twice", a)
	}
	nb, err := st.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: []string{a, b}, Depth: depth, Filter: actorsOnly(f)})
	if err != nil {
		return View{}, err
	}
	common := analyze.CommonAllies(nb, a, b)
	kept := map[string]bool{a: true, b: true}
	rels := map[string]bool{}
	allies := make([]Actor, 0, len(common))
	for _, id := range common {
		kept[id] = true
		allies = append(allies, actorOf(nb, id))
	}
	for _, end := range []string{a, b} {
		for _, t := range analyze.Alliances(nb, end).Allies {
			if kept[t.ID] {
				for _, r := range t.Relations {
					rels[r] = true
				}
				for _, v := range t.Via {
					kept[v] = true
				}
			}
		}
	}
	sg := restrict(nb, kept, func(r graph.Relation) bool { return rels[r.ID] }, []string{a, b}, depth, nb.Omitted)
	an, bn := name(nb, a), name(nb, b)
	return View{
		Name:     "allies",
		Subgraph: sg,
		Body:     CommonAlliesBody{A: a, B: b, Allies: allies, Subgraph: sg},
		Drawing: render.Options{
			Title:    fmt.Sprintf("Common allies of %s and %s: %d", an, bn, len(allies)),
			Clusters: []render.Cluster{{Label: "Allies of both", Members: common, Tone: render.ToneAlly}},
		},
	}, nil
}
