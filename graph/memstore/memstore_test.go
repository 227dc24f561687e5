package memstore_test

import (
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/memstore"
)

func TestConformance(t *testing.T) {
	graphtest.Run(t, func(t *testing.T) graph.Store {
		return mustOpenStore(t, filepath.Join(t.TempDir(), "actorgraph.db"))
	})
}

// mustOpenStore opens the store file at path. The caller closes it.
func mustOpenStore(tb testing.TB, path string, opts ...memstore.Option) *memstore.Store {
	tb.Helper()
	s, err := memstore.Open(path, opts...)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	return s
}
