package analyze

import (
	"cmp"
	"context"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Adjacency is what ShortestPaths reads: the relationships around a set of entities. A store implements it
// so that one call answers a whole breadth-first frontier, and a remote store makes one round trip per level
// of the search rather than one per entity.
type Adjacency interface {
	// Adjacent returns, in any order, every relationship that touches any of ids and passes f, each with only
	// the evidence that passes f and its stance recomputed from that evidence: what graph.Filter.Apply
	// keeps and returns. ShortestPaths passes no Kinds (it applies them itself, since the ends of a path are
	// kept whatever their kind), and MaxNodes does not apply. A relationship between two of the ids may be listed
	// once or twice. Unknown ids add nothing.
	Adjacent(ctx context.Context, ids []string, f graph.Filter) ([]graph.Relation, error)
}

// Limits on path queries.
const (
	DefaultMaxLength = 4
	MaxMaxLength     = 6 // beyond six steps almost every pair of actors in the news is connected, and it says nothing
	DefaultPathLimit = 10
	MaxPathLimit     = 100
	// MaxPathScan caps the relationships one search may read, counted as the store returns them. It is the
	// cap on hubs: a frontier that reaches a great power or an alliance pulls in every relationship it has,
	// and two or three such levels can be most of the graph. A search over the cap fails with ETOOLARGE
	// rather than return an answer that might miss shorter paths. On the synthetic benchmark graph
	// (synthetic.Graph(100_000, 1_000_000, 1)) searches between random actors read 2,300 relationships at the
	// median and 39,000 at most, and one from its biggest hub 28,000, because the smaller frontier grows
	// first: the cap leaves ten times that room while keeping a search from asking a store for half a
	// million rows.
	MaxPathScan = 500_000
)

// maxPathScan is MaxPathScan, lowered by the tests.
var maxPathScan = MaxPathScan

// PathQuery asks for the shortest paths between two actors.
type PathQuery struct {
	From string `json:"from"`
	To   string `json:"to"`
	// MaxLength is the most steps a path may take, 1..MaxMaxLength; 0 means DefaultMaxLength.
	MaxLength int `json:"max_length,omitempty"`
	// Limit is the most paths returned, 1..MaxPathLimit; 0 means DefaultPathLimit.
	Limit int `json:"limit,omitempty"`
	// CooperationOnly walks only relationships whose stance, after the filter, is cooperation.
	CooperationOnly bool `json:"cooperation_only,omitempty"`
	// Filter narrows the relationships a path may use. Its Kinds narrow the entities a path may pass
	// through (the two ends are always kept); MaxNodes does not apply.
	Filter graph.Filter `json:"filter"`
}

// Validate reports the first problem with q. Errors: EINVALID.
func (q PathQuery) Validate() error {
	switch {
	case q.From == "" || q.To == "":
		return graph.Errorf(graph.EINVALID, "a path needs two entities, from and to")
	case q.From == q.To:
		return graph.Errorf(graph.EINVALID, "a path needs two different entities; %q was given twice", q.From)
	case q.MaxLength < 0 || q.MaxLength > MaxMaxLength:
		return graph.Errorf(graph.EINVALID, "maximum path length %d is outside 1..%d", q.MaxLength, MaxMaxLength)
	case q.Limit < 0 || q.Limit > MaxPathLimit:
		return graph.Errorf(graph.EINVALID, "path limit %d is outside 1..%d", q.Limit, MaxPathLimit)
	}
	return q.Filter.Validate()
}

// Path is one shortest path: the entities from From to To, and for each step the ids of every relationship
// between the two entities of that step (sorted), so a drawing can show each of them with its evidence.
// Paths are sequences of entities: two relationships between the same pair of actors make one path with
// two relationships on that step, not two paths, since an analyst asks who connects two actors, and the
// number of paths would otherwise multiply with every repeated relationship.
type Path struct {
	Entities []string   `json:"entities"`
	Steps    [][]string `json:"steps"` // len(Steps) == len(Entities)-1
}

// ShortestPaths returns all the shortest paths between q.From and q.To, up to q.Limit, ordered by their
// sequence of entity ids. Direction does not matter for connection: a path may walk a relationship either
// way (the drawing shows its direction). It returns an empty slice, not an error, when no path of at most
// q.MaxLength steps exists.
//
// It searches breadth first from both ends, one level at a time, always growing the side with the smaller
// frontier, and asks adj once per level for the whole frontier.
//
// ShortestPaths cannot tell an unknown id from an actor with no relationships. When adj also has the Store's
// Entity method, it looks both ends up first; otherwise the caller must check them.
//
// Errors: EINVALID for a bad query; ENOTFOUND for an unknown end (see above); ETOOLARGE when the search
// would read more than MaxPathScan relationships; ETIMEOUT when ctx is done; and whatever adj returns.
func ShortestPaths(ctx context.Context, adj Adjacency, q PathQuery) ([]Path, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	if es, ok := adj.(entityStore); ok {
		for _, id := range []string{q.From, q.To} {
			if _, err := es.Entity(ctx, id); err != nil {
				return nil, err
			}
		}
	}
	q.MaxLength = cmp.Or(q.MaxLength, DefaultMaxLength)
	q.Limit = cmp.Or(q.Limit, DefaultPathLimit)
	f := q.Filter
	if q.CooperationOnly {
		// Asking the store for cooperation only saves it sending what the search would throw away.
		if len(f.Stances) > 0 && !slices.Contains(f.Stances, graph.Cooperation) {
			return []Path{}, nil
		}
		f.Stances = []graph.Stance{graph.Cooperation}
	}
	s := &search{adj: adj, q: q, f: f}
	fwd, bwd := newSide(q.From), newSide(q.To)
	for fwd.depth+bwd.depth < q.MaxLength && len(fwd.frontier) > 0 && len(bwd.frontier) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, graph.Wrap(err, graph.ETIMEOUT, "the request was cancelled or ran out of time")
		}
		grow, other := fwd, bwd
		if len(bwd.frontier) < len(fwd.frontier) {
			grow, other = bwd, fwd
		}
		meet, err := s.expand(ctx, grow, other)
		if err != nil {
			return nil, err
		}
		if len(meet) > 0 {
			return enumerate(q.From, fwd, bwd, meet, q.Limit), nil
		}
	}
	return []Path{}, nil
}

// entityStore is the Store's Entity method: with it ShortestPaths can report unknown ends.
type entityStore interface {
	Entity(ctx context.Context, id string) (graph.Entity, error)
}

// link is an edge of the breadth-first tree: the neighbour one level closer to the side's root, and the
// relationship that leads there.
type link struct{ node, rel string }

// side is one half of the bidirectional search.
type side struct {
	dist     map[string]int    // distance from the root of every entity reached
	parents  map[string][]link // every way one step back towards the root, for every entity reached
	frontier []string          // the entities at distance depth, sorted
	depth    int
}

func newSide(root string) *side {
	return &side{dist: map[string]int{root: 0}, parents: map[string][]link{}, frontier: []string{root}}
}

type search struct {
	adj     Adjacency
	q       PathQuery
	f       graph.Filter
	scanned int
}

// expand moves s out by one level and returns the entities of the new level that other has reached.
//
// Those are exactly the entities in the middle of the shortest paths: before this level the two searched
// balls did not meet, so every path is longer than s.depth+other.depth; an entity of the new level that
// other reached at distance d gives a path of s.depth+1+d steps, so d is other.depth and every shortest path
// runs through one such entity.
func (s *search) expand(ctx context.Context, grow, other *side) ([]string, error) {
	// The ends of a path are kept whatever their kind, so the store must not drop relationships by kind:
	// the search applies the kinds itself (keepEntity).
	af := s.f
	af.Kinds = nil
	rels, err := s.adj.Adjacent(ctx, grow.frontier, af)
	if err != nil {
		return nil, err
	}
	if s.scanned += len(rels); s.scanned > maxPathScan {
		return nil, graph.Errorf(graph.ETOOLARGE,
			"the paths between %s and %s run through more than %d relationships; narrow the filter or lower the maximum length",
			s.q.From, s.q.To, maxPathScan)
	}
	var next []string
	for _, r := range rels {
		if r.From == r.To || (s.q.CooperationOnly && r.Stance != graph.Cooperation) {
			continue
		}
		next = s.step(grow, r.From, r.To, r.ID, next)
		next = s.step(grow, r.To, r.From, r.ID, next)
	}
	slices.Sort(next)
	grow.frontier, grow.depth = next, grow.depth+1
	var meet []string
	for _, v := range next {
		if _, ok := other.dist[v]; ok {
			meet = append(meet, v)
		}
	}
	return meet, nil
}

// step records that relationship rel leads from u, if u is on the frontier, to v one level further out.
func (s *search) step(grow *side, u, v, rel string, next []string) []string {
	if d, ok := grow.dist[u]; !ok || d != grow.depth || !s.passes(v) {
		return next
	}
	if d, ok := grow.dist[v]; !ok {
		grow.dist[v] = grow.depth + 1
		next = append(next, v)
	} else if d != grow.depth+1 {
		return next
	}
	grow.parents[v] = append(grow.parents[v], link{u, rel})
	return next
}

// passes reports whether a path may go through the entity. The store cannot apply the filter's kinds to the
// far end of a relationship it returns, so they are read from the id here.
func (s *search) passes(id string) bool {
	if id == s.q.From || id == s.q.To || len(s.f.Kinds) == 0 {
		return true
	}
	k, ok := graph.KindOfID(id)
	return ok && s.f.KeepsKind(k)
}

// enumerate lists up to limit shortest paths through the meeting entities, in order of their entity ids.
//
// It first builds the graph of shortest paths, with every edge pointing from From towards To: back from the
// meeting entities to From along the forward side's parents, and on to To along the backward side's. Every
// entity in it lies on a shortest path, so a depth-first walk that takes successors in id order never dead
// ends and meets the paths in order; it stops after limit, whatever the number of paths (which can grow
// exponentially with hubs on the way).
func enumerate(from string, fwd, bwd *side, meet []string, limit int) []Path {
	succ := map[string]map[string][]string{} // entity -> next entity -> relationships
	add := func(u, v, rel string) {
		if succ[u] == nil {
			succ[u] = map[string][]string{}
		}
		succ[u][v] = append(succ[u][v], rel)
	}
	walk := func(s *side, forward bool) {
		seen := map[string]bool{}
		queue := slices.Clone(meet)
		for len(queue) > 0 {
			x := queue[0]
			queue = queue[1:]
			for _, p := range s.parents[x] {
				if forward {
					add(p.node, x, p.rel)
				} else {
					add(x, p.node, p.rel)
				}
				if !seen[p.node] {
					seen[p.node] = true
					queue = append(queue, p.node)
				}
			}
		}
	}
	walk(fwd, true)
	walk(bwd, false)

	type hop struct {
		to   string
		rels []string
	}
	order := make(map[string][]hop, len(succ))
	for u, vs := range succ {
		hops := make([]hop, 0, len(vs))
		for v, rels := range vs {
			slices.Sort(rels)
			hops = append(hops, hop{v, slices.Compact(rels)})
		}
		slices.SortFunc(hops, func(a, b hop) int { return cmp.Compare(a.to, b.to) })
		order[u] = hops
	}

	length := fwd.depth + bwd.depth
	paths := []Path{}
	ents := []string{from}
	var steps [][]string
	var dfs func(u string)
	dfs = func(u string) {
		if len(paths) == limit {
			return
		}
		if len(steps) == length {
			paths = append(paths, Path{Entities: slices.Clone(ents), Steps: slices.Clone(steps)})
			return
		}
		for _, h := range order[u] {
			ents, steps = append(ents, h.to), append(steps, h.rels)
			dfs(h.to)
			ents, steps = ents[:len(ents)-1], steps[:len(steps)-1]
		}
	}
	dfs(from)
	return paths
}
