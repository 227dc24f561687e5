package view

import (
	"cmp"
	"context"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/graph/render"
)

// Ranked is one actor of the centrality ranking.
type Ranked struct {
	Actor
	Degree      int     `json:"degree"`
	PageRank    float64 `json:"pagerank"`
	Betweenness float64 `json:"betweenness"`
}

// CentralityBody is the JSON answer of Centrality.
type CentralityBody struct {
	Measure string   `json:"measure"`
	Ranking []Ranked `json:"ranking"`
}

// Limits of the centrality ranking.
const (
	DefaultRankLimit = 20
	MaxRankLimit     = graph.MaxMaxNodes
)

// Centrality answers "who are the central players?": every actor that passes the filter and takes part in
// a relationship that does, scored on the whole filtered graph (see analyze.Centrality), ranked by the measure (pagerank, degree or betweenness),
// the first limit of them. The drawing shows the ranked actors (at most f's node limit), sized by the
// measure; the other actors are counted in Omitted.
//
// Errors: EINVALID for an unknown measure or a limit outside 1..MaxRankLimit; those of Store.Snapshot.
func Centrality(ctx context.Context, st graph.Store, measure string, limit int, f graph.Filter) (View, error) {
	if measure == "" {
		measure = analyze.ByPageRank
	}
	switch measure {
	case analyze.ByPageRank, analyze.ByDegree, analyze.ByBetweenness:
	default:
		return View{}, graph.Errorf(graph.EINVALID, "unknown measure %q (want pagerank, degree or betweenness)", measure)
	}
	if limit == 0 {
		limit = DefaultRankLimit
	}
	if limit < 1 || limit > MaxRankLimit {
		return View{}, graph.Errorf(graph.EINVALID, "limit %d is outside 1..%d", limit, MaxRankLimit)
	}
	all, err := st.Snapshot(ctx, f)
	if err != nil {
		return View{}, err
	}
	all = related(all)
	ranked, err := analyze.Rank(analyze.Centrality(all), measure)
	if err != nil {
		return View{}, err
	}
	ranked = ranked[:min(limit, len(ranked))]
	drawn := min(len(ranked), cmp.Or(f.MaxNodes, graph.DefaultMaxNodes))
	body := CentralityBody{Measure: measure, Ranking: make([]Ranked, len(ranked))}
	kept := map[string]bool{}
	scores := map[string]float64{}
	for i, r := range ranked {
		body.Ranking[i] = Ranked{Actor: actorOf(all, r.ID), Degree: r.Scores.Degree, PageRank: r.Scores.PageRank, Betweenness: r.Scores.Betweenness}
		if i < drawn {
			kept[r.ID] = true
			scores[r.ID] = r.Score
		}
	}
	omitted := map[graph.Kind]int{}
	for _, e := range all.Entities {
		if !kept[e.ID] {
			omitted[e.Kind]++
		}
	}
	sg := restrict(all, kept, nil, nil, 0, omitted)
	return View{
		Name:     "centrality",
		Subgraph: sg,
		Body:     body,
		Drawing: render.Options{
			Title: fmt.Sprintf("The %s most central by %s, of %s", plural(len(kept), "actor", "actors"), measure, plural(len(all.Entities), "actor", "actors")),
			Sizes: render.NodeSizes(scores),
		},
	}, nil
}
