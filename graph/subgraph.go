package graph

import (
	"cmp"
	"slices"
	"time"
)

// Limits on neighbourhood queries.
const (
	MaxDepth        = 3
	DefaultMaxNodes = 60
	MaxMaxNodes     = 500 // Graphviz layouts slow down sharply beyond a few hundred nodes
)

// Filter narrows a view. The zero Filter keeps everything (up to DefaultMaxNodes entities).
type Filter struct {
	Kinds     []Kind    `json:"kinds,omitempty"`     // entity kinds to keep (focus entities are always kept)
	Types     []RelType `json:"types,omitempty"`     // relationship types to keep
	Stances   []Stance  `json:"stances,omitempty"`   // stances to keep, judged on the evidence that passes
	Documents []string  `json:"documents,omitempty"` // keep only evidence from these documents
	From      string    `json:"from,omitempty"`      // keep only evidence published on or after this date
	To        string    `json:"to,omitempty"`        // ... and on or before this one (YYYY-MM-DD)
	// MinEvidence drops relationships with fewer supporting sentences (after the filters above).
	MinEvidence int `json:"min_evidence,omitempty"`
	// MaxNodes caps the entities in the view; 0 means DefaultMaxNodes.
	MaxNodes int `json:"max_nodes,omitempty"`
}

// Validate reports the first problem with f.
func (f Filter) Validate() error {
	for _, k := range f.Kinds {
		if _, err := ParseKind(string(k)); err != nil {
			return err
		}
	}
	for _, t := range f.Types {
		if _, ok := t.Info(); !ok {
			return Errorf(EINVALID, "unknown relationship type %q", Clip(string(t)))
		}
	}
	for _, s := range f.Stances {
		if _, err := ParseStance(string(s)); err != nil {
			return err
		}
	}
	for _, d := range []string{f.From, f.To} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(DateLayout, d); err != nil {
			return Errorf(EINVALID, "date %q is not YYYY-MM-DD", Clip(d))
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return Errorf(EINVALID, "date range %s..%s ends before it starts", f.From, f.To)
	}
	if f.MinEvidence < 0 {
		return Errorf(EINVALID, "minimum evidence %d is negative", f.MinEvidence)
	}
	if f.MaxNodes < 0 || f.MaxNodes > MaxMaxNodes {
		return Errorf(EINVALID, "node limit %d is outside 1..%d", f.MaxNodes, MaxMaxNodes)
	}
	return nil
}

func (f Filter) maxNodes() int {
	if f.MaxNodes == 0 {
		return DefaultMaxNodes
	}
	return f.MaxNodes
}

// KeepsKind reports whether entities of kind k pass the filter.
func (f Filter) KeepsKind(k Kind) bool {
	return len(f.Kinds) == 0 || slices.Contains(f.Kinds, k)
}

// Apply returns r with only the evidence that passes the filter and its stance recomputed from that
// evidence, and false when the relationship does not pass.
func (f Filter) Apply(r Relation) (Relation, bool) {
	if len(f.Types) > 0 && !slices.Contains(f.Types, r.Type) {
		return Relation{}, false
	}
	if len(f.Documents) > 0 || f.From != "" || f.To != "" {
		kept := make([]Evidence, 0, len(r.Evidence))
		for _, e := range r.Evidence {
			if (len(f.Documents) == 0 || slices.Contains(f.Documents, e.Document)) &&
				(f.From == "" || e.Published >= f.From) && (f.To == "" || (e.Published != "" && e.Published <= f.To)) {
				kept = append(kept, e)
			}
		}
		if len(kept) < len(r.Evidence) {
			r.Evidence = kept
			r.Stance = MergeStance(kept)
		}
	}
	if len(r.Evidence) == 0 || r.Sentences() < f.MinEvidence {
		return Relation{}, false
	}
	if len(f.Stances) > 0 && !slices.Contains(f.Stances, r.Stance) {
		return Relation{}, false
	}
	return r, true
}

// NeighborhoodQuery asks for the entities around one or more focus entities.
type NeighborhoodQuery struct {
	Focus  []string `json:"focus"`
	Depth  int      `json:"depth"` // 1..MaxDepth
	Filter Filter   `json:"filter"`
}

// Validate reports the first problem with q.
func (q NeighborhoodQuery) Validate() error {
	if len(q.Focus) == 0 {
		return Errorf(EINVALID, "no focus entity given")
	}
	if q.Depth < 1 || q.Depth > MaxDepth {
		return Errorf(EINVALID, "depth %d is outside 1..%d", q.Depth, MaxDepth)
	}
	return q.Filter.Validate()
}

// Subgraph is a part of the graph to show: entities, the relationships between them and the documents
// their evidence cites.
type Subgraph struct {
	Focus     []string   `json:"focus"`
	Depth     int        `json:"depth"`
	Entities  []Entity   `json:"entities"`  // sorted by id
	Relations []Relation `json:"relations"` // sorted by id, each with the evidence that passed the filter
	Documents []Document `json:"documents"` // cited by the evidence, without text, sorted by date and id
	// Omitted counts, per kind, the entities that belonged in the view but were cut by the node limit.
	Omitted map[Kind]int `json:"omitted,omitempty"`
	// OmittedRelations counts the relationships between shown entities that the relationship limit cut
	// (see MaxRelations).
	OmittedRelations int `json:"omitted_relations,omitempty"`
}

// Entity returns the entity with the id from the subgraph.
func (s Subgraph) Entity(id string) (Entity, bool) {
	i, ok := slices.BinarySearchFunc(s.Entities, id, func(e Entity, id string) int { return cmp.Compare(e.ID, id) })
	if !ok {
		return Entity{}, false
	}
	return s.Entities[i], true
}

// Source is what Expand reads: the stored graph, or the part of it a backend fetched for one query.
type Source interface {
	Entity(id string) (Entity, bool)
	// Relations returns every relationship that starts or ends at the entity, in any order. Callers must not
	// modify the slice or the relations in it: stores may hand out their own indexes.
	Relations(id string) []Relation
	Document(id string) (Document, bool)
}

// Expand computes the neighbourhood q asks for from src. Every store answers Neighborhood with it, so all
// stores give the same answer.
//
// It walks breadth first over relationships that pass the filter. When a ring of neighbours would take the
// view past the node limit, it keeps the neighbours most tied to what is already shown (most links to shown
// entities, then most evidence, then id), counts the rest in Omitted and stops there.
func Expand(q NeighborhoodQuery, src Source) (Subgraph, error) {
	if err := q.Validate(); err != nil {
		return Subgraph{}, err
	}
	limit := q.Filter.maxNodes()
	in := map[string]Entity{}
	frontier := []string{}
	for _, id := range q.Focus {
		e, ok := src.Entity(id)
		if !ok {
			return Subgraph{}, Errorf(ENOTFOUND, "no entity with id %q", Clip(id))
		}
		if _, dup := in[id]; !dup {
			in[id] = e
			frontier = append(frontier, id)
		}
	}
	var omitted map[Kind]int
	for depth := 1; depth <= q.Depth && len(frontier) > 0 && omitted == nil; depth++ {
		type candidate struct {
			e            Entity
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
					omitted = map[Kind]int{}
				}
				omitted[c.e.Kind]++
				continue
			}
			in[c.e.ID] = c.e
			frontier = append(frontier, c.e.ID)
		}
	}
	sg := collect(q, in, omitted, src)
	capRelations(&sg)
	return sg, nil
}

// DefaultMaxRelations is the fewest relationships a neighbourhood may draw before the relationship limit
// applies; views with many entities may have one and a half per entity. Graphviz's time grows much faster
// than the number of edges: a 60-actor view with 352 relationships took native dot 9.3 s and one with 405
// took 22 s, while 180 draw in about a second.
const DefaultMaxRelations = 180

// MaxRelations is the relationship limit of a view of n entities.
func MaxRelations(n int) int { return max(DefaultMaxRelations, n*3/2) }

// capRelations keeps at most MaxRelations(len(sg.Entities)) relationships: first, for every entity, its
// strongest relationship (so no entity shown is left unconnected), then the strongest of the rest. Stronger
// means touching a focus entity, then stated in more sentences, then the smaller id. It counts what it cut
// in sg.OmittedRelations.
func capRelations(sg *Subgraph) {
	limit := MaxRelations(len(sg.Entities))
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
	for _, o := range order { // the strongest relationship of every entity
		r := sg.Relations[o.i]
		if kept < limit && (!connected[r.From] || !connected[r.To]) {
			keep[o.i], connected[r.From], connected[r.To] = true, true, true
			kept++
		}
	}
	for _, o := range order { // then the strongest of the rest
		if kept < limit && !keep[o.i] {
			keep[o.i] = true
			kept++
		}
	}
	rels := make([]Relation, 0, kept)
	for i, r := range sg.Relations {
		if keep[i] {
			rels = append(rels, r)
		}
	}
	sg.OmittedRelations = len(sg.Relations) - len(rels)
	sg.Relations = rels
}

// collect builds the subgraph of the chosen entities: them, every filtered relationship between two of them,
// and the documents cited. Each relationship is taken once, from the adjacency of its source.
func collect(q NeighborhoodQuery, in map[string]Entity, omitted map[Kind]int, src Source) Subgraph {
	sg := Subgraph{Focus: slices.Clone(q.Focus), Depth: q.Depth, Omitted: omitted,
		Entities: make([]Entity, 0, len(in)), Relations: []Relation{}, Documents: []Document{}}
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
	slices.SortFunc(sg.Entities, func(a, b Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(sg.Relations, func(a, b Relation) int { return cmp.Compare(a.ID, b.ID) })
	for id := range docs {
		if d, ok := src.Document(id); ok {
			d.Text = ""
			sg.Documents = append(sg.Documents, d)
		}
	}
	slices.SortFunc(sg.Documents, func(a, b Document) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.ID, b.ID))
	})
	return sg
}
