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
	byConstruction := map[string]int{}
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
			construction := pairConstruction(c)
			byConstruction[construction]++
			if os.Getenv("ACTORGRAPH_PAIRS_PRINT") != "" {
				t.Logf("%s | %s | %s | %s > %s | %s [%s] :: %s", pd.Doc.Doc.ID, construction, shape, c.ea.name, c.eb.name, typ, detail, sentenceText(c.s))
			}
		}
	}
	t.Logf("positive candidates: %d", total)
	for _, k := range sortedByCount(byShape) {
		t.Logf("%4d  %s", byShape[k], k)
	}
	t.Logf("by construction:")
	for _, k := range sortedByCount(byConstruction) {
		t.Logf("%4d  %s", byConstruction[k], k)
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

// pairConstruction names the construction of English that relates the two actors of a candidate pair, a
// second reading beside pairShape: where pairShape names the first verb between the two, this names the
// clause structure that links them (a passive's agent, a list after "including" or a colon, a relative
// clause, a participle, a preposition after the verb's object, a counterpart...). The tests are tried in
// order and are heuristics over the tags, not a parse; TestPairShapes counts them.
func pairConstruction(c *pairCand) string {
	s, toks := c.s, c.s.toks
	lo, hi := c.a.j, c.b.i
	if hi <= lo {
		return "adjacent: modifier, compound or title"
	}
	actorAt := func(k int) *mention {
		if m := s.mentionAt(k); m != nil && (m.entity != nil || m.ref != "") {
			return m
		}
		return nil
	}
	// nominal reports whether tokens [i, j) hold only a noun phrase or a list of them: actors,
	// determiners, adjectives, nouns, numbers, possessives, commas and "and".
	nominal := func(i, j int) bool {
		for k := i; k < j; k++ {
			if m := actorAt(k); m != nil {
				k = max(k, m.j-1)
				continue
			}
			t := toks[k]
			switch {
			case t.lower == "," || t.lower == "and" || t.lower == "'s" || t.lower == "'" || t.lower == "(" || t.lower == ")":
			case t.tag == "DT" || t.tag == "PRP$" || t.tag == "CD" || strings.HasPrefix(t.tag, "JJ") || strings.HasPrefix(t.tag, "NN") || t.tag == "POS":
			default:
				return false
			}
		}
		return true
	}
	var verbs, rels, preps []int
	reported, counterpart := false, false
	listMark := ""
	for k := lo; k < hi; k++ {
		if m := actorAt(k); m != nil {
			k = max(k, m.j-1)
			continue
		}
		t := toks[k]
		switch {
		case t.lower == "counterpart" || t.lower == "counterparts":
			counterpart = true
		case t.lower == ":" || t.lower == "including" || t.lower == "among" || t.lower == "like" ||
			t.lower == "such" && k+1 < len(toks) && toks[k+1].lower == "as" ||
			t.lower == "along" && k+1 < len(toks) && toks[k+1].lower == "with" || t.lower == "alongside":
			if nominal(k+1, hi) {
				listMark = t.lower
			}
		}
		switch {
		case t.tag == "WDT" || t.tag == "WP" || t.tag == "WP$" || t.tag == "WRB" && t.lower == "where":
			rels = append(rels, k)
		case reportingVerbs[t.lower] || t.lower == "told" || t.lower == "tells":
			reported = true
		case isVerbTag(t.tag) && !auxiliaries[t.lower]:
			verbs = append(verbs, k)
		case t.tag == "IN" || t.lower == "to":
			preps = append(preps, k)
		}
	}
	// A passive's agent: "by" with only a noun phrase or a list between it and the second actor, and a
	// participle before it.
	for _, k := range preps {
		if toks[k].lower == "by" && nominal(k+1, hi) {
			for v := k - 1; v >= lo && v >= k-4; v-- {
				if toks[v].tag == "VBN" || toks[v].tag == "VBD" {
					if v > lo && (toks[v-1].lower == "," || strings.HasPrefix(toks[v-1].tag, "NN")) {
						return "passive agent, reduced relative (X, led by Y)"
					}
					return "passive agent (was signed by A and B; X is owned by Y)"
				}
			}
		}
	}
	switch {
	case listMark != "":
		return "list after " + listMark + " (A ... including B, C)"
	case counterpart:
		return "counterpart (his Turkish counterpart, Y)"
	case len(rels) > 0 && len(verbs) > 0:
		return "relative clause between (A, which/who ... B)"
	case reported:
		return "reported speech between (A said (that) ... B)"
	}
	if len(verbs) > 0 {
		v := verbs[0]
		t := toks[v]
		if (t.tag == "VBN" || t.tag == "VBG") && v > lo && (toks[v-1].lower == "," || strings.HasPrefix(toks[v-1].tag, "NN")) && !auxiliaries[toks[v-1].lower] {
			return "participle modifying a noun (X, based in Y; the firm building Y)"
		}
		if len(verbs) > 1 {
			return "two verbs or more between (clauses apart)"
		}
		// The verb's object, then a preposition before the second actor: "signed a contract with Y".
		for _, k := range preps {
			if k > v+1 && nominal(v+1, k) && nominal(k+1, hi) {
				return "object, then a preposition before the second (V a N with Y)"
			}
		}
		if nominal(v+1, hi) {
			return "one verb, the second its object (frame missed)"
		}
		return "one verb, other words between"
	}
	switch {
	case toks[lo].lower == "," || toks[lo].lower == "(" || toks[lo].lower == "-" || toks[lo].lower == "--":
		return "apposition, no verb (A, the N of B)"
	case c.a.poss:
		return "possessive, no verb (A's N, B; A's N with B)"
	case nominal(lo, hi):
		return "list or noun phrase, no verb (A and B; between A and B)"
	}
	return "preposition phrase, no verb (A in B; the N of A with B)"
}
