package boltstore

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
)

// Backup writes a consistent copy of the store file to path, which must not exist yet, while the store
// keeps serving (an ingest waits until the copy is done). The copy opens as a store of its own.
// Errors: EINVALID when path exists; EUNAVAILABLE after Close; EINTERNAL when the copy cannot be written.
func (s *Store) Backup(ctx context.Context, path string) error {
	if err := ctx.Err(); err != nil {
		return ctxError(err)
	}
	// Held so that Close cannot close the file under the copy.
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if s.closed {
		return errClosed
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return err
		}
		if _, err := tx.WriteTo(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Sync(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	})
	if errors.Is(err, fs.ErrExist) {
		return graph.Wrap(err, graph.EINVALID, fmt.Sprintf("%s already exists: a backup never overwrites a file", path))
	}
	if err != nil {
		return graph.Wrap(err, graph.EINTERNAL, fmt.Sprintf("writing a copy of store file %s to %s failed", s.path, path))
	}
	return nil
}
