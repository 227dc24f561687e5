package layer

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// edits are the relationships editors added from a sentence, and those they gave another type or direction.
type edits struct {
	// moves takes a relationship id to the ids editors moved it to (a retype or a reversal), in force, in
	// log order.
	moves map[string][]move
	// added holds one relationship a sentence added, in log order; its evidence's date is filled in by
	// Resolve, and an addition whose sentence is no longer in its article is dropped there.
	added []graph.Relation
	// addedAt is when each addition was made, by the rule of its sentence.
	addedAt map[string]int
	n       int // the corrections indexed so far: the time of the next one
}

// move is a retype or a reversal to the relationship to, the at-th correction of the log's edits.
type move struct {
	to string
	at int
}

// index records one addition, retype or reversal.
func (e *edits) index(x graph.Correction) {
	e.n++
	switch x.Action {
	case graph.ActionRetype, graph.ActionReverse:
		if e.moves == nil {
			e.moves = map[string][]move{}
		}
		e.moves[x.Relation] = append(e.moves[x.Relation], move{x.Target(), e.n})
	case graph.ActionAdd:
		from, typ, to, _ := graph.SplitRelationID(x.Relation)
		t := graph.RelType(typ)
		stance := x.Stance
		if stance == "" {
			info, _ := t.Info()
			stance = info.Stance
		}
		ev := graph.Evidence{Document: x.Document, Text: x.Text, Start: x.Start, End: x.End, Stance: stance,
			Origin: graph.Curated, Rule: "correction " + x.ID + " by " + x.Editor, Confidence: 1}
		if e.addedAt == nil {
			e.addedAt = map[string]int{}
		}
		e.addedAt[ev.Rule] = e.n
		e.added = append(e.added, graph.Relation{ID: x.Relation, From: from, To: to, Type: t, Stance: stance, Evidence: []graph.Evidence{ev}})
	}
}

// Resolve dates the sentences of the relationships added, from their articles (doc answers one by id), and
// drops an addition whose article no longer holds its sentence at its offsets, or no longer exists: the
// article was ingested again with another text. It stops at the first error other than ENOTFOUND.
func (c *Corrections) Resolve(doc func(id string) (graph.Document, error)) error {
	if c == nil || len(c.added) == 0 {
		return nil
	}
	docs := map[string]*graph.Document{}
	kept := c.added[:0]
	for _, r := range c.added {
		ev := &r.Evidence[0]
		d, seen := docs[ev.Document]
		if !seen {
			got, err := doc(ev.Document)
			switch {
			case err == nil:
				d = &got
			case graph.ErrorCode(err) != graph.ENOTFOUND:
				return err
			}
			docs[ev.Document] = d
		}
		if d == nil {
			continue
		}
		if text, ok := SentenceAt(d.Text, ev.Start, ev.End); !ok || text != ev.Text {
			continue
		}
		ev.Published = d.Published
		kept = append(kept, r)
	}
	c.added = kept
	return nil
}

// SentenceAt returns the text from start to end, counted in characters (Unicode code points) as evidence
// offsets are, and false when the text is shorter.
func SentenceAt(text string, start, end int) (string, bool) {
	if start < 0 || end <= start {
		return "", false
	}
	n, from := 0, -1
	for i := range text {
		if n == start {
			from = i
		}
		if n == end {
			return text[from:i], true
		}
		n++
	}
	if n == end && from >= 0 {
		return text[from:], true
	}
	return "", false
}

// With returns rs as corrected (Relations) together with the relationships editors added between actors
// that touch accepts, merged with any of rs they share an id with.
func (c *Corrections) With(rs []graph.Relation, touch func(from, to string) bool) []graph.Relation {
	if c.Empty() {
		return rs
	}
	var more []graph.Relation
	for _, r := range c.added {
		if touch(r.From, r.To) {
			more = append(more, r)
		}
	}
	if len(more) > 0 {
		rs = slices.Concat(rs, more)
	}
	return c.Relations(rs)
}

// Added lists the relationships editors added, one for each sentence, before the other corrections.
func (c *Corrections) Added() []graph.Relation {
	if c == nil {
		return nil
	}
	return c.added
}

// route follows the relationship through the retypes and reversals made to it, in the order they were
// made: from each id, the first move made after the one that brought it there (so A to B, then B back to
// A, ends at A), and none made before a sentence added it. At each id it leaves, the corrections made
// under that id apply first (a sentence rejected, then the relationship retyped, keeps the sentence out).
func (c *Corrections) route(r graph.Relation) (graph.Relation, bool) {
	if len(c.moves) == 0 {
		return r, true
	}
	last := c.since(r)
	for {
		ms := c.moves[r.ID]
		i := slices.IndexFunc(ms, func(m move) bool { return m.at > last })
		if i < 0 {
			return r, true
		}
		var ok bool
		if r, ok = c.fix(r); !ok {
			return r, false
		}
		r, last = moved(r, ms[i].to), ms[i].at
	}
}

// since is when the relationship came to be: when the first of its sentences was added by an editor if an
// editor added every one, and before every correction otherwise.
func (c *Corrections) since(r graph.Relation) int {
	first := -1
	for _, ev := range r.Evidence {
		at, ok := c.addedAt[ev.Rule]
		if !ok || ev.Origin != graph.Curated {
			return -1
		}
		if first < 0 || at < first {
			first = at
		}
	}
	return first
}

// moved is r under the id to, its evidence with it. A sentence whose stance was the old type's default
// takes the new type's: "supports" read as cooperation becomes "opposes" read as conflict, while a stance
// the sentence or an editor stated otherwise stays.
func moved(r graph.Relation, to string) graph.Relation {
	from, typ, dest, _ := graph.SplitRelationID(to)
	old, _ := r.Type.Info()
	now, _ := graph.RelType(typ).Info()
	ev := slices.Clone(r.Evidence)
	if old.Stance != now.Stance {
		for i := range ev {
			if ev[i].Stance == old.Stance {
				ev[i].Stance = now.Stance
			}
		}
	}
	return graph.Relation{ID: to, From: from, To: dest, Type: now.Type, Stance: graph.MergeStance(ev), Evidence: ev}
}

// mergeRelations merges b's evidence into a, both under one id.
func mergeRelations(a, b graph.Relation) graph.Relation {
	a.Evidence, a.Stance = MergeEvidence(slices.Clone(a.Evidence), b.Evidence)
	return a
}
