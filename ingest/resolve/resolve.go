package resolve

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// Merge records that an entity a document's text names was taken for an entity the graph already knows.
type Merge struct {
	Into     string `json:"into"`     // the entity it became
	Alias    string `json:"alias"`    // the name the document used, now an alias of Into
	Document string `json:"document"` // the document whose text used it
	From     string `json:"from"`     // the id the extractor gave it
	Rule     string `json:"rule"`     // name, alias, acronym, spelling, surname; or "overlay FILE:LINE" for a correction
}

// Resolver resolves the text layers of the documents of one run. It remembers the entities it was told about
// (Add) and those of the layers it resolved, and asks Store, when set, about the rest. It is not safe for
// concurrent use.
type Resolver struct {
	Store graph.Store // may be nil: then only the entities of the run count

	known map[string]graph.Entity // by id
	index map[string][]string     // folded name, alias, surname or "acr:" acronym → ids

	// stored files the store's organisations and states by acronym ("acr:csto"), read once when a name
	// that looks like an acronym is first resolved: a search for "CSTO" cannot find an entity that has no
	// such alias.
	stored map[string][]graph.Entity
}

// New returns a resolver that looks entities up in store, which may be nil.
func New(store graph.Store) *Resolver {
	return &Resolver{Store: store, known: map[string]graph.Entity{}, index: map[string][]string{}}
}

// Add makes entities known to the resolver: the entities of the run's overlays, and the text layers once
// they are stored. An entity already known under the same id gains the aliases.
func (r *Resolver) Add(es ...graph.Entity) {
	for _, e := range es {
		if prev, ok := r.known[e.ID]; ok {
			e.Name = prev.Name
			e.Aliases = graph.MergeAliases(prev.Name, prev.Aliases, e.Aliases, []string{e.Name})
		}
		r.known[e.ID] = e
		for _, k := range keys(e) {
			if !slices.Contains(r.index[k], e.ID) {
				r.index[k] = append(r.index[k], e.ID)
			}
		}
	}
}

// keys are what the index files an entity under: each folded name, each word of four letters or more of a
// name of several words (to find variant spellings and surnames), and the acronym of each such name.
func keys(e graph.Entity) []string {
	var ks []string
	for _, n := range names(e) {
		f := fold(n)
		if f == "" {
			continue
		}
		ks = append(ks, f)
		if ws := strings.Fields(f); len(ws) > 1 {
			for _, w := range ws {
				if utf8.RuneCountInString(w) >= 4 {
					ks = append(ks, "w:"+w)
				}
			}
			if a := acronymOf(n); a != "" {
				ks = append(ks, "acr:"+strings.ToLower(a))
			}
		}
	}
	return ks
}

// lookups are the keys under which the entities matching e may be filed.
func lookups(e graph.Entity) []string {
	var ks []string
	for _, n := range names(e) {
		f := fold(n)
		if f == "" {
			continue
		}
		ks = append(ks, f, "acr:"+f)
		for _, w := range strings.Fields(f) {
			if utf8.RuneCountInString(w) >= 3 {
				ks = append(ks, "w:"+w, w) // w: an entity known by this word alone (a bare surname)
			}
		}
		if a := acronymOf(n); a != "" {
			ks = append(ks, strings.ToLower(a))
		}
	}
	return ks
}

// Plan is how one text layer is resolved: for each entity the extractor found, the entity it becomes.
// Corrections from the document's overlays change the plan before Batch applies it.
type Plan struct {
	text    graph.Batch
	to      map[string]graph.Entity // extracted id → the entity it becomes; absent: dropped
	rule    map[string]string       // extracted id → why it became another entity
	dropRel map[string]bool         // relation ids (after resolution) to leave out
}

// Resolve plans the text layer b: each of its entities is matched with the known entities and those in the
// store. The plan's batch is what should be stored; its merges say what was merged.
func (r *Resolver) Resolve(ctx context.Context, b graph.Batch) (*Plan, error) {
	p := &Plan{text: b, to: map[string]graph.Entity{}, rule: map[string]string{}, dropRel: map[string]bool{}}
	for _, e := range b.Entities {
		p.to[e.ID] = e
		into, rule, err := r.find(ctx, e)
		if err != nil {
			return nil, err
		}
		if rule != 0 && into.ID != e.ID {
			p.to[e.ID] = into
			p.rule[e.ID] = rule.String()
		}
	}
	return p, nil
}

// find returns the one known entity e is the same actor as, by the strongest rule; the zero rule when there is
// none, when e itself is known, or when the strongest rule points at several.
func (r *Resolver) find(ctx context.Context, e graph.Entity) (graph.Entity, Rule, error) {
	cands, err := r.candidates(ctx, e)
	if err != nil {
		return graph.Entity{}, 0, err
	}
	var best Rule
	var hits []graph.Entity
	for _, c := range cands {
		if c.ID == e.ID && fold(c.Name) == fold(e.Name) {
			return graph.Entity{}, 0, nil // the same entity: nothing to merge
		}
		rule, ok := Match(e, c)
		if !ok {
			continue
		}
		switch {
		case best == 0 || rule < best:
			best, hits = rule, []graph.Entity{c}
		case rule == best:
			hits = append(hits, c)
		}
	}
	if len(hits) != 1 {
		return graph.Entity{}, 0, nil
	}
	return hits[0], best, nil
}

// searchLimit is how many entities one store search returns; a name rarely has more namesakes.
const searchLimit = 25

func (r *Resolver) candidates(ctx context.Context, e graph.Entity) ([]graph.Entity, error) {
	byID := map[string]graph.Entity{}
	for _, k := range lookups(e) {
		for _, id := range r.index[k] {
			byID[id] = r.known[id]
		}
	}
	if r.Store != nil && looksLikeAcronym(e.Name) {
		if err := r.loadAcronyms(ctx); err != nil {
			return nil, err
		}
		for _, c := range r.stored["acr:"+graph.Fold(e.Name)] {
			if _, ok := byID[c.ID]; !ok {
				byID[c.ID] = c
			}
		}
	}
	if r.Store != nil {
		queries := map[string]bool{}
		for _, n := range names(e) {
			queries[n] = true
			// A variant spelling differs in one word: the name without its last word, or without its first,
			// finds the known name however many entities share a common word ("Kazakh ...").
			if ws := strings.Fields(fold(n)); len(ws) > 1 {
				queries[strings.Join(ws[:len(ws)-1], " ")], queries[strings.Join(ws[1:], " ")] = true, true
			}
			if a := acronymOf(n); a != "" {
				queries[a] = true
			}
		}
		qs := make([]string, 0, len(queries))
		for q := range queries {
			qs = append(qs, q)
		}
		slices.Sort(qs)
		for _, q := range qs {
			if f, err := graph.SearchQuery(q, searchLimit); err != nil || utf8.RuneCountInString(f) < 2 {
				continue
			}
			hits, err := r.Store.Search(ctx, q, searchLimit)
			if err != nil {
				return nil, err
			}
			for _, h := range hits {
				if _, ok := byID[h.ID]; !ok {
					byID[h.ID] = h
				}
			}
		}
	}
	out := make([]graph.Entity, 0, len(byID))
	for _, c := range byID {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// Merges lists what the plan merges, by alias.
func (p *Plan) Merges() []Merge {
	var ms []Merge
	for _, e := range p.text.Entities {
		into, ok := p.to[e.ID]
		if !ok || into.ID == e.ID {
			continue
		}
		ms = append(ms, Merge{Into: into.ID, Alias: e.Name, Document: p.text.Document.ID, From: e.ID, Rule: cmp.Or(p.rule[e.ID], "correction")})
	}
	slices.SortFunc(ms, compareMerges)
	return ms
}

func compareMerges(a, b Merge) int {
	return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Into, b.Into), cmp.Compare(a.Alias, b.Alias), cmp.Compare(a.From, b.From))
}

// SortMerges orders merges by document, entity and alias.
func SortMerges(ms []Merge) { slices.SortFunc(ms, compareMerges) }

// Batch returns the text layer as the plan resolves it: every entity under the id it becomes, with the name
// the document used as an alias; relationships between dropped entities, relationships a merge turned into
// loops and relationships a correction dropped are left out.
func (p *Plan) Batch() graph.Batch {
	b := p.text
	b.Entities, b.Relations = nil, nil
	for _, e := range p.text.Entities {
		into, ok := p.to[e.ID]
		if !ok {
			continue
		}
		ne := graph.Entity{ID: into.ID, Name: into.Name, Kind: into.Kind, Description: e.Description}
		ne.Aliases = graph.MergeAliases(into.Name, names(e))
		if into.ID != e.ID && into.Kind != e.Kind {
			ne.Description = ""
		}
		b.Entities = append(b.Entities, ne)
	}
	for _, rel := range p.relations() {
		if !p.dropRel[rel.ID] {
			b.Relations = append(b.Relations, rel)
		}
	}
	b.Normalize()
	return b
}

// relations maps the text layer's relationships through the plan, with their new ids.
func (p *Plan) relations() []graph.Relation {
	var out []graph.Relation
	for _, rel := range p.text.Relations {
		from, ok1 := p.to[rel.From]
		to, ok2 := p.to[rel.To]
		if !ok1 || !ok2 || from.ID == to.ID {
			continue
		}
		rel.From, rel.To = from.ID, to.ID
		if info, _ := rel.Type.Info(); info.Symmetric && rel.To < rel.From {
			rel.From, rel.To = rel.To, rel.From
		}
		rel.ID = graph.RelationID(rel.From, rel.Type, rel.To)
		rel.Evidence = p.claimants(rel.Evidence)
		out = append(out, rel)
	}
	return out
}

// claimants maps the claimant of each piece of evidence through the plan; a claimant a correction dropped
// leaves the claim unattributed, still a claim.
func (p *Plan) claimants(evidence []graph.Evidence) []graph.Evidence {
	var out []graph.Evidence
	for i, ev := range evidence {
		if ev.Claim == "" || ev.Claim == graph.ClaimUnattributed {
			continue
		}
		if out == nil {
			out = slices.Clone(evidence)
		}
		if into, ok := p.to[ev.Claim]; ok {
			out[i].Claim = into.ID
		} else {
			out[i].Claim = graph.ClaimUnattributed
		}
	}
	if out == nil {
		return evidence
	}
	return out
}

func looksLikeAcronym(name string) bool {
	s := strings.ReplaceAll(name, ".", "")
	if n := utf8.RuneCountInString(s); n < 2 || n > 8 {
		return false
	}
	return strings.ToUpper(s) == s && graph.Fold(s) != ""
}

func (r *Resolver) loadAcronyms(ctx context.Context) error {
	if r.stored != nil {
		return nil
	}
	sg, err := r.Store.Snapshot(ctx, graph.Filter{Kinds: []graph.Kind{graph.Organization, graph.State}})
	if err != nil {
		return err
	}
	r.stored = map[string][]graph.Entity{}
	for _, e := range sg.Entities {
		if e.Kind != graph.Organization && e.Kind != graph.State {
			continue
		}
		for _, n := range names(e) {
			if a := acronymOf(n); a != "" {
				k := "acr:" + strings.ToLower(a)
				if !slices.ContainsFunc(r.stored[k], func(x graph.Entity) bool { return x.ID == e.ID }) {
					r.stored[k] = append(r.stored[k], e)
				}
			}
		}
	}
	return nil
}
