package overlay

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Resolver finds an entity that a relation names but the overlay does not list: by id, or by a name or alias
// already in the store. ok is false when there is none.
type Resolver func(ref string) (e graph.Entity, ok bool, err error)

// Batch turns the overlay into the batch a store ingests for doc, which must be the document the overlay
// names. Names in relations are looked up among the overlay's entities (case-, accent- and
// punctuation-insensitively, by name, alias or id) and then through resolve, which may be nil. Every quote
// must occur in the document text.
func (o *Overlay) Batch(doc graph.Document, resolve Resolver) (graph.Batch, error) {
	if doc.ID != o.Document {
		return graph.Batch{}, graph.Errorf(graph.EINVALID, "%s: overlay is about document %q, not %q", o.File, o.Document, doc.ID)
	}
	b := graph.Batch{Document: doc, Origin: o.Origin()}
	byName := map[string]graph.Entity{}
	for _, oe := range o.Entities {
		e := graph.NewEntity(oe.Kind, oe.Name, oe.Aliases...)
		e.Description = strings.TrimSpace(oe.Description)
		b.Entities = append(b.Entities, e)
		byName[e.ID] = e
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			byName[graph.Fold(n)] = e
		}
	}
	find := func(r Relation, ref string) (graph.Entity, error) {
		if e, ok := byName[ref]; ok {
			return e, nil
		}
		if e, ok := byName[graph.Fold(ref)]; ok {
			return e, nil
		}
		if resolve != nil {
			e, ok, err := resolve(ref)
			if err != nil {
				return graph.Entity{}, err
			}
			if ok {
				byName[ref] = e
				b.Entities = append(b.Entities, e)
				return e, nil
			}
		}
		return graph.Entity{}, graph.Errorf(graph.EINVALID, "%s:%d: relation %s %s %s: %q is not an entity of this overlay or of the store; list it under entities", o.File, r.Line, r.From, r.Type, r.To, ref)
	}
	for _, r := range o.Relations {
		from, err := find(r, r.From)
		if err != nil {
			return graph.Batch{}, err
		}
		to, err := find(r, r.To)
		if err != nil {
			return graph.Batch{}, err
		}
		if from.ID == to.ID {
			return graph.Batch{}, graph.Errorf(graph.EINVALID, "%s:%d: relation %s %s %s links %s to itself", o.File, r.Line, r.From, r.Type, r.To, from.Name)
		}
		claim := ""
		if r.Claim == graph.ClaimUnattributed {
			claim = r.Claim
		} else if r.Claim != "" {
			c, err := find(r, r.Claim)
			if err != nil {
				return graph.Batch{}, err
			}
			claim = c.ID
		}
		stance := r.Stance
		if stance == "" {
			info, _ := r.Type.Info()
			stance = info.Stance
		}
		rel := graph.Relation{From: from.ID, To: to.ID, Type: r.Type}
		if info, _ := r.Type.Info(); info.Symmetric && rel.To < rel.From {
			// A BORDERS B is B BORDERS A: one id for both, as the extractor writes it, so that the layers agree.
			rel.From, rel.To = rel.To, rel.From
		}
		for _, q := range r.Evidence {
			start, end, err := o.locate(doc, q)
			if err != nil {
				return graph.Batch{}, err
			}
			rel.Evidence = append(rel.Evidence, graph.Evidence{
				Document: doc.ID, Text: q.Text, Start: start, End: end,
				Stance: stance, Origin: graph.Curated, Rule: fmt.Sprintf("overlay %s:%d", o.Path, q.Line), Confidence: 1,
				Claim: claim,
			})
		}
		b.Relations = append(b.Relations, rel)
	}
	b.Normalize()
	return b, nil
}

func (o *Overlay) locate(doc graph.Document, q Quote) (start, end int, err error) {
	n := strings.Count(doc.Text, q.Text)
	switch {
	case n == 0:
		return 0, 0, graph.Errorf(graph.EINVALID, "%s:%d: quote not found in document %s%s: %q", o.File, q.Line, doc.ID, hint(doc.Text, q.Text), graph.ClipTo(q.Text, 80))
	case q.Occurrence == 0 && n > 1:
		return 0, 0, graph.Errorf(graph.EINVALID, "%s:%d: quote occurs %d times in document %s; say which with \"occurrence: N\"", o.File, q.Line, n, doc.ID)
	case q.Occurrence > n:
		return 0, 0, graph.Errorf(graph.EINVALID, "%s:%d: occurrence %d asked for, but the quote occurs %d times in document %s", o.File, q.Line, q.Occurrence, n, doc.ID)
	}
	start, end, _ = graph.Locate(doc.Text, q.Text, max(q.Occurrence, 1))
	return start, end, nil
}

// plainQuotes turns typographic quotes and dashes into their ASCII look-alikes, the usual reason a quote
// copied by hand does not match.
var plainQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "—", "-", "–", "-")

func hint(text, quote string) string {
	if strings.Contains(plainQuotes.Replace(text), plainQuotes.Replace(quote)) {
		return " (it differs only in quotation marks or dashes: copy them exactly from the article)"
	}
	if strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(quote), " ")) {
		return " (it differs only in spaces or line breaks)"
	}
	return ""
}
