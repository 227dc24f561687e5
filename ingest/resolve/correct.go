package resolve

import (
	"context"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/overlay"
)

// Correct applies the corrections of overlay o to the plan of its document's text layer, in the order they
// are written. Ids name entities as the plan resolves them (what `actorgraph extract` prints) or as the
// extractor named them; a merge's from may also be a name or alias the text uses. A correction that names
// nothing in the text layer, or a merge into an entity that is neither in the text layer, known to the
// resolver nor in the store, is an EINVALID error with the overlay's file and line.
func (r *Resolver) Correct(ctx context.Context, p *Plan, o *overlay.Overlay) error {
	if o.Document != p.text.Document.ID {
		return graph.Errorf(graph.EINVALID, "%s: overlay is about document %q, not %q", o.File, o.Document, p.text.Document.ID)
	}
	for _, c := range o.Corrections {
		if err := r.correct(ctx, p, o.File, c); err != nil {
			return err
		}
	}
	return nil
}

func (r *Resolver) correct(ctx context.Context, p *Plan, file string, c overlay.Correction) error {
	where := c.Where(file)
	fail := func(format string, args ...any) error {
		return graph.Errorf(graph.EINVALID, "%s: %s: %s", where, c.Op, fmt.Sprintf(format, args...))
	}
	doc := p.text.Document.ID
	byID := func(id string) []graph.Entity {
		var out []graph.Entity
		for _, e := range p.text.Entities {
			if into, ok := p.to[e.ID]; ok && (into.ID == id || e.ID == id) {
				out = append(out, e)
			}
		}
		return out
	}
	switch c.Op {
	case overlay.OpMerge:
		from := byID(c.From)
		if len(from) == 0 {
			key := fold(c.From)
			for _, e := range p.text.Entities {
				if _, ok := p.to[e.ID]; ok && hasName(e, key) {
					from = append(from, e)
				}
			}
		}
		if len(from) == 0 {
			return fail("the text of document %s names no entity %q (see `actorgraph extract`)", doc, c.From)
		}
		into, ok, err := r.lookup(ctx, p, c.Into)
		if err != nil {
			return err
		}
		if !ok {
			return fail("unknown entity %q: it is not in the text of document %s, in the overlays or in the store", c.Into, doc)
		}
		for _, e := range from {
			p.to[e.ID], p.rule[e.ID] = into, "overlay "+where
		}
	case overlay.OpRename:
		es := byID(c.ID)
		if len(es) == 0 {
			return fail("the text of document %s names no entity %q (see `actorgraph extract`)", doc, c.ID)
		}
		for _, e := range es {
			old := p.to[e.ID]
			ne := graph.NewEntity(old.Kind, c.Name, names(old)...)
			p.to[e.ID], p.rule[e.ID] = ne, "overlay "+where
		}
	case overlay.OpSplit:
		key := fold(c.Alias)
		var hit []graph.Entity
		for _, e := range p.text.Entities {
			if into, ok := p.to[e.ID]; ok && into.ID == c.From && hasName(e, key) {
				hit = append(hit, e)
			}
		}
		if len(hit) == 0 {
			return fail("no name %q of the text of document %s was merged into %q (see the merges `actorgraph extract` prints)", c.Alias, doc, c.From)
		}
		for _, e := range hit {
			ne := e
			if c.NewName != "" {
				ne = graph.NewEntity(c.NewKind, c.NewName, names(e)...)
			}
			if ne.ID == c.From {
				return fail("%q is the extractor's own entity %s: give into_new with another name or kind", c.Alias, c.From)
			}
			p.to[e.ID] = ne
			p.rule[e.ID] = "overlay " + where
		}
	case overlay.OpDropEntity:
		es := byID(c.ID)
		if len(es) == 0 {
			return fail("the text of document %s names no entity %q (see `actorgraph extract`)", doc, c.ID)
		}
		for _, e := range es {
			delete(p.to, e.ID)
		}
	case overlay.OpDropRelation:
		want := c.ID
		if parts := strings.Split(c.ID, "|"); len(parts) == 3 {
			// An id as the extractor wrote it, before resolution, names the same relationship.
			from, to := parts[0], parts[2]
			if e, ok := p.to[from]; ok {
				from = e.ID
			}
			if e, ok := p.to[to]; ok {
				to = e.ID
			}
			want = graph.RelationID(from, graph.RelType(parts[1]), to)
		}
		found := false
		for _, rel := range p.relations() {
			if rel.ID == c.ID || rel.ID == want {
				p.dropRel[rel.ID], found = true, true
			}
		}
		if !found {
			return fail("the text of document %s states no relationship %q (see `actorgraph extract`)", doc, c.ID)
		}
	default:
		return fail("unknown correction")
	}
	return nil
}

func hasName(e graph.Entity, folded string) bool {
	for _, n := range names(e) {
		if fold(n) == folded {
			return true
		}
	}
	return false
}

// lookup finds the entity with the id: in the plan's text layer, among the known entities, or in the store.
func (r *Resolver) lookup(ctx context.Context, p *Plan, id string) (graph.Entity, bool, error) {
	for _, e := range p.to {
		if e.ID == id {
			return e, true, nil
		}
	}
	if e, ok := r.known[id]; ok {
		return e, true, nil
	}
	if r.Store == nil {
		return graph.Entity{}, false, nil
	}
	e, err := r.Store.Entity(ctx, id)
	switch {
	case graph.ErrorCode(err) == graph.ENOTFOUND:
		return graph.Entity{}, false, nil
	case err != nil:
		return graph.Entity{}, false, err
	}
	return e, true, nil
}
