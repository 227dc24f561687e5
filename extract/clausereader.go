package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// The clause reader splits a tagged sentence into its clauses, deterministically and in one pass over the
// tokens: the main clause, clauses coordinated with their own verb ("and later met"), relative clauses
// ("who arrived", "which Congo accuses"), participial phrases (", ending", ", backed by"), adverbial
// clauses ("while", "after", "as", "when", "before", "since", "because"...), asides in parentheses or
// between dashes, quotations and reported speech ("X said (that) ..."). Each clause has its verb and its
// subject: its own, or carried from the clause it hangs on (a coordinated or participial clause has its
// parent's subject; a relative clause has its head noun). It is read from part-of-speech tags, not parsed,
// so it errs where the tags do; what it decides is what the relationship finders and the pair classifier
// use to keep two actors of different clauses apart.

// clauseKind says how a clause hangs on the sentence.
type clauseKind uint8

const (
	clauseMain        clauseKind = iota // the sentence's own clause, or one after a semicolon
	clauseCoordinated                   // "and signed", "but refused", ", and Iran condemned"
	clauseRelative                      // "who arrived", "which hosted", "that Iran signed"
	clauseParticipial                   // ", ending months of dispute", "Backed by Russia,"
	clauseAdverbial                     // "while Egypt mediated", "after signing", "because the talks failed"
	clauseAside                         // "(...)", "— ... —"
	clauseQuote                         // a quotation
	clauseReported                      // what a reporting verb reports: "said (that) ...", "..., X said"
)

var clauseKindNames = [...]string{clauseMain: "main", clauseCoordinated: "coordinated", clauseRelative: "relative",
	clauseParticipial: "participial", clauseAdverbial: "adverbial", clauseAside: "aside", clauseQuote: "quote",
	clauseReported: "reported"}

func (k clauseKind) String() string { return clauseKindNames[k] }

// clause is one clause of a sentence. Its tokens are those whose clauseAt index is the clause's; a clause
// that an aside interrupts goes on after it.
type clause struct {
	kind   clauseKind
	parent int // the clause it hangs on; -1 for the first
	// verb is the head of its first verb group (the last verb of "had been accused"), -1 when it has none;
	// verbEnd is the token after that group.
	verb, verbEnd int
	// subjs are the actors its verb is said of: its own subject with the actors coordinated with it, or
	// carried from another clause (own is false); none when the subject is no actor or the clause has none.
	subjs []*mention
	own   bool // the subject, actor or not, stands in the clause itself
	// head is the noun a relative clause describes; when the clause has a subject of its own ("which Congo
	// accuses"), head is its verb's object.
	head  *mention
	comma bool // opened after a comma: the next comma closes it
	dash  bool // an aside opened by a dash (the next dash closes it) rather than a parenthesis
}

// The words that open clauses.
var (
	// relativePronouns open a relative clause.
	relativePronouns = words("who|which|whom|whose|where")
	// clauseReporting are the reporting verbs whose object is a clause: "said", "told reporters that".
	clauseReporting = verbSet("say|tell|add|announce|warn|state|insist|confirm|claim|argue|note|declare|allege|report|stress|" +
		"write|tweet|acknowledge|admit|deny|believe|suspect|say|agree|vow|pledge|reveal|explain|recall")
)

// clauseReach bounds how far past a word that may open a clause the reader looks for the clause's verb: a
// clause's verb comes within a few words of its opener in news prose ("after the talks in Doha collapsed").
const clauseReach = 8

// reportedReach is how far past a reporting verb its "that" may stand: "told reporters in Nairobi on Friday
// that".
const reportedReach = 7

// readClauses fills s.clauses and s.clauseAt.
func (s *sentence) readClauses() {
	r := clauseReader{s: s}
	s.clauses = s.clauses[:0]
	s.clauseAt = make([]int, len(s.toks))
	r.open(clauseMain, -1, 0)
	for i := 0; i < len(s.toks); i++ {
		i = r.step(i)
	}
	s.finishClauses()
}

// clauseReader holds the clauses open at a token, innermost last.
type clauseReader struct {
	s     *sentence
	stack []int
}

func (r *clauseReader) top() int { return r.stack[len(r.stack)-1] }

// open starts a clause of the kind at token i, hung on parent, and makes it the innermost.
func (r *clauseReader) open(kind clauseKind, parent, i int) *clause {
	r.s.clauses = append(r.s.clauses, clause{kind: kind, parent: parent, verb: -1, verbEnd: -1})
	r.stack = append(r.stack, len(r.s.clauses)-1)
	return &r.s.clauses[len(r.s.clauses)-1]
}

// pop closes the innermost clause, never the first.
func (r *clauseReader) pop() {
	if len(r.stack) > 1 {
		r.stack = r.stack[:len(r.stack)-1]
	}
}

// closeCommaClauses closes the clauses a comma ends: relative, participial and adverbial clauses opened
// after a comma or at the start of the sentence.
func (r *clauseReader) closeCommaClauses() {
	for len(r.stack) > 1 {
		c := &r.s.clauses[r.top()]
		if c.kind == clauseAside || c.kind == clauseQuote || c.kind == clauseMain || c.kind == clauseCoordinated && !c.comma ||
			c.kind == clauseReported && !c.comma {
			return
		}
		r.pop()
	}
}

// step reads token i and returns the last token it consumed.
func (r *clauseReader) step(i int) int {
	s := r.s
	t := s.toks[i]
	switch {
	case t.lower == "(" && !acronymParen(s, i):
		r.open(clauseAside, r.top(), i)
	case t.lower == ")" && r.inside(clauseAside, false):
		r.closeTo(clauseAside, false)
		s.clauseAt[i] = r.top()
		return i
	case t.lower == "—" || t.lower == "--":
		if r.inside(clauseAside, true) {
			r.closeTo(clauseAside, true)
			s.clauseAt[i] = r.top()
			return i
		}
		c := r.open(clauseAside, r.top(), i)
		c.dash = true
	case t.text == "\"" || t.text == "“" || t.text == "”":
		if r.inside(clauseQuote, false) && (i > 0 || t.text != "“") {
			r.closeTo(clauseQuote, false)
			s.clauseAt[i] = r.top()
			return i
		}
		r.open(clauseQuote, r.top(), i)
	case t.lower == ";":
		for len(r.stack) > 1 && s.clauses[r.top()].kind != clauseQuote && s.clauses[r.top()].kind != clauseAside {
			r.pop()
		}
		s.clauseAt[i] = r.top()
		r.open(clauseMain, r.top(), i+1)
		return i
	case t.lower == ",":
		r.closeCommaClauses()
		s.clauseAt[i] = r.top()
		r.afterComma(i)
		return i
	}
	s.clauseAt[i] = r.top()
	r.opener(i)
	return i
}

// inside reports whether a clause of the kind (a dash aside when dash) is open.
func (r *clauseReader) inside(kind clauseKind, dash bool) bool {
	for _, c := range r.stack[1:] {
		if r.s.clauses[c].kind == kind && r.s.clauses[c].dash == dash {
			return true
		}
	}
	return false
}

// closeTo closes the clauses up to and including the innermost of the kind.
func (r *clauseReader) closeTo(kind clauseKind, dash bool) {
	for len(r.stack) > 1 {
		c := r.s.clauses[r.top()]
		r.pop()
		if c.kind == kind && c.dash == dash {
			return
		}
	}
}

// afterComma opens the clause that the words after the comma at i start: a participle, a relative pronoun,
// a subordinator, a coordinated clause with its own subject, or a speaker with a reporting verb ("..., X
// said"), which makes what came before reported speech.
func (r *clauseReader) afterComma(i int) {
	s := r.s
	n := i + 1
	if n >= len(s.toks) {
		return
	}
	if r.trailingSpeaker(n) {
		r.reportBefore(i) // "..., the ministry said", "..., he said", "..., said Ruto"
		return
	}
	if r.reducedRelative(n) {
		c := r.open(clauseRelative, r.top(), n)
		c.comma = true
		s.clauseAt[n] = r.top()
		return
	}
	r.participle(n)
}

// reducedRelative reports whether an apposition with a relative clause of its own subject starts at token
// n: "..., a charge the UAE denies", "..., a deal Moscow rejected".
func (r *clauseReader) reducedRelative(n int) bool {
	s := r.s
	if s.at[n] >= 0 || !determiners[s.toks[n].lower] {
		return false
	}
	k := n + 1
	for k < len(s.toks) && k < n+4 && s.at[k] < 0 && (s.toks[k].tag == "JJ" || s.toks[k].tag == "NN" || s.toks[k].tag == "NNS") {
		k++
	}
	if k == n+1 || k+1 >= len(s.toks) {
		return false
	}
	if s.at[k] < 0 && determiners[s.toks[k].lower] {
		k++ // "a charge the UAE denies"
	}
	if s.at[k] < 0 && s.toks[k].tag != "PRP" {
		return false
	}
	if subjectThenVerb(s, k) {
		return true
	}
	// "a charge the UAE denies.": the tagger reads a verb in -s that ends the sentence as a plural noun
	e := k + 1
	if m := s.mentionAt(k); m != nil {
		e = m.j
	}
	return e+1 < len(s.toks) && s.toks[e].tag == "NNS" && (s.toks[e+1].lower == "." || s.toks[e+1].lower == ",")
}

// participle opens a participial clause at token n when a participle stands there: after a comma, or at
// the start of the sentence ("Backed by Russia, the junta ...").
func (r *clauseReader) participle(n int) {
	t := r.s.toks[n]
	if r.s.at[n] < 0 && (t.tag == "VBG" || t.tag == "VBN") && !nonClauseParticiples[t.lower] {
		c := r.open(clauseParticipial, r.top(), n)
		c.comma = true
		r.s.clauseAt[n] = r.top()
	}
}

// nonClauseParticiples are participles that open a phrase, not a clause: "according to", "including".
var nonClauseParticiples = words("according|including|excluding|regarding|concerning|following|compared|given|notwithstanding")

// trailingSpeaker reports whether the words from n are a speaker and a reporting verb that end the
// sentence or are followed only by when and where they said it: "..., Ruto said on Friday.", "..., said
// the ministry."
func (r *clauseReader) trailingSpeaker(n int) bool {
	s := r.s
	if r.s.clauses[r.stack[0]].verb < 0 {
		return false // "In Nairobi, Ruto said": nothing reported before the comma
	}
	k, seenVerb, seenNoun := n, false, false
	for ; k < len(s.toks) && k < n+clauseReach; k++ {
		t := s.toks[k]
		if s.at[k] >= 0 || strings.HasPrefix(t.tag, "NN") || t.tag == "PRP" {
			if m := s.mentionAt(k); m != nil {
				k = m.j - 1
			}
			seenNoun = true
			continue
		}
		if reportingAt(s, k) && !seenVerb {
			seenVerb = true
			continue
		}
		if determiners[t.lower] || t.tag == "JJ" || t.tag == "RB" || t.tag == "POS" || t.lower == "'s" {
			continue
		}
		break
	}
	if !seenVerb || !seenNoun {
		return false
	}
	// what follows the speaker is when, where or to whom it was said, then the end
	for ; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.lower == "." || t.lower == "," || t.lower == "in" || t.lower == "on" || t.lower == "at" || t.lower == "to" ||
			t.lower == "from" || t.lower == "during" || strings.HasPrefix(t.tag, "NN") || t.tag == "DT" || t.tag == "JJ" ||
			t.tag == "CD" || t.tag == "PRP$" || s.at[k] >= 0 || t.text == "\"" {
			continue
		}
		return false
	}
	return true
}

// reportBefore makes the first clause, up to the comma at i, reported speech, and opens the speaker's
// clause after it as the sentence's main clause.
func (r *clauseReader) reportBefore(i int) {
	s := r.s
	r.stack = r.stack[:1]
	first := r.top()
	r.open(clauseMain, -1, i+1)
	s.clauses[first].kind = clauseReported
	s.clauses[first].parent = r.top()
	// the speaker's clause is the sentence's main clause now: the first must come after it in the stack
	r.stack = []int{r.top()}
}

// opener reads token i as the start of a clause it may open, and as its verb.
func (r *clauseReader) opener(i int) {
	s := r.s
	t := s.toks[i]
	if i == 0 || i == 1 && s.toks[0].text == "\"" {
		r.participle(i)
	}
	c := &s.clauses[r.top()]
	if s.at[i] < 0 && (isVerbTag(t.tag) || nounReadAsVerb(s, i)) {
		r.verbAt(i)
		return
	}
	switch {
	case quantifierOpensRelative(s.toks, i):
		// ", both of whom border", ", none of which signed": the relative clause opens at the quantifier
		n := r.open(clauseRelative, r.top(), i)
		n.comma = true
		n.head = relativeHead(s, i)
		s.clauseAt[i] = r.top()
	case relativePronouns[t.lower] && i > 0 && (s.toks[i-1].lower == "," || s.at[i-1] >= 0 || strings.HasPrefix(s.toks[i-1].tag, "NN")):
		if t.lower == "where" && (i == 0 || s.toks[i-1].lower != ",") {
			return
		}
		n := r.open(clauseRelative, r.top(), i)
		n.comma = i > 0 && s.toks[i-1].lower == ","
		n.head = relativeHead(s, i)
		s.clauseAt[i] = r.top()
	case t.lower == "that" && i > 0 && thatOpensClause(s, i):
		kind := clauseReported
		if p := s.toks[i-1]; (strings.HasPrefix(p.tag, "NN") || s.at[i-1] >= 0) && !(c.verb >= 0 && reportingAt(s, c.verb) && i-c.verbEnd < reportedReach) {
			kind = clauseRelative
		} else if c.verb < 0 {
			return // "That deal ...": a determiner
		}
		n := r.open(kind, r.top(), i)
		if kind == clauseRelative {
			n.head = relativeHead(s, i)
		}
		s.clauseAt[i] = r.top()
	case subordinators[t.lower] && verbAhead(s, i+1):
		n := r.open(clauseAdverbial, r.top(), i)
		n.comma = true
		s.clauseAt[i] = r.top()
	case (t.lower == "and" || t.lower == "but") && c.verb >= 0 && coordinatedClauseAt(s, i+1):
		parent := r.top()
		if i > 0 && s.toks[i-1].lower == "," {
			r.closeCommaClauses()
			parent = r.top()
		}
		// the coordinated clause hangs on the clause whose verb it pairs with, and carries its subject
		n := r.open(clauseCoordinated, parent, i)
		n.comma = s.clauses[parent].comma
		s.clauseAt[i] = r.top()
	}
}

// verbAt records token i as a verb of the innermost clause: the first verb group is the clause's; a
// finite verb after it ends a relative clause with no comma ("officials who met Putin said"), whose verb
// then belongs to the clause it hangs on.
func (r *clauseReader) verbAt(i int) {
	s := r.s
	c := &s.clauses[r.top()]
	if c.verb >= 0 && i > c.verbEnd && c.kind == clauseRelative && !c.comma && finiteTag(s.toks[i].tag) &&
		s.toks[i-1].lower != "and" && s.toks[i-1].lower != "or" && s.toks[i-1].lower != "to" {
		r.pop()
		s.clauseAt[i] = r.top()
		c = &s.clauses[r.top()]
	}
	if c.verb >= 0 {
		return // a later verb of the clause: an infinitive, a participle, a verb its tags misread
	}
	if i+1 < len(s.toks) && s.toks[i+1].lower == "by" && strings.HasSuffix(s.toks[i].lower, "ed") && reducedAfterNoun(s, i) {
		return // "a delegation led by X arrived": the participle qualifies the noun; the clause's verb is later
	}
	c.verb, c.verbEnd = i, i+1
	for j := i + 1; j < len(s.toks); j++ {
		t := s.toks[j]
		if s.at[j] >= 0 || !isVerbTag(t.tag) && !(t.tag == "RB" && j+1 < len(s.toks) && isVerbTag(s.toks[j+1].tag)) {
			break
		}
		if reportingAt(s, c.verb) && t.tag != "RB" {
			break // "which North Korea said tested": what is said is a clause of its own
		}
		if isVerbTag(t.tag) && !(t.tag == "VBG" && j > i+1 && !auxiliaries[s.toks[j-1].lower]) {
			c.verb = j
		}
		c.verbEnd = j + 1
	}
	if reportingAt(s, c.verb) {
		r.openReported(c.verbEnd)
	}
}

// openReported opens the clause a reporting verb ending at token end reports, when one follows: at its
// "that" within reach, or at once when a subject and a verb follow ("said Ethiopia had attacked").
func (r *clauseReader) openReported(end int) {
	s := r.s
	for k := end; k < len(s.toks) && k < end+reportedReach; k++ {
		t := s.toks[k]
		if t.lower == "that" {
			if k+1 < len(s.toks) && !verbAhead(s, k+1) {
				return
			}
			return // the "that" opens the clause when the reader reaches it (opener)
		}
		if t.lower == "," || t.lower == "." || t.lower == "\"" || t.lower == ";" || isVerbTag(t.tag) && s.at[k] < 0 {
			break
		}
	}
	if end < len(s.toks) && (subjectThenVerb(s, end) || isVerbTag(s.toks[end].tag) && s.at[end] < 0) {
		// "said Ethiopia had attacked", "which North Korea said tested": the reader has not reached the
		// clause's first token yet, so it opens now
		r.open(clauseReported, r.top(), end)
	}
}

// finishClauses fills each clause's subjects: its own; else, for a relative clause, its head; else, for a
// coordinated, participial or adverbial clause, or one reported by a relative clause, the subjects of the
// clause it hangs on.
func (s *sentence) finishClauses() {
	for ci := range s.clauses {
		c := &s.clauses[ci]
		if c.verb < 0 {
			continue
		}
		c.subjs, c.own = ownSubjects(s, ci, c.verb)
		if c.kind == clauseRelative && c.head != nil && (len(c.subjs) == 1 && relativeSubjects[c.subjs[0].ref] ||
			s.toks[firstToken(s, ci)].lower == "whose") {
			c.subjs, c.own = []*mention{c.head}, false // "which hosted", "whose police lead"
		}
		if c.kind == clauseRelative && c.head != nil {
			if f := firstToken(s, ci); quantifierOpensRelative(s.toks, f) {
				// ", both of whom border": the pronoun, which stands for the whole list, else the head
				c.subjs, c.own = []*mention{c.head}, false
				if m := s.mentionAt(f + 2); m != nil && m.entity != nil {
					c.subjs = []*mention{m}
				}
			}
		}
		if len(c.subjs) == 0 && !c.own && c.kind != clauseParticipial && invertingVerbs[s.toks[c.verb].lower] && c.verbEnd < len(s.toks) {
			if m := s.mentionAt(c.verbEnd); m != nil && !governed(m) && !verbAt(s, m.j) {
				c.subjs, c.own = []*mention{m}, true // "said Ruto", "said the ministry"
			}
		}
	}
	for ci := range s.clauses {
		s.clauses[ci].subjs = carriedSubjects(s, ci, len(s.clauses))
	}
}

// carriedSubjects returns the subjects of clause ci, carried from the clauses it hangs on where it has
// none of its own; depth bounds the walk.
func carriedSubjects(s *sentence, ci, depth int) []*mention {
	c := &s.clauses[ci]
	if c.own || len(c.subjs) > 0 || c.verb < 0 || c.parent < 0 || depth == 0 {
		return c.subjs
	}
	p := &s.clauses[c.parent]
	switch {
	case c.kind == clauseCoordinated || c.kind == clauseParticipial || c.kind == clauseAdverbial:
		return carriedSubjects(s, c.parent, depth-1)
	case c.kind == clauseReported && p.kind == clauseRelative && p.head != nil:
		return []*mention{p.head} // "the launch, which North Korea said tested"
	}
	return nil
}

// firstToken returns the first token of clause ci.
func firstToken(s *sentence, ci int) int {
	for k, c := range s.clauseAt {
		if c == ci {
			return k
		}
	}
	return 0
}

// listWords join the actors of a coordinated subject: "Egypt, Qatar and the United States".
var listWords = words(",|and|or|the|both|as well as")

// standInSubjects stand for a subject named before: "after both refused", "all agreed".
var standInSubjects = words("both|all|each|neither|either|none|most|many|some|others|this|these|those")

// ownSubjects returns the actors standing as the subject of the verb at v within clause ci, before the
// verb: the nearest actor no preposition governs, with those coordinated with it. own reports whether the
// clause has a subject of its own, actor or not.
func ownSubjects(s *sentence, ci, v int) ([]*mention, bool) {
	var subjs []*mention
	own, listed := false, false
	for k := v - 1; k >= 0; k-- {
		if s.clauseAt[k] != ci {
			if isAncestor(s, ci, s.clauseAt[k]) {
				continue // an aside or relative clause inside this one
			}
			break
		}
		t := s.toks[k]
		if t.lower == "," && len(subjs) == 0 {
			if j := openingComma(s, k); j >= 0 && s.clauseAt[j] == ci {
				k, own = j, false // "Mahsa Amini, a 22-year-old Kurdish woman, died": past the apposition
				continue
			}
		}
		if m := s.mentionAt(k); m != nil {
			k = m.i
			if len(subjs) == 0 && ledGroup(s, m) && m.entity != nil {
				subjs, own = []*mention{m}, true // "a delegation led by Wang Yi arrived": the leader acts for it
				continue
			}
			if m.form == formDemonym && m.j < len(s.toks) && strings.HasPrefix(s.toks[m.j].tag, "NN") && s.at[m.j] < 0 &&
				!argNouns[s.toks[m.j].lower] {
				own = true // "a Kurdish woman": the demonym qualifies a noun that is no actor
				continue
			}
			if m.affix != "" || governed(m) || m.entity == nil && m.ref == "" || len(subjs) > 0 && !listed {
				if len(subjs) > 0 {
					break // "which Congo accuses": the pronoun is the object, Congo the subject
				}
				continue
			}
			subjs, own, listed = append([]*mention{m}, subjs...), true, false
			continue
		}
		if len(subjs) > 0 {
			if listWords[t.lower] {
				listed = listed || t.lower != "the" && t.lower != "both"
				continue
			}
			break
		}
		if t.isWord() && (strings.HasPrefix(t.tag, "NN") || t.tag == "PRP" || standInSubjects[t.lower]) {
			own = true // (a quotation mark is tagged as a noun)
		}
	}
	return subjs, own
}

// isAncestor reports whether clause a is an ancestor of clause b.
func isAncestor(s *sentence, a, b int) bool {
	for p := s.clauses[b].parent; p >= 0; p = s.clauses[p].parent {
		if p == a {
			return true
		}
	}
	return false
}

// clauseQuantifiers open a relative clause before "of which" or "of whom" after a comma: "both", "each",
// "all" take the whole list before them (relativeQuantifiers), "none" and "neither" negate it.
var clauseQuantifiers = words("both|each|all|none|neither")

// quantifierOpensRelative reports whether token i is a quantifier opening a relative clause: ", both of
// whom", ", none of which".
func quantifierOpensRelative(toks []tok, i int) bool {
	return i >= 1 && i+2 < len(toks) && toks[i-1].text == "," && clauseQuantifiers[toks[i].lower] &&
		toks[i+1].lower == "of" && (toks[i+2].lower == "which" || toks[i+2].lower == "whom")
}

// relativeHead returns the noun a relative pronoun at i describes: the actor right before it (past a
// comma), or the one before "of" ("President William Ruto of Kenya, who").
func relativeHead(s *sentence, i int) *mention {
	k := i - 1
	if k >= 0 && s.toks[k].lower == "," {
		k--
	}
	m := s.mentionAt(k)
	if m == nil {
		return namedBeforeHead(s, k)
	}
	if m.prep == "of" && m.i >= 2 {
		if h := s.mentionAt(m.i - 2); h != nil && s.toks[m.i-1].lower == "of" {
			return h
		}
	}
	return m
}

// headNounReach is how many lower-case nouns and adjectives may stand after the organisation's name that
// modifies them: "the M23 rebel group", "the ECOWAS regional bloc".
const headNounReach = 3

// namedBeforeHead returns the organisation named right before the common noun phrase that ends at token k, the
// head of a relative clause after them: "the M23 rebel group that seized Goma" is M23's act, "the Seleka
// rebel coalition that ousted President Bozize" Seleka's. A state or place before the nouns names no
// actor of the clause ("the Iran nuclear deal, which").
func namedBeforeHead(s *sentence, k int) *mention {
	if k < 0 || s.toks[k].tag != "NN" && s.toks[k].tag != "NNS" {
		return nil
	}
	j := k
	for j >= 0 && j > k-headNounReach && (s.toks[j].tag == "NN" || s.toks[j].tag == "NNS" || s.toks[j].tag == "JJ") &&
		s.at[j] < 0 && !s.toks[j].isCap() {
		j--
	}
	m := s.mentionAt(j)
	if m == nil || m.j != j+1 || m.poss || m.affix != "" || m.ref != "" || m.kindOf() != graph.Organization {
		return nil
	}
	return m
}

// thatOpensClause reports whether "that" at i opens a clause rather than pointing ("that deal"): a verb
// follows within reach.
func thatOpensClause(s *sentence, i int) bool {
	return verbAhead(s, i+1)
}

// verbAhead reports whether a finite verb or a participle standing for a clause ("after signing") follows
// token from before a punctuation mark, within clauseReach tokens.
func verbAhead(s *sentence, from int) bool {
	for k := from; k < len(s.toks) && k < from+clauseReach; k++ {
		t := s.toks[k]
		if t.lower == "," || t.lower == "." || t.lower == ";" || t.lower == ":" || t.lower == "(" || t.lower == "—" ||
			k > from && (t.lower == "and" || t.lower == "but" || t.lower == "or") {
			return false // "as a stab in the back and accused": the verb is coordinated with the clause before
		}
		if s.at[k] >= 0 {
			continue
		}
		if finiteTag(t.tag) || k == from && t.tag == "VBG" || t.tag == "VBN" && k > from && auxiliaries[s.toks[k-1].lower] {
			return true
		}
	}
	return false
}

// subjectThenVerb reports whether a noun phrase starts at token k and a finite verb follows it: "said
// Ethiopia had attacked", "said the troops would leave".
func subjectThenVerb(s *sentence, k int) bool {
	t := s.toks[k]
	if !(s.at[k] >= 0 || determiners[t.lower] || t.tag == "PRP" || strings.HasPrefix(t.tag, "NN") || t.tag == "JJ") {
		return false
	}
	for j := k; j < len(s.toks) && j < k+clauseReach; j++ {
		if s.at[j] >= 0 {
			continue
		}
		tj := s.toks[j]
		if finiteTag(tj.tag) {
			return j > k
		}
		if !(determiners[tj.lower] || strings.HasPrefix(tj.tag, "NN") || tj.tag == "JJ" || tj.tag == "PRP" || tj.tag == "CD" ||
			tj.lower == "'s" || tj.tag == "POS") {
			return false
		}
	}
	return false
}

// coordinatedClauseAt reports whether a clause with a verb of its own starts at token k, after "and" or
// "but": a verb (past an adverb: "and later met"), or a subject and a finite verb ("and Iran condemned").
func coordinatedClauseAt(s *sentence, k int) bool {
	if k < len(s.toks) && s.toks[k].tag == "RB" && s.at[k] < 0 {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	if s.at[k] < 0 && (finiteTag(s.toks[k].tag) || s.toks[k].tag == "VBN") {
		return true
	}
	return subjectThenVerb(s, k)
}

// acronymParen reports whether the parenthesis at i holds only an acronym or a name's other form: "the
// Collective Security Treaty Organization (CSTO)".
func acronymParen(s *sentence, i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	if m := s.mentionAt(i + 1); m != nil && m.j < len(s.toks) && s.toks[m.j].lower == ")" {
		return true
	}
	return i+2 < len(s.toks) && s.toks[i+2].lower == ")"
}

// invertingVerbs put their speaker after them: "said Ruto", "added the ministry".
var invertingVerbs = words("said|says|added|adds|wrote|writes|asked|asks")

// reportingAt reports whether token k is a reporting verb that takes a clause.
func reportingAt(s *sentence, k int) bool {
	return k >= 0 && k < len(s.toks) && s.at[k] < 0 && isVerbTag(s.toks[k].tag) && clauseReporting[s.toks[k].lower]
}

// nounReadAsVerb reports whether a word the tagger took for a noun is the clause's verb: a predicate's verb
// standing where a verb does, right after its subject ("Laos borders Vietnam and joined ASEAN", "Russia
// supplies Syria with arms and signed"), as the frame finders read it (verbLike). Without it the clause had
// no verb, and the verb of the clause coordinated with it took the object before "and" as its subject.
func nounReadAsVerb(s *sentence, k int) bool {
	if !strings.HasPrefix(s.toks[k].tag, "NN") || !verbLike(s, k) {
		return false
	}
	for _, ph := range predicateIndex.fitting(s, k) {
		if ph.verb {
			return true
		}
	}
	return false
}

func isVerbTag(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

// finiteTag reports whether the tag is a finite verb's: past, present or modal.
func finiteTag(tag string) bool { return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" }

// clauseOf returns the clause token k belongs to, or nil before the clauses are read.
func (s *sentence) clauseOf(k int) *clause {
	if k < 0 || k >= len(s.clauseAt) {
		return nil
	}
	return &s.clauses[s.clauseAt[k]]
}

// subjectOf reports whether m is a subject, own or carried, of the clause c: the same mention, or one of
// the same entity.
func (c *clause) subjectOf(m *mention) bool {
	if c == nil || m == nil {
		return false
	}
	for _, x := range c.subjs {
		if x == m || x.entity != nil && x.entity == m.entity {
			return true
		}
	}
	return false
}

// subjectReaches reports whether m, found left of the predicate at k by the subject search, can be that
// predicate's subject by the clauses: it stands in the predicate's clause, or is the subject that clause
// carries, or the clause has no subject of its own and hangs on m's clause (a coordinated, participial
// or adverbial clause whose subject the reader found no actor for). True before the clauses are read.
func (s *sentence) subjectReaches(m *mention, k int) bool {
	if len(s.clauseAt) != len(s.toks) || k >= len(s.toks) {
		return true
	}
	ck, cm := s.clauseAt[k], s.clauseAt[m.i]
	c := &s.clauses[ck]
	if ck == cm || c.subjectOf(m) {
		return true
	}
	if c.kind == clauseRelative && isAncestor(s, cm, ck) {
		// "Lawmakers from the Democratic Center party, who accuse": the pronoun stands for an actor before
		// it, which the reader found no head for
		return c.head == nil && (len(c.subjs) == 0 || relativeSubjects[c.subjs[0].ref])
	}
	if c.own || len(c.subjs) > 0 {
		return false // its own subject, or one it carries, is someone else
	}
	switch c.kind {
	case clauseCoordinated, clauseParticipial, clauseAdverbial, clauseQuote:
		return isAncestor(s, cm, ck)
	case clauseReported:
		p := c.parent
		return p >= 0 && s.clauses[p].kind != clauseRelative && isAncestor(s, cm, ck)
	}
	return false
}
