package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/internal/eval"
	"github.com/actorgraph/actorgraph/graph"
)

// TestSplitLosses counts, for each split side by side, where the gold fact pairs are lost (pairLosses), which
// gold actors are missed and how, and how many false pairs have an end that matches no gold actor. It prints
// counts only, never a name or a sentence, so that the held-out split can be read for these figures without
// being read: it tells which class of loss fresh text suffers more than the development split, and the rules
// for that class are then written from the development split and fresh texts alone.
//
//	ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run 'TestSplitLosses$' -v
func TestSplitLosses(t *testing.T) {
	skipUnlessAnalysing(t)
	splits := []struct {
		name string
		docs []eval.Doc
	}{{"dev", devSplit(t)}, {"heldout", heldoutSplit(t)}}
	counts := make([]map[string]int, len(splits))
	for i, sp := range splits {
		pds := pairDocsOf(t, sp.docs)
		counts[i] = pairLosses(pds)
		missedActorClasses(pds, counts[i])
		falsePairEnds(t, sp.docs, counts[i])
	}
	keys := map[string]bool{}
	for _, c := range counts {
		for k := range c {
			keys[k] = true
		}
	}
	t.Logf("%-72s %12s %12s", "", "dev", "heldout")
	for _, k := range sortedKeys(keys) {
		line := fmt.Sprintf("%-72s", k)
		for _, c := range counts {
			total := c["gold fact pairs"]
			if strings.HasSuffix(k, "(its relationship ends)") || k == "actor relationship ends" {
				total = c["actor relationship ends"]
			} else if strings.HasPrefix(k, "actor ") {
				total = c["actor gold"]
			} else if strings.HasPrefix(k, "false pair") {
				total = c["false pairs"]
			}
			line += fmt.Sprintf(" %5d %5.1f%%", c[k], 100*float64(c[k])/float64(max(total, 1)))
		}
		t.Log(line)
	}
}

// missedActorClasses counts the gold actors of pds by kind and whether the extractor found them (matched as
// the evaluation matches), and for the missed ones how: a name of theirs found under another kind, an
// extracted name that holds theirs or is held in it, or nothing; with the relationship ends (the ends of gold
// fact relations, a share of all of them) each missed class carries. Organisations' names are classed by their shape: a head word or none.
func missedActorClasses(pds []pairDoc, counts map[string]int) {
	for _, pd := range pds {
		goldEnt, goldIdx := matchGold(pd)
		ends := map[int]int{}
		for _, r := range pd.Gold.Relations {
			if !isGoldClaim(r) {
				ends[goldIdx[r.From]]++
				ends[goldIdx[r.To]]++
			}
		}
		for i, g := range pd.Gold.Entities {
			counts["actor gold"]++
			counts["actor relationship ends"] += ends[i]
			kind := string(g.Kind)
			if goldEnt[i] != nil {
				counts["actor found: "+kind]++
				continue
			}
			how := missedHow(g, pd.d.entList)
			counts["actor missed: "+kind+", "+how]++
			counts["actor missed: "+kind+", "+how+" (its relationship ends)"] += ends[i]
			if g.Kind == graph.Organization {
				shape := orgNameShape(g.Name)
				counts["actor missed: organization named "+shape]++
				counts["actor missed: organization named "+shape+" (its relationship ends)"] += ends[i]
			}
		}
	}
}

// missedHow tells what the extractor made of a gold actor the evaluation found no match for.
func missedHow(g graph.Entity, got []*entity) string {
	how := "not found"
	for _, e := range got {
		for _, n := range append([]string{e.name}, e.aliases...) {
			fn := graph.Fold(n)
			for _, gn := range append([]string{g.Name}, g.Aliases...) {
				fg := graph.Fold(gn)
				switch {
				case fn == fg:
					return "found as " + withArticle(string(e.kind))
				case strings.Contains(fn, fg) || strings.Contains(fg, fn):
					how = "an extracted name holds it or is held in it"
				}
			}
		}
	}
	return how
}

// orgNameShape classes an organisation's name: one word, with a head word of an organisation or a legal form
// (orgNameHeaded, the extractor's own tables), or several words with none.
func orgNameShape(name string) string {
	switch {
	case len(strings.Fields(name)) <= 1:
		return "by one word"
	case orgNameHeaded(name):
		return "with a head word"
	}
	return "by several words, no head word"
}

// falsePairEnds counts the false pairs of docs as the evaluation scores them, and those with an end that
// matches no gold actor (the evaluation names such an end by its id, "kind:slug").
func falsePairEnds(t *testing.T, docs []eval.Doc, counts map[string]int) {
	x := mustInternalExtractor(t)
	for _, dd := range docs {
		b, err := x.Extract(t.Context(), dd.Doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range eval.Score(dd.Gold, b).ExtraPairs {
			counts["false pairs"]++
			if slices.ContainsFunc(strings.Fields(p), func(w string) bool {
				k, _, ok := strings.Cut(w, ":")
				_, err := graph.ParseKind(k)
				return ok && err == nil
			}) {
				counts["false pair with an end no gold actor matches"]++
			}
		}
	}
}

// withArticle puts "a" or "an" before a kind's name.
func withArticle(kind string) string {
	if strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}
