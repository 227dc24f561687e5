package boltstore_test

import (
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

func TestConformance(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		return mustOpenStore(t, filepath.Join(t.TempDir(), "actorgraph.db"))
	})
}

// mustOpenStore opens the store file at path. The caller closes it.
func mustOpenStore(tb testing.TB, path string, opts ...boltstore.Option) *boltstore.Store {
	tb.Helper()
	s, err := boltstore.Open(path, opts...)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	return s
}
