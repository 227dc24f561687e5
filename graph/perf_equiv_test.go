package graph

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestFoldASCIIFastPath checks that Fold and Slug of ASCII text, which take a path of their own, give what
// the general path gives.
func TestFoldASCIIFastPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aZz09 -'.,_K\\"
	cases := []string{"", " ", "a", "A", " a", "a ", "a  b", "a b", "a-b", "O'Brien", "kassym jomart tokayev", "x '", "' y", "a ' b", "9 9"}
	for range 20000 {
		n := rng.IntN(12)
		var b strings.Builder
		for range n {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for c := 0; c < 128; c++ {
		cases = append(cases, string(rune(c)), "a"+string(rune(c))+"b", " "+string(rune(c)))
	}
	for _, s := range cases {
		if got, want := Fold(s), foldUnicode(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := Slug(s), strings.ReplaceAll(foldUnicode(s), " ", "-"); got != want {
			t.Fatalf("Slug(%q) = %q, want %q", s, got, want)
		}
	}
}

// referenceNormalize is Batch.Normalize as it was before it sorted indexes instead of using maps.
func referenceNormalize(b *Batch) {
	ents := map[string]*Entity{}
	for _, e := range b.Entities {
		if prev, ok := ents[e.ID]; ok {
			prev.Aliases = MergeAliases(prev.Name, prev.Aliases, e.Aliases, []string{e.Name})
			prev.Description = cmp.Or(prev.Description, e.Description)
			continue
		}
		e.Aliases = MergeAliases(e.Name, e.Aliases)
		ents[e.ID] = &e
	}
	b.Entities = make([]Entity, 0, len(ents))
	for _, e := range ents {
		b.Entities = append(b.Entities, *e)
	}
	slices.SortFunc(b.Entities, func(x, y Entity) int { return cmp.Compare(x.ID, y.ID) })
	rels := map[string]*Relation{}
	for _, r := range b.Relations {
		r.ID = RelationID(r.From, r.Type, r.To)
		if prev, ok := rels[r.ID]; ok {
			prev.Evidence = append(prev.Evidence, r.Evidence...)
			continue
		}
		r.Evidence = slices.Clone(r.Evidence)
		rels[r.ID] = &r
	}
	b.Relations = make([]Relation, 0, len(rels))
	for _, r := range rels {
		for i := range r.Evidence {
			r.Evidence[i].Published = b.Document.Published
		}
		r.Evidence = SortEvidence(r.Evidence)
		r.Stance = MergeStance(r.Evidence)
		b.Relations = append(b.Relations, *r)
	}
	slices.SortFunc(b.Relations, func(x, y Relation) int { return cmp.Compare(x.ID, y.ID) })
}

// TestNormalizeMatchesReference normalises random batches full of duplicates both ways.
func TestNormalizeMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	names := []string{"Ann Lee", "ann lee", "Bob", "Café Noir", "Cafe Noir", "Zed", "O'Hara", "Kazakhstan"}
	for n := range 3000 {
		var b Batch
		b.Document = Document{ID: "d", Published: "2021-03-04"}
		for range rng.IntN(8) {
			name := names[rng.IntN(len(names))]
			e := NewEntity(Kinds[rng.IntN(2)], name)
			if rng.IntN(2) == 0 {
				e.Aliases = []string{names[rng.IntN(len(names))], " " + names[rng.IntN(len(names))]}
			}
			if rng.IntN(3) == 0 {
				e.Description = fmt.Sprint("desc ", rng.IntN(3))
			}
			b.Entities = append(b.Entities, e)
		}
		for range rng.IntN(10) {
			if len(b.Entities) == 0 {
				break
			}
			from, to := b.Entities[rng.IntN(len(b.Entities))], b.Entities[rng.IntN(len(b.Entities))]
			r := Relation{From: from.ID, To: to.ID, Type: RelTypes[rng.IntN(3)].Type}
			for range 1 + rng.IntN(3) {
				st := rng.IntN(4)
				r.Evidence = append(r.Evidence, Evidence{Document: "d", Text: fmt.Sprint("s", st), Start: st, End: st + rng.IntN(2),
					Stance: Stances[rng.IntN(4)], Origin: []string{Curated, Extracted}[rng.IntN(2)], Confidence: 0.5})
			}
			if n%2 == 1 { // with their ids given, in any order: Normalize uses them when in order
				r.ID = RelationID(r.From, r.Type, r.To)
			}
			b.Relations = append(b.Relations, r)
		}
		want := b
		want.Entities, want.Relations = slices.Clone(b.Entities), slices.Clone(b.Relations)
		got := want
		referenceNormalize(&want)
		got.Normalize()
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("batch %d: Normalize gives\n%+v\nwant\n%+v", n, got, want)
		}
		// Normalised again, it takes the path that checks the order rather than sorting.
		again := got
		again.Entities, again.Relations = slices.Clone(got.Entities), slices.Clone(got.Relations)
		again.Normalize()
		if !reflect.DeepEqual(again, want) {
			t.Fatalf("batch %d normalised twice: Normalize gives\n%+v\nwant\n%+v", n, again, want)
		}
	}
}
