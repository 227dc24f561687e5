package corrected

import (
	"context"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
)

// ordered returns the relationship id of an addition with the actors of a symmetric type in id order, as
// every store keeps them, so that an editor may name them either way round.
func ordered(c graph.Correction) string {
	if c.Action != graph.ActionAdd {
		return c.Relation
	}
	from, typ, to, ok := graph.SplitRelationID(c.Relation)
	if info, known := graph.RelType(typ).Info(); ok && known && info.Symmetric && to < from {
		return graph.RelationID(to, info.Type, from)
	}
	return c.Relation
}

// sentence returns the text of an addition's sentence: the article's text between its offsets. Errors:
// ENOTFOUND for an article the store does not hold, EINVALID for offsets past its end or a selection of
// nothing but space.
func (s *Store) sentence(ctx context.Context, c graph.Correction) (string, error) {
	if c.Document == LogDocument {
		return "", graph.Errorf(graph.ENOTFOUND, "no document with id %q", c.Document)
	}
	d, err := s.Store.Document(ctx, c.Document)
	if err != nil {
		return "", err
	}
	text, ok := layer.SentenceAt(d.Text, c.Start, c.End)
	if !ok {
		return "", graph.Errorf(graph.EINVALID, "characters %d..%d are not within the text of %q", c.Start, c.End, graph.Clip(c.Document))
	}
	if graph.Fold(text) == "" {
		return "", graph.Errorf(graph.EINVALID, "characters %d..%d of %q hold no words: select the sentence that states the relationship", c.Start, c.End, graph.Clip(c.Document))
	}
	return text, nil
}

// checkText checks that an imported addition quotes its article as it is in this store.
func (s *Store) checkText(ctx context.Context, c graph.Correction) error {
	if c.Action != graph.ActionAdd {
		return nil
	}
	text, err := s.sentence(ctx, c)
	if err != nil {
		return err
	}
	if text != c.Text {
		return graph.Errorf(graph.EINVALID, "characters %d..%d of %q read %q, not the sentence the correction quotes", c.Start, c.End, graph.Clip(c.Document), graph.Clip(text))
	}
	return nil
}

// checkEdit returns ENOTFOUND when an addition names an actor the graph, as corrected so far, does not
// hold, or a retype or reversal a relationship it does not hold; ECONFLICT when the addition's
// relationship has its sentence already.
func (s *Store) checkEdit(ctx context.Context, v *view, c graph.Correction) error {
	from, _, to, _ := graph.SplitRelationID(c.Relation)
	if c.Action == graph.ActionAdd {
		for _, id := range []string{from, to} {
			if _, err := s.entity(ctx, v, id); err != nil {
				return err
			}
		}
	}
	r, ok, err := s.relation(ctx, v, c.Relation)
	switch {
	case err != nil:
		return err
	case c.Action == graph.ActionAdd:
		if ok && slices.ContainsFunc(r.Evidence, func(ev graph.Evidence) bool {
			return ev.Document == c.Document && ev.Start == c.Start && ev.End == c.End
		}) {
			return graph.Errorf(graph.ECONFLICT, "relationship %s has this sentence as evidence already", graph.Clip(c.Relation))
		}
	case !ok:
		return graph.Errorf(graph.ENOTFOUND, "no relationship with id %q", graph.Clip(c.Relation))
	}
	return nil
}

// keepsKind reports whether the filter keeps the actor, by the kind its id names.
func keepsKind(f graph.Filter, id string) bool {
	k, _ := graph.KindOfID(id)
	return f.KeepsKind(k)
}

// byID orders relationships as the stores list them.
func byID(a, b graph.Relation) int { return strings.Compare(a.ID, b.ID) }

// addCited adds to docs (sorted as every store sorts them) the documents cited that it lacks: those that
// only an added relationship's sentence cites.
func (s *Store) addCited(ctx context.Context, docs []graph.Document, cited map[string]bool) ([]graph.Document, error) {
	if len(docs) == len(cited) {
		return docs, nil
	}
	have := make(map[string]bool, len(docs))
	for _, d := range docs {
		have[d.ID] = true
	}
	added := false
	for _, id := range slices.Sorted(mapsKeys(cited)) {
		if have[id] {
			continue
		}
		d, err := s.Store.Document(ctx, id)
		if err != nil {
			return docs, err
		}
		docs, added = append(docs, d), true
	}
	if added {
		slices.SortFunc(docs, graph.CompareDocuments)
	}
	return docs, nil
}

// checkImported checks an imported correction in force against the graph as the corrections before it in
// the log make it: an earlier one in the file may have made the actor or the relationship it names (a
// relationship added, then retyped). When that finds nothing, it checks again with the earlier corrections
// as they were when this one was made (asMade): one undone later may have been in force then (a
// relationship added, its stance set, then the addition undone).
func (s *Store) checkImported(ctx context.Context, v *view, log []graph.Correction, c graph.Correction) error {
	at := v
	var err error
	if len(log) > len(v.log) {
		if at, err = s.build(ctx, v.version, log, true); err != nil {
			return err
		}
	}
	err = s.check(ctx, at, c)
	if graph.ErrorCode(err) != graph.ENOTFOUND {
		return err
	}
	then, changed := asMade(log, c.Created)
	if !changed {
		return err
	}
	if at, err = s.build(ctx, v.version, then, true); err != nil {
		return err
	}
	return s.check(ctx, at, c)
}

// asMade returns the log as it stood at the time given: the corrections undone at that time or later in
// force again (times are to the second, so one undone in the same second counts as in force).
func asMade(log []graph.Correction, at string) ([]graph.Correction, bool) {
	out := slices.Clone(log)
	changed := false
	for i, c := range out {
		if c.Undone != nil && c.Undone.At >= at {
			out[i].Undone, changed = nil, true
		}
	}
	return out, changed
}
