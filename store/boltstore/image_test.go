package boltstore_test

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/synthetic"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// accented is an article whose evidence sits after non-ASCII text, so that its code-point offsets are not
// byte offsets, and one of whose sentences appears twice.
func accented(i int) graph.Batch {
	hub := graph.NewEntity(graph.Organization, "Hub Alliance")
	zoe := graph.NewEntity(graph.Person, "Zoë Müller", "Z. Müller")
	text := "Zürich, Genève — Zoë Müller is a member of Hub Alliance. Zoë Müller is a member of Hub Alliance."
	sentence := "Zoë Müller is a member of Hub Alliance."
	start := len([]rune(text[:strings.LastIndex(text, sentence)]))
	return graph.Batch{Origin: graph.OriginText, Document: synthDocument(articleID(i), publishedOn(i), text),
		Entities: []graph.Entity{hub, zoe},
		Relations: []graph.Relation{{From: zoe.ID, To: hub.ID, Type: graph.MemberOf,
			Evidence: []graph.Evidence{{Document: articleID(i), Text: sentence, Start: start, End: start + len([]rune(sentence)),
				Stance: graph.Structural, Origin: graph.Extracted, Rule: "member-of", Confidence: 0.8, Claim: ""}}}}}
}

// answers is everything a store answers about its graph, for comparing two stores.
type answers struct {
	Stats     graph.Stats
	Snapshot  graph.Subgraph
	Documents []graph.Document
	Mentions  map[string][]graph.Entity
	Search    map[string][]graph.Entity
	Views     []graph.Subgraph
}

func answersOf(t *testing.T, s *boltstore.Store) answers {
	t.Helper()
	ctx := t.Context()
	var a answers
	var err error
	if a.Stats, err = s.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	if a.Snapshot, err = s.Snapshot(ctx, graph.Filter{}); err != nil {
		t.Fatal(err)
	}
	if a.Documents, err = s.Documents(ctx); err != nil {
		t.Fatal(err)
	}
	a.Mentions = map[string][]graph.Entity{}
	for _, d := range a.Documents {
		if a.Mentions[d.ID], err = s.DocumentEntities(ctx, d.ID); err != nil {
			t.Fatal(err)
		}
	}
	a.Search = map[string][]graph.Entity{}
	for _, q := range []string{"member", "zoë", "muller", "hub", "karo", "z. m", "k. sa", "neka"} {
		if a.Search[q], err = s.Search(ctx, q, 20); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range a.Snapshot.Entities[:min(len(a.Snapshot.Entities), 30)] {
		sg, err := s.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: []string{e.ID}, Depth: 2})
		if err != nil {
			t.Fatal(err)
		}
		a.Views = append(a.Views, sg)
	}
	return a
}

// imageStore fills a store, closes it (which writes its image) and returns its path and its answers
// before it was closed.
func imageStore(t *testing.T) (string, answers) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "image.db")
	s := mustOpenStore(t, path, boltstore.NoSync())
	batches := synthetic.New(synthetic.Config{Relations: 3_000, Entities: 300, PerDocument: 25, Aliases: 5}).All()
	for i := 0; i < len(batches); i += 40 {
		mustIngestTB(t, s, batches[i:min(i+40, len(batches))]...)
	}
	mustIngestTB(t, s, accented(1000), article(1001, 5))
	want := answersOf(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, want
}

func hasImage(t *testing.T, path string) bool {
	t.Helper()
	var has bool
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = db.View(func(tx *bolt.Tx) error {
		has = tx.Bucket([]byte("actorgraph")).Get([]byte("merged")) != nil && tx.Bucket([]byte("merged")) != nil
		return nil
	})
	return has
}

func dropImageMark(t *testing.T, path string) {
	t.Helper()
	withBolt(t, path, func(tx *bolt.Tx) error { return tx.Bucket([]byte("actorgraph")).Delete([]byte("merged")) })
}

func sameAnswers(t *testing.T, what string, got, want answers) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: the answers differ from the store's before it closed:\n got stats %+v\nwant stats %+v", what, got.Stats, want.Stats)
		for id, m := range want.Mentions {
			if !reflect.DeepEqual(got.Mentions[id], m) {
				t.Errorf("mentions of %s: got %v, want %v", id, got.Mentions[id], m)
				break
			}
		}
	}
}

// TestImage checks that a store opened from its image answers exactly as the store that wrote it, as one
// merged from the layers does, and that an ingest after it works from the layers.
func TestImage(t *testing.T) {
	path, want := imageStore(t)
	if !hasImage(t, path) {
		t.Fatal("Close wrote no image")
	}
	s := mustOpenStore(t, path)
	sameAnswers(t, "opened from the image", answersOf(t, s), want)
	// An ingest loads the layers first: what it changes builds on them.
	res := mustIngestTB(t, s, article(1002, 3))
	if res.After.Relations != want.Stats.Relations+3 || res.After.Documents != want.Stats.Documents+1 {
		t.Errorf("after the ingest: %+v, want 3 relations and a document more than %+v", res.After, want.Stats)
	}
	after := answersOf(t, s)
	// A copy of the file as the ingest left it, as after a crash: its image is out of date and unused.
	crashed := filepath.Join(t.TempDir(), "copy.db")
	if err := s.Backup(t.Context(), crashed); err != nil {
		t.Fatal(err)
	}
	if hasImage(t, crashed) {
		t.Error("the ingest left the image marked as up to date")
	}
	c := mustOpenStore(t, crashed)
	sameAnswers(t, "the copy after an ingest", answersOf(t, c), after)
	c.Close()
	s.Close()
	s = mustOpenStore(t, path)
	sameAnswers(t, "reopened after the ingest", answersOf(t, s), after)
	s.Close()

	// The same store merged from its layers.
	dropImageMark(t, path)
	s = mustOpenStore(t, path)
	sameAnswers(t, "merged from the layers", answersOf(t, s), after)
	s.Close()
}

// TestImageDamaged checks that a damaged image is merged around, and that a damaged layer of a store with an
// image is reported by the first ingest, naming the file and the layer, with the store unchanged.
func TestImageDamaged(t *testing.T) {
	path, want := imageStore(t)
	for _, key := range []string{"h", "d\x00\x00\x00\x00", "e\x00\x00\x00\x00", "r\x00\x00\x00\x00"} {
		withBolt(t, path, func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("merged"))
			v := b.Get([]byte(key))
			if v == nil {
				t.Fatalf("the image has no record %q", key)
			}
			return b.Put([]byte(key), append([]byte{}, v[:len(v)/2]...))
		})
		s := mustOpenStore(t, path)
		sameAnswers(t, "with image record "+key+" cut short", answersOf(t, s), want)
		s.Close() // writes a new image
		if !hasImage(t, path) {
			t.Fatal("Close wrote no new image")
		}
	}

	withBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("layers"))
		k, v := b.Cursor().First()
		return b.Put(k, v[:len(v)/2])
	})
	s := mustOpenStore(t, path)
	defer s.Close()
	sameAnswers(t, "with a damaged layer", answersOf(t, s), want)
	_, err := s.Ingest(t.Context(), article(1002, 3))
	wantError(t, err, graph.EINVALID, "store file "+path+" is damaged: cannot read layer article-001000 text")
	sameAnswers(t, "after the refused ingest", answersOf(t, s), want)
}

// TestFormat1 checks that a file of format 1 (no image) opens, answers as before, and becomes format 2 with
// an image when closed, which a build reading format 1 refuses rather than ingest into it.
func TestFormat1(t *testing.T) {
	path, want := imageStore(t)
	withBolt(t, path, func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket([]byte("merged")); err != nil {
			return err
		}
		meta := tx.Bucket([]byte("actorgraph"))
		if err := meta.Delete([]byte("merged")); err != nil {
			return err
		}
		return meta.Put([]byte("format"), []byte("1"))
	})
	s := mustOpenStore(t, path)
	sameAnswers(t, "format 1", answersOf(t, s), want)
	s.Close()
	var format string
	withBolt(t, path, func(tx *bolt.Tx) error {
		format = string(tx.Bucket([]byte("actorgraph")).Get([]byte("format")))
		return nil
	})
	if format != "2" || !hasImage(t, path) {
		t.Errorf("after Close: format %q, image %v; want format 2 with an image", format, hasImage(t, path))
	}
	s = mustOpenStore(t, path)
	defer s.Close()
	sameAnswers(t, "format 2", answersOf(t, s), want)
}
