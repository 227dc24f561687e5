package render

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"io"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
	lrucache "github.com/actorgraph/actorgraph/internal/lru"
)

type cacheKey [sha256.Size]byte

// keyOf hashes what determines a drawing. Each part is prefixed with its length so that no two different
// triples hash the same bytes.
func keyOf(dot []byte, layout, format string) cacheKey {
	h := sha256.New()
	var n [binary.MaxVarintLen64]byte
	for _, part := range [][]byte{[]byte(format), []byte(layout), dot} {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(part)))])
		h.Write(part)
	}
	var k cacheKey
	h.Sum(k[:0])
	return k
}

// viewKey keys the drawing of sg with o in layout and format without building its DOT: a cache hit then
// costs a hash of the subgraph's JSON, about a quarter of what building the DOT costs (BenchmarkCacheHit).
// The DOT is a pure function of the same inputs, so equal keys give equal drawings; the "view:" prefix keeps
// these keys apart from those of keyOf.
func viewKey(sg graph.Subgraph, o Options, layout, format string) cacheKey {
	h := sha256.New()
	io.WriteString(h, "view:"+format+"\x00"+layout+"\x00")
	// Encoding a graph.Subgraph and Options cannot fail: plain strings, numbers, slices and maps.
	_ = json.NewEncoder(h).Encode(struct {
		Subgraph graph.Subgraph
		Options  Options
	}{sg, o})
	var k cacheKey
	h.Sum(k[:0])
	return k
}

// lru is a least-recently-used cache of drawings bounded by their total size in bytes.
type lru struct {
	mu     sync.Mutex
	max    int64
	items  *lrucache.Cache[cacheKey, []byte]
	hits   int64
	misses int64
}

// entryOverhead is roughly what an entry costs besides its bytes: key, list element, map slot.
const entryOverhead = 128

func newLRU(maxBytes int64) *lru {
	return &lru{max: maxBytes, items: lrucache.New[cacheKey, []byte](maxBytes)}
}

// peek is get without counting a hit or a miss, nor moving the entry: a second look by a call that has
// counted its miss already.
func (c *lru) peek(k cacheKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.items.Peek(k)
}

func (c *lru) get(k cacheKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	val, ok := c.items.Get(k)
	if !ok {
		c.misses++
		return nil, false
	}
	c.hits++
	return val, true
}

// add stores val, which the cache then owns, evicting the least recently used entries to stay within max.
// A value larger than a quarter of the cache is not kept: it would push out many smaller drawings.
func (c *lru) add(k cacheKey, val []byte) {
	size := int64(len(val)) + entryOverhead
	if size > c.max/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items.Add(k, val, size)
}

func (c *lru) stats() (entries int, bytes, hits, misses int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.items.Len(), c.items.Size(), c.hits, c.misses
}
