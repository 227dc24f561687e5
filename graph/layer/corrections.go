package layer

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Corrections are the editors' corrections that apply (not undone), indexed for applying them to the merged
// graph: after MergeEntity and MergeEvidence, whatever the layers say, so that a correction holds when the
// articles and overlays are ingested again. Every store reads through them (store/corrected), so both apply
// the same code.
type Corrections struct {
	rejected  map[string]bool              // relationship ids
	sentences map[string]map[sentence]bool // by relationship id
	hidden    map[string]bool              // entity ids
	stances   map[string]graph.Stance      // by relationship id
	edits                                  // relationships added, retyped and reversed
}

type sentence struct {
	document   string
	start, end int
}

// NewCorrections indexes the corrections that are active.
func NewCorrections(cs []graph.Correction) *Corrections {
	c := &Corrections{rejected: map[string]bool{}, sentences: map[string]map[sentence]bool{}, hidden: map[string]bool{},
		stances: map[string]graph.Stance{}}
	for _, x := range cs {
		if !x.Active() {
			continue
		}
		switch x.Action {
		case graph.ActionReject:
			c.rejected[x.Relation] = true
		case graph.ActionRejectSentence:
			m := c.sentences[x.Relation]
			if m == nil {
				m = map[sentence]bool{}
				c.sentences[x.Relation] = m
			}
			m[sentence{x.Document, x.Start, x.End}] = true
		case graph.ActionHide:
			c.hidden[x.Entity] = true
		case graph.ActionStance:
			c.stances[x.Relation] = x.Stance
		case graph.ActionAdd, graph.ActionRetype, graph.ActionReverse:
			c.edits.index(x)
		}
	}
	return c
}

// Empty reports whether no correction applies, so reads can skip them.
func (c *Corrections) Empty() bool {
	return c == nil || len(c.rejected)+len(c.sentences)+len(c.hidden)+len(c.stances)+len(c.moves)+len(c.added) == 0
}

// HiddenIDs lists the hidden entities, in any order.
func (c *Corrections) HiddenIDs() []string {
	if c == nil {
		return nil
	}
	ids := make([]string, 0, len(c.hidden))
	for id := range c.hidden {
		ids = append(ids, id)
	}
	return ids
}

// Hidden reports whether the entity is hidden from every view.
func (c *Corrections) Hidden(id string) bool { return c != nil && c.hidden[id] }

// Relation returns the relationship as corrected, and false when it is left out: rejected, taking part
// with a hidden actor, or with every sentence rejected; moved to another type or direction, if an editor
// did; with the stance an editor set, if any. The evidence left keeps its order, and the stance is the
// merge rule's over it. r is not modified. A relationship moved onto one the store holds too is merged with
// it only by Relations, which sees both.
func (c *Corrections) Relation(r graph.Relation) (graph.Relation, bool) {
	if c.Empty() {
		return r, true
	}
	r, ok := c.route(r)
	if !ok {
		return r, false
	}
	return c.final(r)
}

// final applies the corrections of the relationship's id, and leaves out one with a hidden actor.
func (c *Corrections) final(r graph.Relation) (graph.Relation, bool) {
	if c.hidden[r.From] || c.hidden[r.To] {
		return r, false
	}
	return c.fix(r)
}

// fix applies the corrections made to the relationship under its id: a rejection, rejected sentences and
// a stance.
func (c *Corrections) fix(r graph.Relation) (graph.Relation, bool) {
	if c.rejected[r.ID] {
		return r, false
	}
	if rs := c.sentences[r.ID]; len(rs) > 0 {
		kept := slices.DeleteFunc(slices.Clone(r.Evidence), func(ev graph.Evidence) bool {
			return rs[sentence{ev.Document, ev.Start, ev.End}]
		})
		if len(kept) == 0 {
			return r, false
		}
		if len(kept) < len(r.Evidence) {
			r.Evidence, r.Stance = kept, graph.MergeStance(kept)
		}
	}
	if st, ok := c.stances[r.ID]; ok {
		// Each sentence takes the stance too, so that a filter that keeps some of them, and the changes
		// between two periods, read the relationship as the editor does.
		ev := slices.Clone(r.Evidence)
		for i := range ev {
			ev[i].Stance = st
		}
		r.Evidence, r.Stance = ev, st
	}
	return r, true
}

// Relations returns the relationships as corrected, those left out dropped and those moved onto the same
// id merged; rs is not modified.
func (c *Corrections) Relations(rs []graph.Relation) []graph.Relation {
	if c.Empty() {
		return rs
	}
	out := make([]graph.Relation, 0, len(rs))
	var at map[string]int // where each id is in out, once a relationship may move onto another
	if len(c.moves)+len(c.added) > 0 {
		at = make(map[string]int, len(rs))
	}
	for _, r := range rs {
		r, ok := c.route(r)
		if !ok {
			continue
		}
		if at != nil {
			if i, dup := at[r.ID]; dup {
				out[i] = mergeRelations(out[i], r)
				continue
			}
			at[r.ID] = len(out)
		}
		out = append(out, r)
	}
	kept := out[:0]
	for _, r := range out {
		if r, ok := c.final(r); ok {
			kept = append(kept, r)
		}
	}
	return kept
}

// Source returns src as corrected, for graph.Expand and graph.Induce.
func (c *Corrections) Source(src graph.Source) graph.Source {
	if c.Empty() {
		return src
	}
	return correctedSource{src, c}
}

type correctedSource struct {
	graph.Source
	c *Corrections
}

func (s correctedSource) Entity(id string) (graph.Entity, bool) {
	if s.c.hidden[id] {
		return graph.Entity{}, false
	}
	return s.Source.Entity(id)
}

func (s correctedSource) Relations(id string) []graph.Relation {
	if s.c.hidden[id] {
		return nil
	}
	return s.c.With(s.Source.Relations(id), func(from, to string) bool { return from == id || to == id })
}
