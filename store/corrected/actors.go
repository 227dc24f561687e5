package corrected

import (
	"context"
	"slices"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// The reads of a store with actor corrections in force (merge, split, rename, kind, aliases): each asks
// the inner store about the stored ids that make up the actors asked for (layer.Actors.Stored), and shows
// what it answers as the actors corrected. Without actor corrections the reads in corrected.go go straight
// to the inner store's own answers.

// lookup reads stored entities from the inner store, each once; the first error other than ENOTFOUND is
// kept in *errp and answers "not there" from then on.
func (s *Store) lookup(ctx context.Context, errp *error) layer.Lookup {
	cache := map[string]*graph.Entity{}
	return func(id string) (graph.Entity, bool) {
		e, seen := cache[id]
		if !seen && *errp == nil {
			got, err := s.Store.Entity(ctx, id)
			switch {
			case err == nil:
				e = &got
			case graph.ErrorCode(err) != graph.ENOTFOUND:
				*errp = err
			}
			cache[id] = e
		}
		if e == nil {
			return graph.Entity{}, false
		}
		return *e, true
	}
}

// relations returns stored relationships as corrected, with the relationships editors added between
// actors that touch accepts: the relationship corrections named by stored ids, then the actors shown, then
// the relationship corrections named by the ids of the actors shown (an editor who rejects a relationship
// of a merged actor names it by the merged ids).
func (v *view) relations(rs []graph.Relation, touch func(from, to string) bool) []graph.Relation {
	if v.a.Empty() {
		return v.c.With(rs, touch)
	}
	rs = v.c.With(rs, func(from, to string) bool { return touch(from, to) || touch(v.a.Shown(from), v.a.Shown(to)) })
	return v.c.Relations(v.a.Relations(rs))
}

func everything(string, string) bool { return true }

// actorEntity returns the actor as corrected; ENOTFOUND when hidden or not there.
func (s *Store) actorEntity(ctx context.Context, v *view, id string) (graph.Entity, error) {
	var err error
	e, ok := v.a.Entity(id, s.lookup(ctx, &err))
	if err != nil {
		return graph.Entity{}, err
	}
	if !ok || v.c.Hidden(e.ID) {
		return graph.Entity{}, graph.Errorf(graph.ENOTFOUND, "no entity with id %q", graph.Clip(id))
	}
	return e, nil
}

// actorAdjacent returns the corrected relationships touching the actors shown as ids, unfiltered.
func (s *Store) actorAdjacent(ctx context.Context, v *view, ids []string) ([]graph.Relation, error) {
	want := map[string]bool{}
	for _, id := range ids {
		if g := v.a.Shown(id); !v.c.Hidden(g) {
			want[g] = true
		}
	}
	if len(want) == 0 {
		return []graph.Relation{}, nil
	}
	rels, err := s.Store.Adjacent(ctx, v.a.Stored(slices.Sorted(mapsKeys(want))), graph.Filter{})
	if err != nil {
		return nil, err
	}
	touches := func(from, to string) bool { return want[from] || want[to] }
	return slices.DeleteFunc(v.relations(rels, touches), func(r graph.Relation) bool { return !touches(r.From, r.To) }), nil
}

// kinds returns a function that says whether an actor passes the filter's kinds, by its corrected kind.
func (s *Store) kinds(ctx context.Context, v *view, f graph.Filter, errp *error) func(id string) bool {
	if len(f.Kinds) == 0 {
		return func(string) bool { return true }
	}
	lookup := s.lookup(ctx, errp)
	return func(id string) bool {
		e, ok := v.a.Entity(id, lookup)
		return ok && f.KeepsKind(e.Kind)
	}
}

func (s *Store) adjacentActors(ctx context.Context, v *view, ids []string, f graph.Filter) ([]graph.Relation, error) {
	rels, err := s.actorAdjacent(ctx, v, ids)
	if err != nil {
		return nil, err
	}
	var kerr error
	keeps := s.kinds(ctx, v, f, &kerr)
	want := map[string]bool{}
	for _, id := range ids {
		want[v.a.Shown(id)] = true
	}
	out := rels[:0]
	for _, r := range rels {
		if (!want[r.From] && !keeps(r.From)) || (!want[r.To] && !keeps(r.To)) {
			continue
		}
		if r, ok := f.Apply(r); ok {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, byID)
	return out, kerr
}

// searchActors searches the inner store, shows each hit as its actor, and adds the actors a correction
// changed that match by their corrected names: a new name or alias is found at once, one taken off is not.
func (s *Store) searchActors(ctx context.Context, v *view, query string, limit int) ([]graph.Entity, error) {
	q, err := graph.SearchQuery(query, limit)
	if err != nil {
		return nil, err
	}
	hits, err := s.Store.Search(ctx, query, min(graph.MaxSearchLimit, limit+len(v.log)))
	if err != nil {
		return nil, err
	}
	var lerr error
	lookup := s.lookup(ctx, &lerr)
	seen := map[string]bool{}
	var found []graph.SearchHit
	// consider shows a hit as its actor. stored is the hit as the store found it, nil for an actor a
	// correction changed: a hit the store found by a name the actor no longer has is left out, and one
	// it found by a misspelling (no name matches) keeps its place after those that match.
	consider := func(id string, stored *graph.Entity) {
		g := v.a.Shown(id)
		if seen[g] || v.c.Hidden(g) {
			return
		}
		e, ok := v.a.Entity(g, lookup)
		if !ok {
			return
		}
		score := graph.SearchScore(e, q)
		if score < 0 {
			if stored == nil || graph.SearchScore(*stored, q) >= 0 {
				return
			}
			score = misspelt
		}
		seen[g] = true
		found = append(found, graph.SearchHit{Entity: e, Score: score})
	}
	for i := range hits {
		consider(hits[i].ID, &hits[i])
	}
	for _, id := range v.a.Touched() {
		consider(id, nil)
	}
	if lerr != nil {
		return nil, lerr
	}
	slices.SortStableFunc(found, graph.CompareSearchHits)
	out := make([]graph.Entity, 0, min(limit, len(found)))
	for _, h := range found[:min(limit, len(found))] {
		out = append(out, h.Entity)
	}
	return out, nil
}

// misspelt ranks a hit the store found by a misspelling after every hit that a name matches.
const misspelt = 4

// actorSource is the inner store seen as the actors corrected, for graph.Expand and graph.Induce.
type actorSource struct {
	ctx    context.Context
	s      *Store
	v      *view
	inner  *storeSource
	lookup layer.Lookup
	rels   map[string][]graph.Relation
}

func (s *Store) newActorSource(ctx context.Context, v *view) *actorSource {
	src := &actorSource{ctx: ctx, s: s, v: v, rels: map[string][]graph.Relation{},
		inner: &storeSource{ctx: ctx, s: s.Store, entities: map[string]*graph.Entity{}, relations: map[string][]graph.Relation{}}}
	src.lookup = func(id string) (graph.Entity, bool) { return src.inner.Entity(id) }
	return src
}

func (src *actorSource) Entity(id string) (graph.Entity, bool) {
	if src.v.a.Moved(id) || src.v.c.Hidden(id) {
		return graph.Entity{}, false
	}
	return src.v.a.Entity(id, src.lookup)
}

// EntityKind tells Expand the kind of an actor at the end of a relationship without reading it: by its id
// (as the stores do) unless an actor correction bears on it.
func (src *actorSource) EntityKind(id string) (graph.Kind, bool) {
	if !src.v.a.Involved(id) {
		if src.v.c.Hidden(id) {
			return "", false
		}
		return graph.KindOfID(id)
	}
	e, ok := src.Entity(id)
	return e.Kind, ok
}

func (src *actorSource) Relations(id string) []graph.Relation {
	if rels, ok := src.rels[id]; ok {
		return rels
	}
	var stored []graph.Relation
	seen := map[string]bool{}
	for _, m := range src.v.a.Stored([]string{id}) {
		for _, r := range src.inner.Relations(m) {
			if !seen[r.ID] {
				seen[r.ID] = true
				stored = append(stored, r)
			}
		}
	}
	touches := func(from, to string) bool { return from == id || to == id }
	rels := slices.DeleteFunc(src.v.relations(stored, touches), func(r graph.Relation) bool { return !touches(r.From, r.To) })
	src.rels[id] = rels
	return rels
}

func (src *actorSource) Document(id string) (graph.Document, bool) { return src.inner.Document(id) }

func (src *actorSource) failed() error { return src.inner.err }

// neighborhoodActors expands through the actors corrected, unless the inner store's own answer holds no
// actor a correction bears on.
func (s *Store) neighborhoodActors(ctx context.Context, v *view, q graph.NeighborhoodQuery) (graph.Subgraph, error) {
	if sg, ok, err := s.untouchedNeighborhood(ctx, v, q); ok || err != nil {
		return sg, err
	}
	q.Focus = slices.Clone(q.Focus)
	for i, id := range q.Focus {
		q.Focus[i] = v.a.Shown(id)
	}
	src := s.newActorSource(ctx, v)
	sg, err := graph.Expand(q, src)
	if err == nil {
		err = src.failed()
	}
	return sg, err
}

// untouchedNeighborhood returns the inner store's neighbourhood when the actor corrections leave it as it
// is: no actor of it is involved nor related to an involved one (Expand weighs only the relationships of
// the actors it takes in, so an involved actor would be one of them or among their candidates), and the
// filter keeps every kind (an actor given another kind may be missing).
// Measured with BenchmarkCorrectedNeighborhood: one merge elsewhere in a 100,000-relationship store cost
// 36 times the uncorrected read through Expand, and costs the same as it with this.
func (s *Store) untouchedNeighborhood(ctx context.Context, v *view, q graph.NeighborhoodQuery) (graph.Subgraph, bool, error) {
	if len(q.Filter.Kinds) > 0 || slices.ContainsFunc(q.Focus, v.a.Involved) {
		return graph.Subgraph{}, false, nil
	}
	sg, err := s.Store.Neighborhood(ctx, q)
	if err != nil {
		return sg, graph.ErrorCode(err) == graph.EINVALID, err
	}
	near, err := v.near.get(ctx, s.Store, v.a)
	if err != nil {
		return sg, false, err
	}
	if slices.ContainsFunc(sg.Entities, func(e graph.Entity) bool { return v.a.Involved(e.ID) || near[e.ID] }) ||
		(!v.c.Empty() && v.touches(sg)) {
		return graph.Subgraph{}, false, nil
	}
	return sg, true, nil
}

// nearActors are the stored actors related to an involved one, read once for a view: an actor of a
// neighbourhood outside these has no involved actor among the candidates Expand weighs next to it, shown
// or left out by the node limit.
type nearActors struct {
	once sync.Once
	ids  map[string]bool
	err  error
}

func (n *nearActors) get(ctx context.Context, inner graph.Store, a *layer.Actors) (map[string]bool, error) {
	n.once.Do(func() {
		involved := a.InvolvedIDs()
		rels, err := inner.Adjacent(ctx, involved, graph.Filter{})
		if err != nil {
			n.err = err
			return
		}
		n.ids = map[string]bool{}
		for _, r := range rels {
			n.ids[r.From], n.ids[r.To] = true, true
		}
	})
	return n.ids, n.err
}

// snapshotActors is the whole graph as corrected: every actor shown, and the relationships between them.
func (s *Store) snapshotActors(ctx context.Context, v *view, f graph.Filter) (graph.Subgraph, error) {
	if err := f.Validate(); err != nil {
		return graph.Subgraph{}, err
	}
	all, err := s.Store.Snapshot(ctx, graph.Filter{})
	if err != nil {
		return all, err
	}
	stored := make(map[string]graph.Entity, len(all.Entities))
	for _, e := range all.Entities {
		stored[e.ID] = e
	}
	var lerr error
	fallback := s.lookup(ctx, &lerr)
	lookup := func(id string) (graph.Entity, bool) {
		if e, ok := stored[id]; ok {
			return e, true
		}
		return fallback(id)
	}
	keep := map[string]bool{}
	var entities []graph.Entity
	take := func(id string) {
		g := v.a.Shown(id)
		if keep[g] || v.c.Hidden(g) {
			return
		}
		e, ok := v.a.Entity(g, lookup)
		if ok && f.KeepsKind(e.Kind) {
			keep[g] = true
			entities = append(entities, e)
		}
	}
	for _, e := range all.Entities {
		take(e.ID)
	}
	for _, id := range v.a.Touched() {
		take(id)
	}
	if lerr != nil {
		return graph.Subgraph{}, lerr
	}
	slices.SortFunc(entities, func(a, b graph.Entity) int { return compareStrings(a.ID, b.ID) })
	cited := map[string]bool{}
	var rels []graph.Relation
	for _, r := range v.relations(all.Relations, everything) {
		if !keep[r.From] || !keep[r.To] {
			continue
		}
		if r, ok := f.Apply(r); ok {
			rels = append(rels, r)
			for _, ev := range r.Evidence {
				cited[ev.Document] = true
			}
		}
	}
	slices.SortFunc(rels, byID)
	all.Entities, all.Relations = entities, rels
	all.Documents = slices.DeleteFunc(all.Documents, func(d graph.Document) bool { return !cited[d.ID] })
	all.Documents, err = s.addCited(ctx, all.Documents, cited)
	return all, err
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// documentEntitiesActors shows the document's actors as corrected: a merged actor once, and an actor split
// off by its sentences when one of them is in the document.
func (s *Store) documentEntitiesActors(ctx context.Context, v *view, id string) ([]graph.Entity, error) {
	es, err := s.Store.DocumentEntities(ctx, id)
	if err != nil {
		return nil, err
	}
	var lerr error
	lookup := s.lookup(ctx, &lerr)
	seen := map[string]bool{}
	var out []graph.Entity
	take := func(eid string) {
		g := v.a.Shown(eid)
		if seen[g] || v.c.Hidden(g) {
			return
		}
		seen[g] = true
		if e, ok := v.a.Entity(g, lookup); ok {
			out = append(out, e)
		}
	}
	ids := make([]string, 0, len(es))
	for _, e := range es {
		take(e.ID)
		ids = append(ids, e.ID)
	}
	rels, err := s.Store.Adjacent(ctx, v.a.Stored(ids), graph.Filter{Documents: []string{id}})
	if err != nil {
		return nil, err
	}
	in := graph.Filter{Documents: []string{id}}
	for _, r := range v.relations(rels, everything) {
		if _, ok := in.Apply(r); ok {
			take(r.From)
			take(r.To)
		}
	}
	slices.SortFunc(out, func(a, b graph.Entity) int { return compareStrings(a.ID, b.ID) })
	return out, lerr
}

// entityDocumentsActors lists the documents naming any stored actor the actor gathers, and those citing
// its relationships (an actor split off by its sentences).
func (s *Store) entityDocumentsActors(ctx context.Context, v *view, id string) ([]graph.Document, error) {
	g := v.a.Shown(id)
	if _, err := s.actorEntity(ctx, v, g); err != nil {
		return nil, err
	}
	byID := map[string]graph.Document{}
	for _, m := range v.a.Stored([]string{g}) {
		if v.a.Shown(m) != g {
			continue // a stored actor a split takes sentences from: only those sentences count
		}
		docs, err := s.Store.EntityDocuments(ctx, m)
		if graph.ErrorCode(err) == graph.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			byID[d.ID] = d
		}
	}
	rels, err := s.actorAdjacent(ctx, v, []string{g})
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, r := range rels {
		for _, ev := range r.Evidence {
			if _, ok := byID[ev.Document]; !ok && !slices.Contains(missing, ev.Document) {
				missing = append(missing, ev.Document)
			}
		}
	}
	if len(missing) > 0 {
		docs, err := s.Store.Documents(ctx)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			if slices.Contains(missing, d.ID) {
				byID[d.ID] = d
			}
		}
	}
	out := make([]graph.Document, 0, len(byID))
	for _, d := range byID {
		out = append(out, d)
	}
	slices.SortFunc(out, graph.CompareDocuments)
	return out, nil
}

// actorsDelta adds to ids the stored actors the actor corrections gather, and returns how many fewer
// actors the store shows than it holds among them.
func (s *Store) actorsDelta(ctx context.Context, v *view, ids map[string]bool) (int, error) {
	var err error
	lookup := s.lookup(ctx, &err)
	shown := map[string]bool{}
	n := 0
	for _, id := range v.a.Touched() {
		shown[id] = true
	}
	for _, id := range v.a.Stored(v.a.Touched()) {
		ids[id] = true
		if _, ok := lookup(id); ok {
			n++
			shown[v.a.Shown(id)] = true
		}
	}
	for id := range shown {
		if _, ok := v.a.Entity(id, lookup); ok && !v.a.Moved(id) {
			n--
		}
	}
	return n, err
}

// prepareActor checks an actor correction against the graph as corrected so far and fills in the ids it
// leads to: the actor shown (for an id merged into another), the new id of a renamed or re-kinded actor or
// of an alias split off, and an alias as the actor spells it. Errors: ENOTFOUND for an actor or alias that
// is not there; ECONFLICT for a correction that changes nothing, or a name or kind that another actor has
// (merge them instead).
func (s *Store) prepareActor(ctx context.Context, v *view, c *graph.Correction) error {
	e, err := s.entity(ctx, v, c.Entity)
	if err != nil {
		return err
	}
	c.Entity = e.ID
	alias := func() (string, error) {
		f := graph.Fold(c.Name)
		for _, a := range e.Aliases {
			if graph.Fold(a) == f {
				return a, nil
			}
		}
		return "", graph.Errorf(graph.ENOTFOUND, "%s has no alias %q (its aliases: %s)", graph.Clip(e.Name), graph.Clip(c.Name), graph.Clip(joinNames(e.Aliases)))
	}
	taken := func(id string) error {
		if id == e.ID {
			return nil
		}
		if other, err := s.entity(ctx, v, id); err == nil && other.ID != e.ID {
			return graph.Errorf(graph.ECONFLICT, "%q (%s) is another actor: merge the two instead", graph.Clip(other.Name), other.ID)
		}
		return nil
	}
	switch c.Action {
	case graph.ActionMerge:
		into, err := s.entity(ctx, v, c.Into)
		if err != nil {
			return err
		}
		if into.ID == e.ID {
			return graph.Errorf(graph.ECONFLICT, "%s and %s are one actor already", graph.Clip(c.Entity), graph.Clip(c.Into))
		}
		c.Into = into.ID
	case graph.ActionRename:
		if c.Name == e.Name {
			return graph.Errorf(graph.ECONFLICT, "the actor is named %q already", graph.Clip(e.Name))
		}
		c.Into = graph.EntityID(e.Kind, c.Name)
		return taken(c.Into)
	case graph.ActionKind:
		if c.Kind == e.Kind {
			return graph.Errorf(graph.ECONFLICT, "%s is a %s already", graph.Clip(e.Name), e.Kind)
		}
		c.Into = graph.EntityID(c.Kind, e.Name)
		return taken(c.Into)
	case graph.ActionAddAlias:
		f := graph.Fold(c.Name)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if graph.Fold(n) == f {
				return graph.Errorf(graph.ECONFLICT, "%s has the name %q already", graph.Clip(e.Name), graph.Clip(n))
			}
		}
		if len(e.Aliases) >= 10*graph.MaxAliases {
			return graph.Errorf(graph.ETOOLARGE, "%s has %d aliases, the most an editor can give", graph.Clip(e.Name), len(e.Aliases))
		}
	case graph.ActionRemoveAlias:
		if c.Name, err = alias(); err != nil {
			return err
		}
	case graph.ActionSplit:
		if c.Name, err = alias(); err != nil {
			return err
		}
		c.Into = graph.EntityID(e.Kind, c.Name)
		if c.Into == e.ID {
			return graph.Errorf(graph.EINVALID, "the alias %q gives the actor's own id; rename the actor instead", graph.Clip(c.Name))
		}
	}
	return nil
}

func joinNames(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	out := ""
	for i, n := range names {
		if i > 0 {
			out += ", "
		}
		out += n
	}
	return out
}

// checkActor returns ENOTFOUND when an actor correction names an actor the graph, as corrected so far,
// does not show.
func (s *Store) checkActor(ctx context.Context, v *view, c graph.Correction) error {
	if _, err := s.entity(ctx, v, c.Entity); err != nil {
		return err
	}
	if c.Action == graph.ActionMerge {
		if _, err := s.entity(ctx, v, c.Into); err != nil {
			return err
		}
	}
	if c.Action != graph.ActionMerge && c.Into == "" && c.Action != graph.ActionAddAlias && c.Action != graph.ActionRemoveAlias {
		return graph.Errorf(graph.EINVALID, "an exported %s correction names the actor it leads to, \"into\"", c.Action)
	}
	return nil
}
