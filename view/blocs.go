package view

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/render"
)

// Bloc is one bloc as the blocs view lists it.
type Bloc struct {
	ID      int      `json:"id"`
	Members []string `json:"members"` // entity ids, sorted
	// Names are the members' names, in the order of Members: a drawing fitted to the page keeps only some
	// members, and the page lists every one by name, not by the id of one it was not sent.
	Names []string `json:"names"`
	Label string   `json:"label"` // the name of the member most tied to the rest
	// Opposes lists the blocs (by ID, among those listed) that a member of this one is in conflict with.
	Opposes []int `json:"opposes,omitempty"`
}

// BlocsBody is the JSON answer of Blocs.
type BlocsBody struct {
	Blocs    []Bloc         `json:"blocs"`
	Subgraph graph.Subgraph `json:"subgraph"`
}

// Blocs answers "which sides are there?": a partition of the signed graph (see analyze.Blocs) over every
// actor and relationship that pass the filter, people, states and organisations unless f names kinds (see
// ActorKinds), actors without a relationship that passes left out. Blocs lists the sides, largest first:
// the blocs of two or more actors, and the actors alone that oppose another side (the protesters against
// the government); an actor in none is aligned with nobody. The subgraph keeps f's node limit: actors of
// the largest blocs first and, within a bloc, those with the most relationships; the rest are counted in
// Omitted. The drawing boxes each side and names the sides it opposes.
//
// It stops when ctx is done (see analyze.Blocs). Errors: those of Store.Snapshot; ETIMEOUT when ctx is done.
func Blocs(ctx context.Context, st graph.Store, f graph.Filter) (View, error) {
	all, err := st.Snapshot(ctx, actorsOnly(f))
	if err != nil {
		return View{}, err
	}
	all = related(all)
	found, err := analyze.Blocs(ctx, all, analyze.BlocOptions{})
	if err != nil {
		return View{}, err
	}
	degree := map[string]int{}
	for _, r := range all.Relations {
		degree[r.From]++
		degree[r.To]++
	}
	limit := cmp.Or(f.MaxNodes, graph.DefaultMaxNodes)
	kept := map[string]bool{}
	omitted := map[graph.Kind]int{}
	blocs := []Bloc{}
	var clusters []render.Cluster
	for _, b := range found {
		members := slices.Clone(b.Members)
		slices.SortStableFunc(members, func(x, y string) int { return cmp.Compare(degree[y], degree[x]) })
		for _, id := range members {
			if len(kept) < limit {
				kept[id] = true
			} else {
				omitted[kindOf(id)]++
			}
		}
		if len(b.Members) < 2 && len(b.Opposes) == 0 {
			continue
		}
		names := make([]string, len(b.Members))
		for i, id := range b.Members {
			names[i] = name(all, id)
		}
		blocs = append(blocs, Bloc{ID: b.ID, Members: b.Members, Names: names, Label: name(all, b.Label), Opposes: b.Opposes})
	}
	number := map[int]int{} // analyze's bloc IDs count the actors aligned with nobody; the sides are numbered 1, 2...
	for i, b := range blocs {
		number[b.ID] = i + 1
	}
	for i, b := range blocs {
		blocs[i].ID = i + 1
		blocs[i].Opposes = []int{}
		for _, id := range b.Opposes {
			if number[id] > 0 {
				blocs[i].Opposes = append(blocs[i].Opposes, number[id])
			}
		}
		b = blocs[i]
		// In the page's pane the box says only its number (its first actor is most often the bloc's
		// label); the full title is the box's tooltip, and the panel lists the sides by name.
		short := "Bloc " + strconv.Itoa(b.ID)
		label := short + ": " + b.Label
		if len(b.Opposes) > 0 {
			word := "bloc "
			if len(b.Opposes) > 1 {
				word = "blocs "
			}
			label += ", against " + word + joinIDs(b.Opposes)
		}
		clusters = append(clusters, render.Cluster{Label: label, Short: short, Members: b.Members})
	}
	sg := restrict(all, kept, nil, nil, 0, omitted)
	return View{
		Name:     "blocs",
		Subgraph: sg,
		Body:     BlocsBody{Blocs: blocs, Subgraph: sg},
		Drawing: render.Options{
			Title:    fmt.Sprintf("Blocs: %s among %s", plural(len(blocs), "side", "sides"), plural(len(all.Entities), "actor", "actors")),
			Clusters: clusters,
		},
	}, nil
}

// joinIDs reads bloc IDs as the drawing names them: "1", "1 and 3", "1, 3 and 4".
func joinIDs(ids []int) string {
	s := ""
	for i, id := range ids {
		switch {
		case i == 0:
		case i == len(ids)-1:
			s += " and "
		default:
			s += ", "
		}
		s += strconv.Itoa(id)
	}
	return s
}
