package extract

import (
	"os"
	"strings"
	"testing"
)

// pairShape names what stands between the two actors of a candidate pair, read as a shape of English
// rather than as a sentence: a preposition phrase, an apposition, a list, a verb the lexicon has or lacks,
// a participle, a "between X and Y" noun, a title. detail is the word that decides the shape (the verb, the
// noun, the preposition).
func pairShape(c *pairCand) (shape, detail string) {
	s, toks := c.s, c.s.toks
	lo, hi := c.a.j, c.b.i
	if hi <= lo {
		return "adjacent (modifier, compound or title)", toks[lo-1].lower
	}
	var words []tok
	var at []int
	actorBetween := false
	for k := lo; k < hi; k++ {
		if m := s.mentionAt(k); m != nil && (m.entity != nil || m.ref != "") {
			actorBetween = true
			k = max(k, m.j-1)
			continue
		}
		words = append(words, toks[k])
		at = append(at, k)
	}
	listOnly := true
	for _, t := range words {
		if t.lower != "," && t.lower != "and" && t.lower != "or" && t.tag != "DT" && t.lower != "as" && t.lower != "well" {
			listOnly = false
		}
	}
	if c.a.i > 0 && toks[c.a.i-1].lower == "between" && listOnly {
		noun := "?"
		if c.a.i > 1 {
			noun = toks[c.a.i-2].lower
		}
		if len(predicateIndex.at(s, c.a.i-2)) > 0 {
			return "between X and Y: noun of the lexicon, not read", noun
		}
		return "between X and Y: noun the lexicon lacks", noun
	}
	if listOnly {
		return "list or coordination (A, B and C)", sharedVerb(c)
	}
	// The first verb between that is no auxiliary.
	verb := -1
	for i, t := range words {
		if isVerbTag(t.tag) && !auxiliaries[t.lower] {
			verb = i
			break
		}
	}
	title := ""
	for _, k := range at {
		if t, _, _ := titleAt(s, k); t != "" {
			title = t
			break
		}
	}
	apposition := words[0].lower == "," || words[0].lower == "(" || words[0].lower == "-" || words[0].lower == "--"
	switch {
	case verb < 0 && title != "" && apposition:
		return "apposition with a title (X, the president of Y)", title
	case verb < 0 && title != "":
		return "title between (X's president Y, X president Y)", title
	case verb < 0 && c.a.poss:
		return "possessive (X's noun Y)", firstNoun(words)
	case verb < 0 && apposition:
		return "apposition (X, a noun of Y)", firstNoun(words)
	case verb >= 0:
		k := at[verb]
		t := words[verb]
		if actorBetween {
			return "verb with another actor between", t.lower
		}
		if reportingVerbs[t.lower] {
			return "reporting verb between", t.lower
		}
		if lex := predicateIndex.at(s, k); len(lex) > 0 {
			return "verb of the lexicon, frame not read", lex[0].predicate.name
		}
		for _, k2 := range at[verb+1:] {
			if lex := predicateIndex.at(s, k2); len(lex) > 0 && !lex[0].verb {
				return "verb the lexicon lacks + noun of the lexicon", t.lower + " … " + lex[0].predicate.name
			}
		}
		if (t.tag == "VBN" || t.tag == "VBG") && (verb == 0 || words[verb-1].lower == ",") {
			return "participle the lexicon lacks", t.lower
		}
		return "verb the lexicon lacks", t.lower
	}
	for _, k := range at {
		if lex := predicateIndex.at(s, k); len(lex) > 0 {
			return "noun of the lexicon, frame not read", lex[0].predicate.name
		}
	}
	for _, t := range words {
		if prepositions[t.lower] || t.tag == "IN" || t.lower == "to" {
			return "preposition phrase, noun the lexicon lacks: " + t.lower, firstNoun(words)
		}
	}
	return "other", strings.Join(tokTexts(words), " ")
}

// sharedVerb is the verb a coordinated pair shares, as pairVerb finds it, or "-".
func sharedVerb(c *pairCand) string {
	if c.verb == c.a.i {
		return "-"
	}
	return c.s.toks[c.verb].lower
}

func firstNoun(ws []tok) string {
	for _, t := range ws {
		if strings.HasPrefix(t.tag, "NN") {
			return t.lower
		}
	}
	return "-"
}

func tokTexts(ws []tok) []string {
	var out []string
	for _, t := range ws {
		out = append(out, t.text)
	}
	return out
}

// TestPairShapes groups the development split's missed gold pairs that are positive candidates (both
// actors in one sentence that states the pair, no rule fired) by the shape of what stands between the two
// and by the gold's type: ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run TestPairShapes -v; with
// ACTORGRAPH_PAIRS_PRINT=1 every pair is listed with its sentence.
func TestPairShapes(t *testing.T) {
	skipUnlessAnalysing(t)
	docs := pairDocs(t)
	byShape := map[string]int{}
	byShapeType := map[string]int{}
	byDetail := map[string]int{}
	total := 0
	for _, pd := range docs {
		for i := range pd.cands {
			if pd.labels[i] != 1 {
				continue
			}
			c := &pd.cands[i]
			total++
			shape, detail := pairShape(c)
			typ := string(pd.class[i].typ)
			byShape[shape]++
			byShapeType[shape+" | "+typ]++
			byDetail[shape+" | "+detail]++
			if os.Getenv("ACTORGRAPH_PAIRS_PRINT") != "" {
				t.Logf("%s | %s | %s > %s | %s [%s] :: %s", pd.Doc.Doc.ID, shape, c.ea.name, c.eb.name, typ, detail, sentenceText(c.s))
			}
		}
	}
	t.Logf("positive candidates: %d", total)
	for _, k := range sortedByCount(byShape) {
		t.Logf("%4d  %s", byShape[k], k)
	}
	for _, k := range sortedByCount(byShapeType) {
		t.Logf("%4d  %s", byShapeType[k], k)
	}
	for _, k := range sortedByCount(byDetail) {
		if byDetail[k] > 1 {
			t.Logf("%4d  %s", byDetail[k], k)
		}
	}
}

func sentenceText(s *sentence) string {
	var b strings.Builder
	for i, t := range s.toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// sortedByCount returns the keys by count, highest first, then by name.
func sortedByCount(m map[string]int) []string {
	keys := sortedKeys(m)
	for a := 1; a < len(keys); a++ {
		for b := a; b > 0 && m[keys[b]] > m[keys[b-1]]; b-- {
			keys[b], keys[b-1] = keys[b-1], keys[b]
		}
	}
	return keys
}
