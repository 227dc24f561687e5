package boltstore

import (
	"cmp"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
)

// plainSource hides source's look-up by pair, so graph.Expand scans adjacencies as for any other Source.
type plainSource struct{ s source }

func (p plainSource) Entity(id string) (graph.Entity, bool)     { return p.s.Entity(id) }
func (p plainSource) Relations(id string) []graph.Relation      { return p.s.Relations(id) }
func (p plainSource) Document(id string) (graph.Document, bool) { return p.s.Document(id) }

// TestExpandMatchesReference checks that graph.Expand over the store (ranking only the best candidates,
// looking up the relations among hubs by pair) gives exactly what the straightforward algorithm gives, on a
// skewed synthetic graph where views are full of hubs.
func TestExpandMatchesReference(t *testing.T) {
	corpus := synthetic.New(synthetic.Config{Relations: 20_000, Seed: 3})
	s, err := Open(filepath.Join(t.TempDir(), "x.db"), NoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(t.Context(), corpus.All()...); err != nil {
		t.Fatal(err)
	}
	src := source{s.settled().st}
	filters := []graph.Filter{
		{},
		{MaxNodes: 10},
		{MaxNodes: 500},
		{Types: []graph.RelType{graph.MetWith, graph.Supports, graph.Borders}},
		{MinEvidence: 2, MaxNodes: 200},
		{Kinds: []graph.Kind{graph.Person, graph.State}},
		{Stances: []graph.Stance{graph.Conflict}},
		{From: "2018-01-01", To: "2020-12-31", MaxNodes: 100},
	}
	n := 0
	for i := 0; i < corpus.Entities(); i += max(1, corpus.Entities()/15) {
		foci := [][]string{{corpus.Entity(i).ID}, {corpus.Entity(i % 7).ID}, {corpus.Entity(i).ID, corpus.Entity(i % 3).ID}}
		for _, focus := range foci {
			if _, ok := src.Entity(focus[0]); !ok {
				continue
			}
			for depth := 1; depth <= 3; depth++ {
				for _, f := range filters {
					q := graph.NeighborhoodQuery{Focus: focus, Depth: depth, Filter: f}
					want, werr := referenceExpand(q, plainSource{src})
					for _, from := range []graph.Source{src, plainSource{src}} {
						got, err := graph.Expand(q, from)
						if fmt.Sprint(err) != fmt.Sprint(werr) {
							t.Fatalf("%+v: error %v, want %v", q, err, werr)
						}
						if !reflect.DeepEqual(got, want) {
							t.Fatalf("%+v over %T: got %d entities %d relations %v omitted, want %d %d %v", q, from,
								len(got.Entities), len(got.Relations), got.Omitted, len(want.Entities), len(want.Relations), want.Omitted)
						}
						n++
					}
				}
			}
		}
	}
	// Induce over every entity takes the scanning path: still the same relations.
	var ids []string
	for id := range s.st.entities {
		ids = append(ids, id)
	}
	for _, f := range filters[:4] {
		a, err := graph.Induce(ids, f, src)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := graph.Induce(ids, f, plainSource{src})
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("Induce %+v differs", f)
		}
	}
	t.Logf("%d views compared", n)
}

// referenceExpand is graph.Expand as it was before its look-ups were made faster.
func referenceExpand(q graph.NeighborhoodQuery, src graph.Source) (graph.Subgraph, error) {
	if err := q.Validate(); err != nil {
		return graph.Subgraph{}, err
	}
	limit := q.Filter.MaxNodes
	if limit == 0 {
		limit = graph.DefaultMaxNodes
	}
	in := map[string]graph.Entity{}
	frontier := []string{}
	for _, id := range q.Focus {
		e, ok := src.Entity(id)
		if !ok {
			return graph.Subgraph{}, graph.Errorf(graph.ENOTFOUND, "no entity with id %q", id)
		}
		if _, dup := in[id]; !dup {
			in[id] = e
			frontier = append(frontier, id)
		}
	}
	var omitted map[graph.Kind]int
	for depth := 1; depth <= q.Depth && len(frontier) > 0 && omitted == nil; depth++ {
		type candidate struct {
			e            graph.Entity
			links, proof int
		}
		cands := map[string]*candidate{}
		for _, id := range frontier {
			for _, r := range src.Relations(id) {
				r, ok := q.Filter.Apply(r)
				if !ok {
					continue
				}
				other := r.To
				if other == id {
					other = r.From
				}
				if _, shown := in[other]; shown {
					continue
				}
				c := cands[other]
				if c == nil {
					e, ok := src.Entity(other)
					if !ok || !q.Filter.KeepsKind(e.Kind) {
						continue
					}
					c = &candidate{e: e}
					cands[other] = c
				}
				c.links++
				c.proof += len(r.Evidence)
			}
		}
		ranked := make([]*candidate, 0, len(cands))
		for _, c := range cands {
			ranked = append(ranked, c)
		}
		slices.SortFunc(ranked, func(a, b *candidate) int {
			return cmp.Or(cmp.Compare(b.links, a.links), cmp.Compare(b.proof, a.proof), cmp.Compare(a.e.ID, b.e.ID))
		})
		frontier = frontier[:0]
		for _, c := range ranked {
			if len(in) >= limit {
				if omitted == nil {
					omitted = map[graph.Kind]int{}
				}
				omitted[c.e.Kind]++
				continue
			}
			in[c.e.ID] = c.e
			frontier = append(frontier, c.e.ID)
		}
	}
	sg := graph.Subgraph{Focus: slices.Clone(q.Focus), Depth: q.Depth, Omitted: omitted,
		Entities: make([]graph.Entity, 0, len(in)), Relations: []graph.Relation{}, Documents: []graph.Document{}}
	docs := map[string]bool{}
	for id, e := range in {
		sg.Entities = append(sg.Entities, e)
		for _, r := range src.Relations(id) {
			if r.From != id {
				continue
			}
			if _, ok := in[r.To]; !ok {
				continue
			}
			if r, ok := q.Filter.Apply(r); ok {
				sg.Relations = append(sg.Relations, r)
				for _, ev := range r.Evidence {
					docs[ev.Document] = true
				}
			}
		}
	}
	slices.SortFunc(sg.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(sg.Relations, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	for id := range docs {
		if d, ok := src.Document(id); ok {
			d.Text = ""
			sg.Documents = append(sg.Documents, d)
		}
	}
	slices.SortFunc(sg.Documents, func(a, b graph.Document) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.ID, b.ID))
	})
	referenceCap(&sg)
	return sg, nil
}

// referenceCap is graph's capRelations, unchanged.
func referenceCap(sg *graph.Subgraph) {
	limit := graph.MaxRelations(len(sg.Entities))
	if len(sg.Relations) <= limit {
		return
	}
	focus := map[string]bool{}
	for _, id := range sg.Focus {
		focus[id] = true
	}
	type ranked struct {
		i, touches, sentences int
	}
	order := make([]ranked, len(sg.Relations))
	for i, r := range sg.Relations {
		order[i] = ranked{i: i, sentences: r.Sentences()}
		if focus[r.From] || focus[r.To] {
			order[i].touches = 1
		}
	}
	slices.SortFunc(order, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.touches, a.touches), cmp.Compare(b.sentences, a.sentences),
			cmp.Compare(sg.Relations[a.i].ID, sg.Relations[b.i].ID))
	})
	keep := make([]bool, len(sg.Relations))
	connected := map[string]bool{}
	kept := 0
	for _, o := range order {
		r := sg.Relations[o.i]
		if kept < limit && (!connected[r.From] || !connected[r.To]) {
			keep[o.i], connected[r.From], connected[r.To] = true, true, true
			kept++
		}
	}
	for _, o := range order {
		if kept < limit && !keep[o.i] {
			keep[o.i] = true
			kept++
		}
	}
	rels := make([]graph.Relation, 0, kept)
	for i, r := range sg.Relations {
		if keep[i] {
			rels = append(rels, r)
		}
	}
	sg.OmittedRelations = len(sg.Relations) - len(rels)
	sg.Relations = rels
}
