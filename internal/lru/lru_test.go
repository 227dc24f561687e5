package lru_test

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/internal/lru"
)

func keys(c *lru.Cache[string, int], all ...string) []string {
	var in []string
	for _, k := range all {
		if _, ok := c.Peek(k); ok {
			in = append(in, k)
		}
	}
	return in
}

func TestCacheDropsTheLeastRecentlyUsedFirst(t *testing.T) {
	all := []string{"a", "b", "c", "d", "big"}
	tests := []struct {
		name string
		do   func(c *lru.Cache[string, int])
		want []string
		size int64
	}{
		{"within the bound everything stays", func(c *lru.Cache[string, int]) {
			c.Add("a", 1, 4)
			c.Add("b", 2, 4)
		}, []string{"a", "b"}, 8},
		{"past it the oldest goes", func(c *lru.Cache[string, int]) {
			c.Add("a", 1, 4)
			c.Add("b", 2, 4)
			c.Add("c", 3, 4)
		}, []string{"b", "c"}, 8},
		{"a value read is used again, so it stays", func(c *lru.Cache[string, int]) {
			c.Add("a", 1, 4)
			c.Add("b", 2, 4)
			c.Get("a")
			c.Add("c", 3, 4)
		}, []string{"a", "c"}, 8},
		{"a peek does not count as a use", func(c *lru.Cache[string, int]) {
			c.Add("a", 1, 4)
			c.Add("b", 2, 4)
			c.Peek("a")
			c.Add("c", 3, 4)
		}, []string{"b", "c"}, 8},
		{"a value larger than the cache is not kept", func(c *lru.Cache[string, int]) {
			c.Add("a", 1, 4)
			c.Add("big", 2, 11)
		}, []string{"a"}, 4},
		{"adding a key again replaces its value and size", func(c *lru.Cache[string, int]) {
			c.Add("a", 1, 4)
			c.Add("a", 5, 6)
		}, []string{"a"}, 6},
		{"clear drops everything", func(c *lru.Cache[string, int]) {
			c.Add("a", 1, 4)
			c.Clear()
			c.Add("d", 1, 2)
		}, []string{"d"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := lru.New[string, int](10)
			tt.do(c)
			if got := keys(c, all...); !slices.Equal(got, tt.want) || c.Size() != tt.size || c.Len() != len(tt.want) {
				t.Errorf("holds %v (%d, size %d), want %v of size %d", got, c.Len(), c.Size(), tt.want, tt.size)
			}
		})
	}
	c := lru.New[string, int](10)
	c.Add("a", 1, 4)
	c.Add("a", 7, 4)
	if v, ok := c.Get("a"); !ok || v != 7 {
		t.Errorf("Get after a replace: %v %v, want 7", v, ok)
	}
}
