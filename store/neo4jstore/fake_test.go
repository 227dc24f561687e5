package neo4jstore_test

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/neo4jstore"
)

// fakeNeo4j emulates, in memory, what each of the package's statements does in Neo4j, so the conformance
// suite can run through the store's Go code where no Neo4j server runs. It follows Cypher where it bites:
// a row whose MATCH finds nothing is dropped without an error, CREATE makes duplicates, MERGE does not,
// SET to null removes a property, every $parameter must be given and every row.key read must exist.
// Reads see what is committed when each statement runs (read committed, as Neo4j); a write transaction
// works on a copy that replaces the committed graph when the transaction function returns nil, showing
// readers a partly applied commit on the way.
//
// It is a model of the statements, not of Cypher: the lint test checks the Cypher itself, and the
// conformance suite runs against a real Neo4j when NEO4J_URI is set.
type fakeNeo4j struct {
	mu            sync.Mutex // guards committed
	committed     *fakeGraph
	writer        sync.Mutex // one write transaction at a time, as the ingest lock makes it
	byCypher      map[string]string
	statementsRun map[string]int
	retry         bool // run every transaction function twice, as after a transient failure
}

type fakeGraph struct {
	docs      map[string]map[string]any
	entities  map[string]*fakeEntity
	layers    map[[2]string]*fakeLayer     // by document, origin
	evidence  map[string]*fakeEvidence     // by key
	rels      map[[3]string]map[string]any // (from, type, to) → properties
	lockNodes int
	// epoch and version are the lock node's properties (Store.Version); epochs counts the epochs drawn.
	epoch   string
	version int64
	epochs  int
}

type fakeEntity struct {
	labels map[string]bool
	props  map[string]any
}

type fakeLayer struct {
	linked   bool // (:Document)-[:HAS_LAYER]->(this)
	mentions []fakeMention
	states   []string // evidence keys, one per STATES relationship
}

type fakeMention struct {
	entity string
	props  map[string]any
}

type fakeEvidence struct {
	props                     map[string]any
	document, subject, object string // the ends of QUOTES, SUBJECT, OBJECT; "" once detached
}

func newFakeNeo4j() *fakeNeo4j {
	f := &fakeNeo4j{committed: newFakeGraph(), byCypher: map[string]string{}, statementsRun: map[string]int{}}
	for name, c := range neo4jstore.Statements() {
		f.byCypher[c] = name
	}
	return f
}

func newFakeGraph() *fakeGraph {
	return &fakeGraph{docs: map[string]map[string]any{}, entities: map[string]*fakeEntity{}, layers: map[[2]string]*fakeLayer{},
		evidence: map[string]*fakeEvidence{}, rels: map[[3]string]map[string]any{}}
}

func (g *fakeGraph) clone() *fakeGraph {
	c := newFakeGraph()
	c.lockNodes, c.epoch, c.version, c.epochs = g.lockNodes, g.epoch, g.version, g.epochs
	for k, v := range g.docs {
		c.docs[k] = maps.Clone(v)
	}
	for k, v := range g.entities {
		c.entities[k] = &fakeEntity{labels: maps.Clone(v.labels), props: maps.Clone(v.props)}
	}
	for k, v := range g.layers {
		l := &fakeLayer{linked: v.linked, states: slices.Clone(v.states)}
		for _, m := range v.mentions {
			l.mentions = append(l.mentions, fakeMention{entity: m.entity, props: maps.Clone(m.props)})
		}
		c.layers[k] = l
	}
	for k, v := range g.evidence {
		e := *v
		e.props = maps.Clone(v.props)
		c.evidence[k] = &e
	}
	for k, v := range g.rels {
		c.rels[k] = maps.Clone(v)
	}
	return c
}

// runs says how many times the named statement ran.
func (f *fakeNeo4j) runs(name string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.statementsRun[name]
}

func (f *fakeNeo4j) snapshot() *fakeGraph {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.committed
}

// Read runs work with every statement reading the graph as committed when it runs.
func (f *fakeNeo4j) Read(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	if f.retry {
		// As the driver does after a transient failure: the work runs again from the start.
		if err := work(&fakeTx{f: f}); err != nil {
			return err
		}
	}
	return work(&fakeTx{f: f})
}

// Write runs work on a copy of the graph and commits it if work succeeds.
func (f *fakeNeo4j) Write(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	f.writer.Lock()
	defer f.writer.Unlock()
	if f.retry {
		// A first attempt whose commit fails: its writes are lost and the driver runs the work again.
		if err := work(&fakeTx{f: f, g: f.snapshot().clone()}); err != nil {
			return err
		}
	}
	tx := &fakeTx{f: f, g: f.snapshot().clone()}
	if err := work(tx); err != nil {
		return err
	}
	f.commit(tx.g)
	return nil
}

// commit makes g, the graph a write transaction worked on, the committed graph.
func (f *fakeNeo4j) commit(g *fakeGraph) {
	// Neo4j applies a commit while other transactions read: a reader can see part of it. Show readers a
	// graph with only half the new relationships for a moment before the whole.
	old := f.snapshot()
	half := g.clone()
	var added [][3]string
	for k := range g.rels {
		if old.rels[k] == nil {
			added = append(added, k)
		}
	}
	slices.SortFunc(added, func(a, b [3]string) int { return strings.Compare(a[0]+a[1]+a[2], b[0]+b[1]+b[2]) })
	for _, k := range added[len(added)/2:] {
		delete(half.rels, k)
	}
	f.mu.Lock()
	f.committed = half
	f.mu.Unlock()
	time.Sleep(200 * time.Microsecond)
	f.mu.Lock()
	f.committed = g
	f.mu.Unlock()
}

// fakeTx is a transaction; g is the private graph of a write transaction, nil in a read one.
type fakeTx struct {
	neo4j.ManagedTransaction // satisfies the interface's unexported method; never called
	f                        *fakeNeo4j
	g                        *fakeGraph
}

var (
	paramPattern  = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
	rowKeyPattern = regexp.MustCompile(`\brow\.([A-Za-z_][A-Za-z0-9_]*)`)
)

func (tx *fakeTx) Run(ctx context.Context, cypher string, params map[string]any) (neo4j.ResultWithContext, error) {
	rows, err := tx.f.run(tx.g, cypher, params)
	if err != nil {
		return nil, err
	}
	return newFakeResult(rows), nil
}

// run runs a statement on g, the graph of a write transaction, or on the committed graph when g is nil.
func (f *fakeNeo4j) run(g *fakeGraph, cypher string, params map[string]any) ([]map[string]any, error) {
	name, ok := f.byCypher[cypher]
	if !ok {
		return nil, &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "fake Neo4j: a statement that Statements does not list:\n" + cypher}
	}
	for _, m := range paramPattern.FindAllStringSubmatch(cypher, -1) {
		if _, ok := params[m[1]]; !ok {
			return nil, &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.ParameterMissing", Msg: fmt.Sprintf("%s: expected parameter $%s", name, m[1])}
		}
	}
	if rows, ok := params["rows"].([]map[string]any); ok {
		for _, m := range rowKeyPattern.FindAllStringSubmatch(cypher, -1) {
			for _, r := range rows {
				if _, ok := r[m[1]]; !ok {
					return nil, fmt.Errorf("fake Neo4j: %s reads row.%s, which a row lacks: %v", name, m[1], r)
				}
			}
		}
	}
	if g == nil {
		if strings.HasPrefix(name, "upsert") || strings.HasPrefix(name, "delete") || strings.HasPrefix(name, "create") ||
			name == "clearLayers" || name == "lock" || name == "clear" {
			return nil, &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.AccessMode", Msg: name + ": writing in a read transaction"}
		}
		g = f.snapshot()
	}
	f.mu.Lock()
	f.statementsRun[name]++
	f.mu.Unlock()
	rows, err := g.exec(name, params)
	if err != nil {
		return nil, fmt.Errorf("fake Neo4j: %s: %w", name, err)
	}
	return rows, nil
}

type fakeResult struct {
	neo4j.ResultWithContext
	records []*neo4j.Record
}

func newFakeResult(rows []map[string]any) *fakeResult {
	res := &fakeResult{}
	for _, r := range rows {
		keys := slices.Sorted(maps.Keys(r))
		vals := make([]any, len(keys))
		for i, k := range keys {
			vals[i] = r[k]
		}
		res.records = append(res.records, &neo4j.Record{Keys: keys, Values: vals})
	}
	return res
}

func (r *fakeResult) Collect(context.Context) ([]*neo4j.Record, error) { return r.records, nil }

// Parameters arrive as the store builds them: []string, []map[string]any, int and string.

func strList(v any) []string {
	switch l := v.(type) {
	case []string:
		return l
	case []any:
		out := make([]string, len(l))
		for i, x := range l {
			out[i], _ = x.(string)
		}
		return out
	}
	return nil
}

func rowList(v any) []map[string]any {
	l, _ := v.([]map[string]any)
	return l
}

// value turns a parameter into what Neo4j stores and returns: int64 for integers, []any for lists.
func value(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	}
	return v
}

// set applies SET p.k = v: a null removes the property.
func set(props map[string]any, k string, v any) {
	if v == nil {
		delete(props, k)
		return
	}
	props[k] = value(v)
}

func project(props map[string]any, keys ...string) map[string]any {
	m := make(map[string]any, len(keys))
	for _, k := range keys {
		m[k] = props[k] // a missing property projects as null
	}
	return m
}

var (
	entityKeys   = []string{"id", "name", "kind", "aliases", "description"}
	evidenceKeys = []string{"document", "text", "start", "end", "published", "stance", "origin", "rule", "confidence", "claim"}
	docKeys      = []string{"id", "title", "source", "url", "published", "hash"}
)

func isRelType(t string) bool {
	_, ok := graph.RelType(t).Info()
	return ok
}

// maxTextIndexBytes is the longest string Neo4j's TEXT index takes (Lucene's limit on one term).
const maxTextIndexBytes = 32_766

func (g *fakeGraph) exec(name string, p map[string]any) ([]map[string]any, error) {
	var out []map[string]any
	switch {
	case strings.HasPrefix(name, "schema/"), name == "lock":
		if name == "lock" {
			g.lockNodes = 1
		}
	case name == "newVersion":
		if g.lockNodes == 0 {
			break // MATCH found no lock node
		}
		if g.epoch == "" {
			g.epochs++
			g.epoch = fmt.Sprintf("epoch-%d", g.epochs)
		}
		g.version++
	case name == "version":
		row := map[string]any{"epoch": nil, "version": nil}
		if g.lockNodes > 0 && g.epoch != "" {
			row["epoch"], row["version"] = g.epoch, g.version
		}
		out = append(out, row)
	case name == "documents", name == "documentsMeta":
		for _, id := range strList(p["ids"]) {
			if d, ok := g.docs[id]; ok {
				keys := docKeys
				if name == "documents" {
					keys = append(slices.Clone(docKeys), "text")
				}
				out = append(out, project(d, keys...))
			}
		}
	case name == "documentList":
		for _, d := range g.docs {
			out = append(out, project(d, docKeys...))
		}
	case name == "layers", name == "layerMentions", name == "layerEvidence":
		for _, doc := range strList(p["documents"]) {
			if g.docs[doc] == nil {
				continue
			}
			for k, l := range g.layers {
				if k[0] != doc || !l.linked {
					continue
				}
				switch name {
				case "layers":
					out = append(out, map[string]any{"document": k[0], "origin": k[1]})
				case "layerMentions":
					for _, m := range l.mentions {
						e := g.entities[m.entity]
						out = append(out, map[string]any{"document": k[0], "origin": k[1], "entity": m.entity, "kind": e.props["kind"],
							"name": m.props["name"], "aliases": m.props["aliases"], "description": m.props["description"]})
					}
				case "layerEvidence":
					for _, key := range l.states {
						ev := g.evidence[key]
						if ev.subject == "" || ev.object == "" {
							continue
						}
						out = append(out, map[string]any{"document": k[0], "origin": k[1], "type": ev.props["type"],
							"from": ev.subject, "to": ev.object, "evidence": project(ev.props, evidenceKeys...)})
					}
				}
			}
		}
	case name == "entityMentions":
		for _, id := range strList(p["ids"]) {
			e := g.entities[id]
			if e == nil {
				continue
			}
			for k, l := range g.layers {
				if !l.linked || g.docs[k[0]] == nil {
					continue
				}
				for _, m := range l.mentions {
					if m.entity == id {
						out = append(out, map[string]any{"entity": id, "kind": e.props["kind"], "document": k[0], "origin": k[1],
							"published": g.docs[k[0]]["published"], "name": m.props["name"], "aliases": m.props["aliases"],
							"description": m.props["description"]})
					}
				}
			}
		}
	case name == "documentEntities":
		doc := p["id"].(string)
		if g.docs[doc] == nil {
			break
		}
		named := map[string]bool{}
		for k, l := range g.layers {
			if k[0] == doc && l.linked {
				for _, m := range l.mentions {
					named[m.entity] = true
				}
			}
		}
		if len(named) == 0 { // OPTIONAL MATCH: one row, without an entity
			out = append(out, map[string]any{"document": doc, "entity": nil})
		}
		for id := range named {
			out = append(out, map[string]any{"document": doc, "entity": project(g.entities[id].props, entityKeys...)})
		}
	case name == "entityDocuments":
		id := p["id"].(string)
		if g.entities[id] == nil {
			break
		}
		docs := map[string]bool{}
		for k, l := range g.layers {
			if !l.linked || g.docs[k[0]] == nil {
				continue
			}
			for _, m := range l.mentions {
				if m.entity == id {
					docs[k[0]] = true
				}
			}
		}
		if len(docs) == 0 {
			r := project(map[string]any{}, docKeys...)
			r["entity"] = id
			out = append(out, r)
		}
		for doc := range docs {
			r := project(g.docs[doc], docKeys...)
			r["entity"] = id
			out = append(out, r)
		}
	case name == "relationCounts":
		for _, id := range strList(p["ids"]) {
			if g.entities[id] == nil {
				continue
			}
			n := 0
			for k := range g.rels {
				if isRelType(k[1]) && (k[0] == id || k[2] == id) {
					n++
				}
			}
			out = append(out, map[string]any{"id": id, "n": int64(n)})
		}
	case name == "entities":
		for _, id := range strList(p["ids"]) {
			if e := g.entities[id]; e != nil {
				out = append(out, map[string]any{"entity": project(e.props, entityKeys...)})
			}
		}
	case name == "relationEvidence":
		for _, rel := range strList(p["relations"]) {
			for key, ev := range g.evidence {
				if ev.props["relation"] != rel {
					continue
				}
				layers := []any{}
				for k, l := range g.layers {
					for _, s := range l.states {
						if s == key {
							layers = append(layers, []any{k[0], k[1]})
						}
					}
				}
				out = append(out, map[string]any{"relation": rel, "key": key, "evidence": project(ev.props, evidenceKeys...), "layers": layers})
			}
		}
	case strings.HasPrefix(name, "count"):
		n := 0
		switch name {
		case "countDocuments":
			n = len(g.docs)
		case "countEntities":
			n = len(g.entities)
		case "countRelations":
			n = len(g.rels)
		case "countEvidence":
			n = len(g.evidence)
		}
		out = append(out, map[string]any{"n": int64(n)})
	case name == "spellingMissing":
		for _, e := range g.entities {
			if _, ok := e.props["spelling"]; !ok && len(out) < p["limit"].(int) {
				out = append(out, map[string]any{"entity": project(e.props, entityKeys...)})
			}
		}
	case name == "setSpelling":
		for _, r := range rowList(p["rows"]) {
			if e := g.entities[r["id"].(string)]; e != nil {
				e.props["spelling"] = r["spelling"]
			}
		}
	case name == "searchSpelling":
		for _, e := range g.entities {
			if s, _ := e.props["spelling"].(string); strings.Contains(s, p["query"].(string)) && len(out) < p["scan"].(int) {
				out = append(out, map[string]any{"entity": project(e.props, entityKeys...)})
			}
		}
	case name == "searchCutoff", name == "searchHits":
		type hit struct {
			e     *fakeEntity
			score int64
		}
		var hits []hit
		q := p["query"].(string)
		for _, e := range g.entities {
			s, _ := e.props["search"].(string)
			if !strings.Contains(s, q) {
				continue
			}
			score := int64(3)
			switch {
			case strings.Contains(s, p["exact"].(string)):
				score = 0
			case strings.Contains(s, p["prefix"].(string)):
				score = 1
			case strings.Contains(s, p["word"].(string)):
				score = 2
			}
			hits = append(hits, hit{e, score})
		}
		if name == "searchCutoff" {
			slices.SortFunc(hits, func(a, b hit) int { return int(a.score - b.score) })
			hits = hits[:min(len(hits), p["limit"].(int))]
			var cutoff any
			for _, h := range hits {
				if cutoff == nil || h.score > cutoff.(int64) {
					cutoff = h.score
				}
			}
			out = append(out, map[string]any{"cutoff": cutoff})
			break
		}
		for _, h := range hits {
			if h.score <= int64(p["cutoff"].(int)) {
				out = append(out, map[string]any{"entity": project(h.e.props, entityKeys...), "score": h.score})
			}
		}
	case name == "allEntities":
		for _, e := range g.entities {
			out = append(out, map[string]any{"entity": project(e.props, entityKeys...)})
		}
	case name == "allRelations":
		for _, id := range slices.Sorted(maps.Keys(g.entities)) {
			for _, r := range g.adjacency(id) {
				if r["from"] == id {
					out = append(out, r)
				}
			}
		}
	case name == "adjacency":
		for _, id := range strList(p["ids"]) {
			out = append(out, g.adjacency(id)...)
		}
	case strings.HasPrefix(name, "neighborhood/"):
		var depth int
		fmt.Sscanf(name, "neighborhood/%d", &depth)
		seen := map[string]bool{}
		frontier := []string{}
		for _, id := range strList(p["focus"]) {
			if g.entities[id] != nil && !seen[id] {
				seen[id] = true
				frontier = append(frontier, id)
			}
		}
		for step := 1; step < depth; step++ {
			var next []string
			for _, id := range frontier {
				for k := range g.rels {
					for _, other := range []string{k[0], k[2]} {
						if (k[0] == id || k[2] == id) && !seen[other] {
							seen[other] = true
							next = append(next, other)
						}
					}
				}
			}
			frontier = next
		}
		// LIMIT keeps an unspecified part; take the end of the sorted list, so a capped focus shows up.
		ids := slices.Sorted(maps.Keys(seen))
		slices.Reverse(ids)
		for _, id := range ids[:min(len(ids), p["cap"].(int))] {
			out = append(out, g.adjacency(id)...)
		}
	case name == "upsertDocuments":
		for _, r := range rowList(p["rows"]) {
			id := r["id"].(string)
			d := g.docs[id]
			if d == nil {
				d = map[string]any{"id": id}
				g.docs[id] = d
			}
			for _, k := range []string{"title", "source", "url", "published", "hash", "text"} {
				set(d, k, r[k])
			}
		}
	case name == "upsertLayers":
		for _, r := range rowList(p["rows"]) {
			doc := r["document"].(string)
			if g.docs[doc] == nil {
				continue
			}
			k := [2]string{doc, r["origin"].(string)}
			if g.layers[k] == nil {
				g.layers[k] = &fakeLayer{}
			}
			g.layers[k].linked = true
		}
	case name == "clearLayers":
		for _, r := range rowList(p["rows"]) {
			if l := g.layers[[2]string{r["document"].(string), r["origin"].(string)}]; l != nil {
				l.mentions, l.states = nil, nil
			}
		}
	case name == "deleteEvidence":
		for _, key := range strList(p["keys"]) {
			if g.evidence[key] == nil {
				continue
			}
			delete(g.evidence, key)
			for _, l := range g.layers {
				l.states = slices.DeleteFunc(l.states, func(s string) bool { return s == key })
			}
		}
	case name == "deleteRelations":
		for _, r := range rowList(p["rows"]) {
			for k, props := range g.rels {
				if k[0] == r["from"] && k[2] == r["to"] && props["id"] == r["id"] {
					delete(g.rels, k)
				}
			}
		}
	case name == "deleteEntities":
		for _, id := range strList(p["ids"]) {
			if g.entities[id] == nil {
				continue
			}
			delete(g.entities, id)
			for k := range g.rels {
				if k[0] == id || k[2] == id {
					delete(g.rels, k)
				}
			}
			for _, l := range g.layers {
				l.mentions = slices.DeleteFunc(l.mentions, func(m fakeMention) bool { return m.entity == id })
			}
			for _, ev := range g.evidence {
				if ev.subject == id {
					ev.subject = ""
				}
				if ev.object == id {
					ev.object = ""
				}
			}
		}
	case strings.HasPrefix(name, "upsertEntities/"):
		label := strings.TrimPrefix(name, "upsertEntities/")
		for _, r := range rowList(p["rows"]) {
			if key, _ := r["search"].(string); len(key) > maxTextIndexBytes {
				// As Neo4j's TEXT index on Entity.search refuses it, failing the transaction.
				return nil, &neo4j.Neo4jError{Code: "Neo.DatabaseError.Statement.ExecutionFailed",
					Msg: fmt.Sprintf("Property value is too large to index (%d bytes, at most %d)", len(key), maxTextIndexBytes)}
			}
			id := r["id"].(string)
			e := g.entities[id]
			if e == nil {
				e = &fakeEntity{labels: map[string]bool{"Entity": true}, props: map[string]any{"id": id}}
				g.entities[id] = e
			}
			e.labels[label] = true
			for _, k := range []string{"kind", "name", "aliases", "description", "search", "spelling"} {
				set(e.props, k, r[k])
			}
		}
	case name == "createMentions":
		for _, r := range rowList(p["rows"]) {
			l := g.layers[[2]string{r["document"].(string), r["origin"].(string)}]
			id := r["entity"].(string)
			if l == nil || g.entities[id] == nil {
				continue
			}
			props := map[string]any{}
			for _, k := range []string{"name", "aliases", "description"} {
				set(props, k, r[k])
			}
			l.mentions = append(l.mentions, fakeMention{entity: id, props: props})
		}
	case name == "createEvidence":
		for _, r := range rowList(p["rows"]) {
			l := g.layers[[2]string{r["document"].(string), r["layer"].(string)}]
			doc, from, to := r["document"].(string), r["from"].(string), r["to"].(string)
			if l == nil || g.docs[doc] == nil || g.entities[from] == nil || g.entities[to] == nil {
				continue
			}
			key := r["key"].(string)
			ev := g.evidence[key]
			if ev == nil {
				ev = &fakeEvidence{props: map[string]any{"key": key}}
				for _, k := range []string{"relation", "type", "document", "text", "start", "end", "published", "stance", "origin", "rule", "confidence", "claim"} {
					set(ev.props, k, r[k])
				}
				g.evidence[key] = ev
			}
			ev.document, ev.subject, ev.object = doc, from, to
			l.states = append(l.states, key)
		}
	case strings.HasPrefix(name, "upsertRelations/"):
		t := strings.TrimPrefix(name, "upsertRelations/")
		for _, r := range rowList(p["rows"]) {
			from, to := r["from"].(string), r["to"].(string)
			if g.entities[from] == nil || g.entities[to] == nil {
				continue
			}
			k := [3]string{from, t, to}
			props := g.rels[k]
			if props == nil {
				props = map[string]any{}
				g.rels[k] = props
			}
			for _, key := range []string{"id", "stance", "weight", "first", "last"} {
				set(props, key, r[key])
			}
		}
	case name == "clear":
		// The whole graph is actorgraph's here, so a batch at least as large as it empties it.
		total := len(g.docs) + len(g.entities) + len(g.layers) + len(g.evidence) + g.lockNodes
		if total > p["limit"].(int) {
			return nil, fmt.Errorf("the emulation deletes whole graphs only")
		}
		epochs := g.epochs // randomUUID() draws a new epoch after a Clear, never an old one
		*g = *newFakeGraph()
		g.epochs = epochs
		out = append(out, map[string]any{"deleted": int64(total)})
	default:
		return nil, fmt.Errorf("no emulation for this statement")
	}
	return out, nil
}

// adjacency is the rows of the adjacency statement for one entity: each typed relationship at it that has
// evidence, with the entity at the other end.
func (g *fakeGraph) adjacency(id string) []map[string]any {
	if g.entities[id] == nil {
		return nil
	}
	var out []map[string]any
	for k, props := range g.rels {
		if !isRelType(k[1]) || (k[0] != id && k[2] != id) {
			continue
		}
		other := k[2]
		if other == id {
			other = k[0]
		}
		var evidence []any
		for _, ev := range g.evidence {
			if ev.props["relation"] == props["id"] {
				evidence = append(evidence, project(ev.props, evidenceKeys...))
			}
		}
		if len(evidence) == 0 {
			continue
		}
		out = append(out, map[string]any{"id": id, "relation": props["id"], "type": k[1], "from": k[0], "to": k[2],
			"other": project(g.entities[other].props, entityKeys...), "evidence": evidence})
	}
	return out
}
