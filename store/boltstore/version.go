package boltstore

import (
	"context"
	"strconv"
	"sync/atomic"
)

// versions numbers the states of every store of the process, so that no two stores, nor two states of
// one store, ever share a version, even a store opened again on the same file.
var versions atomic.Uint64

// Version returns a token that changes with every ingest that changes the graph (see graph.Store).
// Errors: EUNAVAILABLE after Close; ETIMEOUT when ctx is done.
func (s *Store) Version(ctx context.Context) (string, error) {
	var v uint64
	err := s.read(ctx, func(*state) error {
		v = s.version.Load()
		if v == 0 {
			// The first look at a store as opened. A racing ingest cannot change it meanwhile: it needs the
			// write lock, which this read lock holds off.
			s.version.CompareAndSwap(0, versions.Add(1))
			v = s.version.Load()
		}
		return nil
	})
	return strconv.FormatUint(v, 10), err
}

// newVersion gives the graph a new version. The caller holds the write lock.
func (s *Store) newVersion() { s.version.Store(versions.Add(1)) }
