package graph

import (
	"cmp"
	"math"
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
	// MinConfidence keeps only evidence of at least this confidence (0..1; curated evidence is 1), so a
	// relationship is shown only when a sentence states it that surely. 0 keeps all.
	MinConfidence float64 `json:"min_confidence,omitempty"`
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
	if math.IsNaN(f.MinConfidence) || f.MinConfidence < 0 || f.MinConfidence > 1 {
		return Errorf(EINVALID, "minimum confidence %v is outside 0..1", f.MinConfidence)
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

// Apply returns r with only the evidence that passes the filter (documents, dates and confidence) and its
// stance recomputed from that evidence, and false when the relationship does not pass.
func (f Filter) Apply(r Relation) (Relation, bool) {
	if len(f.Types) > 0 && !slices.Contains(f.Types, r.Type) {
		return Relation{}, false
	}
	if f.filtersEvidence() {
		kept := make([]Evidence, 0, len(r.Evidence))
		for _, e := range r.Evidence {
			if f.keepsEvidence(e) {
				kept = append(kept, e)
			}
		}
		if len(kept) < len(r.Evidence) {
			r.Evidence = kept
			r.Stance = MergeStance(kept)
		}
	}
	// Sentences is at least 1 when there is evidence: count them only when the minimum asks for more.
	if len(r.Evidence) == 0 || (f.MinEvidence > 1 && r.Sentences() < f.MinEvidence) {
		return Relation{}, false
	}
	if len(f.Stances) > 0 && !slices.Contains(f.Stances, r.Stance) {
		return Relation{}, false
	}
	return r, true
}

// filtersEvidence reports whether the filter drops any evidence, so Apply can leave a relation alone otherwise.
func (f Filter) filtersEvidence() bool {
	return len(f.Documents) > 0 || f.From != "" || f.To != "" || f.MinConfidence > 0
}

// keepsEvidence reports whether one piece of evidence passes the filter's documents, dates and confidence.
func (f Filter) keepsEvidence(e Evidence) bool {
	return (len(f.Documents) == 0 || slices.Contains(f.Documents, e.Document)) &&
		(f.From == "" || e.Published >= f.From) && (f.To == "" || (e.Published != "" && e.Published <= f.To)) &&
		e.Confidence >= f.MinConfidence
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
	// Hidden lists, sorted, the actors of the view that the reader hid (the page's "Hide from view", the
	// API's hide=, the CLI's --hide): left out with their relationships, and counted in drawings and exports
	// so that a file says what it does not show.
	Hidden []string `json:"hidden,omitempty"`
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

// Link is one relationship of an entity's adjacency as a LinkSource keeps it: what Expand ranks the
// neighbours by (the entity at the other end, the pieces of evidence) beside the relationship itself, which
// is read only for the relationships a view keeps or a filter looks into. Entries of 32 bytes rather than
// whole relationships of 104: a store's adjacency grows and is scanned faster, and it keeps each
// relationship once.
type Link struct {
	Other    string    // the entity at the other end
	Rel      *Relation // the relationship; callers must not modify it
	Evidence int32     // len(Rel.Evidence)
	Out      bool      // the entity is Rel.From
}

// LinkSource is a Source that hands out each entity's adjacency as links (boltstore's own index), which
// Expand, Induce and Adjacent read instead of Relations.
type LinkSource interface {
	// Links returns every relationship that starts or ends at the entity, in any order. Callers must not
	// modify the slice.
	Links(id string) []Link
	// Relation returns the relationship a link of Links points to, complete. A store may fill in a
	// relationship's id and evidence only when it is first asked for (boltstore reads them from its file's
	// image then), so what reads a link's relationship beyond its ends, type and stance reads it through
	// Relation.
	Relation(l *Link) *Relation
}

// relation returns the relationship l points to: through ls when src is a LinkSource (ls not nil), or
// l.Rel itself when the links were made from Relations.
func relation(ls LinkSource, l *Link) *Relation {
	if ls != nil {
		return ls.Relation(l)
	}
	return l.Rel
}

// links returns the entity's adjacency: a LinkSource's own, or else links to the relationships Relations
// returns.
func links(src Source, id string) []Link {
	if ls, ok := src.(LinkSource); ok {
		return ls.Links(id)
	}
	rels := src.Relations(id)
	out := make([]Link, len(rels))
	for i := range rels {
		r := &rels[i]
		out[i] = LinkTo(id, r)
	}
	return out
}

// LinkTo returns the link to r in the adjacency of the entity id, one of its ends.
func LinkTo(id string, r *Relation) Link {
	l := Link{Other: r.To, Rel: r, Evidence: int32(len(r.Evidence)), Out: r.From == id}
	if l.Other == id {
		l.Other = r.From
	}
	return l
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
	plain := q.Filter.plain()
	// index maps an entity id to its candidate in cands, or to shownMark or skipMark: one look-up a
	// relationship instead of one in the shown entities and another in the candidates.
	const shownMark, skipMark = -1, -2
	var cands []candidate
	ks, _ := src.(kindSource)
	ls, _ := src.(LinkSource)
	var ok bool
	for depth := 1; depth <= q.Depth && len(frontier) > 0 && omitted == nil; depth++ {
		adjs := make([][]Link, len(frontier))
		ends := 0
		for i, id := range frontier {
			adjs[i] = links(src, id)
			ends += len(adjs[i])
		}
		index := make(map[string]int32, len(in)+min(ends, 1<<14))
		for id := range in {
			index[id] = shownMark
		}
		cands = cands[:0]
		for _, adj := range adjs {
			for i := range adj {
				l := &adj[i]
				other := l.Other
				c, seen := index[other]
				if c == shownMark || c == skipMark {
					continue
				}
				proof := int(l.Evidence)
				if !plain {
					fr, ok := q.Filter.Apply(*relation(ls, l))
					if !ok {
						continue
					}
					proof = len(fr.Evidence)
				} else if proof == 0 {
					continue
				}
				if !seen {
					cand := candidate{id: other}
					if ks != nil {
						// The entity itself is looked up only if it is chosen: a hub has thousands of
						// neighbours and the view keeps a few dozen.
						kind, ok := ks.EntityKind(other)
						if !ok || !q.Filter.KeepsKind(kind) {
							index[other] = skipMark
							continue
						}
						cand.kind = kind
					} else {
						e, ok := src.Entity(other)
						if !ok || !q.Filter.KeepsKind(e.Kind) {
							index[other] = skipMark
							continue
						}
						cand.e, cand.kind = &e, e.Kind
					}
					c = int32(len(cands))
					index[other] = c
					cands = append(cands, cand)
				}
				cands[c].links++
				cands[c].proof += proof
			}
		}
		need := max(0, limit-len(in))
		chosen := topCandidates(cands, need)
		if len(chosen) < len(cands) {
			omitted = map[Kind]int{}
			for i := range cands {
				omitted[cands[i].kind]++
			}
			for _, c := range chosen {
				omitted[cands[c].kind]--
			}
			for k, n := range omitted {
				if n == 0 {
					delete(omitted, k)
				}
			}
		}
		frontier = frontier[:0]
		for _, c := range chosen {
			var e Entity
			if p := cands[c].e; p != nil {
				e = *p
			} else if e, ok = src.Entity(cands[c].id); !ok {
				return Subgraph{}, Errorf(EINTERNAL, "entity %q is in a relationship but not in the store", cands[c].id)
			}
			in[e.ID] = e
			frontier = append(frontier, e.ID)
		}
	}
	sg := collect(q, in, omitted, src)
	capRelations(&sg)
	return sg, nil
}

// candidate is an entity Expand may add to the view: links counts its filtered relationships with the
// frontier, proof their evidence.
type candidate struct {
	id           string
	kind         Kind
	e            *Entity // nil until chosen, for a kindSource
	links, proof int
}

// kindSource is a Source that can tell the kind of an entity at the end of one of its relationships
// without looking the entity up.
type kindSource interface {
	EntityKind(id string) (Kind, bool)
}

// better orders candidates best first: most links, then most evidence, then id.
func (a *candidate) better(b *candidate) int {
	return cmp.Or(cmp.Compare(b.links, a.links), cmp.Compare(b.proof, a.proof), cmp.Compare(a.id, b.id))
}

// topCandidates returns the indexes of the best n candidates (all of them when there are no more than n),
// without sorting them all: a hub has thousands of neighbours and the view keeps a few dozen.
func topCandidates(cands []candidate, n int) []int32 {
	if len(cands) <= n {
		out := make([]int32, len(cands))
		for i := range out {
			out[i] = int32(i)
		}
		return out
	}
	if n == 0 {
		return nil
	}
	// A heap of the best n so far, the worst of them at the root.
	h := make([]int32, 0, n)
	worse := func(i, j int32) bool { return cands[i].better(&cands[j]) > 0 }
	down := func(i int) {
		for {
			w, l, r := i, 2*i+1, 2*i+2
			if l < len(h) && worse(h[l], h[w]) {
				w = l
			}
			if r < len(h) && worse(h[r], h[w]) {
				w = r
			}
			if w == i {
				return
			}
			h[i], h[w] = h[w], h[i]
			i = w
		}
	}
	for i := range cands {
		c := int32(i)
		if len(h) < n {
			h = append(h, c)
			for j := len(h) - 1; j > 0; {
				parent := (j - 1) / 2
				if !worse(h[j], h[parent]) {
					break
				}
				h[j], h[parent] = h[parent], h[j]
				j = parent
			}
			continue
		}
		if worse(c, h[0]) {
			continue
		}
		h[0] = c
		down(0)
	}
	return h
}

// plain reports whether the filter keeps every relationship as it is (Apply then returns r, len(r.Evidence) > 0).
func (f Filter) plain() bool {
	return len(f.Types) == 0 && !f.filtersEvidence() && f.MinEvidence <= 1 && len(f.Stances) == 0
}

// DefaultMaxRelations is the fewest relationships a neighbourhood may draw before the relationship limit
// applies; views with more entities than that may have one per entity. Graphviz's time grows much faster
// than the number of edges, and a click should not wait for it: on depth-2 views of 60 actors at 1M
// relationships, dot laid out 90 relationships in p50 24 ms, p90 38 ms, max 39 ms (12 views), 120 in p50
// 26 ms but p90 364 ms, max 667 ms, and up to 180 (the limit before) in p50 120 ms, p90 2.0 s, max 2.3 s
// (the same views, one run, through the worker pool; agbench -only layouts has the table by size and
// engine). What the limit cuts is counted in the title ("70 more not shown").
const DefaultMaxRelations = 90

// MaxRelations is the relationship limit of a view of n entities: DefaultMaxRelations, or one per entity
// past it, enough for every entity to keep its strongest tie (see capRelations). Larger views had one and a
// half per entity until 2026-12-04: the layout's CPU time in the render worker, on 8 depth-2 views a size
// (render's BenchmarkLayoutBySize, one run each at a load average of about 20), p50 / p90:
//
//	actors  lines (1.5 per actor -> 1)  dot                          sfdp
//	100     150 -> 100                  94 / 188 ms -> 74 / 90 ms    73 / 87 ms -> 81 / 93 ms
//	150     225 -> 150                  495 / 877 ms -> 91 / 166 ms  187 / 216 ms -> 100 / 171 ms
//	200     300 -> 200                  over 10 s -> 125 / 192 ms    276 / 405 ms -> 112 / 172 ms
func MaxRelations(n int) int { return max(DefaultMaxRelations, n) }

// capRelations keeps at most MaxRelations(len(sg.Entities)) relationships (see capRelationsTo).
func capRelations(sg *Subgraph) { capRelationsTo(sg, MaxRelations(len(sg.Entities))) }

// SimplerRelations returns sg with at most one relationship per entity, the fewest that still let every
// entity keep its strongest tie, the cut ones added to OmittedRelations: the simpler view a renderer draws
// when the full one takes too long (render.Service). sg itself is not changed.
func SimplerRelations(sg Subgraph) Subgraph {
	capRelationsTo(&sg, len(sg.Entities))
	return sg
}

// capRelationsTo keeps at most limit relationships: first, for every entity, its strongest relationship
// (so no entity shown is left unconnected), then the strongest of the rest. Stronger means touching a focus
// entity, then stated in more sentences, then the smaller id. It adds what it cut to sg.OmittedRelations
// and gives sg a new slice of relationships, so a copy of sg made before keeps its own.
func capRelationsTo(sg *Subgraph, limit int) {
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
	sg.OmittedRelations += len(sg.Relations) - len(rels)
	sg.Relations = rels
}

// collect builds the subgraph of the chosen entities: them, every filtered relationship between two of them,
// and the documents cited. Each relationship is taken once, from the adjacency of its source.
func collect(q NeighborhoodQuery, in map[string]Entity, omitted map[Kind]int, src Source) Subgraph {
	sg := Subgraph{Focus: slices.Clone(q.Focus), Depth: q.Depth, Omitted: omitted,
		Entities: make([]Entity, 0, len(in)), Relations: []Relation{}, Documents: []Document{}}
	docs := map[string]bool{}
	take := func(r *Relation) {
		if r, ok := q.Filter.Apply(*r); ok {
			sg.Relations = append(sg.Relations, r)
			for _, ev := range r.Evidence {
				docs[ev.Document] = true
			}
		}
	}
	if ps, ok := src.(pairSource); ok && len(in) > 1 {
		for _, e := range in {
			sg.Entities = append(sg.Entities, e)
		}
		collectPairs(q.Filter, in, src, ps, take)
	} else {
		ls, _ := src.(LinkSource)
		for id, e := range in {
			sg.Entities = append(sg.Entities, e)
			adj := links(src, id)
			for i := range adj {
				l := &adj[i]
				if !l.Out {
					continue
				}
				if _, ok := in[l.Other]; !ok {
					continue
				}
				take(relation(ls, l))
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
	slices.SortFunc(sg.Documents, CompareDocuments)
	return sg
}

// pairSource is a Source that can also list the relationships from one entity to another by looking them
// up rather than by scanning an adjacency (boltstore's index by relationship id).
type pairSource interface {
	// RelationsBetween appends to out the relationships from one entity to the other of the given types.
	RelationsBetween(from, to string, types []RelType, out []Relation) []Relation
}

// allRelTypes lists the vocabulary's types, for look-ups by pair.
var allRelTypes = func() []RelType {
	out := make([]RelType, len(RelTypes))
	for i, t := range RelTypes {
		out[i] = t.Type
	}
	return out
}()

// lookupCost is how many adjacency entries scanning costs about as much as one look-up by relationship id.
const lookupCost = 4

// collectPairs calls take for every relationship between two of the entities in, once each, without
// scanning the adjacency of the busiest ones: the entities are ordered by the length of their adjacency,
// a relationship belongs to its end that comes first, and the small entities scan their adjacency for the
// relationships they own, while the relationships among the big ones (the last of the order, as many as
// pays) are looked up pair by pair. A view of 60 actors around hubs of a large graph would otherwise scan
// the tens of thousands of relationships of each hub.
func collectPairs(f Filter, in map[string]Entity, src Source, ps pairSource, take func(*Relation)) {
	type member struct {
		id  string
		adj []Link
	}
	ls, _ := src.(LinkSource)
	members := make([]member, 0, len(in))
	for id := range in {
		members = append(members, member{id: id, adj: links(src, id)})
	}
	slices.SortFunc(members, func(a, b member) int {
		return cmp.Or(cmp.Compare(len(a.adj), len(b.adj)), cmp.Compare(a.id, b.id))
	})
	rank := make(map[string]int32, len(members))
	for i, m := range members {
		rank[m.id] = int32(i)
	}
	types := f.Types
	if len(types) == 0 {
		types = allRelTypes
	}
	// The members from big on are looked up by pair: choose big to make scanning the others and looking
	// up the pairs among the rest cheapest.
	n := len(members)
	scan, best, big := 0, -1, n
	for k := 0; k <= n; k++ {
		if k > 0 {
			scan += len(members[k-1].adj)
		}
		rest := n - k
		cost := scan + lookupCost*rest*(rest-1)*len(types)
		if best < 0 || cost < best {
			best, big = cost, k
		}
	}
	for i := range big {
		m := &members[i]
		for j := range m.adj {
			l := &m.adj[j]
			if o, ok := rank[l.Other]; ok && o > int32(i) {
				take(relation(ls, l))
			}
		}
	}
	var buf []Relation
	for i := big; i < n; i++ {
		for j := i + 1; j < n; j++ {
			buf = ps.RelationsBetween(members[i].id, members[j].id, types, buf[:0])
			buf = ps.RelationsBetween(members[j].id, members[i].id, types, buf)
			for k := range buf {
				take(&buf[k])
			}
		}
	}
}
