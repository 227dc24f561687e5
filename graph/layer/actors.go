package layer

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Actors are the actor corrections in force (merge, split, rename, kind, aliases), indexed for reading the
// stored graph as corrected. The stored layers keep the ids the articles gave; Actors maps each id to the
// actor it is shown as and builds that actor from the stored entities it gathers, so every read of every
// store shows the same actors, and a merge holds for articles ingested later under either id.
//
// Ids: a stored id a correction moved (merged into another actor, renamed, given another kind) is shown as
// another id, Shown(id); the actors shown are those ids whose Shown is themselves.
type Actors struct {
	shown   map[string]string          // id -> the id it is shown as, for ids a correction moved
	base    map[string]string          // shown id not stored -> the stored id whose entity it starts from
	names   map[string]string          // shown id -> the name an editor gave it
	kinds   map[string]graph.Kind      // shown id -> the kind an editor gave it
	added   map[string][]string        // shown id -> aliases added
	removed map[string]map[string]bool // shown id -> folded aliases taken off
	splits  map[string][]split         // stored id -> aliases split off it by the sentences naming them
	made    map[string]bool            // ids of actors a split made from sentences, with no stored entity

	involved map[string]bool // every id above, stored or shown: Involved
}

// split moves, from one stored actor, the sentences that name alias (folded) and none of others to into.
type split struct {
	alias  string
	others []string
	into   string
}

// Lookup returns a stored entity, as the store holds it.
type Lookup func(id string) (graph.Entity, bool)

// NewActors indexes the actor corrections that are in force, in the order they were made; lookup reads the
// stored entities they name.
func NewActors(cs []graph.Correction, lookup Lookup) *Actors {
	a := &Actors{shown: map[string]string{}, base: map[string]string{}, names: map[string]string{},
		kinds: map[string]graph.Kind{}, added: map[string][]string{}, removed: map[string]map[string]bool{},
		splits: map[string][]split{}, made: map[string]bool{}}
	for _, c := range cs {
		if !c.Active() || !graph.IsActorAction(c.Action) {
			continue
		}
		g := a.Shown(c.Entity)
		switch c.Action {
		case graph.ActionMerge:
			a.merge(g, a.Shown(c.Into), lookup)
		case graph.ActionRename:
			a.move(g, c.Into, lookup)
			a.names[c.Into] = c.Name
			a.unremove(c.Into, c.Name)
		case graph.ActionKind:
			a.move(g, c.Into, lookup)
			a.kinds[c.Into] = c.Kind
		case graph.ActionAddAlias:
			a.unremove(g, c.Name)
			a.added[g] = append(a.added[g], c.Name)
		case graph.ActionRemoveAlias:
			a.remove(g, c.Name)
		case graph.ActionSplit:
			a.split(g, c, lookup)
		}
	}
	a.involved = map[string]bool{}
	for _, id := range a.Touched() {
		a.involved[id] = true
	}
	for _, id := range a.Stored(a.Touched()) {
		a.involved[id] = true
	}
	for k := range a.shown {
		a.involved[k] = true
	}
	for k, ss := range a.splits {
		a.involved[k] = true
		for _, sp := range ss {
			a.involved[sp.into] = true
		}
	}
	return a
}

// Involved reports whether an actor correction bears on the id: an actor it moved, gathered, changed or
// made, or one a split takes sentences from. A view none of whose actors is involved reads the same
// corrected or not.
func (a *Actors) Involved(id string) bool { return a != nil && a.involved[id] }

// InvolvedIDs lists the ids Involved reports, sorted.
func (a *Actors) InvolvedIDs() []string {
	if a == nil {
		return nil
	}
	return slices.Sorted(maps.Keys(a.involved))
}

// Empty reports whether no actor correction applies, so reads can skip them.
func (a *Actors) Empty() bool {
	return a == nil || len(a.shown)+len(a.names)+len(a.kinds)+len(a.added)+len(a.removed)+len(a.splits)+len(a.made) == 0
}

// Shown returns the id the actor with the id is shown as. The moves are kept flat, but a log imported
// from elsewhere may chain them (a rename to an id merged since) or even loop: Shown follows a chain to its
// end, and stops a loop after as many steps as there are moves.
func (a *Actors) Shown(id string) string {
	if a == nil {
		return id
	}
	for range len(a.shown) {
		to, ok := a.shown[id]
		if !ok || to == id {
			break
		}
		id = to
	}
	return id
}

// Moved reports whether the id is shown as another.
func (a *Actors) Moved(id string) bool { return a.Shown(id) != id }

func (a *Actors) unremove(g, name string) {
	delete(a.removed[g], graph.Fold(name))
}

func (a *Actors) remove(g, name string) {
	f := graph.Fold(name)
	if a.removed[g] == nil {
		a.removed[g] = map[string]bool{}
	}
	a.removed[g][f] = true
	a.added[g] = slices.DeleteFunc(a.added[g], func(s string) bool { return graph.Fold(s) == f })
}

// move shows from, and every id shown as from, as to, with what the editors set on from.
func (a *Actors) move(from, to string, lookup Lookup) {
	if from == to || to == "" {
		return
	}
	for k, v := range a.shown {
		if v == from {
			a.shown[k] = to
		}
	}
	a.shown[from] = to
	if a.shown[to] == to {
		delete(a.shown, to)
	}
	if _, stored := lookup(to); !stored || a.Moved(to) {
		if _, ok := a.base[to]; !ok {
			a.base[to] = a.baseOf(from)
		}
	}
	if a.made[from] {
		a.made[to] = true
	}
	delete(a.made, from)
	carry(a.names, from, to)
	carry(a.kinds, from, to)
	a.added[to] = append(a.added[to], a.added[from]...)
	delete(a.added, from)
	if r := a.removed[from]; len(r) > 0 {
		if a.removed[to] == nil {
			a.removed[to] = map[string]bool{}
		}
		maps.Copy(a.removed[to], r)
	}
	delete(a.removed, from)
	delete(a.base, from)
}

// merge shows from as into: the name an editor gave from becomes an alias; its kind gives way to into's.
func (a *Actors) merge(from, into string, lookup Lookup) {
	if from == into {
		return
	}
	if n, ok := a.names[from]; ok {
		a.added[from] = append(a.added[from], n)
	}
	delete(a.names, from)
	delete(a.kinds, from)
	keepName, keepKind := a.names[into], a.kinds[into]
	_, hadName := a.names[into]
	_, hadKind := a.kinds[into]
	a.move(from, into, lookup)
	if hadName {
		a.names[into] = keepName
	}
	if hadKind {
		a.kinds[into] = keepKind
	}
}

func carry[V any](m map[string]V, from, to string) {
	if v, ok := m[from]; ok {
		m[to] = v
		delete(m, from)
	}
}

func (a *Actors) baseOf(id string) string {
	if b, ok := a.base[id]; ok {
		return b
	}
	return id
}

// split takes the alias c.Name off g and shows it as c.Into: the stored actors merged into g under that
// name leave whole; when there is none, the sentences that name the alias and none of g's other names move
// from g's stored actors to the new one.
func (a *Actors) split(g string, c graph.Correction, lookup Lookup) {
	f := graph.Fold(c.Name)
	e, ok := a.Entity(g, lookup)
	if !ok {
		return
	}
	a.remove(g, c.Name)
	whole := false
	for _, m := range a.members(g, lookup) {
		if stored, ok := lookup(m); ok && m != a.baseOf(g) && slices.ContainsFunc(append([]string{stored.Name}, stored.Aliases...),
			func(n string) bool { return graph.Fold(n) == f }) {
			whole = true
			a.shown[m] = c.Into
			if m == c.Into {
				delete(a.shown, m)
			}
		}
	}
	if whole {
		if _, stored := lookup(c.Into); !stored {
			a.names[c.Into] = c.Name
		}
		return
	}
	var others []string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if o := graph.Fold(n); o != f && o != "" {
			others = append(others, o)
		}
	}
	for _, m := range a.members(g, lookup) {
		a.splits[m] = append(a.splits[m], split{alias: f, others: others, into: c.Into})
	}
	if _, stored := lookup(c.Into); !stored && !a.Moved(c.Into) {
		a.made[c.Into] = true
		a.names[c.Into] = c.Name
		a.kinds[c.Into] = e.Kind
	}
}

// members returns the stored ids shown as g, sorted.
func (a *Actors) members(g string, lookup Lookup) []string {
	var ms []string
	if _, ok := lookup(g); ok && !a.Moved(g) {
		ms = append(ms, g)
	}
	for k := range a.shown {
		if a.Shown(k) == g {
			if _, ok := lookup(k); ok {
				ms = append(ms, k)
			}
		}
	}
	slices.Sort(ms)
	return ms
}

// Entity returns the actor with the id as corrected: for an id shown as another, that other. The name and
// kind are an editor's or those of the stored entity it started from; the aliases gather every name of the
// stored entities it holds and those added, less those taken off.
func (a *Actors) Entity(id string, lookup Lookup) (graph.Entity, bool) {
	g := a.Shown(id)
	if a.Empty() {
		return lookup(g)
	}
	ms := a.members(g, lookup)
	var base graph.Entity
	hasBase := false
	if b := a.baseOf(g); b != g || !a.made[g] {
		base, hasBase = lookup(b)
		if !hasBase && len(ms) > 0 {
			base, hasBase = lookup(ms[0])
		}
	}
	if !hasBase && !a.made[g] {
		return graph.Entity{}, false
	}
	e := graph.Entity{ID: g, Name: base.Name, Kind: base.Kind, Description: base.Description}
	if n, ok := a.names[g]; ok {
		e.Name = n
	}
	if k, ok := a.kinds[g]; ok {
		e.Kind = k
	}
	lists := [][]string{a.added[g]}
	for _, m := range ms {
		if stored, ok := lookup(m); ok {
			lists = append(lists, []string{stored.Name}, stored.Aliases)
		}
	}
	if hasBase {
		lists = append(lists, []string{base.Name}, base.Aliases)
	}
	e.Aliases = graph.MergeAliases(e.Name, lists...)
	if r := a.removed[g]; len(r) > 0 {
		e.Aliases = slices.DeleteFunc(e.Aliases, func(s string) bool { return r[graph.Fold(s)] })
	}
	return e, true
}

// Touched returns the ids of the actors shown that a correction changed, sorted: search looks at these
// beside what the store finds.
func (a *Actors) Touched() []string {
	if a.Empty() {
		return nil
	}
	set := map[string]bool{}
	for k := range a.shown {
		set[a.Shown(k)] = true
	}
	for _, m := range []map[string]bool{a.made} {
		for k := range m {
			set[k] = true
		}
	}
	for k := range a.names {
		set[k] = true
	}
	for k := range a.kinds {
		set[k] = true
	}
	for k := range a.added {
		set[k] = true
	}
	for k := range a.removed {
		set[k] = true
	}
	for _, ss := range a.splits {
		for _, s := range ss {
			set[a.Shown(s.into)] = true
		}
	}
	for k := range set {
		if a.Moved(k) {
			delete(set, k)
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// Stored returns the stored ids whose relationships make up those of the actors with the ids: each actor
// shown, the stored actors it gathers, and those a split takes sentences from. Sorted, each once.
func (a *Actors) Stored(ids []string) []string {
	if a.Empty() {
		return ids
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[a.Shown(id)] = true
	}
	set := map[string]bool{}
	for id := range want {
		set[id] = true
		if b, ok := a.base[id]; ok {
			set[b] = true
		}
	}
	for k := range a.shown {
		if want[a.Shown(k)] {
			set[k] = true
		}
	}
	for from, ss := range a.splits {
		for _, s := range ss {
			if want[a.Shown(s.into)] || want[a.Shown(from)] {
				set[from] = true
			}
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// Relations returns the stored relationships rs as between the actors shown: each end shown as its actor
// (a split's alias by the sentence), those that become one merged (evidence gathered in CompareEvidence
// order, the stance the merge rule's), and those from an actor to itself left out: rs itself when no
// correction moves any of them, else sorted by id. rs is not modified.
func (a *Actors) Relations(rs []graph.Relation) []graph.Relation {
	if a.Empty() {
		return rs
	}
	moves := func(r *graph.Relation) bool {
		_, from := a.shown[r.From]
		_, to := a.shown[r.To]
		return from || to || len(a.splits[r.From]) > 0 || len(a.splits[r.To]) > 0 || a.claims(r)
	}
	// Most relationships a read asks for touch no corrected actor: they pass as they are, and only the
	// others are gathered by id (a hub's thousands of relationships were copied into a map on every read).
	first := slices.IndexFunc(rs, func(r graph.Relation) bool { return moves(&r) })
	if first < 0 {
		return rs
	}
	out := slices.Clone(rs[:first])
	for i := first; i < len(rs); i++ {
		if !moves(&rs[i]) {
			out = append(out, rs[i])
		}
	}
	byID := map[string]*graph.Relation{}
	for _, r := range out {
		byID[r.ID] = nil // an id taken: a moved relationship with it merges into the one kept
	}
	merged := map[string]bool{}
	seen := make(map[string]bool, len(rs))
	add := func(r *graph.Relation, from, to string, ev []graph.Evidence) {
		if from == to || len(ev) == 0 {
			return
		}
		id := graph.RelationID(from, r.Type, to)
		if got, ok := byID[id]; ok && got == nil {
			// A relationship that passed as it was has this id: gather into it.
			i := slices.IndexFunc(out, func(o graph.Relation) bool { return o.ID == id })
			kept := out[i]
			kept.Evidence = slices.Clone(kept.Evidence)
			out = slices.Delete(out, i, i+1)
			got = &kept
			byID[id] = got
			got.Evidence = append(got.Evidence, ev...)
			merged[id] = true
			return
		} else if ok {
			got.Evidence = append(got.Evidence, ev...)
			merged[id] = true
			return
		}
		byID[id] = &graph.Relation{ID: id, From: from, To: to, Type: r.Type, Stance: r.Stance, Evidence: slices.Clone(ev)}
		if len(ev) != len(r.Evidence) {
			merged[id] = true
		}
	}
	for i := first; i < len(rs); i++ {
		r := &rs[i]
		if seen[r.ID] || !moves(r) {
			continue
		}
		seen[r.ID] = true
		from, to := a.Shown(r.From), a.Shown(r.To)
		if len(a.splits[r.From]) == 0 && len(a.splits[r.To]) == 0 {
			add(r, from, to, r.Evidence)
			continue
		}
		for j := range r.Evidence {
			ev := r.Evidence[j : j+1]
			add(r, a.splitEnd(r.From, ev[0], from), a.splitEnd(r.To, ev[0], to), ev)
		}
	}
	for id, r := range byID {
		if r == nil {
			continue
		}
		for i, ev := range r.Evidence {
			if strings.Contains(ev.Claim, ":") && a.Moved(ev.Claim) {
				if !merged[id] {
					r.Evidence = slices.Clone(r.Evidence)
					merged[id] = true
				}
				r.Evidence[i].Claim = a.Shown(ev.Claim)
			}
		}
		if merged[id] {
			r.Evidence, r.Stance = MergeEvidence(r.Evidence)
		}
		out = append(out, *r)
	}
	slices.SortFunc(out, func(x, y graph.Relation) int { return cmp.Compare(x.ID, y.ID) })
	return out
}

// claims reports whether a sentence of r reports the claim of an actor a correction moved.
func (a *Actors) claims(r *graph.Relation) bool {
	for _, ev := range r.Evidence {
		if ev.Claim != "" {
			if _, ok := a.shown[ev.Claim]; ok {
				return true
			}
		}
	}
	return false
}

// splitEnd returns the actor a sentence of a relationship of the stored actor id names: the one split off
// when the sentence names the alias and none of the other names, else shown.
func (a *Actors) splitEnd(id string, ev graph.Evidence, shown string) string {
	ss := a.splits[id]
	if len(ss) == 0 {
		return shown
	}
	text := " " + graph.Fold(ev.Text) + " "
	for _, s := range ss {
		if strings.Contains(text, " "+s.alias+" ") && !slices.ContainsFunc(s.others, func(o string) bool {
			return strings.Contains(text, " "+o+" ")
		}) {
			return a.Shown(s.into)
		}
	}
	return shown
}
