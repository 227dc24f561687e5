package neo4jstore

import (
	"context"
	"maps"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// Ingest implements graph.Store.Ingest in one Neo4j transaction: layer.PlanIngest decides what the batches
// change, and the transaction writes the plan's documents and layers and the entities and relationships they
// merge into.
//
// A first pass in a read transaction plans the call and finds out whether it changes anything, so a server
// that ingests its seeds again at start, or an overlay loaded twice, never writes. A call that does change
// something is planned again in the write transaction, under the ingest lock, against what is stored then.
//
// Errors, besides those of graph.Store.Ingest: EINVALID when a batch has ids too long to index; ETOOLARGE
// when Neo4j has not the memory for the transaction (the message names the batch size, NEO4J_BATCH_SIZE);
// EUNAVAILABLE when Neo4j cannot be reached.
func (s *Store) Ingest(ctx context.Context, batches ...graph.Batch) (graph.IngestResult, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	var res graph.IngestResult
	changes := false
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		st, err := readStats(ctx, tx)
		if err != nil {
			return err
		}
		res = graph.IngestResult{Before: st, After: st}
		p, err := planIn(ctx, tx, batches)
		if err != nil {
			return err
		}
		res.Unchanged, changes = p.Unchanged, !p.Empty()
		return nil
	})
	if err != nil || !changes {
		return res, err
	}
	err = s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		if _, err := run(ctx, tx, stmtLock, nil); err != nil {
			return err
		}
		before, err := readStats(ctx, tx)
		if err != nil {
			return err
		}
		p, err := planIn(ctx, tx, batches)
		if err != nil {
			return err
		}
		w, err := prepareWrites(ctx, tx, p)
		if err != nil {
			return err
		}
		if err := w.apply(ctx, tx, s.batchSize); err != nil {
			return err
		}
		if !p.Empty() {
			if _, err := run(ctx, tx, stmtNewVersion, nil); err != nil {
				return err
			}
		}
		after, err := readStats(ctx, tx)
		if err != nil {
			return err
		}
		res = graph.IngestResult{Before: before, After: after, Unchanged: p.Unchanged}
		return nil
	})
	if err != nil {
		res.After = res.Before
	}
	return res, err
}

// planned is a plan with the stored state it was made against.
type planned struct {
	*layer.Plan
	stored *stored
}

func planIn(ctx context.Context, tx neo4j.ManagedTransaction, batches []graph.Batch) (planned, error) {
	st, err := readStored(ctx, tx, layer.Documents(batches))
	if err != nil {
		return planned{}, err
	}
	p, err := layer.PlanIngest(st, batches, checkKeySizes)
	if err != nil {
		return planned{}, err
	}
	return planned{p, st}, nil
}

// writes is everything one ingest writes, as rows for the UNWIND statements.
type writes struct {
	docs            []map[string]any
	layers          []map[string]any // layer nodes to have
	clear           []map[string]any // layers whose MENTIONS and STATES go
	deleteEvidence  []string
	deleteRelations []map[string]any
	deleteEntities  []string
	entities        map[graph.Kind][]map[string]any
	mentions        []map[string]any
	evidence        []map[string]any
	relations       map[graph.RelType][]map[string]any
}

// prepareWrites works out the merged entities and relationships that the changed layers touch and what to
// write for them. It reads the other layers of those entities and the stored evidence of those
// relationships; it writes nothing.
func prepareWrites(ctx context.Context, tx neo4j.ManagedTransaction, p planned) (*writes, error) {
	w := &writes{entities: map[graph.Kind][]map[string]any{}, relations: map[graph.RelType][]map[string]any{}}
	var changes []layer.Change
	published := map[string]string{} // the date of every document the call touches, as it leaves them
	for _, dc := range p.Changes(p.stored) {
		changes = append(changes, dc.Layers...)
		published[dc.Document.ID] = dc.Document.Published
	}
	for _, id := range slices.Sorted(maps.Keys(p.Docs)) {
		d := p.Docs[id]
		w.docs = append(w.docs, map[string]any{"id": d.ID, "title": orNil(d.Title), "source": orNil(d.Source),
			"url": orNil(d.URL), "published": orNil(d.Published), "hash": d.Hash, "text": orNil(d.Text)})
	}
	changed := map[layer.Key]bool{}
	for _, c := range changes {
		changed[c.Key] = true
		if !c.Rewrite() {
			continue
		}
		k := map[string]any{"document": c.Key.Document, "origin": c.Key.Origin}
		w.layers = append(w.layers, k)
		if c.Old != nil {
			w.clear = append(w.clear, k)
		}
		for _, e := range c.New.Entities {
			w.mentions = append(w.mentions, map[string]any{"document": c.Key.Document, "origin": c.Key.Origin, "entity": e.ID,
				"name": e.Name, "aliases": aliasList(e.Aliases), "description": orNil(e.Description)})
		}
	}
	if err := w.mergeEntities(ctx, tx, changes, changed, published); err != nil {
		return nil, err
	}
	if err := w.mergeRelations(ctx, tx, changes, changed); err != nil {
		return nil, err
	}
	return w, nil
}

// aliasList stores no aliases as a missing property, which reads back as an empty list through strs:
// Cypher's handling of empty lists as property values has varied, a missing property has not.
func aliasList(a []string) any {
	if len(a) == 0 {
		return nil
	}
	return a
}

// mergeEntities merges every entity a changed layer mentions, now or before, with the layers that stay.
func (w *writes) mergeEntities(ctx context.Context, tx neo4j.ManagedTransaction, changes []layer.Change, changed map[layer.Key]bool, published map[string]string) error {
	idSet := map[string]bool{}
	for _, c := range changes {
		for _, l := range []*layer.Layer{c.Old, c.New} {
			if l != nil {
				for _, e := range l.Entities {
					idSet[e.ID] = true
				}
			}
		}
	}
	ids := slices.Sorted(maps.Keys(idSet))
	if len(ids) == 0 {
		return nil
	}
	mentions := map[string][]layer.Mention{}
	rows, err := run(ctx, tx, stmtEntityMentions, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	for _, r := range rows {
		k := layer.Key{Document: str(r["document"]), Origin: str(r["origin"])}
		if changed[k] {
			continue // replaced by its new version below
		}
		date := str(r["published"])
		if d, ok := published[k.Document]; ok {
			date = d
		}
		e := graph.Entity{ID: str(r["entity"]), Name: str(r["name"]), Kind: graph.Kind(str(r["kind"])),
			Aliases: strs(r["aliases"]), Description: str(r["description"])}
		mentions[e.ID] = append(mentions[e.ID], layer.Mention{Order: layer.OrderOf(k.Document, date, k.Origin), Entity: e})
	}
	for _, c := range changes {
		for _, e := range c.New.Entities {
			mentions[e.ID] = append(mentions[e.ID], layer.Mention{Order: layer.OrderOf(c.Key.Document, published[c.Key.Document], c.Key.Origin), Entity: e})
		}
	}
	current, err := readEntities(ctx, tx, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		cur, exists := current[id]
		ms := mentions[id]
		if len(ms) == 0 {
			if exists {
				w.deleteEntities = append(w.deleteEntities, id)
			}
			continue
		}
		e := layer.MergeEntity(ms)
		if exists && layer.EntityEqual(cur, e) {
			continue
		}
		w.entities[e.Kind] = append(w.entities[e.Kind], map[string]any{"id": e.ID, "kind": string(e.Kind), "name": e.Name,
			"aliases": aliasList(e.Aliases), "description": orNil(e.Description), "search": searchKey(e),
			"spelling": spellingKey(e)})
	}
	return nil
}

// mergeRelations merges the evidence of every relationship a changed layer states, now or before, with the
// evidence the layers that stay state.
func (w *writes) mergeRelations(ctx context.Context, tx neo4j.ManagedTransaction, changes []layer.Change, changed map[layer.Key]bool) error {
	merges := map[string]*relationMerge{}
	for _, c := range changes {
		for _, l := range []*layer.Layer{c.Old, c.New} {
			if l == nil {
				continue
			}
			for _, r := range l.Relations {
				if merges[r.ID] == nil {
					merges[r.ID] = &relationMerge{rel: r, evidence: map[string]*storedEvidence{}}
				}
			}
		}
	}
	ids := slices.Sorted(maps.Keys(merges))
	if len(ids) == 0 {
		return nil
	}
	rows, err := run(ctx, tx, stmtRelEvidence, map[string]any{"relations": ids})
	if err != nil {
		return err
	}
	for _, r := range rows {
		m := merges[str(r["relation"])]
		if m == nil {
			continue
		}
		key := str(r["key"])
		se := &storedEvidence{ev: decodeEvidence(dict(r["evidence"])), layers: map[layer.Key]bool{}, stored: true}
		list, _ := r["layers"].([]any)
		for _, x := range list {
			pair := strs(x)
			if len(pair) != 2 {
				continue
			}
			if k := (layer.Key{Document: pair[0], Origin: pair[1]}); !changed[k] {
				se.layers[k] = true
			}
		}
		m.evidence[key] = se
		m.before = append(m.before, key)
	}
	for _, c := range changes {
		for _, r := range c.New.Relations {
			m := merges[r.ID]
			for _, ev := range r.Evidence {
				key := evidenceKey(r.ID, ev)
				se := m.evidence[key]
				if se == nil {
					se = &storedEvidence{ev: ev, layers: map[layer.Key]bool{}}
					m.evidence[key] = se
				}
				se.layers[c.Key] = true
				if c.Rewrite() {
					w.evidence = append(w.evidence, evidenceRow(c.Key, r, key, ev))
				}
			}
		}
	}
	for _, id := range ids {
		m := merges[id]
		slices.Sort(m.before)
		w.deleteEvidence = append(w.deleteEvidence, m.orphans()...)
		keys, evidence, stance := m.after()
		switch {
		case len(keys) == 0 && len(m.before) > 0:
			w.deleteRelations = append(w.deleteRelations, map[string]any{"id": id, "from": m.rel.From, "to": m.rel.To})
		case len(keys) > 0 && !slices.Equal(keys, m.before):
			w.relations[m.rel.Type] = append(w.relations[m.rel.Type], relationProps(m.rel, evidence, stance))
		}
	}
	return nil
}

func evidenceRow(k layer.Key, r graph.Relation, key string, ev graph.Evidence) map[string]any {
	return map[string]any{"document": k.Document, "layer": k.Origin, "key": key, "relation": r.ID, "type": string(r.Type),
		"from": r.From, "to": r.To, "text": ev.Text, "start": ev.Start, "end": ev.End, "published": orNil(ev.Published),
		"stance": string(ev.Stance), "origin": ev.Origin, "rule": orNil(ev.Rule), "confidence": ev.Confidence, "claim": orNil(ev.Claim)}
}

// apply runs the writes in an order that keeps every statement's MATCHes satisfied: documents and layers
// first, then what goes, then entities before the mentions, evidence and relationships that link them.
func (w *writes) apply(ctx context.Context, tx neo4j.ManagedTransaction, size int) error {
	steps := []func() error{
		func() error { return runRows(ctx, tx, stmtUpsertDocuments, "rows", w.docs, size) },
		func() error { return runRows(ctx, tx, stmtUpsertLayers, "rows", w.layers, size) },
		func() error { return runRows(ctx, tx, stmtClearLayers, "rows", w.clear, size) },
		func() error { return runRows(ctx, tx, stmtDeleteEvidence, "keys", w.deleteEvidence, size) },
		func() error { return runRows(ctx, tx, stmtDeleteRelations, "rows", w.deleteRelations, size) },
		func() error { return runRows(ctx, tx, stmtDeleteEntities, "ids", w.deleteEntities, size) },
	}
	for _, k := range graph.Kinds {
		steps = append(steps, func() error { return runRows(ctx, tx, stmtUpsertEntities(k), "rows", w.entities[k], size) })
	}
	steps = append(steps,
		func() error { return runRows(ctx, tx, stmtCreateMentions, "rows", w.mentions, size) },
		func() error { return runRows(ctx, tx, stmtCreateEvidence, "rows", w.evidence, size) },
	)
	for _, t := range graph.RelTypes {
		steps = append(steps, func() error { return runRows(ctx, tx, stmtUpsertRelations(t.Type), "rows", w.relations[t.Type], size) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}
