package graphtest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// testLongAliases gives one actor, over many documents, more alias text than fits in a search key
// (graph.MaxSearchKeyBytes; Neo4j's text index refuses a value over 32,766 bytes). Every store takes the
// documents, keeps every alias on the entity, and finds the entity by exactly the names graph.SearchKeys
// keeps: the name and the shortest aliases.
func testLongAliases(t *testing.T, open func(t *testing.T) graph.Store) {
	s := newStore(t, open)
	const docs, perDoc = 60, 4
	name := "Organisation of the Many Names"
	var batches []graph.Batch
	var aliases []string
	for d := range docs {
		var mine []string
		for a := range perDoc {
			n := d*perDoc + a
			// 122 to 178 bytes each, 240 of them: about 36 KB of aliases in all.
			mine = append(mine, fmt.Sprintf("Alias %03d", n)+strings.Repeat(" of many names", 8+n%5))
		}
		aliases = append(aliases, mine...)
		id := fmt.Sprintf("many-names-%02d", d)
		batches = append(batches, graph.Batch{Document: newDocument(id, "Many names", "2022-03-01", "The organisation has many names."),
			Origin: graph.OriginText, Entities: []graph.Entity{entity(graph.Organization, name, "", mine...)}})
	}
	mustIngest(t, s, batches...)
	e := mustEntity(t, s, graph.NewEntity(graph.Organization, name).ID)
	if len(e.Aliases) != len(aliases) {
		t.Errorf("the entity has %d aliases, want all %d", len(e.Aliases), len(aliases))
	}
	keys := graph.SearchKeys(e)
	if n := len("|" + strings.Join(keys, "|") + "|"); n > graph.MaxSearchKeyBytes || len(keys) > len(aliases) {
		t.Fatalf("the search keys take %d bytes with %d of %d aliases: the bound of %d bytes is not reached or not kept",
			n, len(keys)-1, len(aliases), graph.MaxSearchKeyBytes)
	}
	if found := mustSearch(t, s, name, 1); len(found) != 1 || found[0].ID != e.ID {
		t.Errorf("Search(name) = %v, want %s", entityIDs(found), e.ID)
	}
	for _, a := range aliases {
		searchable := slices.Contains(keys, graph.Fold(a))
		found := slices.ContainsFunc(mustSearch(t, s, a, 10), func(h graph.Entity) bool { return h.ID == e.ID })
		if found != searchable {
			t.Errorf("Search(%.20q…) finds the entity: %v; graph.SearchKeys keeps the alias: %v", a, found, searchable)
		}
	}
}
