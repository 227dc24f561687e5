package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestMissedPlaces lists the development split's gold places the extractor misses, by what it made of the same
// words (nothing, a person, an organisation, a longer or shorter name: missedHow) and by the words around
// their first mention: the lower-case word before it and the one after. Development articles only.
//
//	ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run 'TestMissedPlaces$' -v
func TestMissedPlaces(t *testing.T) {
	skipUnlessAnalysing(t)
	byHow, byBefore, byAfter := map[string]int{}, map[string]int{}, map[string]int{}
	for _, pd := range pairDocsOf(t, devSplit(t)) {
		goldEnt, _ := matchGold(pd)
		for i, g := range pd.Gold.Entities {
			if g.Kind != graph.Place || goldEnt[i] != nil {
				continue
			}
			how := missedHow(g, pd.d.entList)
			before, after := wordsAround(pd.Doc.Doc.Text, g.Name)
			byHow[how]++
			byBefore[before]++
			byAfter[after]++
			t.Logf("%-50s %-40q %-14s | %s", how, g.Name, before, after)
		}
	}
	for _, m := range []map[string]int{byHow, byBefore, byAfter} {
		for _, k := range sortedKeys(m) {
			t.Logf("%4d %s", m[k], k)
		}
		t.Log("")
	}
}

// wordsAround returns the word before name's first occurrence in text and the word after it, lower-cased ("" at
// a line's edge, "?" when the name is not written as such).
func wordsAround(text, name string) (string, string) {
	i := strings.Index(text, name)
	if i < 0 {
		return "?", "?"
	}
	pre := strings.Fields(text[max(0, i-40):i])
	post := strings.Fields(text[i+len(name) : min(len(text), i+len(name)+40)])
	before, after := "", ""
	if len(pre) > 0 && !strings.HasSuffix(text[:i], "\n") {
		before = strings.ToLower(pre[len(pre)-1])
	}
	if len(post) > 0 {
		after = strings.ToLower(post[0])
	}
	return before, after
}
