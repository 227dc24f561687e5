package boltstore_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// TestConformanceAfterReopen runs the suite against a store that closes and reopens its file after every
// ingest, so every answer comes from what was written to disk.
func TestConformanceAfterReopen(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		path := filepath.Join(t.TempDir(), "actorgraph.db")
		return &reopening{tb: t, path: path, s: mustOpenStore(t, path)}
	})
}

// reopening is a store that reopens its file after every ingest. Its version counts the ingests that
// changed something: a store opened again has a new version whether or not the ingest changed anything.
type reopening struct {
	tb      testing.TB
	path    string
	mu      sync.RWMutex
	s       *boltstore.Store
	changes int
}

func (r *reopening) Ingest(ctx context.Context, batches ...graph.Batch) (graph.IngestResult, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	res, err := r.s.Ingest(ctx, batches...)
	if cerr := r.s.Close(); cerr != nil {
		r.tb.Errorf("Close: %v", cerr)
	}
	s, oerr := boltstore.Open(r.path)
	if oerr != nil {
		r.tb.Fatalf("reopening: %v", oerr)
	}
	r.s = s
	if err == nil && len(res.Unchanged) < len(batches) {
		r.changes++
	}
	if after, serr := s.Stats(ctx); serr == nil && after != res.After && err == nil {
		r.tb.Errorf("reopened store counts %+v, the ingest reported %+v", after, res.After)
	}
	return res, err
}

func (r *reopening) store() *boltstore.Store {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.s
}

func (r *reopening) Adjacent(ctx context.Context, ids []string, f graph.Filter) ([]graph.Relation, error) {
	return r.store().Adjacent(ctx, ids, f)
}
func (r *reopening) Snapshot(ctx context.Context, f graph.Filter) (graph.Subgraph, error) {
	return r.store().Snapshot(ctx, f)
}
func (r *reopening) Entity(ctx context.Context, id string) (graph.Entity, error) {
	return r.store().Entity(ctx, id)
}

func (r *reopening) Search(ctx context.Context, q string, limit int) ([]graph.Entity, error) {
	return r.store().Search(ctx, q, limit)
}

func (r *reopening) Neighborhood(ctx context.Context, q graph.NeighborhoodQuery) (graph.Subgraph, error) {
	return r.store().Neighborhood(ctx, q)
}

func (r *reopening) Document(ctx context.Context, id string) (graph.Document, error) {
	return r.store().Document(ctx, id)
}

func (r *reopening) Documents(ctx context.Context) ([]graph.Document, error) {
	return r.store().Documents(ctx)
}

func (r *reopening) DocumentEntities(ctx context.Context, id string) ([]graph.Entity, error) {
	return r.store().DocumentEntities(ctx, id)
}

func (r *reopening) EntityDocuments(ctx context.Context, id string) ([]graph.Document, error) {
	return r.store().EntityDocuments(ctx, id)
}

func (r *reopening) RelationCounts(ctx context.Context, ids []string) ([]int, error) {
	return r.store().RelationCounts(ctx, ids)
}

func (r *reopening) Stats(ctx context.Context) (graph.Stats, error) { return r.store().Stats(ctx) }
func (r *reopening) Version(ctx context.Context) (string, error) {
	if _, err := r.store().Version(ctx); err != nil {
		return "", err
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	return strconv.Itoa(r.changes), nil
}
func (r *reopening) Ping(ctx context.Context) error { return r.store().Ping(ctx) }
func (r *reopening) Close() error                   { return r.store().Close() }

func TestOpen(t *testing.T) {
	t.Parallel() // one case waits a second for a lock
	t.Run("a file another store holds is refused within about a second, naming the file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "held.db")
		s := mustOpenStore(t, path)
		defer s.Close()
		start := time.Now()
		_, err := boltstore.Open(path)
		wantError(t, err, graph.EUNAVAILABLE, "store file "+path+" is in use by another actorgraph process")
		if took := time.Since(start); took > 2*time.Second {
			t.Errorf("Open gave up after %v, want about a second", took)
		}
	})

	t.Run("a file is free again once its store is closed", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "freed.db")
		mustOpenStore(t, path).Close()
		mustOpenStore(t, path, boltstore.LockTimeout(100*time.Millisecond)).Close()
	})

	for _, tc := range []struct {
		name    string
		content string
	}{
		{"a text file", "this is not a store\n"},
		{"a page of zeros", strings.Repeat("\x00", 8192)},
		{"a page of noise", strings.Repeat("actorgraph\xff\xfe", 1000)},
	} {
		t.Run(tc.name+" is refused naming the file", func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad.db")
			if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := boltstore.Open(path)
			wantError(t, err, graph.EINVALID, path)
		})
	}

	t.Run("an empty file becomes a new store", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "empty.db")
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		mustOpenStore(t, path).Close()
	})

	t.Run("a bbolt file of another program is refused", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "other.db")
		withBolt(t, path, func(tx *bolt.Tx) error {
			_, err := tx.CreateBucket([]byte("sessions"))
			return err
		})
		_, err := boltstore.Open(path)
		wantError(t, err, graph.EINVALID, "store file "+path+" is a bbolt file but not an actorgraph store")
	})

	t.Run("a store written by a newer version is refused", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "newer.db")
		mustOpenStore(t, path).Close()
		withBolt(t, path, func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("actorgraph")).Put([]byte("format"), []byte("99"))
		})
		_, err := boltstore.Open(path)
		wantError(t, err, graph.EINVALID, "store file "+path+" has format 99, newer than this actorgraph reads (2)")
	})

	t.Run("a damaged layer is reported naming the file and the layer", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "damaged.db")
		s := mustOpenStore(t, path)
		mustIngestTB(t, s, article(0, 4))
		s.Close()
		dropImageMark(t, path) // Open merges the layers (TestImageDamaged: with an image, an ingest reports it)
		withBolt(t, path, func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("layers"))
			k, v := b.Cursor().First()
			return b.Put(k, v[:len(v)/2])
		})
		_, err := boltstore.Open(path)
		wantError(t, err, graph.EINVALID, "store file "+path+" is damaged: cannot read layer article-000000 text")
	})

	t.Run("a path in a missing folder is unavailable naming the file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "missing", "store.db")
		_, err := boltstore.Open(path)
		wantError(t, err, graph.EUNAVAILABLE, "cannot open store file "+path)
	})

	t.Run("a closed store refuses work", func(t *testing.T) {
		s := mustOpenStore(t, filepath.Join(t.TempDir(), "closed.db"))
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		_, err := s.Ingest(t.Context(), article(0, 2))
		wantError(t, err, graph.EUNAVAILABLE, "closed")
		_, err = s.Entity(t.Context(), "state:x")
		wantError(t, err, graph.EUNAVAILABLE, "closed")
		wantError(t, s.Ping(t.Context()), graph.EUNAVAILABLE, "closed")
		if err := s.Close(); err != nil {
			t.Errorf("a second Close: %v", err)
		}
	})

	t.Run("a cancelled context stops an ingest before it writes", func(t *testing.T) {
		s := mustOpenStore(t, filepath.Join(t.TempDir(), "cancel.db"))
		defer s.Close()
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		_, err := s.Ingest(ctx, article(0, 2))
		wantError(t, err, graph.ETIMEOUT, "cancelled")
		if st, _ := s.Stats(t.Context()); st != (graph.Stats{}) {
			t.Errorf("Stats = %+v, want an empty store", st)
		}
	})
}

// wantError fails the test unless err has the code and its message contains the text.
func wantError(tb testing.TB, err error, code, text string) {
	tb.Helper()
	if graph.ErrorCode(err) != code || !strings.Contains(graph.ErrorMessage(err), text) {
		tb.Fatalf("got error %v, want code %q and a message with %q", err, code, text)
	}
}

// withBolt changes the bbolt file at path directly, as another program or a damaged disk would.
func withBolt(tb testing.TB, path string, f func(*bolt.Tx) error) {
	tb.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(f); err != nil {
		tb.Fatal(err)
	}
}

func mustIngestTB(tb testing.TB, s graph.Store, batches ...graph.Batch) graph.IngestResult {
	tb.Helper()
	res, err := s.Ingest(context.Background(), batches...)
	if err != nil {
		tb.Fatalf("Ingest: %v", err)
	}
	return res
}
