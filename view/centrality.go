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

// Ranked is one actor of the centrality ranking: its degree, which comes free, and the measure ranked by;
// the other measure is not computed and is left out.
type Ranked struct {
	Actor
	Degree      int      `json:"degree"`
	PageRank    *float64 `json:"pagerank,omitempty"`
	Betweenness *float64 `json:"betweenness,omitempty"`
}

// CentralityBody is the JSON answer of Centrality.
type CentralityBody struct {
	Measure string   `json:"measure"`
	Ranking []Ranked `json:"ranking"`
	// Estimate is set when betweenness was estimated from some of the actors rather than counted from all.
	Estimate *Estimate `json:"estimate,omitempty"`
}

// Estimate says how a betweenness ranking was estimated (see analyze.Measure).
type Estimate struct {
	Sources int `json:"sources"` // the actors betweenness was counted from
	Actors  int `json:"actors"`  // the actors ranked
}

// Limits of the centrality ranking.
const (
	DefaultRankLimit = 20
	MaxRankLimit     = graph.MaxMaxNodes
)

// Centrality answers "who are the central players?": every actor that takes part in a relationship that
// passes the filter, scored by the measure (pagerank, degree or betweenness) on the whole graph those
// relationships make, of every kind, and by nothing else (see analyze.Measure: betweenness is estimated on
// large graphs); then the kinds only hide: the ranking lists the actors of f's kinds (people, states and
// organisations unless f names kinds, see ActorKinds), the first limit of them. So an official keeps the
// degree the whole graph gives it when only people are asked for, where scoring the person-to-person
// subgraph gave every official degree 0. The drawing shows the ranked actors (at most f's node limit),
// sized by the measure; the other actors of those kinds are counted in Omitted. It stops when ctx is done.
//
// Errors: EINVALID for an unknown measure or a limit outside 1..MaxRankLimit; those of Store.Snapshot;
// ETIMEOUT when ctx is done.
func Centrality(ctx context.Context, st graph.Store, measure string, limit int, f graph.Filter) (View, error) {
	if measure == "" {
		measure = analyze.ByPageRank
	}
	if limit == 0 {
		limit = DefaultRankLimit
	}
	if err := CheckCentrality(measure, limit); err != nil {
		return View{}, err
	}
	shown := actorsOnly(f)
	whole := f
	whole.Kinds = nil
	all, err := st.Snapshot(ctx, whole)
	if err != nil {
		return View{}, err
	}
	all = related(all)
	m, err := analyze.Measure(ctx, all, measure, analyze.MeasureOptions{})
	if err != nil {
		return View{}, err
	}
	ranked, err := analyze.Rank(m.Scores, measure)
	if err != nil {
		return View{}, err
	}
	ranked = slices.DeleteFunc(ranked, func(r analyze.Ranked) bool { return !shown.KeepsKind(kindOf(r.ID)) })
	ranked = ranked[:min(limit, len(ranked))]
	drawn := min(len(ranked), cmp.Or(f.MaxNodes, graph.DefaultMaxNodes))
	body := CentralityBody{Measure: measure, Ranking: make([]Ranked, len(ranked))}
	estimated := ""
	if m.Sources > 0 && m.Sources < m.Actors {
		body.Estimate = &Estimate{Sources: m.Sources, Actors: m.Actors}
		estimated = fmt.Sprintf(" (estimated from %d actors)", m.Sources)
	}
	kept := map[string]bool{}
	scores := map[string]float64{}
	for i, r := range ranked {
		body.Ranking[i] = Ranked{Actor: actorOf(all, r.ID), Degree: r.Scores.Degree}
		switch measure {
		case analyze.ByPageRank:
			body.Ranking[i].PageRank = &r.Scores.PageRank
		case analyze.ByBetweenness:
			body.Ranking[i].Betweenness = &r.Scores.Betweenness
		}
		if i < drawn {
			kept[r.ID] = true
			scores[r.ID] = r.Score
		}
	}
	omitted := map[graph.Kind]int{}
	actors := 0 // of the kinds shown
	for _, e := range all.Entities {
		if shown.KeepsKind(e.Kind) {
			actors++
			if !kept[e.ID] {
				omitted[e.Kind]++
			}
		}
	}
	sg := restrict(all, kept, nil, nil, 0, omitted)
	return View{
		Name:     "centrality",
		Subgraph: sg,
		Body:     body,
		Drawing: render.Options{
			Title: fmt.Sprintf("The %s most central by %s%s, of %s", plural(len(kept), "actor", "actors"), measure, estimated, plural(actors, "actor", "actors")),
			Sizes: render.NodeSizes(scores),
		},
	}, nil
}

// CheckCentrality validates a measure and a limit of Centrality, so a caller can refuse them before any
// work is done. Errors: EINVALID.
func CheckCentrality(measure string, limit int) error {
	switch measure {
	case analyze.ByPageRank, analyze.ByDegree, analyze.ByBetweenness:
	default:
		return graph.Errorf(graph.EINVALID, "unknown measure %q (want pagerank, degree or betweenness)", graph.Clip(measure))
	}
	if limit < 1 || limit > MaxRankLimit {
		return graph.Errorf(graph.EINVALID, "limit %d is outside 1..%d", limit, MaxRankLimit)
	}
	return nil
}
