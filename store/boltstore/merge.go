package boltstore

import (
	"maps"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// update is what one ingest changes in what reads see, computed while reads go on and swapped in by apply.
type update struct {
	docs      []docUpdate
	mentions  []mentionsUpdate
	entities  []entityUpdate
	relations []relationUpdate
	grown     []grownAdj
	stats     graph.Stats
	// growing is compute's list of the entities whose adjacency grows (grow), kept with the update's
	// other arrays for the next ingest: made afresh by append it was 55 MB of garbage at 1M.
	growing []*entityState
}

type docUpdate struct {
	ds      *docState
	doc     graph.Document
	created bool
}

// mentionsUpdate is the new list of the entities a document's layers name.
type mentionsUpdate struct {
	ds  *docState
	ids []string
}

type entityUpdate struct {
	es               *entityState
	entity           graph.Entity
	created, removed bool
	oldKeys, newKeys []string // search keys
}

type relationUpdate struct {
	rs               *relationState
	rel              graph.Relation
	from, to         *entityState // of a new relation
	hash             uint64       // of a new relation's id, its key in state.relations
	created, removed bool
	// A new relation's statement in a new layer, where compute finds its ends: changes[change-1].new's
	// relation at; change is 0 for none.
	change, at int32
}

// layerChange is one layer an ingest replaces: old is nil for a new layer.
type layerChange struct {
	sl       *slot
	old, new *layer.Layer
	moved    bool  // the document's publication date changed, and with it the layer's order
	first    int32 // the place of new's first entity among the entities of all the new layers (entityWork.groupOf)
}

// compute works out the new merged entities and relations for everything the plan's changes touch. It runs
// while the plan is written to disk and updates the writer-only fields (layers, mentions, alias counts) as
// it goes; what reads see changes only in apply.
func (s *Store) compute(p *layer.Plan) *update {
	st := s.st
	u := s.scratch.update()
	u.stats = st.stats
	var changes []layerChange
	for _, dc := range p.Changes(held{st}) { // before the loop below changes the slots it reads
		id := dc.Document.ID
		ds := st.docs[id]
		if dc.Created {
			ds = &docState{id: id, slots: map[string]*slot{}}
			u.stats.Documents++
		}
		if dc.Rewritten {
			u.docs = append(u.docs, docUpdate{ds: ds, doc: dc.Document, created: dc.Created})
		}
		for _, c := range dc.Layers {
			sl := ds.slots[c.Key.Origin]
			if sl == nil {
				sl = &slot{doc: ds, origin: c.Key.Origin}
				ds.slots[c.Key.Origin] = sl
			}
			changes = append(changes, layerChange{sl: sl, old: c.Old, new: c.New, moved: dc.Moved})
		}
		for _, sl := range ds.slots {
			sl.order = layer.OrderOf(id, dc.Document.Published, sl.origin)
		}
	}
	first := int32(0)
	for i, c := range changes {
		c.sl.layer = c.new
		changes[i].first = first
		first += int32(len(c.new.Entities))
	}
	for i, c := range changes {
		if i == 0 || c.sl.doc != changes[i-1].sl.doc { // the changes of a document are together
			u.mentions = append(u.mentions, mentionsUpdate{ds: c.sl.doc, ids: mentionedIn(c.sl.doc)})
		}
	}
	// Entities and relations merge on two goroutines: neither reads what the other writes (the entities'
	// writer-only fields; u's entities and relations). The ends of the new relations are found after both:
	// the entities of the new layer that states one, where the planner found them when it validated the
	// batch, are merged in the groups computeEntities made (rather than looked up by id again, in its map;
	// a string hashed and compared for each end of a million relations).
	var ends func(id string) *entityState
	var endAt func(at int32) *entityState
	inParallel(func() { ends, endAt = s.computeEntities(changes, u) }, func() { s.computeRelations(changes, u) })
	for i := range u.relations {
		r := &u.relations[i]
		if !r.created {
			continue
		}
		if r.change > 0 {
			c := &changes[r.change-1]
			if from, to, ok := c.new.Ends(int(r.at)); ok {
				r.from, r.to = endAt(c.first+int32(from)), endAt(c.first+int32(to))
				continue
			}
		}
		r.from, r.to = ends(r.rel.From), ends(r.rel.To)
	}
	u.grown, u.growing = grow(u.relations, u.grown, u.growing[:0])
	return u
}

// grownAdj is an adjacency grown for the relations an ingest adds to it: its links so far, with room for
// the new ones, which apply puts in place of the entity's.
type grownAdj struct {
	es  *entityState
	adj []graph.Link
}

// grow makes room, in a copy of each adjacency too small for the relations the ingest creates, for all of
// them at once rather than relation by relation. It runs in compute, while the file is written, since only
// an ingest changes an adjacency and reads see the copy only once apply swaps it in: in apply, where reads
// wait, growing them was a third of its time at a million relationships.
//
// growing is an empty array to list those entities in, returned for the next ingest's.
func grow(rels []relationUpdate, grown []grownAdj, growing []*entityState) ([]grownAdj, []*entityState) {
	// Counted in the entities themselves rather than in a map: at a million relationships, hashing the
	// ends of every new relation cost more than the growing.
	for _, r := range rels {
		if r.created {
			for _, es := range [2]*entityState{r.from, r.to} {
				if es.gain == 0 {
					growing = append(growing, es)
				}
				es.gain++
			}
		}
	}
	if len(growing) < parallelGrowFrom {
		return growEach(growing, grown), growing
	}
	// Half on a goroutine of its own: growing is the tail of compute, which the write has mostly finished
	// beside by then, and making and copying the adjacencies was three quarters of it at 1M (0.8 of 1.08 s
	// of CPU, cache and page misses).
	half := len(growing) / 2
	var other []grownAdj
	done := make(chan struct{})
	go func() {
		defer close(done)
		other = growEach(growing[half:], nil)
	}()
	grown = growEach(growing[:half], grown)
	<-done
	return append(grown, other...), growing
}

// parallelGrowFrom is the number of adjacencies to grow from which grow shares them with a goroutine.
const parallelGrowFrom = 256

// growEach grows the adjacencies of the entities for the relations counted in their gain, and resets it.
func growEach(growing []*entityState, grown []grownAdj) []grownAdj {
	for _, es := range growing {
		need := len(es.adj) + int(es.gain)
		es.gain = 0
		if need > cap(es.adj) {
			// At least double: append grows large slices by a quarter, and a hub's adjacency was copied
			// many times over as it grew.
			adj := make([]graph.Link, len(es.adj), max(need, 2*cap(es.adj)))
			copy(adj, es.adj)
			grown = append(grown, grownAdj{es: es, adj: adj})
		}
	}
	return grown
}

// mentionedIn returns the ids of the entities the document's layers name, sorted and each once.
// The array is made at its final size for a document of one layer (nearly every one an ingest brings): grown
// by append it had been 81 MB of garbage at 1M, and the array kept was up to twice its length.
func mentionedIn(ds *docState) []string {
	n, layers := 0, 0
	for _, sl := range ds.slots {
		if sl.layer != nil {
			n += len(sl.layer.Entities)
			layers++
		}
	}
	if n == 0 {
		return nil
	}
	ids := make([]string, 0, n)
	for _, sl := range ds.slots {
		if sl.layer == nil {
			continue
		}
		for i := range sl.layer.Entities {
			ids = append(ids, sl.layer.Entities[i].ID)
		}
	}
	if layers > 1 { // each layer's entities are sorted by id and unique already
		slices.Sort(ids)
		ids = slices.Compact(ids)
	}
	return slices.Clip(ids)
}

type mention struct {
	sl       *slot
	old, new *graph.Entity
	moved    bool
}

// computeEntities merges every entity a changed layer mentions, and returns two look-ups of the state of
// each entity a new layer names (made for those it creates): by id, and by its place among the entities of
// all the new layers (layerChange.first). They find the ends of the relations computeRelations creates in
// this call's work rather than in the store's entities, a cache miss each at 1M.
func (s *Store) computeEntities(changes []layerChange, u *update) (func(id string) *entityState, func(at int32) *entityState) {
	size := 0
	for _, c := range changes {
		size += len(c.new.Entities)
	}
	// The mentions of each entity, grouped in the order the entities are met.
	// Each group chains its mentions through one array (first, then next) rather than a slice of its own:
	// a slice a group was an allocation for most entities.
	sc := s.scratch.entities(size)
	work, groups, all, next := sc.work, sc.groups, sc.all, sc.next
	groupOf := slices.Grow(sc.groupOf[:0], size)[:size] // the group of each entity of the new layers
	for _, c := range changes {
		var olds, news []graph.Entity
		if c.old != nil {
			olds = c.old.Entities
		}
		news = c.new.Entities
		// Both lists are sorted by id: walk them together.
		i, j := 0, 0
		for i < len(olds) || j < len(news) {
			m := mention{sl: c.sl, moved: c.moved}
			switch {
			case j == len(news) || (i < len(olds) && olds[i].ID < news[j].ID):
				m.old = &olds[i]
				i++
			case i == len(olds) || news[j].ID < olds[i].ID:
				m.new = &news[j]
				j++
			default:
				m.old, m.new = &olds[i], &news[j]
				i++
				j++
			}
			id := m.new
			if id == nil {
				id = m.old
			}
			g, seen := work[id.ID]
			k := int32(len(all))
			all, next = append(all, m), append(next, -1)
			if !seen {
				g = int32(len(groups))
				work[id.ID] = g
				groups = append(groups, entityGroup{id: id.ID, first: k, last: k, n: 1})
			} else {
				next[groups[g].last], groups[g].last = k, k
				groups[g].n++
			}
			if m.new != nil {
				groupOf[c.first+int32(j-1)] = g
			}
		}
	}
	if len(groups) < parallelMergeFrom {
		var n int
		u.entities, n = s.mergeGroups(groups, all, next, u.entities)
		u.stats.Entities += n
	} else {
		// The groups are merged in two halves, the second on a goroutine of its own: each reads and
		// writes only its own entities' states, and the halves' updates are put together in the order
		// met. Merging is mostly waiting for memory (an entity's state, the layer its name comes from),
		// and at the end of compute, once the bbolt write is done, a core was otherwise idle.
		half := len(groups) / 2
		var more []entityUpdate
		var n, n2 int
		inParallel(func() { more, n2 = s.mergeGroups(groups[half:], all, next, sc.more[:0]) },
			func() { u.entities, n = s.mergeGroups(groups[:half], all, next, u.entities) })
		u.entities = append(u.entities, more...)
		u.stats.Entities += n + n2
		clear(more)
		sc.more = more[:0]
	}
	sc.keep(groups, all, next, groupOf)
	byID := func(id string) *entityState {
		if g, ok := work[id]; ok {
			return groups[g].es
		}
		return s.st.entities[id]
	}
	byPlace := func(at int32) *entityState { return groups[groupOf[at]].es }
	return byID, byPlace
}

// inParallel runs a on a goroutine of its own and b on this one, and returns once both are done, also when b
// panics; a panic of a goes on here, where the caller (Ingest's caller, in the end) may recover it.
func inParallel(a, b func()) {
	var panicked any
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { panicked = recover() }()
		a()
	}()
	func() {
		defer func() { <-done }()
		b()
	}()
	if panicked != nil {
		panic(panicked)
	}
}

// parallelMergeFrom is the number of entities from which computeEntities merges them on two goroutines.
const parallelMergeFrom = 1024

// mergeGroups merges the entity of each group with its mentions, in order, appends the updates to out, and
// returns them with the change in the number of entities. all and next chain each group's mentions.
func (s *Store) mergeGroups(groups []entityGroup, all []mention, next []int32, out []entityUpdate) ([]entityUpdate, int) {
	n := 0
	var fresh []entityState // allocated in blocks, for the entities this ingest creates
	var scratch []mention   // the mentions of a group met more than once, in the order met
	for i := range groups { // in the order met, which follows the layers in memory
		g := &groups[i]
		id, ms := g.id, all[g.first:g.first+1]
		if g.n > 1 {
			ms = scratch[:0]
			for k := g.first; k >= 0; k = next[k] {
				ms = append(ms, all[k])
			}
			scratch = ms
		}
		es := s.st.entities[id]
		isNew := es == nil
		if isNew {
			if len(fresh) == 0 {
				fresh = make([]entityState, min(len(groups)-i, 1024))
			}
			es, fresh = &fresh[0], fresh[1:]
		}
		g.es = es
		if up, ok := es.remerge(id, ms); ok {
			up.created = isNew
			out = append(out, up)
			switch {
			case up.removed:
				n--
			case isNew:
				n++
			}
		}
	}
	return out, n
}

// entityGroup is the mentions of one entity in an ingest's changed layers: the first and last of them in
// the ingest's array of mentions, which chains them, and how many there are.
type entityGroup struct {
	id          string
	es          *entityState
	first, last int32
	n           int32
}

// mergeScratch holds the work maps and arrays of compute from one ingest to the next, emptied, rather than
// made anew by each: at a million relationships, in calls of 100 documents, making them was a tenth of
// merging the entities, and the collector's to clear away. Writer only.
type mergeScratch struct {
	entityWork
	relationWork
	applied *update
}

// update returns the update the last ingest applied, emptied, or a new one.
func (sc *mergeScratch) update() *update {
	u := sc.applied
	sc.applied = nil
	if u == nil {
		return &update{}
	}
	return u
}

// recycle keeps an applied update's arrays for the next ingest's, unless they grew too big to keep. Nothing
// else may hold u. Its arrays were fresh memory for every ingest, and writing the relations into them took
// a quarter of merging the relations at a million relationships.
func (sc *mergeScratch) recycle(u *update) {
	if len(u.relations) > scratchKeep || len(u.entities) > scratchKeep {
		return
	}
	clear(u.docs)
	clear(u.mentions)
	clear(u.entities)
	clear(u.relations)
	clear(u.grown)
	clear(u.growing)
	*u = update{docs: u.docs[:0], mentions: u.mentions[:0], entities: u.entities[:0], relations: u.relations[:0],
		grown: u.grown[:0], growing: u.growing[:0]}
	sc.applied = u
}

type entityWork struct {
	work    map[string]int32 // the group of each entity id
	groups  []entityGroup
	all     []mention
	next    []int32
	groupOf []int32        // the group of each entity of the new layers, in order
	more    []entityUpdate // the updates of the second half of the groups, when they merge in two
}

type relationWork struct {
	todo  map[string]*relWork
	works []relWork
}

// scratchKeep is the most entries a work map may hold and still be kept for the next ingest: Open merges
// all the layers at once, and maps never shrink.
const scratchKeep = 1 << 16

// entities returns the entity side of the scratch, empty, for an ingest of about size mentions. It is
// emptied here rather than after use, so that an ingest that stopped half way leaves nothing behind.
func (sc *mergeScratch) entities(size int) *entityWork {
	w := &sc.entityWork
	if w.work == nil {
		w.work = make(map[string]int32, size)
	}
	clear(w.work)
	clear(w.groups)
	clear(w.all)
	w.groups, w.all, w.next = w.groups[:0], w.all[:0], w.next[:0]
	return w
}

// keep keeps the arrays as this ingest grew them for the next one, or lets the entity side of the scratch
// go when it grew too big to keep.
func (w *entityWork) keep(groups []entityGroup, all []mention, next, groupOf []int32) {
	if len(w.work) > scratchKeep {
		*w = entityWork{}
		return
	}
	w.groups, w.all, w.next, w.groupOf = groups, all, next, groupOf
}

// relations returns the relation side of the scratch, empty, for an ingest of about size statements.
func (sc *mergeScratch) relations(size int) *relationWork {
	w := &sc.relationWork
	if w.todo == nil {
		w.todo = make(map[string]*relWork, size)
	}
	clear(w.todo)
	clear(w.works)
	w.works = w.works[:0]
	return w
}

// keep keeps the array of works for the next ingest, or lets the relation side of the scratch go.
func (w *relationWork) keep(works []relWork) {
	if len(w.todo) > scratchKeep {
		*w = relationWork{}
		return
	}
	w.works = works
}

// relWork is what computeRelations gathers about one relation that a changed layer states or stated.
type relWork struct {
	docs []*docState
	rel  *graph.Relation // any statement of the relation, for its ends and type
	// change and at: its first statement in a new layer, changes[change-1].new.Relations[at]; change is 0
	// for none.
	change, at int32
	run        []graph.Evidence // its evidence in the changed layers
	// shared: run is still the evidence of one new layer, not a copy. Layers never change once
	// normalised, so the merged relation can keep that slice rather than a copy of it.
	shared bool
}

// remerge applies the changed mentions of the entity and returns the update, or false if what reads see
// stays the same.
func (es *entityState) remerge(id string, ms []mention) (entityUpdate, bool) {
	if es.unmoved(ms) {
		for _, m := range ms {
			es.mentions = append(es.mentions, m.sl)
		}
		return entityUpdate{}, false
	}
	rescan, aliasesChanged := false, false
	for _, m := range ms {
		if m.old != nil {
			if i := slices.Index(es.mentions, m.sl); i >= 0 {
				last := len(es.mentions) - 1
				es.mentions[i], es.mentions[last] = es.mentions[last], nil
				es.mentions = es.mentions[:last]
			}
			for _, a := range m.old.Aliases {
				if es.aliasRefs[a]--; es.aliasRefs[a] == 0 {
					delete(es.aliasRefs, a)
					aliasesChanged = true
				}
			}
		}
		if m.new != nil {
			// Not listed yet: a slot's layer is replaced (and its old mention removed above) or new.
			es.mentions = append(es.mentions, m.sl)
			if es.aliasRefs == nil && len(m.new.Aliases) > 0 {
				es.aliasRefs = map[string]int32{}
			}
			for _, a := range m.new.Aliases {
				if es.aliasRefs[a]++; es.aliasRefs[a] == 1 {
					aliasesChanged = true
				}
			}
		}
		// The layer that gave the name or description no longer gives it, or has moved: look at all of them.
		switch {
		case m.sl == es.nameFrom && (m.new == nil || m.moved),
			m.sl == es.descFrom && (m.new == nil || m.new.Description == "" || m.moved):
			rescan = true
		case m.sl == es.nameFrom || m.sl == es.descFrom:
			// Still the first, in a new layer: it may give a new name or description.
			if m.sl == es.nameFrom {
				es.named = m.new
			}
			if m.sl == es.descFrom {
				es.described = m.new
			}
		}
	}
	old := es.entity
	if len(es.mentions) == 0 {
		es.nameFrom, es.descFrom, es.named, es.described = nil, nil, nil, nil
		return entityUpdate{es: es, removed: true, oldKeys: folds(old)}, true
	}
	consider := func(sl *slot, e *graph.Entity) {
		if es.nameFrom == nil || sl.order.Compare(es.nameFrom.order) < 0 {
			es.nameFrom, es.named = sl, e
		}
		if e.Description != "" && (es.descFrom == nil || sl.order.Compare(es.descFrom.order) < 0) {
			es.descFrom, es.described = sl, e
		}
	}
	if rescan {
		es.nameFrom, es.descFrom, es.named, es.described = nil, nil, nil, nil
		for _, sl := range es.mentions {
			consider(sl, sl.layer.Entity(id))
		}
	} else {
		for _, m := range ms {
			if m.new != nil {
				consider(m.sl, m.new)
			}
		}
	}
	e := layer.Merged(*es.named, es.described)
	e.Aliases = old.Aliases
	if aliasesChanged || e.Name != old.Name || e.Aliases == nil {
		e.Aliases = graph.MergeAliases(e.Name, slices.Collect(maps.Keys(es.aliasRefs)))
	}
	if old.ID != "" && layer.EntityEqual(old, e) {
		return entityUpdate{}, false
	}
	up := entityUpdate{es: es, entity: e, newKeys: folds(e)}
	if old.ID != "" {
		up.oldKeys = folds(old)
	}
	return up, true
}

// unmoved reports whether the mentions leave the merged entity as it is, so that remerge need only list
// them: all are in new layers (a layer the entity's name or description comes from is not among them), that
// rank after the layers its name and description come from, and give it no alias. Most mentions of an
// ingest of new articles are such, of actors named before; ranking and merging each again took about 0.5 s
// of the 3.9 s of CPU that merging the entities took in an ingest of a million relationships.
func (es *entityState) unmoved(ms []mention) bool {
	if es.nameFrom == nil {
		return false
	}
	for _, m := range ms {
		if m.old != nil || m.new == nil || len(m.new.Aliases) > 0 || m.sl.order.Compare(es.nameFrom.order) < 0 ||
			(m.new.Description != "" && (es.descFrom == nil || m.sl.order.Compare(es.descFrom.order) < 0)) {
			return false
		}
	}
	return true
}

// computeRelations merges every relation a changed layer states, leaving the ends of those it creates to
// compute. A relation's evidence from one document comes only from that document's layers, so only the
// evidence of the changed documents is rebuilt.
func (s *Store) computeRelations(changes []layerChange, u *update) {
	changed := make(map[*slot]bool, len(changes))
	size := 0
	for _, c := range changes {
		changed[c.sl] = true
		size += len(c.new.Relations)
		if c.old != nil {
			size += len(c.old.Relations)
		}
	}
	// The slots of each changed document that this ingest leaves alone, listed once rather than for every
	// relation: most documents have one layer.
	kept := map[*docState][]*slot{}
	for _, c := range changes {
		ds := c.sl.doc
		if _, done := kept[ds]; done {
			continue
		}
		var l []*slot
		for _, sl := range ds.slots {
			if !changed[sl] {
				l = append(l, sl)
			}
		}
		kept[ds] = l
	}
	sc := s.scratch.relations(size)
	todo, works := sc.todo, sc.works
	if cap(works) < size { // all in one array, so that the pointers todo holds stay valid
		works = make([]relWork, 0, size)
	}
	add := func(ci int, ds *docState, l *layer.Layer, fresh bool) {
		if l == nil {
			return
		}
		for i := range l.Relations {
			r := &l.Relations[i]
			w := todo[r.ID]
			if w == nil {
				works = append(works, relWork{rel: r})
				w = &works[len(works)-1]
				todo[r.ID] = w
			}
			if fresh && w.change == 0 {
				w.change, w.at = int32(ci+1), int32(i)
			}
			// Changes come grouped by document.
			if n := len(w.docs); n == 0 || w.docs[n-1] != ds {
				w.docs = append(w.docs, ds)
			}
			if fresh {
				if w.run == nil {
					// Clipped, so that appending more evidence copies it rather than write into the layer.
					w.run, w.shared = slices.Clip(r.Evidence), true
				} else {
					w.run, w.shared = append(w.run, r.Evidence...), false
				}
			}
		}
	}
	for ci, c := range changes {
		add(ci, c.sl.doc, c.old, false)
		add(ci, c.sl.doc, c.new, true)
	}
	u.relations = slices.Grow(u.relations, len(todo))
	var states []relationState // allocated in blocks, for the relations this ingest creates
	// In the order the relations were met, rather than the map's: the work items then sit one after the
	// other in memory, and so, mostly, do the layers they read.
	for i := range works {
		w := &works[i]
		id := w.rel.ID
		// The layers of the same documents that this ingest leaves alone still state what they stated.
		run, shared := w.run, w.shared
		for _, ds := range w.docs {
			for _, sl := range kept[ds] {
				if r := sl.layer.Relation(id); r != nil {
					run, shared = append(run, r.Evidence...), false
				}
			}
		}
		// A normalised layer's evidence is sorted and without duplicates already.
		switch {
		case !shared:
			run = graph.SortEvidence(run)
		case !sortedEvidence(run):
			run = graph.SortEvidence(slices.Clone(run))
		}
		h := s.st.relations.hash(id)
		rs := s.st.relations.find(h, id)
		var old []graph.Evidence
		if rs != nil {
			old = rs.rel.Evidence
		}
		evidence := mergeEvidence(old, w.docs, run)
		u.stats.Evidence += len(evidence) - len(old)
		switch {
		case len(evidence) == 0:
			u.stats.Relations--
			u.relations = append(u.relations, relationUpdate{rs: rs, rel: rs.rel, removed: true})
		case rs == nil:
			u.stats.Relations++
			r := graph.Relation{ID: id, From: w.rel.From, To: w.rel.To, Type: w.rel.Type,
				Stance: graph.MergeStance(evidence), Evidence: evidence}
			if len(states) == 0 {
				states = make([]relationState, min(len(todo), 4096))
			}
			rs, states = &states[0], states[1:]
			// Filled in here rather than in apply: no read reaches a new state before apply links it, and
			// here it was just made, where apply, which reads wait for, found it far in memory (copying
			// the relations in was 0.27 of apply's 0.65 s of CPU at 1M).
			rs.rel = r
			u.relations = append(u.relations, relationUpdate{rs: rs, rel: r, hash: h, created: true,
				change: w.change, at: w.at}) // ends: compute
		case !slices.Equal(old, evidence):
			r := rs.rel
			r.Evidence, r.Stance = evidence, graph.MergeStance(evidence)
			u.relations = append(u.relations, relationUpdate{rs: rs, rel: r})
		}
	}
	sc.keep(works)
}

// sortedEvidence reports whether the evidence is in graph.CompareEvidence order without duplicates, as
// graph.SortEvidence leaves it.
func sortedEvidence(evidence []graph.Evidence) bool {
	for i := 1; i < len(evidence); i++ {
		if graph.CompareEvidence(evidence[i-1], evidence[i]) >= 0 {
			return false
		}
	}
	return true
}

// mergeEvidence returns old without the evidence of the documents, merged with run (sorted, and only from
// those documents) in graph.CompareEvidence order. run is either built for this merge or a layer's own
// evidence, which never changes: without old, it is the result itself.
func mergeEvidence(old []graph.Evidence, docs []*docState, run []graph.Evidence) []graph.Evidence {
	if len(old) == 0 {
		return slices.Clip(run)
	}
	out := make([]graph.Evidence, 0, len(old)+len(run))
	for _, ev := range old {
		if slices.ContainsFunc(docs, func(ds *docState) bool { return ds.id == ev.Document }) {
			continue
		}
		for len(run) > 0 && graph.CompareEvidence(run[0], ev) < 0 {
			out = append(out, run[0])
			run = run[1:]
		}
		out = append(out, ev)
	}
	return append(out, run...)
}

// parallelInsertFrom is the number of new relations from which apply inserts them into the relation index
// on a goroutine of its own.
const parallelInsertFrom = 1024

// apply swaps the update into what reads see, under the write lock.
func (s *Store) apply(u *update) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.newVersion()
	s.applyDocs(u)
	s.applyGraph(u)
}

// applyDocs swaps in the update's documents: what the planner of the next ingest reads. Under the write
// lock.
func (s *Store) applyDocs(u *update) {
	st := s.st
	for _, d := range u.docs {
		d.ds.doc = d.doc
		if d.created {
			st.docs[d.doc.ID] = d.ds
		}
	}
	if len(u.docs) > 0 {
		st.listing.Store(nil)
	}
	for _, m := range u.mentions {
		m.ds.mentions = m.ids
	}
}

// applyGraph swaps in the update's entities and relations, under the write lock.
func (s *Store) applyGraph(u *update) {
	st := s.st
	if len(st.entities) == 0 && len(u.entities) > 0 {
		st.entities = make(map[string]*entityState, len(u.entities))
	}
	for _, e := range u.entities {
		switch {
		case e.removed:
			delete(st.entities, e.es.entity.ID)
		case e.created:
			st.entities[e.entity.ID] = e.es
		}
		if !e.removed {
			e.es.entity = e.entity
		}
		id := e.entity.ID
		if e.removed {
			id = e.es.entity.ID
		}
		for _, k := range e.oldKeys {
			if !slices.Contains(e.newKeys, k) {
				st.search.remove(id, k)
			}
		}
		for _, k := range e.newKeys {
			if !slices.Contains(e.oldKeys, k) {
				st.search.add(id, k)
			}
		}
	}
	for _, g := range u.grown {
		g.es.adj = g.adj
	}
	st.relations.grow(len(u.relations))
	// Removals first: unlink looks up the relation it moves in st.relations, which then changes only by
	// the insertions below, on their own goroutine beside the adjacency (at 1M the insertions were a
	// quarter of apply, and apply runs while reads wait).
	created := 0
	for _, r := range u.relations {
		switch {
		case r.removed:
			rs := r.rs
			st.unlink(rs.from, rs.fromPos)
			st.unlink(rs.to, rs.toPos)
			st.relations.remove(r.rel.ID)
		case r.created:
			created++
		}
	}
	inserted := make(chan struct{})
	insert := func() {
		defer close(inserted)
		for i := range u.relations {
			if r := &u.relations[i]; r.created {
				st.relations.insert(r.hash, r.rel.ID, r.rs)
			}
		}
	}
	if created >= parallelInsertFrom {
		go insert()
	} else {
		insert()
	}
	for i := range u.relations {
		r := &u.relations[i]
		rs := r.rs
		switch {
		case r.removed:
		case r.created: // rs.rel is filled in already
			rs.from, rs.fromPos = r.from, len(r.from.adj)
			rs.to, rs.toPos = r.to, len(r.to.adj)
			r.from.adj = append(r.from.adj, rs.link(true))
			r.to.adj = append(r.to.adj, rs.link(false))
		default:
			rs.rel = r.rel
			rs.from.adj[rs.fromPos].Evidence = int32(len(r.rel.Evidence))
			rs.to.adj[rs.toPos].Evidence = int32(len(r.rel.Evidence))
		}
	}
	<-inserted
	st.stats = u.stats
}

// unlink removes the relation at pos from the entity's adjacency, moving the last one into its place.
func (st *state) unlink(es *entityState, pos int) {
	last := len(es.adj) - 1
	if pos != last {
		moved := es.adj[last]
		es.adj[pos] = moved
		ms := st.relations.get(moved.Rel.ID)
		if moved.Out {
			ms.fromPos = pos
		} else {
			ms.toPos = pos
		}
	}
	es.adj[last] = graph.Link{}
	es.adj = es.adj[:last]
}
