package analyze_test

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
	"github.com/actorgraph/actorgraph/ingest/article"
	"github.com/actorgraph/actorgraph/ingest/overlay"
	"github.com/actorgraph/actorgraph/seeds"
)

const (
	seedArticle = "2022-01-07-kazakhstan-csto-intervention.txt"
	seedOverlay = "2022-01-07-kazakhstan-csto-intervention.overlay.yaml"
)

// seedGraph returns the whole seed graph: the curated overlay of the seed article as one subgraph.
func seedGraph(tb testing.TB) graph.Subgraph {
	tb.Helper()
	data, err := seeds.FS.ReadFile(seedArticle)
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := article.Parse(seedArticle, data)
	if err != nil {
		tb.Fatal(err)
	}
	if data, err = seeds.FS.ReadFile(seedOverlay); err != nil {
		tb.Fatal(err)
	}
	o, err := overlay.Parse(seedOverlay, data)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := o.Batch(doc, nil)
	if err != nil {
		tb.Fatal(err)
	}
	doc.Text = ""
	return graph.Subgraph{Entities: b.Entities, Relations: b.Relations, Documents: []graph.Document{doc}}
}

// rel is a relationship stated by n sentences (at least one) with the stance the type has unless stance
// is given.
type rel struct {
	from   string
	typ    graph.RelType
	to     string
	stance graph.Stance
	n      int
	date   string // publication date of the evidence; default 2022-01-07
}

// build makes a subgraph of the relationships; entities are the relationships' ends plus extra.
func build(tb testing.TB, rels []rel, extra ...string) graph.Subgraph {
	tb.Helper()
	ents := map[string]bool{}
	for _, id := range extra {
		ents[id] = true
	}
	sg := graph.Subgraph{Relations: []graph.Relation{}}
	for _, r := range rels {
		info, ok := r.typ.Info()
		if !ok {
			tb.Fatalf("unknown type %q", r.typ)
		}
		st := cmp.Or(r.stance, info.Stance)
		ev := make([]graph.Evidence, max(1, r.n))
		for i := range ev {
			ev[i] = graph.Evidence{Document: "doc", Text: "sentence", Start: i, End: i + 1,
				Published: cmp.Or(r.date, "2022-01-07"), Stance: st, Origin: graph.Curated, Confidence: 1}
		}
		sg.Relations = append(sg.Relations, graph.Relation{ID: graph.RelationID(r.from, r.typ, r.to),
			From: r.from, To: r.to, Type: r.typ, Stance: st, Evidence: ev})
		ents[r.from], ents[r.to] = true, true
	}
	for id := range ents {
		kind, name, _ := strings.Cut(id, ":")
		sg.Entities = append(sg.Entities, graph.Entity{ID: id, Name: name, Kind: graph.Kind(kind)})
	}
	slices.SortFunc(sg.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(sg.Relations, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return sg
}

// memAdjacency answers Adjacent from memory, the way a store would: it filters every relationship touching
// the ids. Wrap it in withEntities to give it the Store's Entity method too.
type memAdjacency struct {
	byEnd map[string][]graph.Relation
	ents  map[string]bool

	record  bool // keep the ids of every call in calls
	mu      sync.Mutex
	calls   [][]string
	scanned atomic.Int64 // relationships returned
}

func newAdjacency(sg graph.Subgraph) *memAdjacency {
	a := &memAdjacency{byEnd: map[string][]graph.Relation{}, ents: map[string]bool{}, record: true}
	for _, e := range sg.Entities {
		a.ents[e.ID] = true
	}
	for _, r := range sg.Relations {
		a.byEnd[r.From] = append(a.byEnd[r.From], r)
		a.byEnd[r.To] = append(a.byEnd[r.To], r)
	}
	return a
}

func (a *memAdjacency) Adjacent(ctx context.Context, ids []string, f graph.Filter) ([]graph.Relation, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if a.record {
		a.mu.Lock()
		a.calls = append(a.calls, slices.Clone(ids))
		a.mu.Unlock()
	}
	var out []graph.Relation
	for _, id := range ids {
		for _, r := range a.byEnd[id] {
			if r, ok := f.Apply(r); ok {
				out = append(out, r)
			}
		}
	}
	a.scanned.Add(int64(len(out)))
	return out, nil
}

// withEntities is a memAdjacency that can also look entities up, as a Store can.
type withEntities struct{ *memAdjacency }

func (a withEntities) Entity(_ context.Context, id string) (graph.Entity, error) {
	if !a.ents[id] {
		return graph.Entity{}, graph.Errorf(graph.ENOTFOUND, "no entity with id %q", id)
	}
	return graph.Entity{ID: id}, nil
}

// mustBlocs finds the blocs of sg with a context that is never done.
func mustBlocs(tb testing.TB, sg graph.Subgraph, o analyze.BlocOptions) []analyze.Bloc {
	tb.Helper()
	blocs, err := analyze.Blocs(context.Background(), sg, o)
	if err != nil {
		tb.Fatal(err)
	}
	return blocs
}
