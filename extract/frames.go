package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// occurrence is one predicate phrase found in a sentence, with what the frames found around it.
type occurrence struct {
	sentence  *sentence
	k, end    int // the phrase's tokens [k, end)
	predicate *predicate
	passive   bool
	subj      []*mention
	obj       []*mention
	subjHow   argHow
	objHow    argHow
	attrib    attribution
	lightVia  bool // a noun whose subject came from a light verb or copula
	// attended: that light verb says the subject was present ("attended the summit"), which joins none of
	// the actors listed as its subject to one another.
	attended bool
	// named: a noun frame's object is the name right after the noun ("CNPC's subsidiary PetroChina"). That
	// name is what the noun describes, as the phrase beside "Y, a subsidiary of X" is, and the noun's owner
	// is what its "of" phrase would name: the two stand the other way round from "of", so a reversed row
	// keeps them as they are (main had PetroChina OWNS_STAKE_IN CNPC).
	named bool
}

// argHow says how an argument was found, which the confidence model weighs.
type argHow uint8

const (
	argNone       argHow = iota
	argAdjacent          // right next to the predicate or its preposition
	argClause            // the clause's subject, further left
	argOwner             // the owner of a noun: "Russia's invasion", "Russian diplomats"
	argAgent             // after "by" in a passive
	argApposition        // the phrase an apposition describes: "Belarus, an ally of Russia"
)

// applyPredicates finds the predicates of a sentence and the relationships they state.
func (d *reading) applyPredicates(s *sentence) {
	for k := 0; k < len(s.toks); k++ {
		if m := s.mentionAt(k); m != nil && (m.ref == "" || m.reaction != "") {
			k = m.j - 1 // a name, or an event named again: "guarantors of the truce" states no new truce
			continue
		}
		for _, ph := range predicateIndex.fitting(s, k) {
			d.applyPhrase(&occurrence{sentence: s, k: k, end: k + len(ph.words), predicate: ph.predicate}, ph.verb)
		}
	}
}

// tagFits reports whether the word at k is used as the phrase's part of speech: "attacks" is a verb in
// "Russia attacks Ukraine" and a noun in "the attacks on Kyiv".
func tagFits(s *sentence, k int, ph phrase) bool {
	tag := s.toks[k].tag
	if ph.verb {
		if k > 0 && nounContext(s.toks[k-1]) && !strings.HasSuffix(s.toks[k].lower, "ed") {
			return false // "the arms embargo", "its support": a noun, whatever the tagger says
		}
		return strings.HasPrefix(tag, "VB") || tag == "JJ" && strings.HasSuffix(s.toks[k].lower, "ed") || len(ph.words) > 1 ||
			strings.HasPrefix(tag, "NN") && (verbLike(s, k) || infinitiveOfNoun(s, k))
	}
	if s.toks[k].lower == "no" && len(ph.words) > 1 {
		k, tag = k+1, s.toks[k+1].tag // "no justification": the noun after the determiner the phrase begins with
	}
	if tag == "RB" && k > 0 && (s.toks[k-1].tag == "JJ" || s.toks[k-1].tag == "JJS" || s.toks[k-1].tag == "POS") {
		return true // "Colombia's closest ally": the tagger's adverb after an adjective is a noun
	}
	return (strings.HasPrefix(tag, "NN") || tag == "JJ" || tag == "VBG") && !verbLike(s, k)
}

// governsAnAct reports whether the verb at [k, end) only governs another act: a verb of refusal or ending
// before an infinitive or "short of" ("refused to block", "stopped short of halting"), or a form of "have"
// that is the auxiliary of a participle ("has not had troops in Niger") or of an infinitive ("has yet to
// have troops"). The act it governs is read as a predicate of its own, and attribution denies it.
func governsAnAct(s *sentence, k, end int) bool {
	toks := s.toks
	w := toks[k].lower
	if end+1 < len(toks) && (denyVerbs[w] || endVerbs[w]) &&
		(toks[end].lower == "to" && toks[end+1].tag == "VB" || toks[end].lower == "short" && toks[end+1].lower == "of") {
		return true
	}
	if !haveForms[w] {
		return false
	}
	for i := end; i < len(toks) && i < end+3; i++ {
		if toks[i].tag == "VBN" || toks[i].lower == "to" && i+1 < len(toks) && toks[i+1].tag == "VB" {
			return true // "has yet to have troops in Niger", "has to withdraw": an act not done
		}
		if toks[i].tag != "RB" && !negators[toks[i].lower] {
			return false
		}
	}
	return false
}

var haveForms = words("has|have|had")

// infinitiveOfNoun reports whether the word at k, in its base form, follows a noun and "to": the tagger
// reads "Japan's decision to sanction Russia" as a noun "sanction", but after a noun's "to" a base form
// is a verb.
func infinitiveOfNoun(s *sentence, k int) bool {
	w := s.toks[k].lower
	return k >= 2 && s.toks[k-1].lower == "to" && strings.HasPrefix(s.toks[k-2].tag, "NN") && s.at[k-2] < 0 &&
		!strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// nounContext reports whether a word before another makes it a noun: a determiner, a possessive, an
// adjective or a noun of a compound ("the", "its", "'s", "arms").
func nounContext(t tok) bool {
	return determiners[t.lower] && t.lower != "that" || t.tag == "PRP$" || t.tag == "POS" || t.lower == "'s" ||
		t.tag == "JJ" || t.tag == "NNS" && t.lower != "sanctions"
}

// verbLike reports whether a word the tagger took for a noun stands where a verb does: right after an
// actor and before the start of a noun phrase ("Niger borders Nigeria", "the IAEA monitors Iran", and an
// irregular past the tagger misses, "Mali quit ECOWAS").
func verbLike(s *sentence, k int) bool {
	if k == 0 || k+1 >= len(s.toks) || !strings.HasSuffix(s.toks[k].lower, "s") && baseForms[s.toks[k].lower] == "" {
		return false
	}
	prev := s.mentionAt(k - 1)
	if prev == nil || prev.j != k || prev.poss || prev.form == formDemonym || prev.affix != "" {
		return false
	}
	next := s.toks[k+1]
	return s.mentionAt(k+1) != nil || determiners[next.lower] || next.tag == "CD" || next.tag == "NNP"
}

func (d *reading) applyPhrase(o *occurrence, verb bool) {
	p := o.predicate
	if verb && nominalGerund(o.sentence, o.k) {
		return // "Finland and Sweden joining NATO would...": a possibility talked about, not a fact
	}
	if verb && governsAnAct(o.sentence, o.k, o.end) {
		return // "refused to block Ukraine's bid", "stopped short of halting supplies": the act governed is read apart
	}
	if o.k > 0 && sharedListAt(o.sentence, o.k-1) {
		return // "The EU, joined by Norway, froze assets": Norway acts with the EU, it did not join it
	}
	switch {
	case p.frame == frameBetween:
		d.between(o)
		return
	case p.frame == frameNoun:
		if verb || appositeClaimAt(o.sentence, o.k) || o.k > 0 && p.notAfter[o.sentence.toks[o.k-1].lower] {
			return // (", a charge Cairo denies" names the clause before: no accusation by the actor before it)
		}
		d.nounArgs(o)
	case p.frame == frameNeed:
		if !verb || !d.needArgs(o) {
			return
		}
	default:
		if !verb {
			return
		}
		d.verbArgs(o)
	}
	if len(o.subj) == 0 && len(o.obj) == 0 {
		return
	}
	if p.frame != frameNoun && !o.passive && len(o.obj) > 0 {
		// "recalled its ambassador from Venezuela, alongside Peru and Chile": they recalled theirs too
		o.subj = append(o.subj, d.sharedAfter(o.sentence, max(o.end, o.obj[len(o.obj)-1].j), o.subj)...)
	}
	subjPos := -1
	if len(o.subj) > 0 {
		subjPos = o.subj[0].i
	}
	if p.frame == frameNoun && subjPos > o.k {
		subjPos = o.k // "Paraguay claimed the deployment of Rwandan troops ...": the report reaches the noun
	}
	if o.passive && len(o.obj) > 0 && o.obj[0].i < o.k {
		subjPos = o.obj[0].i // a passive's clause opens with its patient: "if Karim Bennani was handed to ..."
	}
	o.attrib = d.attribute(o.sentence, o.k, o.end, subjPos)
	if len(o.attrib.accused) > 0 {
		o.subj, o.subjHow = o.attrib.accused, argAdjacent
	}
	if o.attrib.how == denied {
		return
	}
	if len(o.obj) == 0 {
		if jointSubjects(o) {
			d.relateJoint(o, o.subj) // "Biden and Xi held a virtual summit"
		}
		return
	}
	if p.reverse && !o.named {
		o.subj, o.obj = o.obj, o.subj
		o.subjHow, o.objHow = o.objHow, o.subjHow
	}
	d.relateAll(o)
}

// nominalGerund reports whether the gerund at k follows its own subject directly, as a noun phrase does
// ("Sweden joining NATO posed no threat"), rather than continuing a clause ("is joining", ", joining").
func nominalGerund(s *sentence, k int) bool {
	if s.toks[k].tag != "VBG" || k == 0 {
		return false
	}
	m := s.mentionAt(k - 1)
	return m != nil && m.j == k && m.ref == "" && !m.poss && !placePreps[m.prep]
}

// placePreps govern an actor that ends a phrase of place or address, after which a gerund continues the
// clause: "filed a case at the International Court of Justice accusing Israel" (where "of Sweden joining"
// is still a noun phrase, and "with Xi Jinping calling him" names the gerund's own subject).
var placePreps = words("at|in|to|before|on|from|into")

// reducedAfterNoun reports whether the participle at k qualifies the common noun right before it ("sent
// a team led by X", "a convoy attacked by militants"): what it is said of is that noun, no actor further
// left.
func reducedAfterNoun(s *sentence, k int) bool {
	if k == 0 || s.at[k-1] >= 0 || shareBefore(s, k) {
		return false
	}
	t := s.toks[k-1]
	return (t.tag == "NN" || t.tag == "NNS") && !t.isCap()
}

// shareBefore reports whether a share written in words ends right before the participle at k: "is 40
// percent owned by", "is 62 per cent owned by". The share says how much, and qualifies no noun ("49%"
// was read so already, its sign no noun).
func shareBefore(s *sentence, k int) bool {
	i := k - 1
	if i >= 1 && s.toks[i].lower == "cent" && s.toks[i-1].lower == "per" {
		i--
	} else if s.toks[i].lower != "percent" && s.toks[i].lower != "pct" {
		return false
	}
	return i >= 1 && s.toks[i-1].tag == "CD"
}

// eventRightBefore returns the event noun read as a reference ("the ceasefire", "the deal") that ends right
// before the participle at k, or nil.
func eventRightBefore(s *sentence, k int) *mention {
	if k == 0 {
		return nil
	}
	if m := s.mentionAt(k - 1); m != nil && m.j == k && m.ref == "happening" {
		return m
	}
	return nil
}

// verbArgs finds the subject and object of a verb: active ("X sanctioned Y", "X met with Y") or passive
// ("Y was sanctioned by X").
func (d *reading) verbArgs(o *occurrence) {
	s, p := o.sentence, o.predicate
	o.passive = passiveAt(s, o.k, o.end) && !p.stative
	if o.passive {
		d.passiveArgs(o)
		return
	}
	o.subj, o.subjHow = d.subjects(s, o.k), argClause
	if p.reverse && p.acts == actsToo && s.toks[o.k].tag == "VB" && len(o.subj) == 1 && o.subj[0].poss {
		o.subj = nil // "urged Uganda's government to anger Kenya": an infinitive's possessed subject is no fact
	}
	if len(o.subj) == 0 && p.reverse && p.acts == actsToo && s.toks[o.k].tag != "VB" {
		// "Uganda's decision angered Kenya", "The Philippine drills alarmed China": the subject is an act,
		// whose owner the object reacts to (verb:angered); a bare infinitive ("urged X to anger") is no fact.
		if owner, _ := d.judgedActOwner(s, o.k); owner != nil {
			o.subj, o.subjHow = []*mention{owner}, argOwner
		}
	}
	if p.typ == graph.LocatedIn || p.typ == graph.Borders {
		o.subj = d.placeSubjects(s, o.k)
	}
	if p.judged {
		o.obj, o.objHow = d.judgedObject(s, o.end, nounSet(p.after)), argOwner
		return
	}
	if p.acts != actsOnly {
		d.activeObject(o)
	}
	if len(o.obj) == 0 && p.acts != actsNever {
		o.obj, o.objHow = d.actObject(s, o.end, p) // "condemned the Turkish incursion", "questioned Chinese lending"
	}
	if len(o.obj) == 0 && p.typ == graph.Attacked && p.preps == "" {
		o.obj, o.objHow = d.targetObject(s, o.end) // "shelled Armenian positions", "positions held by X"
	}
	if len(o.obj) == 0 {
		o.obj = d.relativeObject(s, o)
	}
	if !activeObjectFits(s, p, o.obj) || p.naming && namedAfter(s, o) {
		o.obj = nil
	}
}

// nameOpeners open the name a naming verb gives its object: "called X a traitor", "calls X its neighbour",
// "called X \"a danger\"" ("the" is left out: "called X the next day").
var nameOpeners = words("a|an|its|his|her|their|our|\"|“|'")

// namedAfter reports whether a name opens right after the object of a naming verb, or right after the verb
// when its object stands before it (a relative clause: "which Mongolia calls its third neighbours").
func namedAfter(s *sentence, o *occurrence) bool {
	if len(o.obj) == 0 {
		return false
	}
	at := o.obj[len(o.obj)-1].j
	if o.obj[0].i < o.k {
		at = o.end
	}
	return at < len(s.toks) && nameOpeners[s.toks[at].lower]
}

// passiveArgs finds the arguments of a passive verb: the object is its clause's subject ("Y was
// sanctioned by X"), the subject its agent or the object of the predicate's agent preposition.
func (d *reading) passiveArgs(o *occurrence) {
	s, p := o.sentence, o.predicate
	switch ev := eventRightBefore(s, o.k); {
	case ev != nil && (ev.entity != nil || info(p.typ).Symmetric):
		// "The deal mediated by Qatar": what was mediated is the event, whose actors the reference stands for
		// when the sentences before stated it. A deal or talks named for the first time and held by the
		// agents after "by" stand for no one, and no actor further left is a party: "The United Nations
		// welcomed the ceasefire agreed by Israel and Hamas" had made the UN a party to the ceasefire
		// (SIGNED_AGREEMENT_WITH both, 0.80-0.94). A directed act keeps the clause's subject as its patient.
		if ev.entity != nil {
			o.obj, o.objHow = []*mention{ev}, argAdjacent
		}
	case !reducedAfterNoun(s, o.k):
		o.obj, o.objHow = d.subjects(s, o.k), argClause
	default:
		// "Sahra Minerals, a mining investor majority-owned by X": the noun the participle qualifies renames
		// the actor before its comma, and what is said of the noun is said of the actor.
		if ap := d.appositionOwner(s, o.k); ap != nil && ap.ref == "" && d.actorOf(ap, true) != nil {
			o.obj, o.objHow = []*mention{ap}, argApposition
		}
	}
	if len(o.obj) == 0 && p.acts != actsNever {
		o.obj, o.objHow = d.passiveActOwner(s, o.k) // "the Turkish incursion was condemned by the EU"
	}
	o.subj, o.subjHow = d.agent(s, o.end), argAgent
	if len(o.subj) == 0 && p.agentPrep != "" {
		// "was suspended from ECOWAS", "was expelled from the Council" (the phrase "expel from" ends in it)
		if preps := set(words(p.agentPrep)); preps[s.toks[o.end-1].lower] {
			o.subj = d.directObject(s, o.end)
		} else {
			o.subj, _ = d.prepObject(s, o.end, preps)
		}
	}
	if p.withNot != "" && withNoun(s, o.end, nounSet(p.withNot)) || p.typ == graph.Sanctions && p.agentPrep != "" && len(o.obj) > 0 && o.obj[0].kindOf() == graph.Person {
		o.obj = nil // "Mali was hit with sanctions"; a person suspended from a body is no member sanctioned
	}
	if p.people && p.agentPrep != "" && len(o.obj) > 0 && o.obj[0].kindOf() != graph.Person {
		o.obj = nil // "the port was handed to China" puts no one in custody
	}
	if p.after != "" && len(o.obj) > 0 && !afterObject(s, o.obj[len(o.obj)-1].j, nounSet(p.after)) {
		o.obj = nil
	}
	if len(o.obj) > 0 && !namedEventFits(p, o.obj[0]) {
		o.obj = nil // "the talks, hosted by Kenya": the host mediates, and met neither party
	}
}

// activeObject finds the object of an active verb: after its preposition when the predicate has one,
// else its direct object.
func (d *reading) activeObject(o *occurrence) {
	s, p := o.sentence, o.predicate
	switch {
	case p.preps != "" && o.end-o.k > 1 && words(p.preps)[s.toks[o.end-1].lower]:
		// "held talks with A and with B": the phrase ends in its preposition, so its object follows at
		// once, with everything coordinated with it.
		o.obj, o.objHow = d.directObject(s, o.end), argAdjacent
	case p.preps != "":
		o.obj, _ = d.prepObject(s, o.end, set(words(p.preps)))
		o.objHow = argAdjacent
		// A stative row's "with" is its state's ("was frustrated with China"): with no preposition the verb is
		// active and its object the one affected ("angered Moscow", verb:angered).
		if len(o.obj) == 0 && strings.Contains("|"+p.preps+"|", "|with|") && !p.stative {
			o.obj = d.directObject(s, o.end) // "met Biden" as well as "met with Biden"
		}
	default:
		o.obj, o.objHow = d.directObject(s, o.end), argAdjacent
	}
}

// activeObjectFits reports whether the object found for an active verb meets the predicate's conditions:
// the words after it, the kind of actor, the infinitive that follows.
func activeObjectFits(s *sentence, p *predicate, obj []*mention) bool {
	if len(obj) == 0 {
		return true
	}
	if !namedEventFits(p, obj[0]) {
		return false
	}
	last := obj[len(obj)-1].j
	if p.after != "" && !afterObject(s, last, nounSet(p.after)) {
		return false
	}
	if p.withNot != "" && withNoun(s, last, nounSet(p.withNot)) {
		return false // "hit Mali with sanctions" is no attack
	}
	if p.typ == graph.Attacked && madeAffixes[obj[0].affix] {
		return false // "shot down Iranian-made drones" hit the drones, not their maker
	}
	if p.people && obj[0].kindOf() != graph.Person || p.bodies && obj[0].kindOf() != graph.Organization || p.notForces && demonymForces(s, obj[0]) {
		return false
	}
	if p.to != "" || p.notTo != "" {
		inf := infinitiveAfter(s, last)
		if p.to != "" && !words(p.to)[inf] || p.notTo != "" && words(p.notTo)[inf] {
			return false
		}
		if inf == "release" && p.typ == graph.Opposes && releasesThings(s, last) {
			return false // "urged the EU to release the frozen funds" asks for help
		}
	}
	return true
}

var releasedThingSet = nounSet(releasedThings)

// releasesThings reports whether what "to release" after the object at j takes is money or a text, not a
// prisoner: "to release the frozen funds", "to release its findings".
func releasesThings(s *sentence, j int) bool {
	for i := j + 2; i < len(s.toks) && i < j+2+phraseReach; i++ {
		if releasedThingSet[s.toks[i].lower] {
			return true
		}
		if s.mentionAt(i) != nil || s.toks[i].tag == "IN" || s.toks[i].lower == "," {
			return false
		}
	}
	return false
}

// judgedObject returns the first actor after a verb of judging when one of the judging words follows it in
// the same clause: "called the Russian decision blackmail", "described Russia's membership as a farce".
func (d *reading) judgedObject(s *sentence, end int, judging set) []*mention {
	var first *mention
	for i := end; i < len(s.toks) && i < end+phraseReach+afterReach; i++ {
		t := s.toks[i].lower
		if judging[t] {
			if first == nil {
				return nil
			}
			return []*mention{first}
		}
		if t == "." || t == ";" || t == "," || t == "that" || t == "which" || t == "who" {
			return nil
		}
		if m := s.mentionAt(i); m != nil && first == nil {
			if m.entity == nil {
				d.resolveRef(m)
			}
			if m.entity != nil && m.entity.kind != graph.Place {
				first = m
			}
			i = m.j - 1
		}
	}
	return nil
}

// relativeObject reads the object of a verb in a relative clause: "Hamas, which Israel fights" — the
// relative pronoun before the subject is the object.
func (d *reading) relativeObject(s *sentence, o *occurrence) []*mention {
	if len(o.subj) == 0 {
		return nil
	}
	first := o.subj[0]
	if w := s.mentionAt(first.i - 1); w != nil && w.ref == "which" && w != first {
		return []*mention{w}
	}
	return nil
}

// infinitiveAfter returns the verb of the infinitive that follows an object ending at token j, "withdraw"
// in "urged France to immediately withdraw", or "".
func infinitiveAfter(s *sentence, j int) string {
	if j >= len(s.toks) {
		return ""
	}
	if s.toks[j].lower != "to" {
		if m := s.mentionAt(j - 1); m != nil && strings.HasPrefix(s.toks[j].tag, "VB") {
			if i := phraseStart(s, m.i); i > 0 && s.toks[i-1].lower == "that" {
				return s.toks[j].lower // "demanded that Gambia withdraw": a mandative subjunctive (tagged VB, VBP or VBD)
			}
		}
		return ""
	}
	for i := j + 1; i < len(s.toks) && i <= j+2; i++ {
		if s.toks[i].tag != "RB" {
			return s.toks[i].lower
		}
	}
	return ""
}

// afterObject reports whether one of the words follows the object ending at token j: "asked Russia for
// help", "urged Kenya to send police".
func afterObject(s *sentence, j int, words set) bool {
	for i := j; i < len(s.toks) && i < j+afterReach; i++ {
		if words[s.toks[i].lower] {
			return true
		}
		if s.toks[i].lower == ";" || s.toks[i].lower == "." {
			return false
		}
	}
	return false
}

// withNoun reports whether "with" follows token j soon, before the clause ends, and one of the nouns
// follows it closely: "hit Mali with (fresh) sanctions".
func withNoun(s *sentence, j int, nouns set) bool {
	for i := j; i < len(s.toks) && i < j+afterReach; i++ {
		t := s.toks[i].lower
		if t == "," || t == ";" || t == "." || clauseStops[t] {
			return false
		}
		if t != "with" {
			continue
		}
		for w := i + 1; w < len(s.toks) && w <= i+3; w++ {
			if nouns[s.toks[w].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// needArgs fills a need frame: the need noun after the verb, then the object after one of the
// prepositions, or the owner of the noun ("expelled Russian diplomats"). It reports whether the noun was
// found.
func (d *reading) needArgs(o *occurrence) bool {
	s, p := o.sentence, o.predicate
	need := nounSet(p.need)
	at, n := needAt(s, o.end, need)
	o.passive = passiveAt(s, o.k, o.end)
	if at < 0 && o.passive {
		// "Russian troops were sent to Syria": the noun is the passive's subject.
		if subj := d.subjects(s, o.k); len(subj) > 0 {
			for i := subj[len(subj)-1].j; i < o.k && i < subj[len(subj)-1].j+3; i++ {
				if need[s.toks[i].lower] {
					at, n = i, 1
				}
			}
		}
		if at < 0 {
			at, n = needBefore(s, o.k, need)
		}
		if at < 0 {
			return false
		}
		o.subj, o.subjHow = d.agent(s, o.end), argAgent
		if owners := d.ownersOf(s, at, n); len(owners) > 0 && len(o.subj) == 0 {
			o.subj, o.subjHow = owners, argOwner
		}
		o.obj, _ = d.prepObject(s, o.end, set(words(p.preps)))
		o.objHow = argAdjacent
		return true
	}
	from := at + n
	if at < 0 {
		// "the arms embargo that Sweden and Finland imposed on Ankara": the noun heads a relative clause.
		at, n = relativeNeed(s, o.k, need)
		from = o.end
	}
	if at < 0 {
		return false
	}
	o.subj, o.subjHow = d.subjects(s, o.k), argClause
	if p.preps != "" {
		o.obj, _ = d.prepObject(s, from, set(words(p.preps)))
		o.objHow = argAdjacent
	}
	if len(o.obj) == 0 && p.preps == "" || len(o.obj) == 0 && p.typ == graph.Expelled {
		if owners := d.ownersOf(s, at, n); len(owners) > 0 && !sameMention(owners[0], o.subj) {
			o.obj, o.objHow = owners, argOwner
		}
	}
	return true
}

// relativeNeed finds a need noun that a relative clause ending at the verb k qualifies: "the embargo that
// Sweden imposed", "the troops which Russia sent".
func relativeNeed(s *sentence, k int, need set) (int, int) {
	for i := k - 1; i >= 1 && i >= k-8; i-- {
		if l := s.toks[i].lower; l == "that" || l == "which" {
			if need[s.toks[i-1].lower] {
				return i - 1, 1
			}
			return -1, 0
		}
		if m := s.mentionAt(i); m != nil && m.ref == "which" {
			if need[s.toks[i-1].lower] {
				return i - 1, 1
			}
			return -1, 0
		}
		if clauseStops[s.toks[i].lower] || s.toks[i].lower == "," {
			return -1, 0
		}
	}
	return -1, 0
}

// needBefore finds a need noun just before a passive verb: "troops were deployed", or before the comma
// that opens a reduced relative on it: "The truce, signed on May 13 by Ethiopia and Eritrea, held".
func needBefore(s *sentence, k int, need set) (int, int) {
	if k >= 2 && s.toks[k-1].lower == "," && s.toks[k].tag == "VBN" && need[s.toks[k-2].lower] && strings.HasPrefix(s.toks[k-2].tag, "NN") {
		return k - 2, 1
	}
	reach := k - needReach
	for i := k - 1; i >= 0 && i >= reach; i-- {
		if need[s.toks[i].lower] && strings.HasPrefix(s.toks[i].tag, "NN") {
			return i, 1
		}
		if s.toks[i].lower == "," {
			if j := openingComma(s, i); j >= 0 {
				// "The drones, Kyiv said, were supplied to Russia", "The drones, according to Kyiv, had been
				// supplied": an aside sits inside the clause, and its words do not count against the reach.
				reach, i = reach-(i-j+1), j
				continue
			}
		}
		if clauseStops[s.toks[i].lower] || s.toks[i].lower == "," {
			break
		}
	}
	return -1, 0
}

func sameMention(m *mention, l []*mention) bool {
	for _, x := range l {
		if x == m || x.entity != nil && x.entity == m.entity {
			return true
		}
	}
	return false
}

// pluralIn reports whether a plural noun is among toks.
func pluralIn(toks []tok) bool {
	for _, t := range toks {
		if t.tag == "NNS" || t.tag == "NNPS" {
			return true
		}
	}
	return false
}

// nounArgs fills a noun frame: the object after one of the prepositions, or a name right after the noun
// ("its ally Belarus"); the subject is the noun's owner, the agent after "by", the subject of a light verb
// or copula that takes the noun, or the phrase the noun is in apposition to.
func (d *reading) nounArgs(o *occurrence) {
	s, p := o.sentence, o.predicate
	if p.role {
		d.roleNounArgs(o)
		return
	}
	var moved *mention
	if p.need != "" {
		at, n := movedAfter(s, o.end, nounSet(p.need))
		if at < 0 {
			return // "the sale of a stake", "the arrival of Biden": not what the row moves
		}
		moved = d.ownerOf(s, at, n)
	}
	if p.acts != actsOnly {
		o.obj, _ = d.prepObject(s, o.end, set(words(p.preps)))
	}
	o.objHow = argAdjacent
	if len(o.obj) == 0 && p.acts != actsNever {
		o.obj, o.objHow = d.actObject(s, o.end, p) // "criticism of the Argentine tariffs", "concern over Chile's plan"
	}
	if len(o.obj) == 0 && p.acts != actsOnly {
		// "Russia's ally Belarus"; a reference noun after it is the phrase's head, which the noun only
		// qualifies: "the investment firm run by X" is no investment in the firm.
		if m := s.mentionAt(o.end); m != nil && m.i == o.end && m.ref == "" && d.actorOf(m, false) != nil && m.form != formDemonym {
			o.obj, o.named = coordinatedRight(s, m), true
		}
	}
	if b := d.bodyBeforeMember(o); b != nil && len(o.obj) == 0 {
		// "Malaysia, an ASEAN member", "Norway and Denmark, both council members": the body before the
		// noun is what its subject is a member of, and the subject is set beside the phrase it opens.
		o.obj, o.objHow = []*mention{b}, argOwner
		d.nounSubjectBeside(o, b.i)
		return
	}
	d.nounSubject(o)
	if moved == nil || sameMention(moved, o.subj) || sameMention(moved, o.obj) {
		return
	}
	// The owner of what is moved is its giver: the subject ("the deployment of Rwandan troops to X"), or,
	// when the noun's owner receives it, the source ("the purchase of Turkish drones by Poland").
	switch {
	case p.reverse && len(o.obj) == 0:
		o.obj, o.objHow = []*mention{moved}, argOwner
	case !p.reverse && len(o.subj) == 0:
		o.subj, o.subjHow = []*mention{moved}, argOwner
	}
}

// movedAfter returns the need noun that the "of" phrase right after a noun names, before the phrase's own
// preposition: "the deployment [of Rwandan troops] to", "the sale [of 40 F-16 fighter jets] to"; -1 when
// no "of" follows or its phrase names none.
func movedAfter(s *sentence, end int, need set) (int, int) {
	toks := s.toks
	if end >= len(toks) || toks[end].lower != "of" {
		return -1, 0
	}
	for i := end + 1; i < len(toks) && i <= end+phraseReach; i++ {
		t := toks[i].lower
		if prepositions[t] || clauseStops[t] || t == "," || t == "." {
			break
		}
		if i+1 < len(toks) && need[t+" "+toks[i+1].lower] {
			return i, 2
		}
		if need[t] {
			return i, 1
		}
	}
	return -1, 0
}

// nounSubject fills a noun frame's subject: its owner, the agent after "by", the phrase it is in
// apposition to, or the subject of a light verb or copula that takes it.
func (d *reading) nounSubject(o *occurrence) {
	s := o.sentence
	if owner := d.possessorBefore(s, o.k); owner != nil && !nationalityOfMember(o, owner) {
		o.subj, o.subjHow = []*mention{owner}, argOwner
		return
	}
	if by, at := d.prepObject(s, o.end, set{"by": true}); len(by) > 0 && !sameMention(by[0], o.obj) && !participleBetween(s, o.end, at) { // "criticism of the incursion by Chile" is Chile's act, not its criticism
		o.subj, o.subjHow = by, argAgent
		return
	}
	d.nounSubjectBeside(o, o.k)
}

// participleBetween reports whether a reduced participle outside any name stands between a noun's end
// and the "by" at at: the agent after "by" is then that participle's, not the noun's ("reopen the border
// with Eritrea in a deal brokered by Kenya" had Kenya's border with Eritrea, a false BORDERS). The noun's
// own passive keeps its agent ("The campaign against Santos's accord was led by Uribe" is Uribe's, as
// development gold marks), and so does a noun with no verb before "by" ("the invasion of Ukraine by Russia").
func participleBetween(s *sentence, from, at int) bool {
	for i := from; i < at; i++ {
		if m := s.mentionAt(i); m != nil {
			i = m.j - 1
			continue
		}
		if passiveAuxiliaries[s.toks[i].lower] {
			return false // the noun's own clause: "was led by"
		}
		if t := s.toks[i].tag; t == "VBN" || t == "VBD" {
			return true
		}
	}
	return false
}

// nounSubjectBeside fills a noun frame's subject from the phrase that starts at token k: the actor it is
// in apposition to, or the subject of a light verb or copula that takes it.
func (d *reading) nounSubjectBeside(o *occurrence, k int) {
	s := o.sentence
	if ap := d.appositionOwner(s, k); ap != nil && d.actorOf(ap, true) != nil {
		o.subj, o.subjHow = []*mention{ap}, argApposition
		if pluralIn(s.toks[o.k:o.end]) {
			// "Iran and Russia, Assad's backers": a plural noun describes the whole list; a singular one
			// only the name before it ("signed by A, B and C, the trading arm of D": C is D's arm).
			o.subj = coordinatedLeft(d, s, ap)
		}
		return
	}
	if v, ok := copulaBefore(s, k); ok {
		o.subj, o.subjHow, o.lightVia = d.subjects(s, v), argClause, true
		o.attended = attendVerbs[s.toks[v].lower]
		if len(o.subj) == 0 && o.predicate.acts != actsNever && !o.predicate.role {
			o.subj = existentialSpeaker(s, v) // "X said there was no justification for Y's move"
		}
	}
}

// bodyBeforeMember returns the organisation named right before a membership noun, which the noun's subject
// is a member of: "an ASEAN member", "both council members" (the one council named before); nil when the
// word before is no organisation, or its possessive ("ASEAN's members" are read by what follows them).
func (d *reading) bodyBeforeMember(o *occurrence) *mention {
	if o.predicate.typ != graph.MemberOf || o.k == 0 {
		return nil
	}
	b := o.sentence.mentionAt(o.k - 1)
	if b == nil || b.j != o.k || b.poss || b.affix != "" || b.form == formDemonym {
		return nil
	}
	if e := d.actorOf(b, false); e == nil || e.kind != graph.Organization {
		return nil
	}
	return b
}

// nationalityOfMember reports whether the owner of a membership noun is a state's adjective, which says
// where the member comes from, not who is a member: "Evin Incir, a Swedish member of the European
// Parliament" (Incir is the member, Sweden is none), "a Kenyan member of parliament".
func nationalityOfMember(o *occurrence, owner *mention) bool {
	return o.predicate.typ == graph.MemberOf && owner.form == formDemonym
}

// roleNounArgs fills the frame of a noun that names what one side is to the other: the owner or the
// object after "of" is the other side; the side itself is the name right after the noun ("Russia's ally
// Belarus"), the phrase the noun is in apposition to ("Iran, Assad's backer"), or the subject of a
// copula ("Belarus is an ally of Russia").
func (d *reading) roleNounArgs(o *occurrence) {
	s, p := o.sentence, o.predicate
	whose := whoseOwner(s, o.k)
	switch owner := d.possessorBefore(s, o.k); {
	case owner != nil:
		o.obj, o.objHow = []*mention{owner}, argOwner
	case whose != nil:
		o.obj, o.objHow = []*mention{whose}, argOwner // "Glencore, whose largest shareholder is the QIA"
	default:
		o.obj, _ = d.prepObject(s, o.end, set(words(p.preps)))
		o.objHow = argAdjacent
	}
	if len(o.obj) == 0 {
		return
	}
	if m := s.mentionAt(o.end); m != nil && m.i == o.end && d.actorOf(m, false) != nil && m.form != formDemonym && !m.poss {
		o.subj, o.subjHow = coordinatedRight(s, m), argAdjacent
		return
	}
	if o.objHow == argOwner && whose == nil {
		if m := d.namedInApposition(s, o.end); m != nil {
			o.subj, o.subjHow = []*mention{m}, argAdjacent // "Glencore's largest shareholder, the QIA, backed"
			return
		}
	}
	if c := d.copulaComplement(s, o.end); c != nil {
		o.subj, o.subjHow = coordinatedRight(s, c), argClause // "Glencore's largest shareholder is the QIA"
		return
	}
	if whose == nil {
		d.nounSubjectBeside(o, o.k) // "Azerbaijan and Armenia, Georgia's neighbours": each borders Georgia
	}
}

// namedInApposition returns the actor a noun phrase set off by commas right after token end names: ", the
// Qatar Investment Authority," after "Glencore's largest shareholder"; nil when the phrase is anything else.
func (d *reading) namedInApposition(s *sentence, end int) *mention {
	if end+1 >= len(s.toks) || s.toks[end].text != "," || s.toks[end+1].tag == "RB" || s.toks[end+1].tag == "IN" {
		return nil // "the country's arms suppliers, alongside Russia": no apposition
	}
	m := d.nounPhraseActor(s, end+1)
	if m == nil || m.form == formDemonym || m.poss || m.j >= len(s.toks) || s.toks[m.j].text != "," {
		return nil
	}
	return m
}

// copulaComplement returns the actor a copula right after token end says a role noun's subject is:
// "Glencore's largest shareholder is the Qatar Investment Authority", "whose majority owner is the Kazakh
// state"; nil when no copula follows or no actor heads its complement.
func (d *reading) copulaComplement(s *sentence, end int) *mention {
	if end+1 >= len(s.toks) || !copulaVerbs[s.toks[end].lower] {
		return nil
	}
	return d.nounPhraseActor(s, end+1)
}

// between reads "talks between A and B": the relationship holds between every two of A, B, ... ; and
// "talks between the two countries", "ties between the neighbours": between the states a counted reference
// stands for (countedBetween).
func (d *reading) between(o *occurrence) {
	s := o.sentence
	if o.end >= len(s.toks) || s.toks[o.end].lower != "between" && s.toks[o.end].lower != "among" {
		return
	}
	first := d.nounPhraseActor(s, o.end+1)
	var list []*mention
	if first != nil && !countedRefs[first.ref] {
		list = coordinatedRight(s, first) // "between the two countries, which ...": no list of the reference and its "which"
	}
	var counted []*entity
	end := 0
	if len(list) >= 2 {
		end = list[len(list)-1].j
	} else if counted, end = d.countedBetween(s, o.end+1, first); len(counted) < 2 {
		return
	}
	if q := o.predicate.qualified; q != "" && !qualifiedAround(s, o.k, end, words(q)) {
		return // "good relations between A and B"
	}
	o.attrib = d.attribute(s, o.k, o.end, -1)
	if o.attrib.how == denied {
		return
	}
	o.subjHow, o.objHow = argAdjacent, argAdjacent
	if len(counted) >= 2 {
		if first == nil || first.j > end {
			// "the two countries", no mention of its own: the evidence's reference is the phrase
			first = &mention{sentence: s, i: o.end + 1, j: end, ref: "pair"}
		}
		for x := 0; x+1 < len(counted); x++ {
			for y := x + 1; y < len(counted); y++ {
				d.addPredicateRel(o, counted[x], counted[y], first, first)
			}
		}
		return
	}
	d.relateJoint(o, list)
}

// countedRefs are the references that stand for two or more actors named before: "the two countries",
// "both sides", "the two leaders" (coref.go, discourse.go).
var countedRefs = set{"pair": true, "sides": true, "people": true}

// countedBetween returns the actors a counted reference after "between" at token i stands for, and where
// the reference ends: the ones coreference gave it ("both sides"), else, for "the [two] [adjective or
// name] countries|neighbours|members" (pairNouns), the two states this sentence and the one before name
// last (twoStatesBefore: none when a third stands among them).
func (d *reading) countedBetween(s *sentence, i int, m *mention) ([]*entity, int) {
	toks := s.toks
	if m != nil && countedRefs[m.ref] {
		two := toks[m.i].lower == "two" || m.i > 0 && toks[m.i-1].lower == "two"
		if e := d.actorOf(m, true); e != nil && len(m.alts) > 0 && (!two || len(m.alts) == 1) {
			return append([]*entity{e}, m.alts...), m.j // "the two" stands for two, not for three
		}
	}
	if i >= len(toks) || toks[i].lower != "the" {
		return nil, 0
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if pairNouns[toks[k].lower] {
			two := d.twoStatesBefore(s, i)
			if d.opensParagraph(s) && !namedBefore(d, s, i, two) {
				return nil, 0 // a paragraph's "the two countries" means the article's two, not the last two named
			}
			return two, k + 1
		}
		if toks[k].lower != "two" && toks[k].tag != "JJ" && toks[k].tag != "NNP" && !regionAdjective(s, k) {
			break
		}
	}
	return nil, 0
}

// opensParagraph reports whether s is the first sentence of its paragraph.
func (d *reading) opensParagraph(s *sentence) bool {
	if s.idx == 0 {
		return true
	}
	prev := d.sents[s.idx-1]
	return prev.end > s.start || strings.Contains(d.text.norm[prev.end:s.start], "\n")
}

// namedBefore reports whether every one of the states is named in s before token i.
func namedBefore(d *reading, s *sentence, i int, states []*entity) bool {
	for _, e := range states {
		found := false
		for _, m := range s.ments {
			found = found || m.i < i && m.ref == "" && d.stateOfActor(m.entity) == e
		}
		if !found {
			return false
		}
	}
	return true
}

// qualifiedReach is how many tokens before a noun its qualifier may stand: "strained relations", "the lowest
// point in relations".
const qualifiedReach = 3

// qualifiedAround reports whether one of the words stands just before the noun at k, or soon after the
// actors ending at j, before the sentence or its clause ends ("relations between A and B have soured"); a
// relative clause right after the actors is passed over ("Relations between the two countries, which
// share a border, have been strained").
func qualifiedAround(s *sentence, k, j int, words set) bool {
	for i := k - 1; i >= 0 && i >= k-qualifiedReach; i-- {
		if words[s.toks[i].lower] {
			return true
		}
	}
	if j+1 < len(s.toks) && s.toks[j].lower == "," && relativePronouns[s.toks[j+1].lower] {
		for i := j + 1; i < len(s.toks) && i < j+prepReach+phraseReach; i++ {
			if s.toks[i].lower == "," {
				j = i + 1
				break
			}
		}
	}
	for i := j; i < len(s.toks) && i < j+afterReach; i++ {
		t := s.toks[i].lower
		if words[t] {
			return true
		}
		if t == ";" || t == "." || t == ":" || t == "," || clauseStops[t] || negators[t] ||
			isVerbTag(s.toks[i].tag) && !auxiliaries[t] {
			return false // "relations between A and B improved after years of strain"
		}
	}
	return false
}

// relateAll adds the predicate's relationship from every subject to every object.
func (d *reading) relateAll(o *occurrence) {
	placeSubject := o.predicate.typ == graph.LocatedIn || o.predicate.typ == graph.Borders // "Shusha sits in Nagorno-Karabakh"
	if o.predicate.leaderState && len(o.subj) == 0 {
		if a := unnamedLeaderBefore(o); a != nil {
			d.chairsForState(o, a) // "Gabon's president, who chairs the bloc": no one named, the state a member
		}
	}
	for _, a := range o.subj {
		if o.predicate.leaderState {
			d.chairsForState(o, a)
		}
		for _, from := range d.argActors(a, o.subjHow, !placeSubject) {
			for _, b := range o.obj {
				if (b.poss || b.form == formDemonym) && structural(o.predicate.typ) && !ownsArgNoun(b) && o.objHow != argOwner {
					continue // "led Ukraine's delegation" leads the delegation, not Ukraine; but "Sudan's army"
				}
				for _, c := range d.possessedObjects(o, b) {
					for _, to := range d.argActors(c, o.objHow, false) {
						d.addPredicateRel(o, from, to, a, c)
					}
				}
			}
		}
	}
}

// possessedObjects returns the objects a possessor b stands for: the person a title after it names and
// those listed with that person ("met Sweden's ambassador Anna Lind" meets her; "spoke with Sudan's Prime
// Minister X and Chadian President Y" with both), none when the noun is a person's family or staff
// ("called Mandela's family" did not call Mandela), else b itself. Expelling a state's envoy is expelling
// the state's people: EXPELLED keeps the possessor, as does an owner the frame chose.
func (d *reading) possessedObjects(o *occurrence, b *mention) []*mention {
	if !b.poss || o.predicate.typ == graph.Expelled || o.objHow == argOwner {
		return []*mention{b}
	}
	holder, other := ownedParty(b)
	switch {
	case holder != nil && len(o.obj) == 1:
		return coordinatedRight(o.sentence, holder)
	case holder != nil:
		return []*mention{holder}
	case other:
		return nil
	}
	return []*mention{b}
}

// ruleChairState names a state's membership of the bloc its leader chairs.
const ruleChairState = "verb:chair-of-member"

// chairsForState adds the membership a leader's chair states: the state the subject a leads ("Gabon's
// president, who chairs the bloc", "Kenya's president, William Ruto, who chairs the regional bloc IGAD")
// is a member of the bloc or intergovernmental body led (annotation: the development gold marks Gabon
// MEMBER_OF the bloc). A party or a company led says nothing of the state.
func (d *reading) chairsForState(o *occurrence, a *mention) {
	st := d.ledState(o.sentence, a)
	if st == nil {
		return
	}
	p := *o.predicate
	p.name, p.typ, p.conf = ruleChairState, graph.MemberOf, chairStateConf
	member := *o
	member.predicate = &p
	for _, b := range o.obj {
		if to := d.actorOf(b, false); to != nil && blocTypes[to.typ] {
			d.addPredicateRel(&member, st, to, a, b)
		}
	}
}

// unnamedLeaderBefore returns the leader's title with no name that a relative "who" right before the
// predicate hangs on ("Gabon's president, who chairs the bloc"), which the subject search passes over as no
// actor; nil when there is none.
func unnamedLeaderBefore(o *occurrence) *mention {
	s, k := o.sentence, o.k
	for k > 0 && s.toks[k-1].tag == "RB" {
		k-- // "who currently chairs"
	}
	if k < 3 || s.toks[k-1].lower != "who" || s.toks[k-2].text != "," {
		return nil
	}
	if m := s.mentionAt(k - 3); m != nil && m.j == k-2 && m.ref == "leader" {
		return m
	}
	return nil
}

// chairStateConf is the prior of a membership read from a leader's chair: an inference, weaker than the
// chair itself (verb:leads, 0.7).
const chairStateConf = 0.6

// ledState returns the state a subject mention leads: a person the sentence's titles make its leader
// ("Kenya's president, William Ruto"), or a leader's title the text gives no name ("Gabon's president");
// nil otherwise.
func (d *reading) ledState(s *sentence, a *mention) *entity {
	if a.ref == "leader" {
		if owner := d.roleOwner(a); owner != nil && owner.kind == graph.State {
			return owner
		}
	}
	e := d.actorOf(a, true)
	if e == nil || e.kind != graph.Person {
		return nil
	}
	for _, r := range d.roles {
		if r.person.entity == e && r.person.sentence == s && r.rel == graph.Leads && r.to != nil && r.to.kind == graph.State {
			return r.to
		}
	}
	return nil
}

// ownsArgNoun reports whether the possessor or adjective m qualifies a noun that stands for its state:
// "Sudan's army", "the Kenyan government".
func ownsArgNoun(m *mention) bool {
	s, k := m.sentence, m.j
	if m.poss {
		k++
	}
	for k < len(s.toks) && s.toks[k].tag == "JJ" && k < m.j+3 {
		k++
	}
	return k < len(s.toks) && bodyNouns2[s.toks[k].lower]
}

// ownedParty reads what a possessor owns when that is another party of the verb: a holder named after the
// noun ("Sweden's ambassador Anna Lind", "Spain's foreign minister, José Albares"), returned, or, for a
// person, their family or staff ("Mandela's family", "Ruto's lawyers"), reported by other. Expelling a
// state's envoy is still expelling the state's people, so the caller leaves EXPELLED alone. On the
// development split such possessors joined the verb's subject to a third actor in 9 of 90 false pairs. A
// person's government or administration stays the person's: the development gold marks "accused
// Wickremesinghe's government" as an accusation of Wickremesinghe.
func ownedParty(m *mention) (holder *mention, other bool) {
	s := m.sentence
	k := m.j + 1
	for k < len(s.toks) && k < m.j+possessedReach && s.at[k] < 0 && (s.toks[k].tag == "JJ" || strings.HasPrefix(s.toks[k].tag, "NN")) {
		if m.entity != nil && m.entity.kind == graph.Person && ownedParties[s.toks[k].lower] {
			return nil, true
		}
		k++
	}
	if k < len(s.toks) && s.toks[k].text == "," {
		k++
	}
	if n := s.mentionAt(k); k > m.j+1 && n != nil && n.i == k && n.kind == graph.Person && n != m {
		return n, false
	}
	return nil, false
}

// ownedParties are the nouns through which a person's name stands for other people.
var ownedParties = words("family|families|wife|husband|widow|son|sons|daughter|daughters|children|relatives|brother|sister|" +
	"mother|father|parents|lawyer|lawyers|aide|aides|adviser|advisers|advisor|advisors|spokesman|spokeswoman|spokesperson|" +
	"supporters|bodyguards|guards|staff|envoy|envoys")

// bodyNouns2 are the nouns through which a state's name stands for one of its own bodies.
var bodyNouns2 = words("government|army|military|forces|navy|police|authorities|regime|state|parliament|cabinet|administration|security|junta")

// structural reports whether a type is about what an actor is (leads, is part of, owns) rather than
// what it does: its object must be named itself, not through what it owns.
func structural(t graph.RelType) bool {
	return info(t).Stance == graph.Structural
}

// argActors returns the actors an argument stands for: an owner the frame chose ("Russian" in "a Russian
// base") is its entity whatever noun follows it.
func (d *reading) argActors(m *mention, how argHow, asSubject bool) []*entity {
	if how == argOwner && m.entity != nil && (m.form == formDemonym || m.poss) {
		return append([]*entity{m.entity}, m.alts...)
	}
	return d.actorsOf(m, asSubject && !m.poss)
}

// relateJoint adds the predicate's relationship between every two of the listed actors.
func (d *reading) relateJoint(o *occurrence, list []*mention) {
	for x := 0; x+1 < len(list); x++ {
		for y := x + 1; y < len(list); y++ {
			from, to := d.actorOf(list[x], true), d.actorOf(list[y], true)
			if from != nil && to != nil {
				d.addPredicateRel(o, from, to, list[x], list[y])
			}
		}
	}
}

// addPredicateRel records one relationship a predicate states, with its claim and the features the
// confidence model weighs.
func (d *reading) addPredicateRel(o *occurrence, from, to *entity, fm, tm *mention) {
	t, ok := underThreat(o.attrib, o.predicate.typ)
	if !ok {
		return
	}
	if from = d.subjectOf(t, from); from == nil {
		return
	}
	if o.predicate.byState != "" && from.kind == graph.State {
		t = o.predicate.byState
	}
	if t != graph.LocatedIn && t != graph.DeployedForcesTo && t != graph.Borders {
		// "recalled its ambassador from Washington", "talks with Beijing": a capital named as the other
		// party of an act between actors stands for its state.
		from, to = d.capitalAsState(from), d.capitalAsState(to)
	}
	if t == graph.OwnsStakeIn && (to.kind == graph.State || to.kind == graph.Place) && tm != nil && controlBefore(o.sentence, o.k, tm.i) {
		t = graph.Attacked // "took control of Kabul", "regained control of Nagorno-Karabakh": seized, not owned
	}
	if !fits(t, from, to) {
		return
	}
	r := d.addRel(from, to, t, o.sentence, o.predicate.name, o.predicate.conf)
	if r == nil {
		return
	}
	if o.attrib.how == claimed || o.attrib.how == threatened && t != o.predicate.typ {
		sp := d.speakerActor(o.attrib.speaker)
		if o.attrib.how == claimed && !d.ownWord(o.sentence, o.attrib.speaker, from) {
			// A role noun ("Bulgargaz, Bulgaria's state gas supplier") describes an actor the speaker names:
			// the speaker repeats it, it blames no one with it (accusations).
			r.claimed, r.claimant, r.described = true, sp, o.predicate.role
			r.coClaimants = d.coSpeakers(o.sentence, o.attrib.speaker)
		}
	}
	r.talks = o.predicate.talks
	r.feat = relFeatures{family: familyOf(o), subjHow: o.subjHow, objHow: o.objHow,
		viaRef: fm.ref != "" || tm.ref != "", viaList: len(o.subj) > 1 || len(o.obj) > 1,
		distance: tokenDistance(fm, tm), passive: o.passive, light: o.lightVia}
}

// capitalAsState returns the state whose capital e is, or e.
func (d *reading) capitalAsState(e *entity) *entity {
	if e.kind == graph.Place && e.typ == "capital" {
		if st := d.stateEntity(e.code); st != nil {
			return st
		}
	}
	return e
}

func familyOf(o *occurrence) ruleFamily {
	switch o.predicate.frame {
	case frameNoun:
		return familyNoun
	case frameBetween:
		return familyBetween
	case frameNeed:
		return familyNeed
	case frameDirect:
		return familyVerb
	}
	return familyNone
}

func tokenDistance(a, b *mention) int {
	if a == nil || b == nil || a.sentence != b.sentence {
		return 40
	}
	if a.i > b.i {
		a, b = b, a
	}
	return max(0, b.i-a.j)
}

func info(t graph.RelType) graph.RelTypeInfo {
	i, _ := t.Info()
	return i
}

// controlBefore reports whether "control" stands between tokens [k, j): "took control of".
func controlBefore(s *sentence, k, j int) bool {
	for ; k < j && k < len(s.toks); k++ {
		if s.toks[k].lower == "control" {
			return true
		}
	}
	return false
}

// distributiveWindow bounds the words before a predicate read for "each" or "both" ("have both signed").
const distributiveWindow = 4

// distributiveWords say that each of a coordinated subject did the thing on its own.
var distributiveWords = words("each|separately|individually|respectively|severally")

// distributed reports whether a coordinated subject acts each on its own, not together: "Kenya and Ethiopia
// each signed deals", "Ghana and Senegal have both signed agreements" (plural: one each) hold no deal between
// them, while "Ghana and Senegal both signed the accord" still does. from is where the subject ends, k the
// predicate; an aside between them is passed over ("Japan and South Korea, which Mongolia calls its third
// neighbours, have both signed agreements").
func distributed(s *sentence, from, k int) bool {
	both := false
	for i := max(from, k-distributiveWindow); i < k; i++ { // the words right before the predicate, after any aside
		switch w := s.toks[i].lower; {
		case distributiveWords[w]:
			return true
		case w == "both" || w == "all":
			both = true
		}
	}
	if !both {
		return false
	}
	for i := k; i < len(s.toks) && i < k+distributiveWindow; i++ {
		switch t := s.toks[i]; {
		case t.lower == "the" || t.lower == "a" || t.lower == "an" || t.lower == "one":
			return false // "both signed the accord", "both signed a joint statement"
		case t.tag == "NNS":
			return true
		}
	}
	return false
}

// jointSubjects reports whether the subjects of a predicate with no object are each other's parties: a
// joint (or symmetric light-verb) act by two or more, not attended, not done by each on its own, and with no
// other party named by a pronoun.
func jointSubjects(o *occurrence) bool {
	p := o.predicate
	return len(o.subj) >= 2 && (p.joint || o.lightVia && info(p.typ).Symmetric) && !o.attended && !titledObject(o.sentence, o.subj[0]) &&
		!distributed(o.sentence, o.subj[len(o.subj)-1].j, o.k) && !pronounParty(o.sentence, o.end, p.preps)
}

// pronounParty reports whether the predicate ending at end names its other party by a pronoun after one of
// its prepositions, within pronounPartyReach words and before the clause ends: "after Morocco and Bahrain
// signed normalisation agreements with it", where each signed with the state "it" stands for, not with the
// other (issue 11: "after Egypt and Jordan signed peace treaties with it" gave Egypt and Jordan an
// agreement). "with each other" is no such pronoun: the subjects are the parties.
func pronounParty(s *sentence, end int, preps string) bool {
	if preps == "" {
		return false
	}
	set := words(preps)
	for i := end; i+1 < len(s.toks) && i < end+pronounPartyReach; i++ {
		w := s.toks[i].lower
		if w == "," || w == "." || w == ";" || clauseStops[w] || s.at[i] >= 0 {
			return false
		}
		if set[w] && partyPronouns[s.toks[i+1].lower] {
			return true
		}
	}
	return false
}

// pronounPartyReach is how far after the predicate its preposition and pronoun may stand: "signed
// normalisation agreements with it", "signed a long-delayed maritime border accord with them".
const pronounPartyReach = 7

var partyPronouns = words("it|them|him|her|us|me")

// titledObject reports whether m is the object of a verb before it, across its title and adjectives: "Biden
// will host Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson ... to discuss
// the bids" lists whom Biden hosts, who discuss nothing among themselves.
func titledObject(s *sentence, m *mention) bool {
	for k := m.i - 1; k >= 0 && k >= m.i-phraseReach; k-- {
		t := s.toks[k]
		switch {
		case s.mentionAt(k) != nil && s.mentionAt(k).form != formDemonym:
			return false
		case t.tag == "NNP" || t.tag == "NN" || t.tag == "JJ" || t.tag == "DT":
			continue
		}
		return strings.HasPrefix(t.tag, "VB") && !auxiliaries[t.lower]
	}
	return false
}
