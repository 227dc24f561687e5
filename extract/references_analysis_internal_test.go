package extract

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestReferenceAnalysis lists the development split's missed gold fact pairs whose two actors no evidence
// sentence names together, and counts them by what stands for the actor the sentence does not name: a
// pronoun, a description ("the country", "the bloc"), a title alone ("the president"), "the two countries",
// evidence over two sentences, or other; and, for a reference the extractor marked, what it resolved to:
// ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run TestReferenceAnalysis -v (ACTORGRAPH_PAIRS_PRINT=1 lists
// each pair with its sentence). Development split only.
func TestReferenceAnalysis(t *testing.T) {
	skipUnlessAnalysing(t)
	counts := map[string]int{}
	for _, pd := range pairDocs(t) {
		d := pd.d
		goldEnt, goldIdx := matchGold(pd)
		type pk struct{ a, b *entity }
		related, candPos := map[pk]bool{}, map[pk]bool{}
		for _, r := range d.rels {
			if r.conf >= KeepAbove {
				related[pk{r.from, r.to}], related[pk{r.to, r.from}] = true, true
			}
		}
		for i, c := range pd.cands {
			if pd.labels[i] == 1 {
				candPos[pk{c.ea, c.eb}], candPos[pk{c.eb, c.ea}] = true, true
			}
		}
		type gp struct{ a, b int }
		seen := map[gp]bool{}
		for _, r := range pd.Gold.Relations {
			a, b := goldIdx[r.From], goldIdx[r.To]
			k := gp{min(a, b), max(a, b)}
			if isGoldClaim(r) || seen[k] {
				continue
			}
			seen[k] = true
			ea, eb := goldEnt[a], goldEnt[b]
			if ea == nil || eb == nil || related[pk{ea, eb}] || candPos[pk{ea, eb}] {
				continue
			}
			class, text, ok := referenceClass(d, r, ea, eb)
			if !ok {
				continue // named together somewhere: another class of the pairs analysis
			}
			key := class
			if i := strings.Index(class, "(unmarked"); i >= 0 {
				key = class[:strings.Index(class, ")")+1] // the head words vary; the list gives them
			}
			if i := strings.Index(key, " ("); i >= 0 && strings.Contains(key, "another actor") {
				key = key[:i] + " [" + kindLetter(ea.kind) + kindLetter(eb.kind) + "]" // the list names it
			}
			counts[key]++
			counts["all"]++
			counts["class: "+topClass(class)]++
			if i := strings.Index(class, " / "); i >= 0 {
				outcome := class[i+3:]
				outcome = outcome[:strings.IndexAny(outcome, "([")]
				counts["outcome: "+strings.TrimSpace(outcome)]++
			}
			if os.Getenv("ACTORGRAPH_PAIRS_PRINT") != "" {
				t.Logf("%s | %s %s %s | %s", class, ea.name, r.Type, eb.name, text)
			}
		}
	}
	for _, k := range sortedKeys(counts) {
		t.Logf("%-70s %d", k, counts[k])
	}
}

// topClass names the class a pair's fine class belongs to: what stands for the actor, without the word.
func topClass(class string) string {
	for _, c := range []struct{ prefix, name string }{
		{"pronoun", "a pronoun"}, {"title", "a title alone"}, {"description (unmarked, an event)", "an event noun (its parties)"},
		{"description (unmarked)", "a description, other noun"},
		{"description", "a description, reference noun"}, {"two:", "the two ..."},
		{"evidence over two", "evidence over two sentences"}, {"neither", "neither named in the sentence"},
	} {
		if strings.HasPrefix(class, c.prefix) {
			return c.name
		}
	}
	return "other"
}

// analysisPronouns are the pronouns the analysis counts, by the kinds of actor each may stand for.
var analysisPronouns = map[string]string{
	"he": "P", "she": "P", "him": "P", "his": "P", "her": "P",
	"it": "SO", "its": "SO", "they": "PSO", "their": "PSO", "them": "PSO",
}

// referenceClass says what stands, in the gold's evidence, for the actor it does not name; ok is false when
// an evidence sentence names both.
func referenceClass(d *reading, r graph.Relation, ea, eb *entity) (class, text string, ok bool) {
	var sents []*sentence
	for _, ev := range r.Evidence {
		text = ev.Text
		for _, s := range d.sents {
			s0, s1 := d.text.origRange(s.start, s.end)
			if ev.Start < s1 && s0 < ev.End {
				sents = append(sents, s)
			}
		}
	}
	names := func(s *sentence, e *entity) bool {
		for _, m := range s.ments {
			if d.actorOf(m, false) == e {
				return true
			}
		}
		return false
	}
	for _, s := range sents {
		if names(s, ea) && names(s, eb) {
			return "", "", false
		}
	}
	if len(r.Evidence) == 0 || len(sents) == 0 {
		return "no evidence sentence", text, true
	}
	if len(sents) > 1 {
		return "evidence over two sentences", text, true
	}
	s := sents[0]
	var missing *entity
	switch na, nb := names(s, ea), names(s, eb); {
	case na && !nb:
		missing = eb
	case nb && !na:
		missing = ea
	default:
		return "neither named in the sentence", text, true
	}
	class, at := standIn(d, s, missing)
	return class + referenceOutcome(d, s, at, missing) + " [" + kindLetter(missing.kind) + "]", text, true
}

// standIn finds what in the sentence stands for the actor it does not name: first a reference the extractor
// marked that names neither actor, then a pronoun that fits the actor's kind, then a title or a description
// of a reference noun, then any other definite description; "other" when there is none.
func standIn(d *reading, s *sentence, missing *entity) (string, int) {
	for _, m := range s.ments {
		if m.ref != "" && d.actorOf(m, false) != missing {
			if c := wordClass(s, m.i, missing); c != "" {
				return c, m.i
			}
			if m.i > 0 {
				if c := wordClass(s, m.i-1, missing); c != "" {
					return c, m.i - 1
				}
			}
		}
	}
	for _, marked := range []bool{true, false} {
		for k := range s.toks {
			if c := wordClass(s, k, missing); c != "" && marked != strings.Contains(c, "unmarked") {
				return c, k
			}
		}
	}
	return "other", -1
}

// wordClass names the pronoun or definite description at k, "" when there is none or the pronoun does not
// fit the missing actor's kind.
func wordClass(s *sentence, k int, missing *entity) string {
	t := s.toks[k]
	if kinds, ok := analysisPronouns[t.lower]; ok {
		if strings.Contains(kinds, kindLetter(missing.kind)) {
			return "pronoun " + t.lower
		}
		return ""
	}
	return descriptionClass(s, k)
}

// descriptionClass names the definite description opening at token k ("the president", "the two
// countries", "the foreign minister"): a title when its words make one, else its head noun; "" when none.
func descriptionClass(s *sentence, k int) string {
	toks := s.toks
	if det := toks[k].lower; det != "the" && det != "both" && det != "this" && det != "that" {
		return ""
	}
	var words []string
	for i := k + 1; i < len(toks) && i <= k+4; i++ {
		t := toks[i]
		if t.isCap() || !(strings.HasPrefix(t.tag, "NN") || t.tag == "JJ" || t.tag == "CD" || t.tag == "VBN") {
			break
		}
		words = append(words, t.lower)
	}
	for n := len(words); n > 0; n-- {
		phrase := strings.Join(words[:n], " ")
		if _, ok := titles[phrase]; ok {
			return "title: the " + phrase
		}
		if n < len(words) && strings.HasPrefix(toks[k+1+n].tag, "NN") {
			continue
		}
		if strings.HasPrefix(toks[k+n].tag, "NN") {
			head := words[n-1]
			if words[0] == "two" {
				return "two: the two " + head
			}
			if _, ok := referenceNoun(head); ok {
				return "description: the " + head
			}
			if _, ok := eventNouns[head]; ok {
				return "description (unmarked, an event): the " + head
			}
			return "description (unmarked): the " + head
		}
	}
	return ""
}

// referenceOutcome says what the extractor made of the word at k: no reference, a reference left
// unresolved, or one resolved to another actor or to the right one.
func referenceOutcome(d *reading, s *sentence, k int, missing *entity) string {
	if k < 0 {
		return ""
	}
	var m *mention
	for i := k; i < len(s.toks) && i <= k+4; i++ {
		if x := s.mentionAt(i); x != nil && x.ref != "" {
			m = x
			break
		}
	}
	switch e := d.actorOf(m, false); {
	case m == nil:
		return " / no reference"
	case e == nil:
		return " / unresolved"
	case e == missing || slices.Contains(m.alts, missing):
		return " / resolved right"
	default:
		return " / resolved to another actor (" + e.name + ")"
	}
}
