package render

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"
)

// DefaultDiskCacheBytes is the default bound on the drawings kept on disk.
const DefaultDiskCacheBytes = 512 << 20

// diskMagic starts every file of the disk cache: the format, then the SHA-256 of the drawing after it.
const diskMagic = "actorgraph-drawing-1\n"

// DiskCache keeps finished drawings in a folder, so that a restarted server answers the views it drew before
// without drawing them again. A file is named by keyOf the DOT, the layout and the kind of drawing, with
// the Graphviz build (rendererVersion) folded in: the same name always holds the same bytes. Each file holds
// diskMagic, the SHA-256 of the drawing and the drawing; it is written to a temporary file, synced and
// renamed into place, so a crash leaves the old file or the new one, never half of one, and a file that does
// not verify on reading (cut short, changed, another format) is removed and drawn again. The folder is
// bounded: past maxBytes the files least recently used (by modification time, which a hit renews) go first.
type DiskCache struct {
	dir      string
	maxBytes int64
	log      *slog.Logger

	mu    sync.Mutex
	size  int64
	files map[string]diskFile // by name within dir
	// hits, misses, writes, corrupt and evicted count what the cache did, for metrics and tests.
	hits, misses, writes, corrupt, evicted int64

	writing sync.WaitGroup // writes in progress (putLater)
	slots   chan struct{}  // bounds them
}

type diskFile struct {
	size int64
	used time.Time
}

// OpenDiskCache opens or creates the folder and counts what it holds, removing temporary files a crash
// left and the oldest files past the bound. maxBytes 0 means DefaultDiskCacheBytes; log nil discards.
func OpenDiskCache(dir string, maxBytes int64, log *slog.Logger) (*DiskCache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("drawing cache folder %s: %w", dir, err)
	}
	if maxBytes <= 0 {
		maxBytes = DefaultDiskCacheBytes
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &DiskCache{dir: dir, maxBytes: maxBytes, log: log, files: map[string]diskFile{}, slots: make(chan struct{}, 4)}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name, _ := filepath.Rel(dir, path)
		if strings.HasSuffix(name, ".tmp") {
			os.Remove(path) // a write a crash interrupted
			return nil
		}
		if info, err := d.Info(); err == nil {
			c.files[name] = diskFile{size: info.Size(), used: info.ModTime()}
			c.size += info.Size()
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("drawing cache folder %s: %w", dir, err)
	}
	c.mu.Lock()
	c.evict()
	c.mu.Unlock()
	return c, nil
}

// rendererVersion names the Graphviz build that draws, so that a new one does not answer with drawings of
// the old: the go-graphviz module's version in this binary's build information.
var rendererVersion = sync.OnceValue(func() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == "github.com/goccy/go-graphviz" {
				return m.Path + "@" + m.Version
			}
		}
	}
	return "go-graphviz@unknown"
})

// diskKey is the name of a drawing's file: what keyOf hashes, with the renderer's version.
func diskKey(dot []byte, layout, kind string) string {
	k := keyOf(dot, layout, kind+"\x00"+rendererVersion()+"\x00"+diskMagic)
	h := hex.EncodeToString(k[:])
	return filepath.Join(h[:2], h)
}

// get returns the drawing stored under name, verified, or false.
func (c *DiskCache) get(name string) ([]byte, bool) {
	c.mu.Lock()
	_, ok := c.files[name]
	c.mu.Unlock()
	if !ok {
		c.count(&c.misses)
		return nil, false
	}
	path := filepath.Join(c.dir, name)
	b, err := os.ReadFile(path)
	if err == nil {
		var body []byte
		if body, err = verify(b); err == nil {
			now := time.Now()
			_ = os.Chtimes(path, now, now) // least recently used goes first, also after a restart
			c.mu.Lock()
			if f, ok := c.files[name]; ok {
				f.used = now
				c.files[name] = f
			}
			c.hits++
			c.mu.Unlock()
			return body, true
		}
	}
	c.log.Warn("drawing cache: a file does not verify; it is removed and the drawing made again", "file", path, "err", err)
	os.Remove(path)
	c.mu.Lock()
	if f, ok := c.files[name]; ok {
		c.size -= f.size
		delete(c.files, name)
	}
	c.corrupt++
	c.misses++
	c.mu.Unlock()
	return nil, false
}

// verify returns the drawing a file holds, or why it cannot be trusted.
func verify(b []byte) ([]byte, error) {
	rest, ok := bytes.CutPrefix(b, []byte(diskMagic))
	if !ok {
		return nil, errors.New("not a drawing of this format")
	}
	if len(rest) < sha256.Size {
		return nil, errors.New("cut short")
	}
	sum, body := rest[:sha256.Size], rest[sha256.Size:]
	if got := sha256.Sum256(body); !bytes.Equal(got[:], sum) {
		return nil, errors.New("its checksum does not match: cut short or changed")
	}
	return body, nil
}

// put stores the drawing under name: a temporary file, synced, renamed into place, and the folder synced.
// A drawing larger than the bound is not kept. Errors are logged, not returned: the cache is
// an optimisation, and a full disk must not fail a drawing.
func (c *DiskCache) put(name string, body []byte) {
	size := int64(len(diskMagic) + sha256.Size + len(body))
	if size > c.maxBytes {
		return
	}
	c.mu.Lock()
	_, ok := c.files[name]
	c.mu.Unlock()
	if ok {
		return
	}
	if err := c.write(name, body); err != nil {
		c.log.Warn("drawing cache: could not keep a drawing", "file", filepath.Join(c.dir, name), "err", err)
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.files[name]; !ok {
		c.files[name] = diskFile{size: size, used: time.Now()}
		c.size += size
		c.writes++
	}
	c.evict()
}

func (c *DiskCache) write(name string, body []byte) error {
	path := filepath.Join(c.dir, name)
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, filepath.Base(name)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	sum := sha256.Sum256(body)
	_, err = f.Write(slices.Concat([]byte(diskMagic), sum[:], body))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if d, err := os.Open(dir); err == nil { // the rename itself, durable
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// evict removes the least recently used files until the folder is within its bound. Under c.mu.
func (c *DiskCache) evict() {
	if c.size <= c.maxBytes {
		return
	}
	names := make([]string, 0, len(c.files))
	for name := range c.files {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(c.files[a].used.Compare(c.files[b].used), cmp.Compare(a, b)) })
	for _, name := range names {
		if c.size <= c.maxBytes {
			break
		}
		if err := os.Remove(filepath.Join(c.dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			c.log.Warn("drawing cache: could not remove a file", "file", name, "err", err)
			continue
		}
		c.size -= c.files[name].size
		delete(c.files, name)
		c.evicted++
	}
}

func (c *DiskCache) count(n *int64) {
	c.mu.Lock()
	*n++
	c.mu.Unlock()
}

// DiskCacheStats are counters of the drawings kept on disk.
type DiskCacheStats struct {
	Files                                  int
	Bytes                                  int64
	Hits, Misses, Writes, Corrupt, Evicted int64
}

// putLater stores the drawing in the background, so the request that made it does not wait for the disk;
// at most four writes at once, and a drawing that finds them all busy is not kept.
func (c *DiskCache) putLater(name string, body []byte) {
	select {
	case c.slots <- struct{}{}:
	default:
		return
	}
	c.writing.Go(func() {
		defer func() { <-c.slots }()
		c.put(name, body)
	})
}

// Wait returns once the writes in progress are done.
func (c *DiskCache) Wait() { c.writing.Wait() }

// Stats returns the cache's counters.
func (c *DiskCache) Stats() DiskCacheStats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return DiskCacheStats{Files: len(c.files), Bytes: c.size, Hits: c.hits, Misses: c.misses, Writes: c.writes, Corrupt: c.corrupt, Evicted: c.evicted}
}
