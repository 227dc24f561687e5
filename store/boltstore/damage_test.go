package boltstore_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/store/boltstore"
)

// openChildEnv, set to a store path, makes the test binary a process that opens that store and prints
// what came of it: a panic in any goroutine, bbolt's own included, shows as the process crashing.
const openChildEnv = "MEMSTORE_OPEN_CHILD_STORE"

func openChild(path string) {
	s, err := boltstore.Open(path, boltstore.LockTimeout(100*time.Millisecond))
	if err != nil {
		fmt.Printf("%s: %s\n", graph.ErrorCode(err), graph.ErrorMessage(err))
		return
	}
	st, _ := s.Stats(context.Background())
	fmt.Printf("opened: %d documents\n", st.Documents)
	_ = s.Close()
}

// openInChild opens the store file in a new process and returns the line it printed. The test fails if
// the process wrote anything to stderr (a panic's stack trace) or did not exit cleanly.
func openInChild(t *testing.T, path string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), openChildEnv+"="+path)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("opening %s crashed the process: %v\n%.2000s", path, err, stderr.String())
	}
	return strings.TrimSuffix(stdout.String(), "\n")
}

// bigStore makes a store file whose pages take more than 4 MiB, so that a copy cut to 4 MiB or less has
// lost pages. It returns the file, the bytes its pages take and bbolt's page size.
func bigStore(t *testing.T) (path string, used, pageSize int) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "big.db")
	s := mustOpenStore(t, path, boltstore.NoSync())
	for i := 0; i < 600; i += 50 {
		batches := make([]graph.Batch, 50)
		for j := range batches {
			batches[j] = article(i+j, 40)
		}
		mustIngestTB(t, s, batches...)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	pageSize = db.Info().PageSize
	err = db.View(func(tx *bolt.Tx) error { used = int(tx.Size()); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if used <= 4<<20 {
		t.Fatalf("the store's pages take %d bytes, not more than 4 MiB", used)
	}
	return path, used, pageSize
}

// copyCut copies the file to a new one of size bytes: its beginning, or the whole padded with zeros.
func copyCut(t *testing.T, src string, size int64) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), fmt.Sprintf("cut-%d.db", size))
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.CopyN(out, in, size); err != nil && err != io.EOF {
		t.Fatal(err)
	}
	if err := out.Truncate(size); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestOpenCutShort checks that a store file cut to 8 KiB, 16 KiB, 1 MB or 4 MiB, which made bbolt panic with
// a stack trace ("invalid freelist page: 0, page type is unknown<00>"), is refused with the error that the
// file is damaged, in the CLI's words, and that no goroutine panics.
func TestOpenCutShort(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 5 MB store")
	}
	t.Parallel()
	full, used, pageSize := bigStore(t)
	for _, size := range []int64{8 << 10, 16 << 10, 1_000_000, 4 << 20} {
		t.Run(fmt.Sprintf("cut to %d bytes is damaged", size), func(t *testing.T) {
			path := copyCut(t, full, size)
			want := fmt.Sprintf("invalid: store file %s is damaged: it is cut short: it holds %d bytes, and its header counts %d pages of %d bytes",
				path, size, used/pageSize, pageSize)
			if got := openInChild(t, path); got != want {
				t.Errorf("opening the cut file printed\n%s\nwant\n%s", got, want)
			}
		})
	}
	t.Run("cut after its last page still opens", func(t *testing.T) {
		// bbolt grows a file ahead of its pages: losing that slack loses nothing.
		path := copyCut(t, full, int64(used))
		if got, want := openInChild(t, path), "opened: 600 documents"; got != want {
			t.Errorf("opening the file without its slack printed %q, want %q", got, want)
		}
	})
}

// editMetas changes both meta pages of a bbolt file and puts back their checksums, as a damaged disk or a
// hostile file might with checksums that still hold. edit gets each meta (after the 16-byte page header).
func editMetas(t *testing.T, path string, edit func(meta []byte)) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pageSize := int64(os.Getpagesize())
	for _, off := range []int64{0, pageSize} {
		meta := make([]byte, 64)
		if _, err := f.ReadAt(meta, off+16); err != nil {
			t.Fatal(err)
		}
		edit(meta)
		h := fnv.New64a()
		h.Write(meta[:56])
		binary.NativeEndian.PutUint64(meta[56:], h.Sum64())
		if _, err := f.WriteAt(meta, off+16); err != nil {
			t.Fatal(err)
		}
	}
}

// Offsets in a bbolt meta (bbolt v1.4, format 2).
const (
	metaRoot     = 16
	metaFreelist = 32
	metaTxid     = 48
)

func metaField(meta []byte, at int) uint64 { return binary.NativeEndian.Uint64(meta[at:]) }

// rootBucketValue returns the offset in the file of the value under key in the root bucket's page, when
// that page is a leaf (as it is in a small store).
func rootBucketValue(t *testing.T, path, key string) int64 {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pageSize := os.Getpagesize()
	meta := b[16:80] // the current meta: the one with the higher transaction id
	if meta1 := b[pageSize+16 : pageSize+80]; metaField(meta1, metaTxid) > metaField(meta, metaTxid) {
		meta = meta1
	}
	page := int(metaField(meta, metaRoot)) * pageSize
	if flags := binary.NativeEndian.Uint16(b[page+8:]); flags != 0x02 {
		t.Fatalf("the root bucket's page has flags %#x, not a leaf's", flags)
	}
	count := int(binary.NativeEndian.Uint16(b[page+10:]))
	for i := range count {
		elem := page + 16 + 16*i // flags, pos, ksize, vsize
		pos := int(binary.NativeEndian.Uint32(b[elem+4:]))
		ksize := int(binary.NativeEndian.Uint32(b[elem+8:]))
		if string(b[elem+pos:elem+pos+ksize]) == key {
			return int64(elem + pos + ksize)
		}
	}
	t.Fatalf("no key %q in the root bucket", key)
	return 0
}

// TestOpenDamagedHeaderOrPages: damage that bbolt met with a panic (in the caller, in a goroutine of its
// own, or a fault on its mapping of the file, which no recover catches) is the error that the file is
// damaged, and no goroutine panics.
func TestOpenDamagedHeaderOrPages(t *testing.T) {
	t.Parallel()
	small := filepath.Join(t.TempDir(), "small.db")
	s := mustOpenStore(t, small)
	mustIngestTB(t, s, article(0, 40), article(1, 40), article(2, 40))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, path string)
		want   string
	}{{
		name: "a free-page list that is not one",
		damage: func(t *testing.T, path string) {
			editMetas(t, path, func(m []byte) { copy(m[metaFreelist:metaFreelist+8], m[metaRoot:metaRoot+8]) })
		},
		want: "invalid: store file %s is damaged",
	}, {
		name: "a free-page list past the pages the header counts",
		damage: func(t *testing.T, path string) {
			editMetas(t, path, func(m []byte) { binary.NativeEndian.PutUint64(m[metaFreelist:], 1<<40) })
		},
		want: "invalid: store file %s is damaged: its header names pages outside the",
	}, {
		name: "a page size bbolt never writes",
		damage: func(t *testing.T, path string) {
			editMetas(t, path, func(m []byte) { binary.NativeEndian.PutUint32(m[8:], 64) })
		},
		want: "invalid: store file %s is damaged: its header gives a page size of 64 bytes",
	}, {
		// bbolt rebuilds a missing free-page list by walking every page in a goroutine of its own, which
		// panics at the first page out of order: here the documents are out of order.
		name: "no free-page list, and pages out of order",
		damage: func(t *testing.T, path string) {
			editMetas(t, path, func(m []byte) { binary.NativeEndian.PutUint64(m[metaFreelist:], ^uint64(0)) })
			swapFirstDocumentKeys(t, path)
		},
		want: "invalid: store file %s is not an actorgraph store or is damaged: it keeps no list of free pages",
	}, {
		// A bucket whose root page lies far past the end of the file: bbolt reads memory that is not
		// mapped, a fault that kills the process unless it panics instead.
		name: "a bucket whose pages lie past the file",
		damage: func(t *testing.T, path string) {
			at := rootBucketValue(t, path, "documents")
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if _, err := f.WriteAt(binary.NativeEndian.AppendUint64(nil, 1<<28), at); err != nil {
				t.Fatal(err)
			}
		},
		want: "invalid: store file %s is damaged",
	}} {
		t.Run(tc.name+" is damaged", func(t *testing.T) {
			path := copyCut(t, small, fileSize(t, small))
			tc.damage(t, path)
			got, want := openInChild(t, path), fmt.Sprintf(tc.want, path)
			if !strings.HasPrefix(got, want) {
				t.Errorf("opening the damaged file printed\n%s\nwant\n%s...", got, want)
			}
			// The file is not left locked: bbolt, panicking, leaves it open, and Open closes it.
			_, err := boltstore.Open(path, boltstore.LockTimeout(100*time.Millisecond))
			if want := fmt.Sprintf(strings.TrimPrefix(tc.want, "invalid: "), path); graph.ErrorCode(err) != graph.EINVALID || !strings.HasPrefix(graph.ErrorMessage(err), want) {
				t.Fatalf("opening it in this process: %v, want %q", err, want)
			}
			_, err = boltstore.Open(path, boltstore.LockTimeout(100*time.Millisecond))
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("opening it again in this process: %v, want the same error, not a lock held", err)
			}
		})
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// swapFirstDocumentKeys gives the first document key in its leaf page a first byte that sorts it after the
// next one.
func swapFirstDocumentKeys(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	key := []byte(fmt.Sprintf("article-%06d", 0))
	pageSize := os.Getpagesize()
	for page := 2 * pageSize; page+pageSize <= len(b); page += pageSize {
		if binary.NativeEndian.Uint16(b[page+8:]) != 0x02 || binary.NativeEndian.Uint16(b[page+10:]) < 2 {
			continue
		}
		elem := page + 16
		pos := int(binary.NativeEndian.Uint32(b[elem+4:]))
		if bytes.HasPrefix(b[elem+pos:], key) {
			b[elem+pos] = 'z'
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatal("no leaf page starts with the first document")
}
