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
	Label   string   `json:"label"`   // the name of the member most tied to the rest
}

// BlocsBody is the JSON answer of Blocs.
type BlocsBody struct {
	Blocs    []Bloc         `json:"blocs"`
	Subgraph graph.Subgraph `json:"subgraph"`
}

// Blocs answers "which sides are there?": community detection on the signed graph (see analyze.Blocs) over
// every actor and relationship that pass the filter, actors without a relationship that passes left out. Blocs lists the blocs of two or more actors, largest
// first; an actor in none has no signed tie to anyone. The subgraph keeps f's node limit: actors of the
// largest blocs first and, within a bloc, those with the most relationships; the rest are counted in
// Omitted. The drawing boxes each bloc.
//
// It stops when ctx is done (see analyze.Blocs). Errors: those of Store.Snapshot; ETIMEOUT when ctx is done.
func Blocs(ctx context.Context, st graph.Store, f graph.Filter) (View, error) {
	all, err := st.Snapshot(ctx, f)
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
		if len(b.Members) < 2 {
			continue
		}
		label := name(all, b.Label)
		blocs = append(blocs, Bloc{ID: b.ID, Members: b.Members, Label: label})
		clusters = append(clusters, render.Cluster{Label: "Bloc " + strconv.Itoa(b.ID) + ": " + label, Members: b.Members})
	}
	sg := restrict(all, kept, nil, nil, 0, omitted)
	return View{
		Name:     "blocs",
		Subgraph: sg,
		Body:     BlocsBody{Blocs: blocs, Subgraph: sg},
		Drawing: render.Options{
			Title:    fmt.Sprintf("Blocs: %s among %s", plural(len(blocs), "bloc", "blocs"), plural(len(all.Entities), "actor", "actors")),
			Clusters: clusters,
		},
	}, nil
}
