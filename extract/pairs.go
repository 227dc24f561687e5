package extract

import (
	"math"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// The pair classifier reads what the rules leave: two actors of one sentence that no rule related. Boosted
// trees (pairs_model.go, fitted on the development split by `go test ./extract -run TestTrainPairs
// -train`) estimate from the words and tags between and around them, the nearest verb and whether the
// lexicon knows it, their distance, order and kinds, the clauses they stand in, how often the article names
// each and the sentence's attribution whether an analyst would mark the pair; a multinomial logistic model
// picks the type and direction. The attribution
// code still decides claims: a negated or denied sentence gives nothing, a reported one gives a claim.

// pairReach bounds the tokens between two actors the classifier weighs: past it, in news prose, two actors
// of one sentence are related by a clause the rules read or not at all.
const pairReach = 24

// tagSeqReach is the longest stretch between two actors whose part-of-speech tags, in order, make one
// feature: short shapes such as ", DT NN IN" ("X, a spokesman for Y") recur; long ones do not.
const tagSeqReach = 5

// speakerReach is how far before a reporting verb its speaker may stand: "Issoufou told", "the ministry
// said in a statement on Friday" is written the other way round and left unattributed.
const speakerReach = 4

// verbReach is how far past the second actor, then before the first, the classifier looks for the verb the
// pair shares when none stands between them ("Russia and China signed").
const verbReach = 6

// contextReach is how many words before the first actor and after the second the classifier reads as a bag.
const contextReach = 3

// pairClass is one answer of the type model: a relationship type, and whether it runs from the second actor
// of the sentence to the first.
type pairClass struct {
	typ     graph.RelType
	reverse bool
}

// pairModel is the fitted classifier.
type pairModel struct {
	// threshold is the calibrated probability from which a pair is reported, chosen by cross-validation on
	// the development split as the one of best pair F1 among those whose added pairs are right at least
	// pairAddedPrecision of the time.
	threshold float64
	forest    pairForest
	classes   []pairClass
	// typeWeights holds, per feature, one weight per class.
	typeWeights map[string][]float64
}

// pairCand is a pair of actors of one sentence that the rules did not relate, with the classifier's inputs.
type pairCand struct {
	s        *sentence
	a, b     *mention // in the sentence's order
	ea, eb   *entity
	verb     int // the token the attribution is read at
	features []string
}

// prob is the model's calibrated estimate that an analyst marks the pair.
func (m *pairModel) prob(features []string) float64 { return m.forest.prob(features) }

// classify returns the classes ordered by score, best first.
func (m *pairModel) classify(features []string) []int {
	score := make([]float64, len(m.classes))
	for _, f := range features {
		for i, w := range m.typeWeights[f] {
			score[i] += w
		}
	}
	order := make([]int, len(m.classes))
	for i := range order {
		order[i] = i
	}
	// Insertion sort: a few dozen classes, and ties keep the classes' order, so the result is stable.
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && score[order[j]] > score[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	return order
}

// classifyPairs adds the relationships the pair classifier finds among the pairs no rule related.
func (d *reading) classifyPairs(m *pairModel) {
	if m.threshold > 1 {
		return // no probability reaches it: the candidates need not be read
	}
	for _, c := range d.pairCandidates() {
		if p := m.prob(c.features); p >= m.threshold {
			d.addPair(c, p, m)
		}
	}
}

// addPair records the relationship of a pair the classifier accepted, of the first type that fits the two
// actors, as a claim when the sentence reports it and not at all when it negates or denies it.
func (d *reading) addPair(c pairCand, p float64, m *pairModel) *rel {
	at := d.attribute(c.s, c.verb, c.verb+1, c.a.i)
	if at.how == denied {
		return nil
	}
	if at.how == asserted {
		if k := reportedBefore(c.s, c.verb); k >= 0 {
			at = attribution{how: claimed, speaker: speakerBefore(c.s, k)}
		}
	}
	for _, cl := range m.pairTypes(c) {
		from, to := c.ea, c.eb
		if cl.reverse {
			from, to = to, from
		}
		t, ok := underThreat(at, cl.typ)
		if !ok || !fits(t, from, to) {
			continue
		}
		r := d.addRel(from, to, t, c.s, "pair:"+strings.ToLower(string(t)), p)
		if r == nil {
			return nil
		}
		r.feat = relFeatures{family: familyPair, subjHow: argClause, objHow: argClause, distance: tokenDistance(c.a, c.b)}
		// Reported speech keeps the classifier's relationship a claim even when the speaker serves an actor
		// of it: the rules read an official telling of its own side's act as fact from the frame, which the
		// classifier does not have.
		if at.how == claimed {
			if sp := d.speakerActor(at.speaker); sp != from {
				r.claimed, r.claimant = true, sp
			}
		}
		return r
	}
	return nil
}

// pairTypes lists the types the classifier may give a pair, best first: the type of the verb of the second
// actor's clause when the lexicon knows it and the first actor is that clause's subject ("Uganda, whose
// troops helped Kiir": the verb says what the relationship is, and words the lexicon lists generalise
// beyond the corpus), then the type model's classes by score.
func (m *pairModel) pairTypes(c pairCand) []pairClass {
	var out []pairClass
	if cl, ok := verbClass(c); ok {
		out = append(out, cl)
	}
	for _, ci := range m.classify(c.features) {
		out = append(out, m.classes[ci])
	}
	return out
}

// verbClass returns the type the lexicon gives the verb of the second actor's clause when the first actor
// is its subject and the second stands after it with no preposition the predicate does not take, read the
// other way for a passive or a reversed predicate ("leased X to Y").
func verbClass(c pairCand) (pairClass, bool) {
	s := c.s
	cb := s.clauseOf(c.b.i)
	if cb == nil || cb.verb < 0 || c.b.i < cb.verbEnd || !cb.subjectOf(c.a) {
		return pairClass{}, false
	}
	for _, ph := range predicateIndex.at(s, cb.verb) {
		if !ph.verb || !tagFits(s, cb.verb, ph) {
			continue
		}
		p := ph.predicate
		if c.b.prep != "" && !slices.Contains(strings.Split(p.preps, "|"), c.b.prep) {
			continue
		}
		return pairClass{typ: p.typ, reverse: p.reverse != passiveAt(s, cb.verb, cb.verbEnd)}, true
	}
	return pairClass{}, false
}

// reportedBefore returns the reporting verb ("said", "told", "alleged") that governs the sentence before
// token k, or -1: the classifier has no frame to tell a speaker's own act from what it reports, so whatever
// follows one is a claim. (The rules read "Issoufou told reporters that ... the bloc had agreed with
// Damiba" as fact by their frames; a pair no frame read cannot be.)
func reportedBefore(s *sentence, k int) int {
	for i := k - 1; i >= 0; i-- {
		if claimVerbs[s.toks[i].lower] && strings.HasPrefix(s.toks[i].tag, "VB") {
			return i
		}
	}
	return -1
}

// speakerBefore returns the actor closest before a reporting verb at k, within a few tokens ("Issoufou told",
// "the ministry said on Friday"), or nil.
func speakerBefore(s *sentence, k int) *mention {
	for i := k - 1; i >= 0 && i >= k-speakerReach; i-- {
		if m := s.mentionAt(i); m != nil && (m.entity != nil || m.ref != "") {
			return m
		}
	}
	return nil
}

// pairCandidates lists the pairs of actors that share a sentence within pairReach tokens and that no
// relationship kept so far joins anywhere in the document; for each pair of entities, the closest
// mentions.
func (d *reading) pairCandidates() []pairCand {
	type pk struct{ a, b *entity }
	related := map[pk]bool{}
	inSentence := map[*sentence]map[*entity]bool{}
	for _, r := range d.rels {
		if r.conf < KeepAbove {
			continue
		}
		related[pk{r.from, r.to}], related[pk{r.to, r.from}] = true, true
		if inSentence[r.sentence] == nil {
			inSentence[r.sentence] = map[*entity]bool{}
		}
		inSentence[r.sentence][r.from], inSentence[r.sentence][r.to] = true, true
	}
	var out []pairCand
	for _, s := range d.sents {
		type side struct {
			m *mention
			e *entity
		}
		var sides []side
		for _, m := range s.ments {
			if m.affix != "" || m.entity == nil && m.ref == "" {
				continue
			}
			if e := d.actorOf(m, false); e != nil {
				sides = append(sides, side{m, e})
			}
		}
		best := map[pk]int{}
		for x := 0; x < len(sides); x++ {
			for y := x + 1; y < len(sides); y++ {
				a, b := sides[x], sides[y]
				if a.e == b.e || b.m.i-a.m.j > pairReach || b.m.i < a.m.j || related[pk{a.e, b.e}] {
					continue
				}
				k := pk{a.e, b.e}
				if k2 := (pk{b.e, a.e}); best[k2] > 0 {
					k = k2
				}
				c := pairCand{s: s, a: a.m, b: b.m, ea: a.e, eb: b.e}
				if n := best[k]; n > 0 {
					if o := out[n-1]; o.b.i-o.a.j <= b.m.i-a.m.j {
						continue
					}
					out[n-1] = c
					continue
				}
				out = append(out, c)
				best[k] = len(out)
			}
		}
	}
	for i := range out {
		out[i].verb = pairVerb(&out[i])
		out[i].features = d.pairFeatures(&out[i], inSentence[out[i].s])
	}
	return out
}

// pairVerb returns the token whose attribution the pair takes: the first verb between the two actors that
// is no auxiliary (they carry tense, not the relationship), or
// the verb they share after the second ("Russia and China signed") or before the first; the first actor
// when there is none.
func pairVerb(c *pairCand) int {
	toks := c.s.toks
	for k := c.a.j; k < c.b.i; k++ {
		if strings.HasPrefix(toks[k].tag, "VB") && c.s.at[k] < 0 && !auxiliaries[toks[k].lower] {
			return k
		}
	}
	for k := c.b.j; k < len(toks) && k < c.b.j+verbReach; k++ {
		if strings.HasPrefix(toks[k].tag, "VB") && c.s.at[k] < 0 {
			return k
		}
	}
	for k := c.a.i - 1; k >= 0 && k >= c.a.i-verbReach; k-- {
		if strings.HasPrefix(toks[k].tag, "VB") && c.s.at[k] < 0 {
			return k
		}
	}
	return c.a.i
}

// pairFeatures returns the classifier's inputs for a pair: names of indicator features, as the model
// file lists them. ruled holds the entities a kept relationship of the sentence already joins.
func (d *reading) pairFeatures(c *pairCand, ruled map[*entity]bool) []string {
	s, toks := c.s, c.s.toks
	kinds := kindLetter(c.ea.kind) + kindLetter(c.eb.kind)
	dist := c.b.i - c.a.j
	f := []string{"bias", "kinds:" + kinds, "dist:" + distBucket(dist), "kinds-dist:" + kinds + distBucket(dist)}
	seen := map[string]bool{}
	add := func(x string) {
		if !seen[x] {
			seen[x] = true
			f = append(f, x)
		}
	}
	commas, words, verbBetween := 0, 0, false
	for k := c.a.j; k < c.b.i; k++ {
		t := toks[k]
		if m := s.mentionAt(k); m != nil {
			if m.entity != nil || m.ref != "" {
				add("actor-between")
			}
			k = max(k, m.j-1)
			continue
		}
		switch {
		case t.lower == ",":
			commas++
		case clauseStops[t.lower]:
			add("stop-between")
		case reportingVerbs[t.lower]:
			add("reporting-between")
		case t.lower == "\"":
			add("quote-between")
		}
		add("tag:" + t.tag)
		if t.isWord() {
			words++
		}
		for _, ph := range predicateIndex.at(s, k) {
			if tagFits(s, k, ph) {
				add("lex:" + string(ph.predicate.typ))
			}
		}
		if !verbBetween && strings.HasPrefix(t.tag, "VB") {
			verbBetween = true
			add("verb:" + stem(t.lower))
		}
	}
	if !verbBetween {
		if c.verb != c.a.i {
			add("shared-verb:" + stem(toks[c.verb].lower))
		} else {
			add("no-verb")
		}
	}
	if lex := predicateIndex.at(s, c.verb); len(lex) > 0 && tagFits(s, c.verb, lex[0]) {
		add("verb-lex:" + string(lex[0].predicate.typ))
		add("kinds-verb-lex:" + kinds + string(lex[0].predicate.typ))
	} else {
		add("verb-unknown")
	}
	add("commas:" + distBucket(min(commas, 3)))
	if dist == 1 && toks[c.a.j].lower == "and" || dist <= 2 && commas > 0 && words <= 1 {
		add("coordinated") // "A and B", "A, B": a list, not a relationship
	}
	add("before:" + wordAt(toks, c.a.i-1))
	add("after:" + wordAt(toks, c.b.j))
	if dist > 0 && dist <= tagSeqReach {
		var seq []string
		for k := c.a.j; k < c.b.i; k++ {
			seq = append(seq, toks[k].tag)
		}
		add("tags:" + strings.Join(seq, " "))
	}
	if dist > 0 {
		add("first-between:" + toks[c.a.j].lower)
		add("last-between:" + toks[c.b.i-1].lower)
	}
	for _, x := range []struct {
		name string
		m    *mention
	}{{"a", c.a}, {"b", c.b}} {
		if x.m.poss {
			add("poss:" + x.name)
		}
		if x.m.prep != "" {
			add("prep-" + x.name + ":" + x.m.prep)
		}
		if x.m.ref != "" {
			add("ref:" + x.name)
		}
		if x.m.form == formDemonym {
			add("demonym:" + x.name)
		}
		if d.guessed[x.m.entity] {
			add("guessed:" + x.name)
		}
	}
	if ruled[c.ea] {
		add("ruled:a")
	}
	if ruled[c.eb] {
		add("ruled:b")
	}
	add("attr:" + assertionName[d.attribute(s, c.verb, c.verb+1, c.a.i).how])
	switch {
	case s.kind == regHeadline:
		add("headline")
	case s.kind == regCaption:
		add("caption")
	}
	if s.quoted {
		add("quoted")
	}
	add("actors:" + distBucket(min(s.actors, 8)))
	clauseFeatures(c, add)
	d.pairContextFeatures(c, add)
	return f
}

// pairContextFeatures adds the words between and around a pair as a bag of stems and how often the article
// names each actor (cross-validated AUC of the trees 0.712 without the counts, 0.725 with them; the
// sentence's place in the article was tried and left out: 0.726 without it).
func (d *reading) pairContextFeatures(c *pairCand, add func(string)) {
	s, toks := c.s, c.s.toks
	for k := c.a.j; k < c.b.i; k++ {
		if m := s.mentionAt(k); m != nil {
			k = max(k, m.j-1)
			continue
		}
		if toks[k].isWord() {
			add("w:" + stem(toks[k].lower))
		}
	}
	for k := max(0, c.a.i-contextReach); k < c.a.i; k++ {
		if toks[k].isWord() && s.mentionAt(k) == nil {
			add("wb:" + stem(toks[k].lower))
		}
	}
	for k := c.b.j; k < len(toks) && k < c.b.j+contextReach; k++ {
		if toks[k].isWord() && s.mentionAt(k) == nil {
			add("wa:" + stem(toks[k].lower))
		}
	}
	add("count-a:" + distBucket(min(c.ea.count, 13)))
	add("count-b:" + distBucket(min(c.eb.count, 13)))
	if c.ea == d.focus || c.eb == d.focus {
		add("focus")
	}
}

// clauseFeatures adds what the clause reader says of a pair: whether the two actors share a clause, one
// hangs inside the other's or they sit apart; whether the first is the subject (its own or carried) of
// the second's clause and what that clause's verb is; whether the second is its verb's object or the
// subject of a clause of its own.
func clauseFeatures(c *pairCand, add func(string)) {
	s := c.s
	ca, cb := s.clauseOf(c.a.i), s.clauseOf(c.b.i)
	if ca == nil || cb == nil {
		return
	}
	ia, ib := s.clauseAt[c.a.i], s.clauseAt[c.b.i]
	switch {
	case ia == ib:
		add("clause:same")
	case isAncestor(s, ia, ib):
		add("clause:b-inside:" + cb.kind.String())
	case isAncestor(s, ib, ia):
		add("clause:a-inside:" + ca.kind.String())
	default:
		add("clause:apart")
	}
	add("clause-kinds:" + ca.kind.String() + "-" + cb.kind.String())
	if cb.subjectOf(c.a) {
		how := "own"
		if !cb.own {
			how = "carried"
		}
		add("clause:a-subj-" + how)
		if cb.verb >= 0 {
			add("clause:a-subj-verb:" + stem(s.toks[cb.verb].lower))
			if lex := predicateIndex.at(s, cb.verb); len(lex) > 0 && tagFits(s, cb.verb, lex[0]) {
				add("clause:a-subj-verb-lex:" + string(lex[0].predicate.typ))
			}
		}
	}
	switch {
	case cb.subjectOf(c.b) && (len(cb.subjs) == 0 || cb.subjs[0] != c.a):
		add("clause:b-subj")
	case cb.verb >= 0 && c.b.i > cb.verb && c.b.prep == "":
		add("clause:b-obj")
	case cb.verb >= 0 && c.b.i > cb.verb:
		add("clause:b-prep")
	case cb.verb < 0:
		add("clause:b-no-verb")
	}
}

var assertionName = [...]string{asserted: "asserted", claimed: "claimed", denied: "denied", threatened: "threatened"}

func kindLetter(k graph.Kind) string {
	return string("PSOL"[kindIndex(k)])
}

// distBucket groups a count of tokens: exact to 2, then 3-4, 5-7, 8-12, 13 and more.
func distBucket(n int) string {
	switch {
	case n <= 2:
		return itoa(n)
	case n <= 4:
		return "3-4"
	case n <= 7:
		return "5-7"
	case n <= 12:
		return "8-12"
	}
	return "13+"
}

func wordAt(toks []tok, k int) string {
	if k < 0 {
		return "^"
	}
	if k >= len(toks) {
		return "$"
	}
	return stem(toks[k].lower)
}

// baseForms maps the irregular past forms of the lexicon's verbs to their base.
var baseForms = func() map[string]string {
	m := map[string]string{}
	for base, f := range irregular {
		m[f[0]], m[f[1]] = base, base
	}
	return m
}()

// stem strips the common inflections of an English word, so that "signs", "signed" and "signing" are one
// feature: crude, but the features only need forms of one word to agree.
func stem(w string) string {
	if b, ok := baseForms[w]; ok {
		return b
	}
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 && !strings.HasSuffix(w, "ss") {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// pairNode is a node of a boosted tree: a split on whether the pair has a feature, or a leaf (no feature)
// whose value is added to the pair's score.
type pairNode struct {
	feature string
	yes, no int32
	value   float64
}

// pairForest is a sum of small trees over a pair's features (gradient boosting), whose trees split on one
// feature and then another, so that it weighs pairs of features together ("verb:meet" only between two
// people), which one weight per feature cannot; scale and shift map the summed score to a probability
// (Platt scaling, fitted on cross-validated scores).
type pairForest struct {
	base         float64
	roots        []int32
	nodes        []pairNode
	scale, shift float64
}

// score returns the summed score of the trees for a pair with the features in has.
func (f *pairForest) score(has map[string]bool) float64 {
	z := f.base
	for _, r := range f.roots {
		n := &f.nodes[r]
		for n.feature != "" {
			if has[n.feature] {
				n = &f.nodes[n.yes]
			} else {
				n = &f.nodes[n.no]
			}
		}
		z += n.value
	}
	return z
}

// prob is the calibrated probability that an analyst marks a pair with these features.
func (f *pairForest) prob(features []string) float64 {
	has := make(map[string]bool, len(features))
	for _, x := range features {
		has[x] = true
	}
	return 1 / (1 + math.Exp(-(f.scale*f.score(has) + f.shift)))
}
