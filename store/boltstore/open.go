package boltstore

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/layer"
	"github.com/actorgraph/actorgraph/internal/hugepages"
)

// FormatVersion is the version of the file format this build writes. Open refuses files of a newer version
// rather than misread them. Version 2 adds the merged graph's image (image.go): a build of version 1 would
// ingest without invalidating it, so Close marks a file of version 1 as version 2 when it writes the image.
// Files of version 1 open as they are (their layers are merged) and become version 2 when next closed.
const FormatVersion = 2

// Bucket names. The meta bucket also marks a bbolt file as an actorgraph store.
var (
	metaBucket      = []byte("actorgraph")
	documentsBucket = []byte("documents")
	layersBucket    = []byte("layers")
	formatKey       = []byte("format")
)

// Option configures Open.
type Option func(*options)

type options struct {
	lockTimeout time.Duration
	noSync      bool
	inputBytes  int64
}

// LockTimeout sets how long Open waits for another process to release the store file before it gives up
// (default one second).
func LockTimeout(d time.Duration) Option {
	return func(o *options) { o.lockTimeout = d }
}

// NoSync skips the fsync after every ingest. A crash of the process still loses nothing, but a crash of
// the machine may lose or damage the file: for tests and benchmarks only.
func NoSync() Option {
	return func(o *options) { o.noSync = true }
}

// ExpectInput tells Open that the process will now ingest about n bytes of input into the store (the
// articles' bytes), so that it can let the heap grow into huge pages (reserveHeap). For a process that
// starts to ingest, as `actorgraph ingest` does; not for one that has run a while, which reserveHeap
// would skip anyway.
func ExpectInput(n int64) Option {
	return func(o *options) { o.inputBytes = n }
}

// Open opens the store file at path, creating it if it does not exist, and loads the graph it holds.
// Only one process can have a store file open at a time.
//
// Errors: EUNAVAILABLE when another process has the file open or it cannot be opened; EINVALID when the
// file is not an actorgraph store, is damaged, or was written by a newer version.
func Open(path string, opts ...Option) (*Store, error) {
	o := options{lockTimeout: time.Second}
	for _, opt := range opts {
		opt(&o)
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	reserveHeap(path, o.inputBytes)
	return openChecked(path, o)
}

// Heap bytes per byte of store file and of input, for reserveHeap: a store file of 32 MB (100,000 synthetic
// relationships) held 41 MB of heap after Open, and an ingest of the synthetic corpus grew the heap by about
// 1 GB per 30 MB of documents' text (100 MB for 3 MB at 100,000 relationships, 1.6-2 GB for 30 MB at 1M).
// Too much costs address space only: the reserved heap is mapped, never touched.
const (
	heapPerFileByte  = 2
	heapPerInputByte = 64
)

// reserveHeap lets the heap that loading the file at path and ingesting inputBytes will grow fault in huge
// pages (internal/hugepages.ForGrowth): on this machine a first touch of a 4 KiB page costs about 10 us, and
// an ingest of 1M relationships faulted 300,000 times without it, 6,000 times with it, 1.20x faster by the
// clock (BENCHMARKS.md). ForGrowth does nothing below 64 MiB, or in a heap that has free pages to reuse.
func reserveHeap(path string, inputBytes int64) {
	var size int64
	if fi, err := os.Stat(path); err == nil {
		size = fi.Size()
	}
	// Under gcHold's lock: the reservation turns the collector off for its allocation and puts the percent
	// back, which a load in another Open must neither see nor change meanwhile.
	gcHold.Lock()
	defer gcHold.Unlock()
	hugepages.ForGrowth(int(min(heapPerFileByte*size+heapPerInputByte*inputBytes, math.MaxInt)))
}

// openChecked opens a file that checkHeader passed. What checkHeader cannot see (a damaged page inside the
// file) may still make bbolt panic, or fault on its mapping of the file: with panics on faults, both are
// panics of this goroutine, which openBolt and load recover into errors.
func openChecked(path string, o options) (*Store, error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	db, err := openBolt(path, o)
	if err != nil {
		return nil, err
	}
	s := &Store{path: path, db: db, st: newState()}
	if err := s.load(false); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// openBolt opens the bbolt file, turning a panic of bbolt into the error that the file is damaged.
func openBolt(path string, o options) (db *bolt.DB, err error) {
	var file *os.File
	defer func() {
		if p := recover(); p != nil {
			// bbolt leaves the file open and locked when it panics: unlock and close it, or this process
			// could not open the file again. (bbolt's mapping of the file, in a field of its own, stays:
			// address space, not memory.)
			if file != nil {
				releaseLock(file)
				_ = file.Close()
			}
			db, err = nil, graph.Wrap(fmt.Errorf("%v", p), graph.EINVALID, fmt.Sprintf("store file %s is damaged", path))
		}
	}()
	db, err = bolt.Open(path, 0o600, &bolt.Options{
		Timeout:      o.lockTimeout,
		NoSync:       o.noSync,
		FreelistType: bolt.FreelistMapType, // the array type slows down as a big file fragments
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			file = f
			return f, err
		},
	})
	if err != nil {
		return nil, openError(path, err)
	}
	return db, nil
}

// ErrInUse is in the chain of the error Open returns when another process holds the file: a running
// serve, most likely, which can take the articles itself (`actorgraph ingest --server`).
var ErrInUse = errors.New("the store file is in use by another process")

func openError(path string, err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return graph.Wrap(fmt.Errorf("%w: %w", ErrInUse, err), graph.EUNAVAILABLE, fmt.Sprintf("store file %s is in use by another actorgraph process", path))
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrVersionMismatch),
		errors.Is(err, bolterrors.ErrChecksum), errors.Is(err, bolterrors.ErrInvalidMapping):
		return graph.Wrap(err, graph.EINVALID, fmt.Sprintf("store file %s is not an actorgraph store or is damaged", path))
	case errors.As(err, &pe):
		return graph.Wrap(err, graph.EUNAVAILABLE, fmt.Sprintf("cannot open store file %s: %v", path, pe.Err))
	}
	return graph.Wrap(err, graph.EINVALID, fmt.Sprintf("cannot open store file %s: it is not an actorgraph store or is damaged", path))
}

// load checks the format of the file, creating the buckets of a new one, and builds the in-memory graph:
// from the file's image unless full is set and if it has a valid one (then s.partial is set: the layers
// are not loaded), or else from its layers.
func (s *Store) load(full bool) (err error) {
	defer func() {
		// bbolt panics on some kinds of damage inside the file rather than returning an error.
		if p := recover(); p != nil {
			err = graph.Wrap(fmt.Errorf("%v", p), graph.EINVALID, fmt.Sprintf("store file %s is damaged", s.path))
		}
	}()
	// Only a new file needs writing to; checking in a read transaction spares every other open a commit.
	ready := false
	if err := s.db.View(func(tx *bolt.Tx) error {
		ready = tx.Bucket(metaBucket) != nil && tx.Bucket(documentsBucket) != nil && tx.Bucket(layersBucket) != nil
		if ready {
			return s.checkFormat(tx.Bucket(metaBucket))
		}
		return nil
	}); err != nil {
		return err
	}
	if !ready {
		if err := s.db.Update(s.initFormat); err != nil {
			return err
		}
	}
	p := layer.NewPlan()
	var image *state
	// A state read from the image keeps this read transaction (lazyEvidence.release ends it): its relations'
	// evidence is decoded on first use from the image's records where the file's mapping holds them.
	tx, err := s.db.Begin(false)
	if err != nil {
		return err
	}
	defer func() {
		if image == nil { // a panic's
			_ = tx.Rollback()
		}
	}()
	// What Open reads of an image stays: a collection while it reads finds next to nothing to free, so the
	// collector is off until it is read (holdGC), and merging layers, which leaves garbage, raises its target.
	hold := holdGC(full, tx.Size())
	defer func() { hold() }()
	err = func() error {
		if err := tx.Bucket(documentsBucket).ForEach(func(k, v []byte) error {
			d, err := decodeDocument(v)
			if err != nil || d.ID != string(k) {
				return s.damaged(fmt.Sprintf("document %q", k), err)
			}
			p.Docs[d.ID] = &d
			return nil
		}); err != nil {
			return err
		}
		if !full {
			if st, ok := readImage(tx, p.Docs); ok {
				image = st
				st.lazy.tx = tx
				return nil
			}
			hold()
			hold = holdGC(true, tx.Size())
		}
		return tx.Bucket(layersBucket).ForEach(func(k, v []byte) error {
			doc, origin, err := splitLayerKey(k)
			if err != nil {
				return s.damaged("a layer key", err)
			}
			d := p.Docs[doc]
			if d == nil {
				return s.damaged(fmt.Sprintf("layer %s %s", doc, origin), errors.New("no such document"))
			}
			l, err := decodeLayer(v, *d)
			if err != nil {
				return s.damaged(fmt.Sprintf("layer %s %s", doc, origin), err)
			}
			p.Put(layer.Key{Document: doc, Origin: origin}, l, d.Text)
			return nil
		})
	}()
	if image == nil {
		_ = tx.Rollback()
	}
	if err != nil {
		return err
	}
	if image != nil {
		s.st, s.partial, s.imageFresh = image, true, true
		return nil
	}
	s.apply(s.compute(p))
	return nil
}

func (s *Store) damaged(what string, err error) error {
	return graph.Wrap(err, graph.EINVALID, fmt.Sprintf("store file %s is damaged: cannot read %s", s.path, what))
}

func (s *Store) initFormat(tx *bolt.Tx) error {
	meta := tx.Bucket(metaBucket)
	if meta == nil {
		empty := true
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
		if !empty {
			return graph.Errorf(graph.EINVALID, "store file %s is a bbolt file but not an actorgraph store", s.path)
		}
		var err error
		if meta, err = tx.CreateBucket(metaBucket); err != nil {
			return err
		}
		if err := meta.Put(formatKey, []byte(strconv.Itoa(FormatVersion))); err != nil {
			return err
		}
	}
	if err := s.checkFormat(meta); err != nil {
		return err
	}
	for _, name := range [][]byte{documentsBucket, layersBucket} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) checkFormat(meta *bolt.Bucket) error {
	v, err := strconv.Atoi(string(meta.Get(formatKey)))
	switch {
	case err != nil:
		return s.damaged("its format version", err)
	case v > FormatVersion:
		return graph.Errorf(graph.EINVALID, "store file %s has format %d, newer than this actorgraph reads (%d): use a newer actorgraph", s.path, v, FormatVersion)
	}
	return nil
}
