// Package lru is a cache of values bounded by their total size, which drops the least recently used first:
// the render cache's drawings and the server's whole-graph views. It is not safe for concurrent use; the
// callers hold their own lock, which also guards what they keep beside it.
package lru

import "container/list"

// Cache holds values by key up to a total size.
type Cache[K comparable, V any] struct {
	// OnEvict, when set, is called with each value Add drops to stay within the bound (not with one it
	// replaces, nor on Clear).
	OnEvict func(K, V)

	max, size int64
	order     *list.List // of *entry[K, V], the most recently used first
	items     map[K]*list.Element
}

type entry[K comparable, V any] struct {
	key  K
	val  V
	size int64
}

// New returns an empty cache of at most max in size.
func New[K comparable, V any](max int64) *Cache[K, V] {
	return &Cache[K, V]{max: max, order: list.New(), items: map[K]*list.Element{}}
}

// Get returns the value of the key, which becomes the most recently used.
func (c *Cache[K, V]) Get(k K) (V, bool) {
	el, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry[K, V]).val, true
}

// Peek returns the value of the key and leaves the order alone.
func (c *Cache[K, V]) Peek(k K) (V, bool) {
	el, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	return el.Value.(*entry[K, V]).val, true
}

// Add keeps the value, of the size given, under the key, replacing the key's value if it has one, and
// drops the least recently used values until the total is within the bound. A value larger than the whole
// cache is not kept.
func (c *Cache[K, V]) Add(k K, v V, size int64) {
	if size > c.max {
		return
	}
	if el, ok := c.items[k]; ok {
		c.size -= el.Value.(*entry[K, V]).size
		c.order.Remove(el)
	}
	c.items[k] = c.order.PushFront(&entry[K, V]{k, v, size})
	c.size += size
	for c.size > c.max {
		el := c.order.Back()
		e := el.Value.(*entry[K, V])
		c.order.Remove(el)
		delete(c.items, e.key)
		c.size -= e.size
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.val)
		}
	}
}

// Clear drops every value.
func (c *Cache[K, V]) Clear() {
	c.order.Init()
	clear(c.items)
	c.size = 0
}

// Len is the number of values kept, Size their total size.
func (c *Cache[K, V]) Len() int    { return len(c.items) }
func (c *Cache[K, V]) Size() int64 { return c.size }
