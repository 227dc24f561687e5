package analyze_test

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

func path(steps ...any) analyze.Path {
	p := analyze.Path{Entities: []string{steps[0].(string)}, Steps: [][]string{}}
	for i := 1; i < len(steps); i += 2 {
		p.Steps = append(p.Steps, steps[i].([]string))
		p.Entities = append(p.Entities, steps[i+1].(string))
	}
	return p
}

func id(from string, t graph.RelType, to string) string { return graph.RelationID(from, t, to) }

func TestShortestPaths(t *testing.T) {
	const (
		a, b, c, d, e, f = "person:a", "person:b", "person:c", "person:d", "person:e", "person:f"
		p                = "place:p"
	)
	chain := []rel{{from: a, typ: graph.Supports, to: b}, {from: b, typ: graph.Supports, to: c},
		{from: c, typ: graph.Supports, to: d}, {from: d, typ: graph.Supports, to: e}, {from: e, typ: graph.Supports, to: f}}
	tests := []struct {
		name string
		rels []rel
		q    analyze.PathQuery
		want []analyze.Path
	}{
		{"neighbours are one step apart, with every relationship between them",
			[]rel{{from: a, typ: graph.Supports, to: b}, {from: b, typ: graph.Criticizes, to: a}, {from: a, typ: graph.MetWith, to: b}},
			analyze.PathQuery{From: a, To: b},
			[]analyze.Path{path(a, []string{id(a, graph.MetWith, b), id(a, graph.Supports, b), id(b, graph.Criticizes, a)}, b)}},
		{"direction does not matter",
			[]rel{{from: a, typ: graph.Supports, to: b}, {from: c, typ: graph.Supports, to: b}},
			analyze.PathQuery{From: a, To: c},
			[]analyze.Path{path(a, []string{id(a, graph.Supports, b)}, b, []string{id(c, graph.Supports, b)}, c)}},
		{"every shortest path comes back, in order of entity ids",
			[]rel{{from: a, typ: graph.Supports, to: c}, {from: c, typ: graph.Supports, to: d},
				{from: a, typ: graph.Supports, to: b}, {from: b, typ: graph.Supports, to: d},
				{from: a, typ: graph.Supports, to: e}, {from: e, typ: graph.Supports, to: f}, {from: f, typ: graph.Supports, to: d}},
			analyze.PathQuery{From: a, To: d},
			[]analyze.Path{
				path(a, []string{id(a, graph.Supports, b)}, b, []string{id(b, graph.Supports, d)}, d),
				path(a, []string{id(a, graph.Supports, c)}, c, []string{id(c, graph.Supports, d)}, d)}},
		{"the limit keeps the first paths",
			[]rel{{from: a, typ: graph.Supports, to: c}, {from: c, typ: graph.Supports, to: d},
				{from: a, typ: graph.Supports, to: b}, {from: b, typ: graph.Supports, to: d}},
			analyze.PathQuery{From: a, To: d, Limit: 1},
			[]analyze.Path{path(a, []string{id(a, graph.Supports, b)}, b, []string{id(b, graph.Supports, d)}, d)}},
		{"a path longer than the maximum is not found", chain,
			analyze.PathQuery{From: a, To: f}, []analyze.Path{}},
		{"a path as long as the maximum is found", chain,
			analyze.PathQuery{From: a, To: f, MaxLength: 5},
			[]analyze.Path{path(a, []string{id(a, graph.Supports, b)}, b, []string{id(b, graph.Supports, c)}, c,
				[]string{id(c, graph.Supports, d)}, d, []string{id(d, graph.Supports, e)}, e, []string{id(e, graph.Supports, f)}, f)}},
		{"unconnected actors have no path",
			[]rel{{from: a, typ: graph.Supports, to: b}, {from: c, typ: graph.Supports, to: d}},
			analyze.PathQuery{From: a, To: d}, []analyze.Path{}},
		{"cooperation only takes the longer friendly way",
			[]rel{{from: a, typ: graph.Opposes, to: d}, {from: a, typ: graph.Supports, to: b}, {from: b, typ: graph.AlliedWith, to: d}},
			analyze.PathQuery{From: a, To: d, CooperationOnly: true},
			[]analyze.Path{path(a, []string{id(a, graph.Supports, b)}, b, []string{id(b, graph.AlliedWith, d)}, d)}},
		{"cooperation only judges the stance after the filter",
			[]rel{{from: a, typ: graph.Supports, to: d, date: "2020-01-01"}, {from: a, typ: graph.Supports, to: d, stance: graph.Conflict, date: "2023-01-01"}},
			analyze.PathQuery{From: a, To: d, CooperationOnly: true, Filter: graph.Filter{From: "2023-01-01"}},
			[]analyze.Path{}},
		{"cooperation only with a filter of other stances finds nothing",
			[]rel{{from: a, typ: graph.Supports, to: b}},
			analyze.PathQuery{From: a, To: b, CooperationOnly: true, Filter: graph.Filter{Stances: []graph.Stance{graph.Conflict}}},
			[]analyze.Path{}},
		{"the filter's types narrow the relationships",
			[]rel{{from: a, typ: graph.Opposes, to: d}, {from: a, typ: graph.Supports, to: b}, {from: b, typ: graph.Supports, to: d}},
			analyze.PathQuery{From: a, To: d, Filter: graph.Filter{Types: []graph.RelType{graph.Supports}}},
			[]analyze.Path{path(a, []string{id(a, graph.Supports, b)}, b, []string{id(b, graph.Supports, d)}, d)}},
		{"the filter's kinds narrow the entities passed through",
			[]rel{{from: a, typ: graph.LocatedIn, to: p}, {from: d, typ: graph.LocatedIn, to: p},
				{from: a, typ: graph.Supports, to: b}, {from: b, typ: graph.Supports, to: c}, {from: c, typ: graph.Supports, to: d}},
			analyze.PathQuery{From: a, To: d, Filter: graph.Filter{Kinds: []graph.Kind{graph.Person}}},
			[]analyze.Path{path(a, []string{id(a, graph.Supports, b)}, b, []string{id(b, graph.Supports, c)}, c, []string{id(c, graph.Supports, d)}, d)}},
		{"the filter's kinds always keep the ends",
			[]rel{{from: a, typ: graph.LocatedIn, to: p}},
			analyze.PathQuery{From: a, To: p, Filter: graph.Filter{Kinds: []graph.Kind{graph.State}}},
			[]analyze.Path{path(a, []string{id(a, graph.LocatedIn, p)}, p)}},
		{"the filter's dates drop relationships without evidence in range",
			[]rel{{from: a, typ: graph.Supports, to: d, date: "2020-01-01"}, {from: a, typ: graph.Supports, to: b}, {from: b, typ: graph.Supports, to: d}},
			analyze.PathQuery{From: a, To: d, Filter: graph.Filter{From: "2021-01-01"}},
			[]analyze.Path{path(a, []string{id(a, graph.Supports, b)}, b, []string{id(b, graph.Supports, d)}, d)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := analyze.ShortestPaths(context.Background(), newAdjacency(build(t, tt.rels)), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestShortestPathsFromXiJinpingToStanislavZasGoesThroughTokayevAndTheCSTO(t *testing.T) {
	const (
		xi, zas = "person:xi-jinping", "person:stanislav-zas"
		tokayev = "person:kassym-jomart-tokayev"
		csto    = "organization:collective-security-treaty-organization"
	)
	got, err := analyze.ShortestPaths(context.Background(), withEntities{newAdjacency(seedGraph(t))}, analyze.PathQuery{From: xi, To: zas})
	if err != nil {
		t.Fatal(err)
	}
	want := []analyze.Path{path(xi, []string{id(xi, graph.Called, tokayev)}, tokayev,
		[]string{id(tokayev, graph.RequestedHelpFrom, csto)}, csto, []string{id(zas, graph.OfficialOf, csto)}, zas)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestShortestPathsRejects(t *testing.T) {
	tests := []struct {
		name string
		q    analyze.PathQuery
		code string
	}{
		{"a missing end as invalid", analyze.PathQuery{From: "person:a"}, graph.EINVALID},
		{"the same entity twice as invalid", analyze.PathQuery{From: "person:a", To: "person:a"}, graph.EINVALID},
		{"a length over the maximum as invalid", analyze.PathQuery{From: "person:a", To: "person:b", MaxLength: 7}, graph.EINVALID},
		{"a negative length as invalid", analyze.PathQuery{From: "person:a", To: "person:b", MaxLength: -1}, graph.EINVALID},
		{"a limit over the maximum as invalid", analyze.PathQuery{From: "person:a", To: "person:b", Limit: 101}, graph.EINVALID},
		{"a bad filter as invalid", analyze.PathQuery{From: "person:a", To: "person:b", Filter: graph.Filter{From: "yesterday"}}, graph.EINVALID},
		{"an unknown end as not found", analyze.PathQuery{From: "person:a", To: "person:nobody"}, graph.ENOTFOUND},
	}
	adj := withEntities{newAdjacency(build(t, []rel{{from: "person:a", typ: graph.Supports, to: "person:b"}}))}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := analyze.ShortestPaths(context.Background(), adj, tt.q)
			if code := graph.ErrorCode(err); code != tt.code {
				t.Errorf("error %v has code %q, want %q", err, code, tt.code)
			}
		})
	}
}

func TestShortestPathsWithoutEntityLookUpFindsNoPathToAnUnknownEnd(t *testing.T) {
	adj := newAdjacency(build(t, []rel{{from: "person:a", typ: graph.Supports, to: "person:b"}}))
	got, err := analyze.ShortestPaths(context.Background(), adj, analyze.PathQuery{From: "person:a", To: "person:nobody"})
	if err != nil || got == nil || len(got) != 0 {
		t.Errorf("got %v, %v; want an empty list and no error", got, err)
	}
}

func TestShortestPathsStopsWhenTheSearchReadsTooMuch(t *testing.T) {
	defer analyze.SetMaxPathScan(3)()
	var rels []rel
	for i := range 4 {
		rels = append(rels, rel{from: "state:hub", typ: graph.Supports, to: fmt.Sprintf("person:%d", i)})
	}
	rels = append(rels, rel{from: "person:a", typ: graph.Supports, to: "state:hub"}, rel{from: "person:z", typ: graph.Supports, to: "person:y"})
	_, err := analyze.ShortestPaths(context.Background(), newAdjacency(build(t, rels)), analyze.PathQuery{From: "person:a", To: "person:z"})
	if code := graph.ErrorCode(err); code != graph.ETOOLARGE {
		t.Errorf("error %v has code %q, want %q", err, code, graph.ETOOLARGE)
	}
}

func TestShortestPathsStopsWhenTheContextIsDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	adj := newAdjacency(build(t, []rel{{from: "person:a", typ: graph.Supports, to: "person:b"}}))
	_, err := analyze.ShortestPaths(ctx, adj, analyze.PathQuery{From: "person:a", To: "person:b"})
	if code := graph.ErrorCode(err); code != graph.ETIMEOUT {
		t.Errorf("error %v has code %q, want %q", err, code, graph.ETIMEOUT)
	}
}

func TestShortestPathsAsksForAWholeFrontierAtOnceFromTheSmallerSide(t *testing.T) {
	// a has three neighbours, z one; a-x1-m-z is the only path.
	rels := []rel{{from: "person:a", typ: graph.Supports, to: "person:x1"}, {from: "person:a", typ: graph.Supports, to: "person:x2"},
		{from: "person:a", typ: graph.Supports, to: "person:x3"}, {from: "person:x1", typ: graph.Supports, to: "person:m"},
		{from: "person:m", typ: graph.Supports, to: "person:z"}}
	adj := newAdjacency(build(t, rels))
	got, err := analyze.ShortestPaths(context.Background(), adj, analyze.PathQuery{From: "person:a", To: "person:z"})
	if err != nil || len(got) != 1 {
		t.Fatalf("got %v, %v; want one path", got, err)
	}
	want := [][]string{{"person:a"}, {"person:z"}, {"person:m"}}
	if !reflect.DeepEqual(adj.calls, want) {
		t.Errorf("Adjacent was called with %v, want %v (the smaller frontier first, one call per level)", adj.calls, want)
	}
}

// TestShortestPathsAgreesWithBruteForce compares the bidirectional search with two plain breadth-first
// searches on random graphs, with the relationships handed out in a random order.
func TestShortestPathsAgreesWithBruteForce(t *testing.T) {
	for seed := range int64(30) {
		sg := synthetic.Graph(60, 120, seed)
		adj := newAdjacency(sg)
		rng := rand.New(rand.NewPCG(uint64(seed), 1))
		for _, rs := range adj.byEnd {
			rng.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
		}
		for range 10 {
			from, to := sg.Entities[rng.IntN(len(sg.Entities))].ID, sg.Entities[rng.IntN(len(sg.Entities))].ID
			if from == to {
				continue
			}
			q := analyze.PathQuery{From: from, To: to, MaxLength: 6, Limit: analyze.MaxPathLimit}
			got, err := analyze.ShortestPaths(context.Background(), adj, q)
			if err != nil {
				t.Fatal(err)
			}
			want := bruteForcePaths(sg, from, to, 6, analyze.MaxPathLimit)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d, %s to %s:\ngot  %v\nwant %v", seed, from, to, got, want)
			}
		}
	}
}

// bruteForcePaths lists the shortest paths by breadth-first distances from both ends and a depth-first
// walk over every entity on a shortest path.
func bruteForcePaths(sg graph.Subgraph, from, to string, maxLen, limit int) []analyze.Path {
	nbr := map[string]map[string][]string{}
	link := func(u, v, rel string) {
		if nbr[u] == nil {
			nbr[u] = map[string][]string{}
		}
		nbr[u][v] = append(nbr[u][v], rel)
	}
	for _, r := range sg.Relations {
		link(r.From, r.To, r.ID)
		link(r.To, r.From, r.ID)
	}
	bfs := func(root string) map[string]int {
		dist := map[string]int{root: 0}
		for queue := []string{root}; len(queue) > 0; queue = queue[1:] {
			for v := range nbr[queue[0]] {
				if _, ok := dist[v]; !ok {
					dist[v] = dist[queue[0]] + 1
					queue = append(queue, v)
				}
			}
		}
		return dist
	}
	df, dt := bfs(from), bfs(to)
	length, ok := df[to]
	paths := []analyze.Path{}
	if !ok || length > maxLen {
		return paths
	}
	var walk func(p analyze.Path)
	walk = func(p analyze.Path) {
		u := p.Entities[len(p.Entities)-1]
		if u == to {
			if len(paths) < limit {
				paths = append(paths, analyze.Path{Entities: slices.Clone(p.Entities), Steps: slices.Clone(p.Steps)})
			}
			return
		}
		next := []string{}
		for v := range nbr[u] {
			if dv, ok := dt[v]; ok && df[v] == df[u]+1 && df[v]+dv == length {
				next = append(next, v)
			}
		}
		slices.Sort(next)
		for _, v := range next {
			rels := slices.Clone(nbr[u][v])
			slices.SortFunc(rels, cmp.Compare)
			p.Entities, p.Steps = append(p.Entities, v), append(p.Steps, slices.Compact(rels))
			walk(p)
			p.Entities, p.Steps = p.Entities[:len(p.Entities)-1], p.Steps[:len(p.Steps)-1]
		}
	}
	walk(analyze.Path{Entities: []string{from}, Steps: [][]string{}})
	return paths
}
