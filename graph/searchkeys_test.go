package graph_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestSearchKeys(t *testing.T) {
	long := func(c string, n int) string { return strings.Repeat(c, n) }
	for _, tc := range []struct {
		name   string
		entity graph.Entity
		want   []string
	}{
		{"the name and each alias folded, once", graph.Entity{Name: "Kassym-Jomart Tokayev", Aliases: []string{"Tokayev", "TOKAYEV", "kassym jomart tokayev", "!!", "Kasym-Jomart Tokayev"}},
			[]string{"kassym jomart tokayev", "tokayev", "kasym jomart tokayev"}},
		{"aliases that fit, shortest first, in the entity's order", graph.Entity{Name: "N", Aliases: []string{long("c", 20_000), long("a", 12_000), long("b", 19_000), "d"}},
			[]string{"n", long("a", 12_000), long("b", 19_000), "d"}},
		{"an alias that alone is over the bound is left out", graph.Entity{Name: "N", Aliases: []string{long("a", graph.MaxSearchKeyBytes)}},
			[]string{"n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := graph.SearchKeys(tc.entity)
			if !slices.Equal(got, tc.want) {
				t.Errorf("SearchKeys = %.60q, want %.60q", got, tc.want)
			}
			if n := len("|" + strings.Join(got, "|") + "|"); n > graph.MaxSearchKeyBytes {
				t.Errorf("the key takes %d bytes, over %d", n, graph.MaxSearchKeyBytes)
			}
		})
	}
}
