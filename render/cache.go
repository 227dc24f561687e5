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

// lru is a least-recently-used cache of drawings bounded by their total size in bytes. It also counts the
// drawings made ahead of a request (see Drawing.Speculative): used when a real request first gets one,
// wasted when one is dropped before anyone asked for it.
type lru struct {
	mu     sync.Mutex
	max    int64
	items  *lrucache.Cache[cacheKey, *entry]
	hits   int64
	misses int64
	used   int64
	wasted int64
}

// entry is a cached drawing; prerendered until a real request gets it, if a speculative one made it.
type entry struct {
	b           []byte
	prerendered bool
}

// entryOverhead is roughly what an entry costs besides its bytes: key, list element, map slot.
const entryOverhead = 128

func newLRU(maxBytes int64) *lru {
	c := &lru{max: maxBytes, items: lrucache.New[cacheKey, *entry](maxBytes)}
	c.items.OnEvict = func(_ cacheKey, e *entry) { // called under c.mu, from Add
		if e.prerendered {
			c.wasted++
		}
	}
	return c
}

// peek is get without counting a hit or a miss, nor moving the entry: a second look by a call that has
// counted its miss already.
func (c *lru) peek(k cacheKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items.Peek(k)
	if !ok {
		return nil, false
	}
	c.use(e)
	return e.b, true
}

// look is peek without counting a pre-rendered drawing as used: the server's fit reads back the drawings
// it measures ahead of a request (Drawing.Measure), and only a request's own read is a use.
func (c *lru) look(k cacheKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items.Peek(k)
	if !ok {
		return nil, false
	}
	return e.b, true
}

// has reports whether k is cached, counting nothing.
func (c *lru) has(k cacheKey) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.items.Peek(k)
	return ok
}

func (c *lru) get(k cacheKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items.Get(k)
	if !ok {
		c.misses++
		return nil, false
	}
	c.hits++
	c.use(e)
	return e.b, true
}

// use counts a pre-rendered drawing as used the first time a real request gets it. Under c.mu.
func (c *lru) use(e *entry) {
	if e.prerendered {
		e.prerendered = false
		c.used++
	}
}

// add stores val, which the cache then owns, evicting the least recently used entries to stay within max.
// A value larger than a quarter of the cache is not kept: it would push out many smaller drawings.
// prerendered says a speculative render made it and nobody has asked for it yet; used counts it as used
// at once (a real request joined the speculative render). It reports whether val was kept.
func (c *lru) add(k cacheKey, val []byte, prerendered bool) bool {
	size := int64(len(val)) + entryOverhead
	c.mu.Lock()
	defer c.mu.Unlock()
	if size > c.max/4 {
		if prerendered {
			c.wasted++
		}
		return false
	}
	c.items.Add(k, &entry{b: val, prerendered: prerendered}, size)
	return true
}

// countUsed counts a pre-rendered drawing that a real request got without the cache: it joined the render.
func (c *lru) countUsed() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.used++
}

func (c *lru) stats() (entries int, bytes, hits, misses, used, wasted int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.items.Len(), c.items.Size(), c.hits, c.misses, c.used, c.wasted
}
