package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// looseReach bounds the tokens between two actors for a loose pair: past it they rarely relate.
const looseReach = 14

// loosePairs proposes the pairs of actors a clause names on either side of a predicate word that no frame
// read ("Rwanda, at Mozambique's request, has begun deploying troops" read as Rwanda and Mozambique). They
// come with a low prior and the features the confidence model needs to tell the few right ones from the
// many wrong ones.
func (d *reading) loosePairs(s *sentence) {
	var actors []*mention
	for _, m := range s.ments {
		if m.affix != "" || m.entity == nil && m.ref == "" || m.poss || m.ref == "its" || m.ref == "his" || titleQualifies(s, m) ||
			namerOfWhat(s, m) {
			continue // a possessor qualifies its noun, a body its holder's title; neither is a side of a verb
		}
		actors = append(actors, m)
	}
	for x := 0; x+1 < len(actors); x++ {
		if governed(actors[x]) || objectOfInfinitive(s, actors[x]) {
			continue // the first side acts: "in Kenya, police..." names no actor of the verb, "to recognise Kosovo angered" neither
		}
		for y := x + 1; y < len(actors); y++ {
			a, b := actors[x], actors[y]
			if b.i-a.j > looseReach {
				break
			}
			k, p := d.predicateBetween(s, a.j, b.i)
			if p == nil || passiveAt(s, k, k+1) || p.acts == actsOnly {
				continue // "the M23 has been accused of receiving backing from Rwanda": the frames read passives; acts.go reads acts
			}
			if p.withNot != "" && withNoun(s, b.j, nounSet(p.withNot)) || p.notForces && demonymForces(s, b) {
				continue // "hit Mali with sanctions" is no attack, "hosted Chinese troops" no meeting
			}
			if !namedEventFits(p, b) {
				continue // "Kazakhstan, which hosted the talks": no meeting with their parties
			}
			if p.frame == frameNoun && afterLightVerb(s, k) && !words(p.preps)[b.prep] {
				continue // "approved the operation against him": the noun relates only what its own preposition takes
			}
			if (a.ref == "which" || a.ref == "who") && subjectBetween(s, a.j, k) {
				continue // "Rwanda, which Congo accuses of...": the relative clause's subject is someone else
			}
			if venuePreps[b.prep] && !words(p.preps)[b.prep] {
				continue // "host X at the White House", "hosted Scholz at the Élysée Palace": where, not whom
			}
			if !s.looseAcross(a, b, k) {
				continue
			}
			d.addLoose(s, a, b, k, p)
		}
	}
	d.carriedPairs(s)
}

// namerOfWhat reports whether m is a pronoun that opens a free relative naming the verb's object: "criticised
// what she called outside interference", "rejected what it described as lies". The pronoun is whoever speaks
// (on the fresh texts always the subject or the reporting speaker), and the object is the thing named, no
// actor: read as the object, "Mao Ning said Beijing ... and criticised what she called outside interference"
// had given China CRITICIZES Mao Ning (0.87) and Mao Ning ACCUSES China. A named namer ("denounced what Paris
// called a rescue") is left as it was: that actor's act may well be what is criticised.
func namerOfWhat(s *sentence, m *mention) bool {
	if m.i < 1 || m.j >= len(s.toks) || s.toks[m.i-1].lower != "what" || !freeRelativeNamers[m.ref] {
		return false
	}
	return namingVerbs[s.toks[m.j].lower]
}

// freeRelativeNamers are the reference kinds of "he", "she", "it" and "they", which name in "what she called
// X"; the verbs that name are modality.go's namingVerbs.
var freeRelativeNamers = words("he|it")

// venuePreps put an actor after them where a verb's act happens; unless the predicate takes the
// preposition itself ("invested in", "fired at"), the actor is no side of it.
var venuePreps = words("at|inside|outside")

// titleQualifies reports whether m names the body of a title that a named person holds right after it:
// "KFOR commander Major General X met Y" is X's meeting, not KFOR's (the title rules relate X and KFOR).
func titleQualifies(s *sentence, m *mention) bool {
	// Most mentions are followed by no title word: titleAt builds its candidate titles as strings, so it is
	// asked only when one is (every title's words are in titleWords; "Energy Minister" ends in one).
	if m.j+1 >= len(s.toks) || !titleWords[s.toks[m.j].lower] && !titleWords[s.toks[m.j+1].lower] {
		return false
	}
	_, _, n := titleAt(s, m.j)
	if n == 0 {
		return false
	}
	for i := m.j + n; i < len(s.toks) && i < m.j+n+titleHonorificReach; i++ {
		if h := s.mentionAt(i); h != nil {
			return h.i == i && h.kind == graph.Person && h.ref == ""
		}
		if !honorificTitles[s.toks[i].lower] && !titleWords[s.toks[i].lower] {
			return false
		}
	}
	return false
}

// titleHonorificReach is how many rank words may stand between a title and its holder's name: "commander
// Lieutenant General".
const titleHonorificReach = 3

// looseAcross reports whether the clauses allow a loose pair of a and b through the predicate at k: the
// predicate is in b's clause and a stands in it too or is its subject; and b is no noun's attachment
// ("backed sanctions on Russia" relates nothing to Russia through "backed").
func (s *sentence) looseAcross(a, b *mention, k int) bool {
	if len(s.clauseAt) != len(s.toks) {
		return true
	}
	cb := s.clauseAt[b.i]
	if s.clauseAt[k] != cb || s.clauseAt[a.i] != cb && !s.clauses[cb].subjectOf(a) {
		return false
	}
	return !nounAttached(s, b, k) && !actComplement(s, b, k)
}

// nounAttached reports whether a preposition other than "of" ties b to a noun that stands between the
// predicate at k and b: "sanctions on Russia", "the statement on Ukraine", "the attack on Israel". "Of"
// ties b to a noun a possessor owns: in "condemned Russia's invasion of Ukraine" the verb's object is
// Russia, and Ukraine is the invasion's.
func nounAttached(s *sentence, b *mention, k int) bool {
	if b.prep == "of" && b.i >= 2 {
		return possessedNounBefore(s, b.i-1, k)
	}
	if b.prep == "" || b.prep == "of" || b.i < 2 {
		return false
	}
	p := b.i - 1
	for p > k && s.toks[p].lower != b.prep {
		p--
	}
	if p <= k+1 {
		return false
	}
	if stakeNouns[s.toks[p-1].lower] {
		// "agreed to buy a 51% stake in Zambia's Mopani Copper Mines from ZCCM": what is bought is no party to
		// the agreement (Anglo American had SIGNED_AGREEMENT_WITH Mopani), the seller after "from" is.
		return true
	}
	for i := k + 1; i+1 < p; i++ {
		if s.toks[i].tag == "TO" && s.toks[i+1].tag == "VB" {
			return false // "visited the embassy to offer condolences to X": the infinitive goes on with the verb
		}
	}
	n := p - 1
	if s.toks[n].tag == "RB" && n-1 > k {
		n-- // "holds stakes in terminals elsewhere in Europe": Europe is where the terminals are
	}
	prev := s.toks[n]
	return s.at[n] < 0 && (prev.tag == "NN" || prev.tag == "NNS")
}

// stakeNouns are what a buyer or seller holds in a company: the actor after their preposition is the
// company owned, never a side of the deal's verb.
var stakeNouns = words("stake|stakes|share|shares|holding|holdings|interest|interests|%|percent|per cent")

// possessedNounBefore reports whether the preposition at p follows a noun whose "of" names no side of the
// predicate at k: a noun a possessor owns ("Russia's invasion of", "Belarus's brutal treatment of"), or an
// act done to what follows ("condemned the arrest of X" criticises whoever arrested X, not X).
func possessedNounBefore(s *sentence, p, k int) bool {
	if p < 1 || s.at[p] >= 0 || s.toks[p].lower != "of" {
		return false
	}
	n := p - 1
	if s.at[n] >= 0 || s.toks[n].tag != "NN" && s.toks[n].tag != "NNS" {
		return false
	}
	if actsUpon[s.toks[n].lower] {
		return true
	}
	for i := n - 1; i > k && i >= n-possessedReach; i-- {
		if m := s.mentionAt(i); m != nil {
			return m.poss
		}
		if t := s.toks[i].lower; t == "'s" || t == "'" {
			continue
		}
		if s.toks[i].tag != "JJ" && s.toks[i].tag != "NN" && s.toks[i].tag != "VBN" {
			return false
		}
	}
	return false
}

// possessedReach is how many words may stand between a possessor and the noun it owns: "Russia's
// full-scale military invasion of".
const possessedReach = 4

// actsUpon are nouns of acts done to whom "of" names: its doer is someone else.
var actsUpon = words("invasion|occupation|annexation|bombing|bombardment|shelling|blockade|siege|arrest|arrests|" +
	"detention|killing|killings|murder|assassination|abduction|kidnapping|execution|jailing|imprisonment|" +
	"expulsion|persecution|treatment|mistreatment|harassment|surveillance|sentencing|prosecution")

// carriedPairs proposes the pairs a clause relates through its verb to a subject it carries from another
// clause: "Turkey hosted the talks, signing a pact with Azerbaijan", "Kenya, which leads the mission,
// asked ...". The loose scan stops at the clause's edge; the clause reader knows whose verb it is.
func (d *reading) carriedPairs(s *sentence) {
	for ci := range s.clauses {
		c := &s.clauses[ci]
		if c.own || len(c.subjs) == 0 || c.verb < 0 || c.kind == clauseRelative && relativePronounFirst(s, ci) {
			continue // ("which suspended Gabon": the pronoun is the loose scan's first side)
		}
		k, p := d.predicateAt(s, c.verb)
		if p == nil || passiveAt(s, k, k+1) || sharedPassive(s, c) || p.acts == actsOnly {
			continue
		}
		for _, b := range s.ments {
			if b.i < c.verbEnd || b.i-c.verbEnd > looseReach || s.clauseAt[b.i] != ci || b.affix != "" || b.poss ||
				b.entity == nil && b.ref == "" || nounAttached(s, b, k) || !verbPhraseReaches(s, c.verbEnd, b, p) || namerOfWhat(s, b) {
				continue
			}
			if _, q := d.predicateBetween(s, c.verbEnd, b.i); q != nil {
				continue // a later predicate of the clause relates b, and the loose scan reads it
			}
			for _, a := range c.subjs {
				d.addLoose(s, a, b, k, p)
			}
		}
	}
}

// verbPhraseReaches reports whether b can be the object of the predicate p whose verb ends at token from:
// no comma or clause boundary stands between ("held talks with the premier, according to CCTV"), and a
// preposition before b is one the predicate takes.
func verbPhraseReaches(s *sentence, from int, b *mention, p *predicate) bool {
	for k := from; k < b.i; k++ {
		if t := s.toks[k].lower; t == "," || clauseStops[t] || t == "according" || t == "\"" ||
			isVerbTag(s.toks[k].tag) && !auxiliaries[t] && s.at[k] < 0 {
			return false // "criticising Venezuela and praising Brazil": Brazil is the later verb's
		}
	}
	return b.prep == "" || p.preps != "" && strings.Contains("|"+p.preps+"|", "|"+b.prep+"|")
}

// sharedPassive reports whether a coordinated clause's participle shares its parent's passive auxiliary:
// "was summoned to the ministry and handed the decision" is handed to him, not by him (the tagger reads
// such a participle as a past tense as often as not, so both count).
func sharedPassive(s *sentence, c *clause) bool {
	if c.kind != clauseCoordinated || c.parent < 0 || s.toks[c.verb].tag != "VBN" && s.toks[c.verb].tag != "VBD" {
		return false
	}
	p := s.clauses[c.parent]
	return p.verb >= 0 && passiveAt(s, p.verb, p.verb+1)
}

// relativePronounFirst reports whether clause ci opens with a relative pronoun the extractor reads as a
// mention: "which", "who".
func relativePronounFirst(s *sentence, ci int) bool {
	m := s.mentionAt(firstToken(s, ci))
	return m != nil && relativeSubjects[m.ref]
}

// predicateAt returns the predicate a clause's verb at v stands for, as the loose scan reads it, or nil.
func (d *reading) predicateAt(s *sentence, v int) (int, *predicate) {
	for _, ph := range predicateIndex.at(s, v) {
		if structural(ph.predicate.typ) || ph.predicate.typ == graph.Called || !ph.verb {
			continue
		}
		if ph.predicate.frame == frameDirect && tagFits(s, v, ph) {
			return v, ph.predicate
		}
	}
	return -1, nil
}

// predicateBetween returns the first predicate word between tokens [from, to) that needs no noun before
// its object and names no role, unless a clause boundary or a reporting verb separates the two sides.
func (d *reading) predicateBetween(s *sentence, from, to int) (int, *predicate) {
	k0, p0 := -1, (*predicate)(nil)
	verbSeen := false
	// subject: no actor stands between the first side and the first verb, so the first side is that verb's
	// subject, and the subject of a verb coordinated with it too.
	subject := true
	for k := from; k < to; k++ {
		t := s.toks[k]
		if clauseStops[t.lower] || t.lower == "\"" || reportingVerbs[t.lower] || t.lower == "," || t.lower == "which" || t.lower == "who" {
			return -1, nil // (a relative clause has a subject of its own, which the frames read)
		}
		if coordinatedVerb(s, k, to) {
			if !verbSeen || !subject {
				return -1, nil // "expelled French troops and turned to Wagner": the second verb's subject is the first's
			}
			// "Turkey met Russia and signed a deal with Iran": the subject carried into the second clause
			// relates to what follows through the second verb, not the first.
			k0, p0 = -1, nil
			continue
		}
		if s.at[k] >= 0 && !verbSeen {
			subject = false
		}
		if p0 != nil && k > k0 && strings.HasPrefix(t.tag, "VB") && !auxiliaries[t.lower] && s.at[k] < 0 &&
			(s.toks[k-1].lower != "to" || aspirations[s.toks[k-2].lower] || k-2 == k0 && conflictVerbAt(s, k)) {
			// "sanctioned Iran for supplying drones to Russia": the second side is the later verb's; but an
			// infinitive goes on with the first verb ("visited the embassy to offer condolences to X"),
			// unless it is a noun's ("rejected a request to send troops to Sudan" opposes no Sudan) or the
			// first verb's own complement and an act against the other side ("agreed to expel Bolivian
			// diplomats" agrees nothing with Bolivia; "agreed to buy the S-400 from Moscow" is a deal with it,
			// as the gold marks).
			return -1, nil
		}
		if s.at[k] >= 0 || p0 != nil {
			continue
		}
		if lightVerbAt(s, k) {
			if n, np := nounPredicateAfter(s, k); np != nil {
				// "held separate talks with X": the noun states what the verb only carries.
				k0, p0, verbSeen = n, np, true
				continue
			}
		}
		for _, ph := range predicateIndex.at(s, k) {
			// A noun counts only before any verb: after one it belongs to the verb's object ("posted
			// photos of troops ... as the protests"). Structure ("led", "joined") and calls ("called what
			// happened an attack") need their frames' tight syntax.
			if structural(ph.predicate.typ) || ph.predicate.typ == graph.Called || ph.verb && nominalGerund(s, k) {
				continue
			}
			if (ph.predicate.frame == frameDirect || ph.predicate.frame == frameNoun && !ph.verb && !ph.predicate.role && !verbSeen) && tagFits(s, k, ph) {
				k0, p0 = k, ph.predicate
				break
			}
		}
		verbSeen = verbSeen || strings.HasPrefix(t.tag, "VB")
	}
	return k0, p0
}

// nounPredicateAfter returns the noun the lexicon reads that the verb at k takes as its object, past
// determiners, adjectives and numbers ("held talks", "imposed fresh sanctions"), and its predicate; or -1.
func nounPredicateAfter(s *sentence, k int) (int, *predicate) {
	for i := k + 1; i < len(s.toks) && i <= k+nounObjectReach; i++ {
		if s.at[i] >= 0 {
			return -1, nil
		}
		switch tag := s.toks[i].tag; {
		case tag == "DT" || tag == "JJ" || tag == "CD" || tag == "PRP$":
			continue
		case strings.HasPrefix(tag, "NN"):
			for _, ph := range predicateIndex.fitting(s, i) {
				if !ph.verb && ph.predicate.frame == frameNoun && !ph.predicate.role && !structural(ph.predicate.typ) {
					return i, ph.predicate
				}
			}
		}
		return -1, nil
	}
	return -1, nil
}

// lightVerbAt reports whether the word at k is a light verb used as a verb: "held", "is", and "'s" only
// after a pronoun ("it's"), not as a possessive ("Australia's contract").
func lightVerbAt(s *sentence, k int) bool {
	t := s.toks[k]
	if !lightVerbs[t.lower] || !isVerbTag(t.tag) && t.lower != "'s" {
		return false
	}
	return t.lower != "'s" || k > 0 && pronouns[s.toks[k-1].lower]
}

// afterLightVerb reports whether the noun at k is the object of a light verb before it ("held talks").
func afterLightVerb(s *sentence, k int) bool {
	for v := k - 1; v >= 0 && v >= k-nounObjectReach; v-- {
		if lightVerbAt(s, v) {
			n, _ := nounPredicateAfter(s, v)
			return n == k
		}
	}
	return false
}

// nounObjectReach is how far after a light verb its noun object may stand: "held two rounds of talks" is
// past it, "held separate, closed-door talks" within.
const nounObjectReach = 4

// addLoose records a loose pair, in the predicate's direction and with its claim.
func (d *reading) addLoose(s *sentence, a, b *mention, k int, p *predicate) {
	from, to := d.actorOf(a, true), d.actorOf(b, false)
	if from == nil || to == nil || from == to {
		return
	}
	if p.reverse {
		from, to = to, from
	}
	if p.after != "" || p.to != "" || p.notTo != "" || p.bodies {
		return // a row that needs words after its object, or an object of a kind, needs its frame: "urged
		// the EU to sanction Belarus", "accused the UN of leaving Syria"
	}
	if excluded(s, b) {
		return
	}
	at := d.attribute(s, k, k+1, a.i)
	if at.how == denied {
		return
	}
	t, ok := underThreat(at, p.typ)
	if !ok {
		return
	}
	if from = d.subjectOf(t, from); from == nil {
		return
	}
	if !fits(t, from, to) {
		return
	}
	r := d.addRel(from, to, t, s, "loose:"+strings.TrimPrefix(strings.TrimPrefix(p.name, "verb:"), "noun:"), 0.3)
	if r == nil {
		return
	}
	if at.how == claimed {
		if !d.ownWord(s, at.speaker, from) {
			r.claimed, r.claimant = true, d.speakerActor(at.speaker)
			r.coClaimants = d.coSpeakers(s, at.speaker)
		}
	}
	r.feat = relFeatures{family: familyLoose, subjHow: argClause, objHow: argClause, viaRef: a.ref != "" || b.ref != "",
		distance: tokenDistance(a, b)}
}

// subjectBetween reports whether a noun or pronoun stands between tokens [i, k): the subject of a relative
// clause that its pronoun is the object of.
func subjectBetween(s *sentence, i, k int) bool {
	for ; i < k; i++ {
		if t := s.toks[i].tag; strings.HasPrefix(t, "NN") || t == "PRP" {
			return true
		}
	}
	return false
}

// coordinatedVerb reports whether token k is a conjunction that opens a coordinated clause of its own verb
// before token to: "and signed", "and later signed", "but refused".
func coordinatedVerb(s *sentence, k, to int) bool {
	if t := s.toks[k].lower; t != "and" && t != "but" {
		return false
	}
	j := k + 1
	if j < to && s.toks[j].tag == "RB" {
		j++ // "and later signed", "and then met"
	}
	return j < to && strings.HasPrefix(s.toks[j].tag, "VB")
}

// conflictVerbAt reports whether the verb at k states a relationship of conflict: "expel", "sanction".
func conflictVerbAt(s *sentence, k int) bool {
	for _, ph := range predicateIndex.at(s, k) {
		if ph.verb && info(ph.predicate.typ).Stance == graph.Conflict {
			return true
		}
	}
	return false
}
