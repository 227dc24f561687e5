package analyze

import (
	"cmp"
	"context"
	"math"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// DefaultStructuralWeight is how much a structural relationship (LEADS, MEMBER_OF, PART_OF, LOCATED_IN...)
// pulls two actors together, relative to a cooperation relationship stating as much evidence.
//
// Structural ties say who belongs to whom: a president and his state, a ministry and its government, a
// city and its country. A bloc should keep those together, so they count. But they do not say that two
// actors side with each other (neighbours border each other, rivals sit in the same organisations), and at
// full weight the many structural facts an article states in passing would outvote the few statements of
// alignment that the blocs are meant to show. Half weight keeps an actor's parts with it without letting
// geography decide the sides.
const DefaultStructuralWeight = 0.5

// DefaultResolution is the modularity resolution γ Blocs uses unless told otherwise.
//
// Modularity merges two groups when the ties between them exceed γ times what chance would put between
// groups of their weights. At the classic γ = 1 it cuts a coalition wherever its parts are mentioned together
// less than average, even with no conflict between them: on the seed graph it puts Tokayev, the CSTO and
// China in one bloc and Kazakhstan, Russia and Belarus, whose troops the CSTO sent at Tokayev's request, in
// another. An analyst asking for blocs asks for sides, so the default merges groups tied at least half as
// much as chance would tie them. Two dense groups joined by a single tie still split (see the tests), and a
// conflict between two groups still counts fully against merging them.
const DefaultResolution = 0.5

// blocSeed seeds the order in which Louvain visits the actors: fixed, so blocs are the same on every run.
const blocSeed = 0xac7023a9

// BlocOptions tunes Blocs. The zero value is the default.
type BlocOptions struct {
	// StructuralWeight scales structural relationships; 0 means DefaultStructuralWeight and a negative
	// value leaves them out.
	StructuralWeight float64 `json:"structural_weight,omitempty"`
	// Resolution is the modularity resolution γ (Reichardt and Bornholdt) of both layers; 0 means
	// DefaultResolution. Higher values give more, smaller blocs.
	Resolution float64 `json:"resolution,omitempty"`
}

// Bloc is a group of actors that the graph's cooperation ties pull together and its conflicts set apart
// from other groups.
type Bloc struct {
	ID      int      `json:"id"`      // 1, 2, ... from the largest bloc; 0 is never a bloc
	Members []string `json:"members"` // entity ids, sorted
	// Label is the member most tied to the rest of the bloc (the largest weight of cooperation and
	// structural ties inside it, then the smallest id): the name to show for the bloc.
	Label string `json:"label"`
	// Opposes lists the blocs that a member of this one is in conflict with, by ID, ascending: what makes a
	// bloc a side rather than a cluster.
	Opposes []int `json:"opposes,omitempty"`
}

// aligns reports whether a structural relationship of type t says whom an actor belongs to (a leader, an
// official, a part, a member) rather than where it is or what it owns: a newspaper located in Russia, a
// town in Kazakhstan, two neighbours and a company's oil field take no side by being so. On the seed they
// put RBC, RIA Novosti, Aktau and Central Asia in Russia's bloc and Chevron in the United States'.
func aligns(t graph.RelType) bool {
	switch t {
	case graph.LocatedIn, graph.Borders, graph.OwnsStakeIn:
		return false
	}
	return true
}

// Blocs partitions the actors of sg into blocs by community detection on the signed graph.
//
// It maximises signed modularity (Gómez, Jensen and Arenas, Phys. Rev. E 80, 016114, 2009) over two layers,
// the objective of gonum's community.ModularizeMultiplex with layer weights 1 and -1: a positive layer of
// cooperation relationships, and of structural ones weighted by o.StructuralWeight, and a negative layer of
// conflict relationships. So a bloc gains from the cooperation inside it beyond what chance would put there
// and loses from the conflict inside it beyond chance. Each relationship weighs 1+ln(evidence sentences),
// so repetition counts but ten articles repeating one claim do not outweigh ten separate ties; parallel
// relationships add up. Neutral ones (met with, called, monitors) carry no sign and are left out.
//
// The optimiser is a Louvain method of our own (see signedLouvain for why not gonum's); the tests check
// that its blocs score within 1% of gonum's partition on the same layers, better on some graphs.
//
// Louvain moves an actor only into a bloc it is tied to (in either layer); Blocs then splits any bloc whose
// members are not connected through positive ties, since actors joined only by conflict, or not at all,
// are not a side.
//
// Then it completes balanced triads among the actors left alone: actors without a positive tie in their bloc
// who oppose the same actor, and not each other, are one side (structural balance: the enemies of one
// actor are friends). Georgia, Moldova and Ukraine, which each accuse Russia and state nothing else, are
// so one side, the accusers of Russia; the Kazakh protesters, who oppose other actors, stay a side of their
// own. The rule asks for the same opponent, not the same bloc: "against Russia's bloc" would join anyone
// who criticised any of its members, and the sources do not say these are one side.
//
// Structural relationships count only when they say whom an actor belongs to (see aligns): location,
// borders and ownership take no side.
//
// Every actor is in exactly one bloc: an actor with no signed relationship (isolated, or with neutral
// ones only) is a bloc of its own, as is one with only conflicts and no fellow opponent. Opposes lists
// the blocs each is in conflict with, so a side of one (the protesters) can be told from an actor
// aligned with nobody. Grouping actors without ties as "unaligned" would draw unrelated actors as one side.
//
// Blocs are ordered by size, then label; the result does not depend on the order of sg's slices.
//
// It stops when ctx is done, checking every few thousand actors moved and between levels of Louvain: on the
// whole graph of a large store it runs for seconds. Errors: ETIMEOUT when ctx is done.
func Blocs(ctx context.Context, sg graph.Subgraph, o BlocOptions) ([]Bloc, error) {
	stop := newStopper(ctx)
	if err := stop.now(); err != nil {
		return nil, err
	}
	ix := newIndex(sg)
	n := len(ix.ids)
	if n == 0 {
		return []Bloc{}, nil
	}
	sw := o.StructuralWeight
	if sw == 0 {
		sw = DefaultStructuralWeight
	}
	var pos, neg []edge
	for _, r := range sg.Relations {
		stop.work(1)
		if err := stop.check(); err != nil {
			return nil, err
		}
		u, v := ix.of[r.From], ix.of[r.To]
		w := evidenceWeight(len(r.Evidence))
		switch r.Stance {
		case graph.Cooperation:
			pos = append(pos, edge{u, v, w})
		case graph.Structural:
			if sw > 0 && aligns(r.Type) {
				pos = append(pos, edge{u, v, sw * w})
			}
		case graph.Conflict:
			neg = append(neg, edge{u, v, w})
		}
	}
	if err := stop.now(); err != nil {
		return nil, err
	}
	plus, minus := newUndirected(n, pos), newUndirected(n, neg)

	gamma := o.Resolution
	if gamma == 0 {
		gamma = DefaultResolution
	}
	member, err := signedLouvain(stop, plus, minus, gamma, blocSeed)
	if err != nil {
		return nil, err
	}
	return splitBlocs(ix, plus, minus, member), nil
}

// evidenceWeight damps the evidence count of a relationship.
func evidenceWeight(n int) float64 {
	if n < 1 {
		return 0
	}
	return 1 + math.Log(float64(n))
}

// splitBlocs turns community memberships into blocs, one per set of members connected by positive ties
// within their community, then joins the actors left alone that oppose a common actor and not each other
// (see Blocs), and lists the blocs each bloc opposes.
func splitBlocs(ix index, plus, minus *undirected, member []int) []Bloc {
	n := len(member)
	root := make([]int, n) // union-find over positive ties inside a community
	for i := range root {
		root[i] = i
	}
	find := func(i int) int {
		for root[i] != i {
			root[i] = root[root[i]]
			i = root[i]
		}
		return i
	}
	for u, vs := range plus.nbr {
		for _, v := range vs {
			if member[u] == member[v] {
				if a, b := find(u), find(int(v)); a != b {
					root[max(a, b)] = min(a, b)
				}
			}
		}
	}
	joinFellowOpponents(minus, find, root)
	groups := map[int][]int{}
	for i := range n {
		r := find(i)
		groups[r] = append(groups[r], i) // i ascends, so members come out in id order
	}
	blocs := make([]Bloc, 0, len(groups))
	for _, g := range groups {
		in := make(map[int32]bool, len(g))
		for _, i := range g {
			in[int32(i)] = true
		}
		b := Bloc{Members: make([]string, len(g))}
		best := -1.0
		for k, i := range g {
			b.Members[k] = ix.ids[i]
			tie := 0.0
			for j, v := range plus.nbr[i] {
				if in[v] {
					tie += plus.w[i][j]
				}
			}
			if tie > best { // members are in id order, so ties keep the smallest id
				best, b.Label = tie, ix.ids[i]
			}
		}
		blocs = append(blocs, b)
	}
	slices.SortFunc(blocs, func(a, b Bloc) int {
		return cmp.Or(cmp.Compare(len(b.Members), len(a.Members)), cmp.Compare(a.Label, b.Label))
	})
	of := make([]int, n)
	for i := range blocs {
		blocs[i].ID = i + 1
		for _, id := range blocs[i].Members {
			of[ix.of[id]] = i + 1
		}
	}
	for u, vs := range minus.nbr {
		for _, v := range vs {
			if a, b := of[u], of[v]; a != b {
				blocs[a-1].Opposes = append(blocs[a-1].Opposes, b)
			}
		}
	}
	for i := range blocs {
		slices.Sort(blocs[i].Opposes)
		blocs[i].Opposes = slices.Compact(blocs[i].Opposes)
	}
	return blocs
}

// joinFellowOpponents joins, in the union-find of splitBlocs, the actors alone in their set (no positive
// tie in their community) that are in conflict with the same actor and not with one another. Opponents
// are visited in node order and an actor stays on the first side it joins, so the result does not depend
// on the input's order.
func joinFellowOpponents(minus *undirected, find func(int) int, root []int) {
	n := len(root)
	size := make([]int, n)
	for i := range n {
		size[find(i)]++
	}
	side := make([]int, n) // index into sides, or -1
	for i := range side {
		side[i] = -1
	}
	var sides [][]int
	opposed := func(u int, members []int) bool {
		for _, m := range members {
			if _, hit := slices.BinarySearch(minus.nbr[u], int32(m)); hit {
				return true
			}
		}
		return false
	}
	for v := range n {
		cur := -1 // the side the lone opponents of v join
		for _, u32 := range minus.nbr[v] {
			u := int(u32)
			switch {
			case size[find(u)] != 1:
			case cur < 0 && side[u] >= 0:
				cur = side[u]
			case cur < 0:
				cur, side[u] = len(sides), len(sides)
				sides = append(sides, []int{u})
			case side[u] < 0 && !opposed(u, sides[cur]):
				side[u] = cur
				sides[cur] = append(sides[cur], u)
			}
		}
	}
	for _, members := range sides {
		for _, u := range members[1:] {
			if a, b := find(members[0]), find(u); a != b {
				root[max(a, b)] = min(a, b)
			}
		}
	}
}

// BlocOf maps each member of the blocs to its bloc's ID.
func BlocOf(blocs []Bloc) map[string]int {
	m := map[string]int{}
	for _, b := range blocs {
		for _, id := range b.Members {
			m[id] = b.ID
		}
	}
	return m
}
