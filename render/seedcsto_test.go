package render_test

import (
	"io/fs"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest/article"
	"github.com/actorgraph/actorgraph/ingest/overlay"
	"github.com/actorgraph/actorgraph/seeds"
)

// batchSource is a graph.Source over the batches the seed overlays make, as a store would hold them.
type batchSource struct {
	entities  map[string]graph.Entity
	relations map[string][]graph.Relation
	documents map[string]graph.Document
}

func (s *batchSource) Entity(id string) (graph.Entity, bool) { e, ok := s.entities[id]; return e, ok }
func (s *batchSource) Relations(id string) []graph.Relation  { return s.relations[id] }
func (s *batchSource) Document(id string) (graph.Document, bool) {
	d, ok := s.documents[id]
	return d, ok
}

// seedGraph reads the seed articles and their curated overlays from the seeds package, as `actorgraph serve`
// ingests them, without a store.
func seedGraph(tb testing.TB) *batchSource {
	tb.Helper()
	src := &batchSource{entities: map[string]graph.Entity{}, relations: map[string][]graph.Relation{}, documents: map[string]graph.Document{}}
	docs := map[string]graph.Document{}
	articles, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(articles) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	for _, name := range articles {
		b, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := article.Parse(name, b)
		if err != nil {
			tb.Fatal(err)
		}
		docs[d.ID] = d
	}
	overlays, err := fs.Glob(seeds.FS, "*.overlay.yaml")
	if err != nil || len(overlays) == 0 {
		tb.Fatalf("no seed overlays: %v", err)
	}
	for _, name := range overlays {
		b, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		o, err := overlay.Parse(name, b)
		if err != nil {
			tb.Fatal(err)
		}
		batch, err := o.Batch(docs[o.Document], nil)
		if err != nil {
			tb.Fatal(err)
		}
		src.documents[batch.Document.ID] = batch.Document
		for _, e := range batch.Entities {
			src.entities[e.ID] = e
		}
		for _, r := range batch.Relations {
			src.relations[r.From] = append(src.relations[r.From], r)
			src.relations[r.To] = append(src.relations[r.To], r)
		}
	}
	return src
}

// seedCSTO is the neighbourhood of the CSTO at depth 2 in the seed data, as
// `actorgraph export --focus CSTO --depth 2` exports it.
func seedCSTO(tb testing.TB) graph.Subgraph {
	tb.Helper()
	sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: []string{cstoID}, Depth: 2}, seedGraph(tb))
	if err != nil {
		tb.Fatal(err)
	}
	if len(sg.Entities) < 20 || len(sg.Documents) == 0 {
		tb.Fatalf("seed CSTO view has %d entities and %d documents", len(sg.Entities), len(sg.Documents))
	}
	return sg
}
