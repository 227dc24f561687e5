// Package corrected puts the editors' corrections over any graph.Store: every read answers the graph as
// corrected (layer.Corrections, applied after the merge rules), and the corrections themselves are kept in
// the store they correct, as the text of a document of their own that only this package reads and writes,
// so both stores keep them with no code of their own, in the same transactions as everything else, and a
// second process on the same Neo4j sees them.
//
// Corrections apply to whatever the layers say: re-ingesting the articles and overlays leaves them in
// force. An undone correction stays in the log, marked with who undid it and when (the audit trail).
package corrected

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// LogDocument is the id of the document that holds the corrections. No article may take it.
const LogDocument = "actorgraph-corrections"

// logHeader opens the log's text, which a document needs to be stored even with no correction in it.
const logHeader = "actorgraph corrections: one JSON object a line, oldest first\n"

// MaxCorrections bounds the log: the document holding it stays within an article's size (each line is
// a few hundred bytes).
const MaxCorrections = 10_000

// Store is a graph.Store whose reads are corrected.
type Store struct {
	graph.Store
	now func() time.Time

	write sync.Mutex // one change to the log at a time in this process

	mu     sync.Mutex
	cached *view // for the inner store's version
}

var _ graph.Store = (*Store)(nil)

// view is what the corrections make of one version of the inner store.
type view struct {
	version string
	log     []graph.Correction
	c       *layer.Corrections
	a       *layer.Actors // the actor corrections (actors.go)
	near    nearActors    // the involved actors' neighbours, read once when a view asks
	hasLog  bool          // the log document is stored
	delta   graph.Stats   // what the corrections take away from the inner store's counts
}

// Wrap returns the store as corrected.
func Wrap(inner graph.Store) *Store {
	return &Store{Store: inner, now: time.Now}
}

// Inner returns the store under the corrections.
func (s *Store) Inner() graph.Store { return s.Store }

// current returns the corrections of the inner store's current version.
func (s *Store) current(ctx context.Context) (*view, error) {
	v, err := s.Store.Version(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	cached := s.cached
	s.mu.Unlock()
	if cached != nil && cached.version == v {
		return cached, nil
	}
	log, has, err := s.readLog(ctx)
	if err != nil {
		return nil, err
	}
	nv, err := s.build(ctx, v, log, has)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.cached = nv
	s.mu.Unlock()
	return nv, nil
}

// build indexes the corrections of the log for one version of the inner store.
func (s *Store) build(ctx context.Context, version string, log []graph.Correction, has bool) (*view, error) {
	var err error
	nv := &view{version: version, log: log, c: layer.NewCorrections(log), hasLog: has}
	if err := nv.c.Resolve(func(id string) (graph.Document, error) { return s.Store.Document(ctx, id) }); err != nil {
		return nil, err
	}
	nv.a = layer.NewActors(log, s.lookup(ctx, &err))
	if err != nil {
		return nil, err
	}
	if nv.delta, err = s.delta(ctx, nv); err != nil {
		return nil, err
	}
	return nv, nil
}

// readLog reads the corrections from their document.
func (s *Store) readLog(ctx context.Context) ([]graph.Correction, bool, error) {
	d, err := s.Store.Document(ctx, LogDocument)
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	var log []graph.Correction
	lines := bufio.NewScanner(strings.NewReader(d.Text))
	lines.Buffer(nil, 1<<20)
	for n := 1; lines.Scan(); n++ {
		line := lines.Text()
		if n == 1 || strings.TrimSpace(line) == "" {
			continue
		}
		var c graph.Correction
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			return nil, true, graph.Wrap(err, graph.EINTERNAL, "the corrections log is damaged")
		}
		log = append(log, c)
	}
	return log, true, nil
}

// writeLog stores the log as the text of its document, in one ingest.
func (s *Store) writeLog(ctx context.Context, log []graph.Correction) error {
	var b strings.Builder
	b.WriteString(logHeader)
	for _, c := range log {
		line, err := json.Marshal(c)
		if err != nil {
			return err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	doc := graph.Document{ID: LogDocument, Title: "Corrections made in the app", Text: b.String()}
	doc.Hash = graph.ContentHash(doc.Text)
	_, err := s.Store.Ingest(ctx, graph.Batch{Document: doc, Origin: graph.OriginText})
	return err
}

// Corrections returns every correction, the undone ones included, oldest first.
func (s *Store) Corrections(ctx context.Context) ([]graph.Correction, error) {
	v, err := s.current(ctx)
	if err != nil {
		return nil, err
	}
	return slices.Clone(v.log), nil
}

// Correct records a correction by an editor and applies it to every read from now on. It fills in the id
// and the time. Errors: EINVALID for a correction that breaks the rules (graph.Correction.Validate);
// ENOTFOUND when what it names is not in the graph as corrected so far; ECONFLICT when an active
// correction does the same already; ETOOLARGE past MaxCorrections.
func (s *Store) Correct(ctx context.Context, c graph.Correction) (graph.Correction, error) {
	c.ID, c.Created, c.Undone = "", "", nil
	c.Reason = strings.TrimSpace(c.Reason)
	c.Relation = ordered(c)
	if c.Action != graph.ActionMerge {
		c.Into = "" // the store works out where a rename, a kind or a split leads
	}
	if err := c.Validate(); err != nil {
		return c, err
	}
	if c.Editor == "" {
		return c, graph.Errorf(graph.EINVALID, "a correction needs the editor who makes it")
	}
	s.write.Lock()
	defer s.write.Unlock()
	v, err := s.current(ctx)
	if err != nil {
		return c, err
	}
	if len(v.log) >= MaxCorrections {
		return c, graph.Errorf(graph.ETOOLARGE, "the store holds %d corrections, the most it keeps", MaxCorrections)
	}
	if graph.IsActorAction(c.Action) {
		if err := s.prepareActor(ctx, v, &c); err != nil {
			return c, err
		}
	} else if c.Action == graph.ActionHide {
		c.Entity = v.a.Shown(c.Entity) // an id merged into another hides the actor shown
	}
	for _, o := range v.log {
		if o.Active() && same(o, c) {
			if c.Action == graph.ActionStance {
				return c, graph.Errorf(graph.ECONFLICT, "correction %s by %s sets this relationship's stance already; undo it first", o.ID, o.Editor)
			}
			return c, graph.Errorf(graph.ECONFLICT, "correction %s by %s does this already", o.ID, o.Editor)
		}
	}
	if c.Action == graph.ActionAdd {
		if c.Text, err = s.sentence(ctx, c); err != nil {
			return c, err
		}
	}
	if err := s.check(ctx, v, c); err != nil {
		return c, err
	}
	c.ID = newID()
	c.Created = graph.CorrectionTime(s.now())
	if err := s.writeLog(ctx, append(slices.Clone(v.log), c)); err != nil {
		return c, err
	}
	return c, nil
}

// Undo marks the correction undone by the editor: it no longer applies, and stays in the log.
// Errors: ENOTFOUND for an unknown id; ECONFLICT when it is undone already.
func (s *Store) Undo(ctx context.Context, id, editor string) (graph.Correction, error) {
	s.write.Lock()
	defer s.write.Unlock()
	v, err := s.current(ctx)
	if err != nil {
		return graph.Correction{}, err
	}
	i := slices.IndexFunc(v.log, func(c graph.Correction) bool { return c.ID == id })
	if i < 0 {
		return graph.Correction{}, graph.Errorf(graph.ENOTFOUND, "no correction with id %q", graph.Clip(id))
	}
	log := slices.Clone(v.log)
	c := log[i]
	if !c.Active() {
		return c, graph.Errorf(graph.ECONFLICT, "correction %s was undone by %s at %s", c.ID, c.Undone.Editor, c.Undone.At)
	}
	c.Undone = &graph.Undo{Editor: editor, At: graph.CorrectionTime(s.now())}
	log[i] = c
	return c, s.writeLog(ctx, log)
}

// same reports whether two corrections do the same thing.
func same(a, b graph.Correction) bool {
	return a.Action == b.Action && a.Relation == b.Relation && a.Entity == b.Entity && a.Document == b.Document &&
		a.Start == b.Start && a.End == b.End && a.Into == b.Into && graph.Fold(a.Name) == graph.Fold(b.Name) && a.Kind == b.Kind
}

// check returns ENOTFOUND when the correction names something the graph, as corrected so far, does not hold.
func (s *Store) check(ctx context.Context, v *view, c graph.Correction) error {
	switch c.Action {
	case graph.ActionMerge, graph.ActionSplit, graph.ActionRename, graph.ActionKind, graph.ActionAddAlias, graph.ActionRemoveAlias:
		return s.checkActor(ctx, v, c)
	case graph.ActionHide:
		if _, err := s.entity(ctx, v, c.Entity); err != nil {
			return err
		}
	case graph.ActionAdd, graph.ActionRetype, graph.ActionReverse:
		return s.checkEdit(ctx, v, c)
	case graph.ActionReject, graph.ActionRejectSentence, graph.ActionStance:
		r, ok, err := s.relation(ctx, v, c.Relation)
		if err != nil {
			return err
		}
		if !ok {
			return graph.Errorf(graph.ENOTFOUND, "no relationship with id %q", graph.Clip(c.Relation))
		}
		if c.Action == graph.ActionRejectSentence && !slices.ContainsFunc(r.Evidence, func(ev graph.Evidence) bool {
			return ev.Document == c.Document && ev.Start == c.Start && ev.End == c.End
		}) {
			return graph.Errorf(graph.ENOTFOUND, "relationship %s has no sentence at characters %d..%d of document %q", c.Relation, c.Start, c.End, graph.Clip(c.Document))
		}
	}
	return nil
}

// relation returns the relationship with the id as corrected.
func (s *Store) relation(ctx context.Context, v *view, id string) (graph.Relation, bool, error) {
	from, _, _, ok := graph.SplitRelationID(id)
	if !ok {
		return graph.Relation{}, false, nil
	}
	rels, err := s.adjacent(ctx, v, []string{from}, graph.Filter{})
	if err != nil {
		return graph.Relation{}, false, err
	}
	i := slices.IndexFunc(rels, func(r graph.Relation) bool { return r.ID == id })
	if i < 0 {
		return graph.Relation{}, false, nil
	}
	return rels[i], true, nil
}

func newID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// delta counts what the corrections take away from the inner store's counts: the relationships they leave
// out, the sentences of those and of the others, the log's document and the entities hidden.
func (s *Store) delta(ctx context.Context, v *view) (graph.Stats, error) {
	var d graph.Stats
	if v.hasLog {
		d.Documents = 1
	}
	if v.c.Empty() && v.a.Empty() {
		return d, nil
	}
	ids := map[string]bool{}
	if !v.a.Empty() {
		n, err := s.actorsDelta(ctx, v, ids)
		if err != nil {
			return d, err
		}
		d.Entities += n
	}
	for _, c := range v.log {
		if !c.Active() {
			continue
		}
		if c.Action == graph.ActionHide {
			ids[c.Entity] = true
			if _, err := s.entity(ctx, &view{c: layer.NewCorrections(nil), a: v.a}, c.Entity); err == nil {
				d.Entities++
			}
		}
		if from, _, to, ok := graph.SplitRelationID(c.Relation); ok {
			ids[from], ids[to] = true, true
		}
	}
	rels, err := s.Store.Adjacent(ctx, v.a.Stored(slices.Sorted(mapsKeys(ids))), graph.Filter{})
	if err != nil {
		return d, err
	}
	// Every corrected relationship touches one of ids (a move keeps the actors, an addition names them, a
	// merge gathers the stored actors named), so the difference over these is the difference over the store.
	fixed := v.relations(rels, func(from, to string) bool { return ids[from] || ids[to] })
	d.Relations += len(rels) - len(fixed)
	for _, r := range rels {
		d.Evidence += len(r.Evidence)
	}
	for _, r := range fixed {
		d.Evidence -= len(r.Evidence)
	}
	return d, nil
}

func mapsKeys(m map[string]bool) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// Ingest refuses a batch about the log's document, which only Correct and Undo write, and reports the
// counts as corrected.
func (s *Store) Ingest(ctx context.Context, batches ...graph.Batch) (graph.IngestResult, error) {
	for _, b := range batches {
		if b.Document.ID == LogDocument {
			return graph.IngestResult{}, graph.Errorf(graph.EINVALID, "document id %q is the corrections log's; give the article another id", LogDocument)
		}
	}
	before, err := s.current(ctx)
	if err != nil {
		return graph.IngestResult{}, err
	}
	res, err := s.Store.Ingest(ctx, batches...)
	if err != nil {
		return res, err
	}
	after, err := s.current(ctx)
	if err != nil {
		return res, err
	}
	res.Before, res.After = minus(res.Before, before.delta), minus(res.After, after.delta)
	return res, nil
}

func minus(a, b graph.Stats) graph.Stats {
	return graph.Stats{Documents: a.Documents - b.Documents, Entities: a.Entities - b.Entities,
		Relations: a.Relations - b.Relations, Evidence: a.Evidence - b.Evidence}
}

// Stats counts what the store holds as corrected.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	v, err := s.current(ctx)
	if err != nil {
		return graph.Stats{}, err
	}
	st, err := s.Store.Stats(ctx)
	return minus(st, v.delta), err
}

// Entity returns the entity unless it is hidden. Errors: ENOTFOUND.
func (s *Store) Entity(ctx context.Context, id string) (graph.Entity, error) {
	v, err := s.current(ctx)
	if err != nil {
		return graph.Entity{}, err
	}
	return s.entity(ctx, v, id)
}

func (s *Store) entity(ctx context.Context, v *view, id string) (graph.Entity, error) {
	if !v.a.Empty() {
		return s.actorEntity(ctx, v, id)
	}
	if v.c.Hidden(id) {
		return graph.Entity{}, graph.Errorf(graph.ENOTFOUND, "no entity with id %q", graph.Clip(id))
	}
	return s.Store.Entity(ctx, id)
}

// Search leaves hidden entities out.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]graph.Entity, error) {
	v, err := s.current(ctx)
	if err != nil {
		return nil, err
	}
	if !v.a.Empty() {
		return s.searchActors(ctx, v, query, limit)
	}
	if v.c.Empty() {
		return s.Store.Search(ctx, query, limit)
	}
	hits, err := s.Store.Search(ctx, query, min(graph.MaxSearchLimit, limit+len(v.log)))
	if err != nil {
		return nil, err
	}
	hits = slices.DeleteFunc(hits, func(e graph.Entity) bool { return v.c.Hidden(e.ID) })
	return hits[:min(len(hits), limit)], nil
}

// Neighborhood expands through the corrected graph: with graph.Expand over the inner store's entities and
// relationships as corrected, unless no correction touches what the inner store's own answer holds.
func (s *Store) Neighborhood(ctx context.Context, q graph.NeighborhoodQuery) (graph.Subgraph, error) {
	v, err := s.current(ctx)
	if err != nil {
		return graph.Subgraph{}, err
	}
	for _, id := range q.Focus {
		if v.c.Hidden(v.a.Shown(id)) {
			return graph.Subgraph{}, graph.Errorf(graph.ENOTFOUND, "no entity with id %q", graph.Clip(id))
		}
	}
	if !v.a.Empty() {
		return s.neighborhoodActors(ctx, v, q)
	}
	sg, err := s.Store.Neighborhood(ctx, q)
	if err != nil || v.c.Empty() || !v.touches(sg) {
		return sg, err
	}
	src := &storeSource{ctx: ctx, s: s.Store, entities: map[string]*graph.Entity{}, relations: map[string][]graph.Relation{}}
	sg, err = graph.Expand(q, v.c.Source(src))
	if err == nil {
		err = src.err
	}
	return sg, err
}

// touches reports whether a correction bears on the subgraph: an entity of it is hidden, or a relationship
// of one of its entities is rejected or has a sentence rejected. Expand looks only at the relationships of
// the entities it takes in, so when none is corrected, the corrected expansion is the same.
func (v *view) touches(sg graph.Subgraph) bool {
	if len(sg.Omitted) > 0 && len(v.c.HiddenIDs()) > 0 {
		return true // a hidden actor may be among those counted as omitted
	}
	in := make(map[string]bool, len(sg.Entities))
	for _, e := range sg.Entities {
		in[e.ID] = true
		if v.c.Hidden(e.ID) {
			return true
		}
	}
	for _, c := range v.log {
		if !c.Active() {
			continue
		}
		if from, _, to, ok := graph.SplitRelationID(c.Relation); ok && (in[from] || in[to]) {
			return true
		}
	}
	return false
}

// storeSource is the inner store as a graph.Source for one expansion, each entity and relationship list
// read once. The first error stops the answers (the expansion then sees less) and is returned after.
type storeSource struct {
	ctx       context.Context
	s         graph.Store
	entities  map[string]*graph.Entity // nil for an id with no entity
	relations map[string][]graph.Relation
	docs      map[string]graph.Document
	err       error
}

func (src *storeSource) Entity(id string) (graph.Entity, bool) {
	e, seen := src.entities[id]
	if !seen && src.err == nil {
		got, err := src.s.Entity(src.ctx, id)
		switch {
		case err == nil:
			e = &got
		case graph.ErrorCode(err) != graph.ENOTFOUND:
			src.err = err
		}
		src.entities[id] = e
	}
	if e == nil {
		return graph.Entity{}, false
	}
	return *e, true
}

func (src *storeSource) Relations(id string) []graph.Relation {
	rels, seen := src.relations[id]
	if !seen && src.err == nil {
		var err error
		if rels, err = src.s.Adjacent(src.ctx, []string{id}, graph.Filter{}); err != nil {
			src.err = err
		}
		src.relations[id] = rels
	}
	return rels
}

func (src *storeSource) Document(id string) (graph.Document, bool) {
	if src.docs == nil && src.err == nil {
		docs, err := src.s.Documents(src.ctx)
		if err != nil {
			src.err = err
		}
		src.docs = make(map[string]graph.Document, len(docs))
		for _, d := range docs {
			src.docs[d.ID] = d
		}
	}
	d, ok := src.docs[id]
	return d, ok
}

// Adjacent returns the relationships as corrected, then filtered: the filter counts the sentences left.
func (s *Store) Adjacent(ctx context.Context, ids []string, f graph.Filter) ([]graph.Relation, error) {
	v, err := s.current(ctx)
	if err != nil {
		return nil, err
	}
	return s.adjacent(ctx, v, ids, f)
}

// adjacent is Adjacent through the corrections of v.
func (s *Store) adjacent(ctx context.Context, v *view, ids []string, f graph.Filter) ([]graph.Relation, error) {
	if v.c.Empty() && v.a.Empty() {
		return s.Store.Adjacent(ctx, ids, f)
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	if !v.a.Empty() {
		return s.adjacentActors(ctx, v, ids, f)
	}
	ids = slices.DeleteFunc(slices.Clone(ids), v.c.Hidden)
	rels, err := s.Store.Adjacent(ctx, ids, graph.Filter{Kinds: f.Kinds})
	if err != nil {
		return nil, err
	}
	asked := make(map[string]bool, len(ids))
	for _, id := range ids {
		asked[id] = true
	}
	var out []graph.Relation
	for _, r := range v.c.With(rels, func(from, to string) bool { return asked[from] && keepsKind(f, to) || asked[to] && keepsKind(f, from) }) {
		if r, ok := f.Apply(r); ok {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, byID)
	return out, nil
}

// Snapshot returns the whole graph as corrected, then filtered, and the documents its evidence cites.
func (s *Store) Snapshot(ctx context.Context, f graph.Filter) (graph.Subgraph, error) {
	v, err := s.current(ctx)
	if err != nil {
		return graph.Subgraph{}, err
	}
	if !v.a.Empty() {
		return s.snapshotActors(ctx, v, f)
	}
	if v.c.Empty() {
		return s.Store.Snapshot(ctx, f)
	}
	if err := f.Validate(); err != nil {
		return graph.Subgraph{}, err
	}
	sg, err := s.Store.Snapshot(ctx, graph.Filter{Kinds: f.Kinds})
	if err != nil {
		return sg, err
	}
	sg.Entities = slices.DeleteFunc(sg.Entities, func(e graph.Entity) bool { return v.c.Hidden(e.ID) })
	in := make(map[string]bool, len(sg.Entities))
	for _, e := range sg.Entities {
		in[e.ID] = true
	}
	cited := map[string]bool{}
	var rels []graph.Relation
	for _, r := range v.c.With(sg.Relations, func(from, to string) bool { return in[from] && in[to] }) {
		if r, ok := f.Apply(r); ok {
			rels = append(rels, r)
			for _, ev := range r.Evidence {
				cited[ev.Document] = true
			}
		}
	}
	slices.SortFunc(rels, byID)
	sg.Relations = rels
	sg.Documents = slices.DeleteFunc(sg.Documents, func(d graph.Document) bool { return !cited[d.ID] })
	if sg.Documents, err = s.addCited(ctx, sg.Documents, cited); err != nil {
		return sg, err
	}
	return sg, nil
}

// Document hides the log's document. Errors: ENOTFOUND.
func (s *Store) Document(ctx context.Context, id string) (graph.Document, error) {
	if id == LogDocument {
		return graph.Document{}, graph.Errorf(graph.ENOTFOUND, "no document with id %q", id)
	}
	return s.Store.Document(ctx, id)
}

// Documents lists the documents but the log's.
func (s *Store) Documents(ctx context.Context) ([]graph.Document, error) {
	docs, err := s.Store.Documents(ctx)
	return slices.DeleteFunc(docs, func(d graph.Document) bool { return d.ID == LogDocument }), err
}

// DocumentEntities leaves hidden entities out.
func (s *Store) DocumentEntities(ctx context.Context, id string) ([]graph.Entity, error) {
	if id == LogDocument {
		return nil, graph.Errorf(graph.ENOTFOUND, "no document with id %q", id)
	}
	v, err := s.current(ctx)
	if err != nil {
		return nil, err
	}
	if !v.a.Empty() {
		return s.documentEntitiesActors(ctx, v, id)
	}
	es, err := s.Store.DocumentEntities(ctx, id)
	return slices.DeleteFunc(es, func(e graph.Entity) bool { return v.c.Hidden(e.ID) }), err
}

// EntityDocuments is ENOTFOUND for a hidden entity.
func (s *Store) EntityDocuments(ctx context.Context, id string) ([]graph.Document, error) {
	v, err := s.current(ctx)
	if err != nil {
		return nil, err
	}
	if !v.a.Empty() {
		return s.entityDocumentsActors(ctx, v, id)
	}
	if v.c.Hidden(id) {
		return nil, graph.Errorf(graph.ENOTFOUND, "no entity with id %q", graph.Clip(id))
	}
	return s.Store.EntityDocuments(ctx, id)
}

// RelationCounts counts the relationships as corrected.
func (s *Store) RelationCounts(ctx context.Context, ids []string) ([]int, error) {
	v, err := s.current(ctx)
	if err != nil {
		return nil, err
	}
	if v.c.Empty() && v.a.Empty() {
		return s.Store.RelationCounts(ctx, ids)
	}
	counts := make([]int, len(ids))
	rels, err := s.Adjacent(ctx, ids, graph.Filter{})
	if err != nil {
		return nil, err
	}
	at := map[string]int{}
	for _, r := range rels {
		at[r.From]++
		if r.To != r.From {
			at[r.To]++
		}
	}
	for i, id := range ids {
		counts[i] = at[v.a.Shown(id)]
	}
	return counts, nil
}

// Import adds corrections exported from another store (Corrections), keeping their ids, editors, times,
// reasons and undos: the trail moves with them. A correction whose id the log holds already is skipped
// when it is the same, and refused when it differs. Every one is checked as Correct checks a new one (the
// active ones must name what the graph holds), and they are written all at once or not at all. It returns
// how many were added. Errors: EINVALID, ENOTFOUND, ECONFLICT, ETOOLARGE.
func (s *Store) Import(ctx context.Context, cs []graph.Correction) (int, error) {
	s.write.Lock()
	defer s.write.Unlock()
	v, err := s.current(ctx)
	if err != nil {
		return 0, err
	}
	log := slices.Clone(v.log)
	added := 0
	for i, c := range cs {
		where := func(err error) error {
			return graph.Errorf(graph.ErrorCode(err), "correction %d (%s): %s", i+1, graph.Clip(c.ID), graph.ErrorMessage(err))
		}
		if err := c.ValidateRecord(); err != nil {
			return 0, where(err)
		}
		if j := slices.IndexFunc(log, func(o graph.Correction) bool { return o.ID == c.ID }); j >= 0 {
			if !reflectEqual(log[j], c) {
				return 0, where(graph.Errorf(graph.ECONFLICT, "the store holds another correction with this id"))
			}
			continue
		}
		if c.Active() {
			if err := s.checkText(ctx, c); err != nil {
				return 0, where(err)
			}
			if err := s.checkImported(ctx, v, log, c); err != nil {
				return 0, where(err)
			}
		}
		log = append(log, c)
		added++
	}
	if len(log) > MaxCorrections {
		return 0, graph.Errorf(graph.ETOOLARGE, "%d corrections, more than the %d a store keeps", len(log), MaxCorrections)
	}
	if added == 0 {
		return 0, nil
	}
	return added, s.writeLog(ctx, log)
}

func reflectEqual(a, b graph.Correction) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}
