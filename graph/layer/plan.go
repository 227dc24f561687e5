package layer

import (
	"maps"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/graph"
)

// Stored is a store's view of what it holds about the documents an ingest names (Documents lists them):
// all the planner reads. A store answers from memory or reads those documents and their layers first.
type Stored interface {
	// Document returns the stored document, with its text, and false when there is none.
	Document(id string) (graph.Document, bool)
	// Layer returns the stored layer with the key, or nil.
	Layer(k Key) *Layer
	// Origins lists the origins of the document's stored layers, in any order.
	Origins(document string) []string
}

// Check is a store's own test of a batch after graph.Batch.Validate, such as the length of the keys it
// indexes. It must only read the batch, and return a *graph.Error (EINVALID).
type Check func(b *graph.Batch) error

// Plan is what one ingest writes: the final form of every document and layer it changes. PlanIngest makes
// it; the store persists Docs and the layers of Changes, and nothing else.
type Plan struct {
	// Docs holds the documents whose text or metadata the call changes, as the call leaves them.
	Docs map[string]*graph.Document
	// Layers holds the layers the call writes, by document id and then origin, each with the final
	// publication date of its document.
	Layers map[string]map[string]*Layer
	// Unchanged lists the batches ("document origin") identical to their stored layer, which the call
	// leaves out: graph.IngestResult.Unchanged.
	Unchanged []string

	checked map[Key]string // the text each layer of the call was validated against
}

// NewPlan returns an empty plan, for a store that loads its layers into one (Put) to build its indexes
// with the code it ingests with.
func NewPlan() *Plan {
	return &Plan{Docs: map[string]*graph.Document{}, Layers: map[string]map[string]*Layer{}, checked: map[Key]string{}}
}

// Empty reports whether the plan writes nothing.
func (p *Plan) Empty() bool { return len(p.Docs) == 0 && len(p.Layers) == 0 }

// Put adds a layer that quotes the text checked to the plan, replacing any with the same key.
func (p *Plan) Put(k Key, l *Layer, checked string) {
	m := p.Layers[k.Document]
	if m == nil {
		m = map[string]*Layer{}
		p.Layers[k.Document] = m
	}
	m[k.Origin] = l
	p.checked[k] = checked
}

// layer returns the layer with the key as the plan so far leaves it: the plan's, or else the stored one.
func (p *Plan) layer(st Stored, k Key) *Layer {
	if l := p.Layers[k.Document][k.Origin]; l != nil {
		return l
	}
	return st.Layer(k)
}

// Documents lists the ids of the documents the batches name, sorted and each once: what a store must read
// for PlanIngest's Stored.
func Documents(batches []graph.Batch) []string {
	var ids []string
	for _, b := range batches {
		if b.Document.ID != "" {
			ids = append(ids, b.Document.ID)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// PlanIngest validates and normalises the batches against what is stored and what earlier batches of the same
// call bring, in order, and settles the call (see the package documentation). A batch whose document has no
// publication date keeps the date the store or an earlier batch gives it. It changes nothing, neither the
// store nor the batches. check may be nil.
//
// Errors, for the first batch in order that fails: EINVALID when it fails graph.Batch.Validate or check;
// ENOTFOUND when it has no text and no document with its id is stored or brought earlier; ECONFLICT when
// the call changes a document's text so that the evidence of a layer it leaves no longer matches it.
func PlanIngest(st Stored, batches []graph.Batch, check Check) (*Plan, error) {
	p := NewPlan()
	prepared := prepare(st, batches, check)
	for i := range prepared {
		if err := prepared[i].err; err != nil {
			return nil, err
		}
	}
	for i := range prepared {
		b := &prepared[i].batch
		id := b.Document.ID
		var known *graph.Document
		if d := p.Docs[id]; d != nil {
			known = d
		} else if d, ok := st.Document(id); ok {
			known = &d
		}
		k, l := Key{id, b.Origin}, Of(b)
		l.ends = prepared[i].ends
		if known != nil && b.Document.Published == "" && known.Published != "" {
			// A document given again without a date keeps the one it has: an editor may have dated an
			// article its text leaves undated, and ingesting that text again must not undo it.
			b.Document.Published = known.Published
			l = l.WithPublished(known.Published)
		}
		if known != nil && *known == b.Document {
			if prev := p.layer(st, k); prev != nil && prev.Equal(l) {
				p.Unchanged = append(p.Unchanged, k.String())
				continue
			}
		} else {
			doc := b.Document
			p.Docs[id] = &doc
		}
		p.Put(k, l, b.Document.Text)
	}
	return p, p.settle(st)
}

type prepared struct {
	batch graph.Batch
	ends  []int32 // where validating found the relationships' ends among the entities (Layer.ends)
	err   error
}

// parallelFrom is the number of relationships in a call from which prepare spreads the batches over the
// processors: below it, starting goroutines costs more than it saves.
const parallelFrom = 512

// prepare gives every batch its document, then validates and normalises each on its own, several at a time
// when there is enough to do. Errors stay with their batch, so that the caller reports the first in order
// as a serial ingest would.
func prepare(st Stored, batches []graph.Batch, check Check) []prepared {
	out := make([]prepared, len(batches))
	texts := map[string]*graph.Document{} // the document as the batches so far give it
	size := 0
	for i, b := range batches {
		// No copies of the entities and relations: Validate and check only read them, and Normalize builds
		// new slices, so the caller's batches stay as they were.
		size += len(b.Relations)
		d := b.Document
		if d.Text == "" && d.Hash == "" && d.ID != "" && graph.ValidOrigin(b.Origin) {
			if known := texts[d.ID]; known != nil {
				b.Document = *known
			} else if stored, ok := st.Document(d.ID); ok {
				b.Document = stored
			} else {
				out[i].err = graph.Errorf(graph.ENOTFOUND, "document %s: the batch has no text and no such document is stored", d.ID)
			}
		} else {
			texts[d.ID] = &batches[i].Document
		}
		out[i].batch = b
	}
	work := func(p *prepared) {
		if p.err != nil {
			return
		}
		b := &p.batch
		p.ends = make([]int32, 2*len(b.Relations))
		if err := b.ValidateEnds(b.Document.Text, p.ends); err != nil {
			p.err = err
			return
		}
		if check != nil {
			if err := check(b); err != nil {
				p.err = err
				return
			}
		}
		b.Normalize()
		p.ends = foundEnds(b, p.ends)
	}
	workers := min(runtime.GOMAXPROCS(0), len(out))
	if size < parallelFrom || workers < 2 {
		for i := range out {
			work(&out[i])
		}
		return out
	}
	var wg sync.WaitGroup
	next := atomic.Int64{}
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(out); i = int(next.Add(1)) - 1 {
				work(&out[i])
			}
		})
	}
	wg.Wait()
	return out
}

// settle checks every layer of the documents the call touches against the document's final text (a layer
// of another origin, or one of this call checked against a text a later batch replaced) and gives the
// layers of this call the final publication date. Errors: ECONFLICT.
func (p *Plan) settle(st Stored) error {
	for _, id := range slices.Sorted(maps.Keys(p.Layers)) {
		final := p.Docs[id]
		if final == nil {
			d, _ := st.Document(id) // a batch without a stored document brings one in Docs
			final = &d
		}
		for _, origin := range slices.Sorted(maps.Keys(p.Layers[id])) {
			k, l := Key{id, origin}, p.Layers[id][origin]
			if p.checked[k] != final.Text {
				if err := conflicts(*final, origin, l); err != nil {
					return err
				}
			}
			if date, ok := l.published(); ok && date != final.Published {
				p.Layers[id][origin] = l.WithPublished(final.Published)
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(p.Docs)) {
		stored, ok := st.Document(id)
		if !ok || stored.Text == p.Docs[id].Text {
			continue
		}
		origins := st.Origins(id)
		slices.Sort(origins)
		for _, origin := range origins {
			if p.Layers[id][origin] == nil {
				if err := conflicts(*p.Docs[id], origin, st.Layer(Key{id, origin})); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// conflicts reports the first evidence of the layer that the document's text does not hold.
func conflicts(d graph.Document, origin string, l *Layer) error {
	text := graph.NewTextIndex(d.Text)
	for _, r := range l.Relations {
		for _, ev := range r.Evidence {
			if got, ok := text.Slice(ev.Start, ev.End); !ok || got != ev.Text {
				return graph.Errorf(graph.ECONFLICT,
					"document %s: the new text no longer holds the evidence %q (characters %d..%d) that origin %q gives for %s; ingest that origin again with the new text in the same call",
					d.ID, graph.ClipTo(ev.Text, 60), ev.Start, ev.End, origin, r.ID)
			}
		}
	}
	return nil
}

// Change is one layer an ingest writes. Old is the stored layer, nil for a new one; New may hold the same
// entities and relationships as Old with only the new publication date of its document.
type Change struct {
	Key      Key
	Old, New *Layer
}

// Rewrite reports whether the layer's content changes, so that a store that keeps layers apart from the
// documents' dates must write it again.
func (c Change) Rewrite() bool { return c.Old == nil || !c.Old.Equal(c.New) }

// DocumentChange is what an ingest does to one document.
type DocumentChange struct {
	Document  graph.Document // as the call leaves it, with its text
	Created   bool           // the store held no such document
	Rewritten bool           // its text or metadata change: it is in Plan.Docs
	Moved     bool           // its publication date changes, and with it the order and evidence of its layers
	// Layers lists the layers the call writes, by origin, then (when Moved) the document's other stored
	// layers with the new date, by origin.
	Layers []Change
}

// Changes lists what the plan does to each document, by document id: the documents whose text or
// metadata change and those with layers to write.
func (p *Plan) Changes(st Stored) []DocumentChange {
	ids := slices.Collect(maps.Keys(p.Layers))
	for id := range p.Docs {
		if p.Layers[id] == nil {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	out := make([]DocumentChange, 0, len(ids))
	for _, id := range ids {
		stored, existed := st.Document(id)
		dc := DocumentChange{Document: stored, Created: !existed}
		if d := p.Docs[id]; d != nil {
			dc.Document, dc.Rewritten = *d, true
		}
		dc.Moved = existed && stored.Published != dc.Document.Published
		layers := p.Layers[id]
		for _, origin := range slices.Sorted(maps.Keys(layers)) {
			k := Key{id, origin}
			dc.Layers = append(dc.Layers, Change{Key: k, Old: st.Layer(k), New: layers[origin]})
		}
		if dc.Moved {
			origins := st.Origins(id)
			slices.Sort(origins)
			for _, origin := range origins {
				if layers[origin] == nil {
					k := Key{id, origin}
					old := st.Layer(k)
					dc.Layers = append(dc.Layers, Change{Key: k, Old: old, New: old.WithPublished(dc.Document.Published)})
				}
			}
		}
		out = append(out, dc)
	}
	return out
}
