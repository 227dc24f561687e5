package neo4jstore

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// stored is what the database holds about the documents an ingest touches: the documents with their text
// and every layer of theirs.
type stored struct {
	docs   map[string]graph.Document
	layers map[string]map[string]*layer // by document id, then origin
}

func (st *stored) layer(doc, origin string) *layer {
	return st.layers[doc][origin]
}

// readStored reads the documents with the ids and all their layers.
func readStored(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (*stored, error) {
	st := &stored{layers: map[string]map[string]*layer{}}
	var err error
	if st.docs, err = readDocuments(ctx, tx, stmtDocuments, ids); err != nil {
		return nil, err
	}
	docs := slices.Sorted(maps.Keys(st.docs))
	if len(docs) == 0 {
		return st, nil
	}
	params := map[string]any{"documents": docs}
	rows, err := run(ctx, tx, stmtLayers, params)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		doc, origin := str(r["document"]), str(r["origin"])
		if st.layers[doc] == nil {
			st.layers[doc] = map[string]*layer{}
		}
		st.layers[doc][origin] = &layer{entities: []graph.Entity{}, relations: []graph.Relation{}}
	}
	if rows, err = run(ctx, tx, stmtLayerMentions, params); err != nil {
		return nil, err
	}
	for _, r := range rows {
		l := st.layer(str(r["document"]), str(r["origin"]))
		if l == nil {
			continue // a layer is read above before anything it holds
		}
		l.entities = append(l.entities, graph.Entity{ID: str(r["entity"]), Name: str(r["name"]), Kind: graph.Kind(str(r["kind"])),
			Aliases: strs(r["aliases"]), Description: str(r["description"])})
	}
	if rows, err = run(ctx, tx, stmtLayerEvidence, params); err != nil {
		return nil, err
	}
	rels := map[layerKey]map[string]*graph.Relation{}
	for _, r := range rows {
		k := layerKey{str(r["document"]), str(r["origin"])}
		from, to, t := str(r["from"]), str(r["to"]), graph.RelType(str(r["type"]))
		id := graph.RelationID(from, t, to)
		if rels[k] == nil {
			rels[k] = map[string]*graph.Relation{}
		}
		rel := rels[k][id]
		if rel == nil {
			rel = &graph.Relation{ID: id, From: from, To: to, Type: t}
			rels[k][id] = rel
		}
		rel.Evidence = append(rel.Evidence, decodeEvidence(dict(r["evidence"])))
	}
	for doc, byOrigin := range st.layers {
		for origin, l := range byOrigin {
			slices.SortFunc(l.entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
			l.relations = relationsOf(rels[layerKey{doc, origin}])
		}
	}
	return st, nil
}

// plan is what one ingest brings: the final form of every document and layer it writes. It is worked out
// exactly as the embedded store works it out, so both stores accept, refuse and report the same batches.
type plan struct {
	docs      map[string]*graph.Document          // documents whose text or metadata change
	layers    map[string]map[string]*pendingLayer // by document id, then origin
	unchanged []string
}

type pendingLayer struct {
	layer   *layer
	checked string // the text its evidence was checked against
}

func (p *plan) empty() bool { return len(p.docs) == 0 && len(p.layers) == 0 }

func (p *plan) put(doc, origin string, l *layer, checked string) {
	m := p.layers[doc]
	if m == nil {
		m = map[string]*pendingLayer{}
		p.layers[doc] = m
	}
	m[origin] = &pendingLayer{layer: l, checked: checked}
}

func (p *plan) layerOf(st *stored, doc, origin string) *layer {
	if pl := p.layers[doc][origin]; pl != nil {
		return pl.layer
	}
	return st.layer(doc, origin)
}

// batchDocuments lists the document ids the batches name, for reading what is stored about them.
func batchDocuments(batches []graph.Batch) []string {
	var ids []string
	for _, b := range batches {
		if b.Document.ID != "" && !slices.Contains(ids, b.Document.ID) {
			ids = append(ids, b.Document.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

// newPlan validates and normalises the batches against what is stored and what earlier batches of the same
// call bring. Errors: EINVALID, ENOTFOUND, ECONFLICT, as graph.Store.Ingest documents them.
func newPlan(st *stored, batches []graph.Batch) (*plan, error) {
	p := &plan{docs: map[string]*graph.Document{}, layers: map[string]map[string]*pendingLayer{}}
	prepared, err := prepare(st, batches)
	if err != nil {
		return nil, err
	}
	for i := range prepared {
		b := &prepared[i]
		id := b.Document.ID
		var known *graph.Document
		if d := p.docs[id]; d != nil {
			known = d
		} else if d, ok := st.docs[id]; ok {
			known = &d
		}
		l := &layer{entities: b.Entities, relations: b.Relations}
		if known != nil && *known == b.Document {
			if prev := p.layerOf(st, id, b.Origin); prev != nil && prev.equal(l) {
				p.unchanged = append(p.unchanged, layerKey{id, b.Origin}.String())
				continue
			}
		} else {
			doc := b.Document
			p.docs[id] = &doc
		}
		p.put(id, b.Origin, l, b.Document.Text)
	}
	return p, p.settle(st)
}

// prepare gives every batch its document, then validates and normalises a copy of each, reporting the
// first error in batch order.
func prepare(st *stored, batches []graph.Batch) ([]graph.Batch, error) {
	out := make([]graph.Batch, len(batches))
	texts := map[string]*graph.Document{} // the document as the batches so far give it
	for i, b := range batches {
		// Normalize sorts and merges in place: work on copies so the caller's batches stay as they were.
		b.Entities, b.Relations = slices.Clone(b.Entities), slices.Clone(b.Relations)
		d := b.Document
		if d.Text == "" && d.Hash == "" && d.ID != "" && validOrigin(b.Origin) {
			if known := texts[d.ID]; known != nil {
				b.Document = *known
			} else if sd, ok := st.docs[d.ID]; ok {
				b.Document = sd
			} else {
				return nil, graph.Errorf(graph.ENOTFOUND, "document %s: the batch has no text and no such document is stored", d.ID)
			}
		} else {
			texts[d.ID] = &batches[i].Document
		}
		if err := b.Validate(b.Document.Text); err != nil {
			return nil, err
		}
		if err := checkKeySizes(b); err != nil {
			return nil, err
		}
		b.Normalize()
		out[i] = b
	}
	return out, nil
}

// maxKeyBytes keeps indexed values well inside what Neo4j's range indexes take (about 8 kB a value).
const maxKeyBytes = 4000

// checkKeySizes refuses ids and names too long to index; no real name comes near the limit.
// Errors: EINVALID.
func checkKeySizes(b graph.Batch) error {
	if len(b.Document.ID)+len(b.Origin) > maxKeyBytes {
		return graph.Errorf(graph.EINVALID, "document %.40q…: the document id and origin are longer than %d bytes together", b.Document.ID, maxKeyBytes)
	}
	for _, e := range b.Entities {
		// Relationship ids join two entity ids, and the evidence index holds them.
		if len(e.ID) > maxKeyBytes/2 || len(e.Name) > maxKeyBytes/2 {
			return graph.Errorf(graph.EINVALID, "document %s: entity name %.40q… is longer than %d bytes", b.Document.ID, e.Name, maxKeyBytes/2)
		}
	}
	return nil
}

func validOrigin(origin string) bool {
	return origin == graph.OriginText || (len(origin) > len(graph.OriginOverlay) && origin[:len(graph.OriginOverlay)] == graph.OriginOverlay)
}

// settle checks every layer of the documents the call touches against the document's final text (a layer
// of another origin, or one of this call checked against a text a later batch replaced) and gives the
// layers of this call the final publication date. Errors: ECONFLICT.
func (p *plan) settle(st *stored) error {
	for _, id := range slices.Sorted(maps.Keys(p.layers)) {
		final := p.docs[id]
		if final == nil {
			d := st.docs[id]
			final = &d
		}
		for _, origin := range slices.Sorted(maps.Keys(p.layers[id])) {
			pl := p.layers[id][origin]
			if pl.checked != final.Text {
				if err := conflicts(*final, origin, pl.layer); err != nil {
					return err
				}
			}
			if len(pl.layer.relations) > 0 && pl.layer.relations[0].Evidence[0].Published != final.Published {
				pl.layer = pl.layer.withPublished(final.Published)
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(p.docs)) {
		sd, ok := st.docs[id]
		if !ok || sd.Text == p.docs[id].Text {
			continue
		}
		for _, origin := range slices.Sorted(maps.Keys(st.layers[id])) {
			if p.layers[id][origin] == nil {
				if err := conflicts(*p.docs[id], origin, st.layers[id][origin]); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// conflicts reports the first evidence of the layer that the document's text does not hold.
func conflicts(d graph.Document, origin string, l *layer) error {
	for _, r := range l.relations {
		for _, ev := range r.Evidence {
			if got, ok := graph.Slice(d.Text, ev.Start, ev.End); !ok || got != ev.Text {
				return graph.Errorf(graph.ECONFLICT,
					"document %s: the new text no longer holds the evidence %q (characters %d..%d) that origin %q gives for %s; ingest that origin again with the new text in the same call",
					d.ID, clip(ev.Text, 60), ev.Start, ev.End, origin, r.ID)
			}
		}
	}
	return nil
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) > n {
		return string([]rune(s)[:n]) + "…"
	}
	return s
}

// layerChange is one layer an ingest writes: old is nil for a new layer; new may equal old when only its
// document's metadata changed, or carry its document's new publication date.
type layerChange struct {
	key      layerKey
	old, new *layer
}

// rewrite reports whether the layer's MENTIONS and STATES must be written again.
func (c layerChange) rewrite() bool { return c.old == nil || !c.old.equal(c.new) }

// changes lists the layers the plan writes, by document and origin, including the unchanged layers of
// documents whose publication date moves (their evidence carries the date). finalPublished gives the date
// of every document the call touches, as the call leaves it.
func (p *plan) changes(st *stored) (out []layerChange, finalPublished map[string]string) {
	finalPublished = map[string]string{}
	ids := slices.Collect(maps.Keys(p.layers))
	for id := range p.docs {
		if p.layers[id] == nil {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		sd, existed := st.docs[id]
		doc := sd
		if d := p.docs[id]; d != nil {
			doc = *d
		}
		finalPublished[id] = doc.Published
		moved := existed && sd.Published != doc.Published
		pl := p.layers[id]
		for _, origin := range slices.Sorted(maps.Keys(pl)) {
			out = append(out, layerChange{key: layerKey{id, origin}, old: st.layer(id, origin), new: pl[origin].layer})
		}
		if moved {
			for _, origin := range slices.Sorted(maps.Keys(st.layers[id])) {
				if pl[origin] == nil {
					old := st.layers[id][origin]
					out = append(out, layerChange{key: layerKey{id, origin}, old: old, new: old.withPublished(doc.Published)})
				}
			}
		}
	}
	return out, finalPublished
}
