package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// assertion is how a sentence states a relationship: as fact, as someone's claim, or not at all.
type assertion uint8

const (
	asserted   assertion = iota // the article states it, or an actor states its own act
	claimed                     // a third party claims it, or the text hedges it ("allegedly")
	denied                      // negated, denied or only hypothetical: no relationship
	threatened                  // threatened: opposition rather than the act ("threatened sanctions")
)

// attribution is what the context of a predicate says about the relationship it states.
type attribution struct {
	how     assertion
	speaker *mention // the claimant, when there is one
	accused []*mention
}

// How far attribution cues act, in tokens.
const (
	negationReach = 5 // "has not yet formally", "did not"
	hedgeReach    = 4 // "allegedly", "reportedly" before the predicate
)

var (
	// negators deny the verb group they stand in: "did not send", "has never backed".
	negators = words("not|n't|cannot|never|no|neither|nor|without|hardly|no longer")
	// hedges make what follows someone's unattributed claim.
	// "was reported to have sent", "appears to have supplied" hedge the infinitive they govern.
	hedges = words("allegedly|reportedly|purportedly|supposedly|alleged|suspected|rumoured|rumored|ostensibly|believed|thought|understood|" +
		"reported|appear|appears|appeared|seem|seems|seemed|apparently|probably|so-called")
	// speculation makes what follows no relationship yet: "could send troops", "is considering sanctions".
	speculation = words("could|might|may|consider|considering|considered|weigh|weighing|mull|mulling|expected|likely|possible|possibly|perhaps|reluctant|hesitant|whether|if")
	// claimNouns introduce a claim: "allegations that Iran supplied drones".
	claimNouns = words("claim|claims|allegation|allegations|accusation|accusations|report|reports|suspicion|suspicions|evidence|assertion|assertions|charge|charges|belief|fears|rumours|rumors")
)

// aspirations govern an infinitive that is not yet done: "applied to join", "seeks to buy", "plans to".
var aspirations = func() set {
	m := verbSet("apply|seek|want|hope|aim|aspire|try|attempt|plan|intend|expect|propose|wish|push|lobby|campaign|strive|prepare|threaten|offer|volunteer|ask|urge|call|" +
		"vow|pledge|promise")
	// "is unable to", "has yet to", "is set to", "is poised to", "is ready to", "in talks to": not done either.
	// "was due to meet", "had been scheduled to sign": a plan ("had been due to meet junta leader Min Aung
	// Hlaing" had given MET_WITH for a visit that was cancelled).
	for w := range words("due|scheduled|talks|unable|yet|set|poised|ready|willing|eager|keen|bid|bids|attempt|attempts|plan|plans|application|applications|effort|efforts|push|call|calls|proposal|offer|request|ambition|hopes|pressure|move") {
		m[w] = true
	}
	return m
}()

// denyVerbs govern a predicate and deny it: "refused to send troops", "denied supplying drones".
var denyVerbs = verbSet("refuse|decline|fail|deny|reject|dismiss|oppose|object to|block|veto|rule out|stop short of|avoid|abandon|drop|scrap|shelve|hesitate|resist calls to|balk at|refrain from|back away from|deny that|reject claims that|dismiss claims that")

// tellVerbs name whom they tell after them: "..., an official told Reuters" is the official's claim.
var tellVerbs = verbSet("tell")

// threatVerbs turn what they govern into opposition: "threatened to impose sanctions on Mali", "vowed to
// retaliate against Manila" (a threat is opposition, docs/annotation.md); what they govern that is no
// hostile act is no relationship ("threatened to withdraw its support for X", "vowed to back Y": a plan).
var threatVerbs = verbSet("threaten|warn|vow|swear")

// underThreat is the type a relationship of type t takes when its attribution is at: a threatened hostile
// act is opposition; a threatened act of another stance states nothing (ok false).
func underThreat(at attribution, t graph.RelType) (graph.RelType, bool) {
	if at.how != threatened {
		return t, true
	}
	if info(t).Stance == graph.Conflict {
		return graph.Opposes, true
	}
	return t, false
}

// accuseVerbs take an accused and what they are accused of: "accused Rwanda of backing the M23".
var accuseVerbs = verbSet("accuse|blame|charge|suspect|criticise|criticize|condemn|sanction|punish|fault|indict|target|penalise|penalize|censure")

// claimVerbs report what someone says: the speaker claims what follows unless it is the speaker's own act.
// "wrote" reports; "written" ("had written a requirement into the bill") makes a text, so only the past is here.
var claimVerbs = verbSet("say|tell|claim|allege|insist|argue|assert|maintain|believe|suspect|think|report|state|add|note|write|" +
	"tweet|contend|charge|testify|conclude|find|estimate|warn|accuse|confirm|acknowledge|admit|reveal|disclose|announce|declare|" +
	"suggest|indicate|stress|emphasise|emphasize|point out|signal|hint|predict|fear|worry|deny|wrote")

func verbSet(l string) set {
	m := set{}
	for _, v := range list(l) {
		for _, f := range verbForms(v) {
			m[f] = true
		}
	}
	return m
}

// attribute reads the context of the predicate at tokens [k, end) of s, whose subject starts at token
// subj (-1 when it has none in the sentence).
func (d *reading) attribute(s *sentence, k, end, subj int) attribution {
	if v, negated := governingVerb(s, k); negated || endedOrRequested(s, k) {
		// "Pakistan is not India's main rival", "did not voice support for"; an act ended or asked for is
		// none whoever tells of it ("suspended ceasefire talks with the Arakan Army, state media said").
		return attribution{how: denied}
	} else if v >= 0 {
		// A noun the predicate is read at takes what its verb's context says: "China is accused of voicing
		// support for Kazakhstan", "China declined to come out in support of Tokayev".
		if a := d.attribute(s, v, v+1, subj); a.how != asserted {
			a.accused = nil // "accused X of harbouring members of the PKK": the accused harbour, they are no members
			return a
		}
	}
	if at := d.ownReport(s, k, subj); at >= 0 {
		// "Ecuador said it would appeal" is Ecuador's own word, a fact, unless the report is itself denied or
		// someone else's claim: "Uganda did not say it would send troops", "Kenya is accused of saying ...",
		// "if Ecuador said it would appeal".
		if outer := d.attribute(s, at, at+1, subj); outer.how != asserted {
			outer.accused = nil // also "threatened to say it would appeal": the threat governs the report
			return outer
		}
	}
	if d.negatedAt(s, k) || subj >= 0 && (openedByDoubt(s, subj) || demandedThat(s, subj, k)) || yesNoQuestion(s) || conditionalAt(s, k, end) || subj >= 0 && reportedDenial(s, subj) ||
		negatedClaimNoun(s, k) || endedOrRequested(s, k) || noObject(s, end) {
		return attribution{how: denied}
	}
	if threatBefore(s, k) {
		return attribution{how: threatened}
	}
	if a, ok := d.accusedOf(s, k); ok {
		return a
	}
	if sp, ok := namedBy(s, k); ok {
		return attribution{how: claimed, speaker: sp}
	}
	if sp, ok := claimNounOf(s, k); ok {
		return attribution{how: claimed, speaker: sp}
	}
	if sp, at, ok := d.speakerOf(s, k, end, subj); ok {
		if at >= 0 && at < k {
			// A report is read in its own context, with its speaker as its subject: "India did not say its
			// navy would patrol ...", "Paraguay alleged that Albanese said he had raised ..." (the report is
			// itself Paraguay's claim), "... if Albanese said he had raised ...".
			by := -1
			if sp != nil && sp.i < at {
				by = sp.i
			}
			if outer := d.attribute(s, at, at+1, by); outer.how != asserted {
				return outer
			}
		}
		return attribution{how: claimed, speaker: sp}
	}
	if hedgedAt(s, k, end) || inQuote(s, k) {
		return attribution{how: claimed}
	}
	return attribution{how: asserted}
}

// ownReport returns the reporting verb before the predicate at k whose subject is the predicate's own,
// subj: "Ecuador said it would appeal", "Kenya is accused of saying it would send police". -1 when there is
// none.
func (d *reading) ownReport(s *sentence, k, subj int) int {
	if subj < 0 {
		return -1
	}
	for i := k - 1; i >= 0; i-- {
		if s.toks[i].lower == ";" {
			return -1
		}
		if claimVerbs[s.toks[i].lower] && strings.HasPrefix(s.toks[i].tag, "VB") && !passiveAt(s, i, i+1) && // ("is accused of": accusedOf reads it)
			parenthetical(s, i) < 0 { // "Somalia, Paraguay said, was admitted": the aside is Paraguay's report, not Somalia's
			if sp := d.subjects(s, i); len(sp) > 0 && sp[0].i == subj {
				return i
			}
		}
	}
	return -1
}

// governReach is how many words may stand between a noun predicate and the verb whose object it is:
// "came out firmly in support of", "is no longer India's main rival".
const governReach = 6

// objectTags are the tags of the words a verb's object may hold before its head noun.
var objectTags = words("JJ|JJS|JJR|RB|RBR|RP|PRP$|POS|CD|$|NN|NNS")

// governingVerb returns the verb whose object holds the noun predicate at k ("voiced support for", "signed
// a deal with", "is a close ally of"), across determiners, adjectives, adverbs, possessors and "in", and
// whether a negator stands between them ("is not India's rival"). -1 when k is no noun or no verb
// governs it within reach.
func governingVerb(s *sentence, k int) (int, bool) {
	toks := s.toks
	if !strings.HasPrefix(toks[k].tag, "NN") {
		return -1, false
	}
	negated := false
	for i := k - 1; i >= 0 && i >= k-governReach; i-- {
		t := toks[i]
		switch {
		case strings.HasPrefix(t.tag, "VB") || t.tag == "MD":
			return i, negated
		case negators[t.lower]:
			negated = true
		case s.mentionAt(i) != nil:
			if m := s.mentionAt(i); m.poss || m.form == formDemonym || possessivePronoun(m) {
				i = m.i
				continue // "India's main rival", "a Russian base", "of continuing its backing of"
			}
			return -1, false // another actor: "hosted Iran's talks with ..." is read apart
		case objectTags[t.tag] || determiners[t.lower] || t.lower == "in":
			// "signed a gas deal with", "pledged $2 billion in aid to", "came out firmly in support of"
		default:
			return -1, false
		}
	}
	return -1, false
}

// negatedAt reports whether the predicate at token k is negated, denied or speculative: a negator or a
// word of speculation in its verb group, or a denying verb that governs it.
func (d *reading) negatedAt(s *sentence, k int) bool {
	toks := s.toks
	for i := k - 1; i >= 0 && i >= k-negationReach; i-- {
		t := toks[i].lower
		if negators[t] || speculation[t] || denyVerbs[t] || i > 0 && denyVerbs[toks[i-1].lower+" "+t] ||
			i > 1 && denyVerbs[toks[i-2].lower+" "+toks[i-1].lower+" "+t] { // "stopped short of"
			return true
		}
		if (t == "which" || t == "whom") && i >= 2 && toks[i-1].lower == "of" && listNegators[toks[i-2].lower] {
			return true // "Kenya and Uganda, none of which have signed the pact"
		}
		if t == "to" && i > 0 && aspirations[toks[i-1].lower] && !threatVerbs[toks[i-1].lower] {
			return true // "applied to join NATO", "a bid to join": not yet done; a threat is read by threatBefore
		}
		if t == "to" && askedOf(s, i) {
			return true // "urged the EU to sanction Belarus": asked for, not done
		}
		if t == "," || t == ";" || t == "and" || t == "but" || t == "\"" || clauseStops[t] && t != "that" {
			return false
		}
		if m := s.mentionAt(i); m != nil && m.ref == "" {
			return negatedList(s, m.i) // "Neither China nor India condemned"; else another actor: a new clause ("Iran denied that Russia...") is read from there
		}
	}
	return false
}

// doubts open a clause whose content is not stated: "whether Iran sent drones", "if Russia attacks".
var doubts = words("whether|if|unless")

// openedByDoubt reports whether the clause of the subject at token subj opens with a word of doubt: "It is
// unclear whether Iran sent drones to Venezuela" states no delivery, nor does "... if French nuclear group
// Orano is based in Paris". The word stands right before the subject's noun phrase.
func openedByDoubt(s *sentence, subj int) bool {
	i := phraseStart(s, subj)
	return i > 0 && doubts[s.toks[i-1].lower]
}

// subjectPhraseReach is how many words a subject's noun phrase may have before the token a rule takes as its
// subject: "French nuclear group Orano", "Qatar and Egypt".
const subjectPhraseReach = 6

// phraseTags are the tags of the words of a noun phrase before its head: "the French nuclear group".
var phraseTags = words("DT|JJ|JJR|JJS|NN|NNS|NNP|NNPS|CD|POS|PRP$")

// phraseStart returns the first token of the noun phrase, or list of them, that ends with the word at i:
// across determiners, adjectives, nouns, names and "and" between them.
func phraseStart(s *sentence, i int) int {
	start := i
	for j := i - 1; j >= 0 && j >= i-subjectPhraseReach; j-- {
		t := s.toks[j]
		if !phraseTags[t.tag] && t.lower != "and" && s.mentionAt(j) == nil || doubts[t.lower] || t.lower == "that" {
			break
		}
		start = j
	}
	for start < i && s.toks[start].lower == "and" {
		start++
	}
	return start
}

// demandThatVerbs ask, with "that", for an act not yet done: "demanded that Mali withdraw its troops".
var demandThatVerbs = verbSet("demand|ask|urge|request|order|require|propose|recommend")

// demandedThat reports whether the clause of the subject at subj is what a verb of demand asks for: "Niger
// demanded that France withdraw". An act the demand would end goes on ("demanded that Egypt stop selling
// weapons to Somalia" says it sells them), which endedOrRequested reads at the ending verb.
func demandedThat(s *sentence, subj, k int) bool {
	i := phraseStart(s, subj)
	if i < 2 || s.toks[i-1].lower != "that" || !demandThatVerbs[s.toks[i-2].lower] {
		return false
	}
	return k == 0 || !endBases[s.toks[k-1].lower]
}

// askVerbs ask another actor to act: what they ask for is not done.
var askVerbs = verbSet("ask|urge|call on|press|demand|tell|order|pressure|push|implore|appeal to|petition|lobby|encourage|invite|beg")

// askedOf reports whether the "to" at token i follows an actor that a verb of asking governs: "urged the
// EU to", "called on Russia to".
func askedOf(s *sentence, i int) bool {
	m := s.mentionAt(i - 1)
	if m == nil || m.j != i || m.i == 0 {
		return false
	}
	k := phraseStart(s, m.i) - 1 // "urged Qatar and Egypt to", "called on French nuclear group Orano to"
	if k < 0 {
		return false
	}
	return askVerbs[s.toks[k].lower] || k > 0 && askVerbs[s.toks[k-1].lower+" "+s.toks[k].lower]
}

// threatGap are the words that may stand between a threat and what it governs: "threatened to be",
// "warned it would".
var threatGap = words("to|it|they|would|will|that|be|have")

// threatBefore reports whether a threat governs the predicate: "threatened to impose", "warned it would".
func threatBefore(s *sentence, k int) bool {
	toks := s.toks
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if threatVerbs[toks[i].lower] {
			return true
		}
		if t := toks[i].lower; !threatGap[t] && toks[i].tag != "RB" {
			return false
		}
	}
	return false
}

// hedgedAt reports whether a hedge stands in the predicate's clause next to it: "allegedly supplied",
// "supplied, reportedly,", "alleged support for".
func hedgedAt(s *sentence, k, end int) bool {
	toks := s.toks
	for i := k - 1; i >= 0 && i >= k-hedgeReach; i-- {
		if hedges[toks[i].lower] && !hedgesCompound(s, i) || hearsay(s, i) { // "the reportedly Iran-backed Houthis fired": the backing is hedged
			return true
		}
		if toks[i].lower == "," && i >= 4 && impersonalAside(s, i-4, i) {
			return true // "Russia, it is said, sent troops"
		}
		if toks[i].lower == "," || clauseStops[toks[i].lower] {
			break
		}
	}
	for i := end; i < len(toks) && i < end+2; i++ {
		if hedges[toks[i].lower] {
			return true
		}
	}
	// "claims that X supplied ...": a claim noun opens the clause.
	for i := k - 1; i >= 1 && i >= k-8; i-- {
		if toks[i].lower == "that" && (claimNouns[toks[i-1].lower] || hedges[toks[i-1].lower]) {
			return true // "claims that", "it is alleged that"
		}
		if toks[i].lower == ";" || toks[i].lower == "." {
			break
		}
	}
	return false
}

// hearsayVerbs, in the passive before "to", say that someone says it: "is said to have sent", "is
// claimed to have", "is presumed to have".
var hearsayVerbs = words("said|known|rumoured|rumored|reputed|claimed|presumed|assumed|alleged|reported|believed|thought|understood|suspected")

// beWords are the forms of "be" before a passive participle.
var beWords = words("is|are|was|were|be|been|being")

// hearsay reports whether token i is "said" (or the like) between a form of "be" and "to": "Russia is
// said to have sent troops", "is widely said to", a claim the sentence does not say whose.
func hearsay(s *sentence, i int) bool {
	if i == 0 || i+1 >= len(s.toks) || !hearsayVerbs[s.toks[i].lower] || s.toks[i+1].lower != "to" {
		return false
	}
	b := i - 1
	if b > 0 && s.toks[b].tag == "RB" {
		b-- // "is widely said to", "was long thought to"
	}
	return beWords[s.toks[b].lower]
}

// accusedOf reads "X accused Y of backing Z": the predicate, a gerund after "of" or "for", is X's claim
// about Y, which is its subject.
func (d *reading) accusedOf(s *sentence, k int) (attribution, bool) {
	toks := s.toks
	k, noun := accusedActAt(s, k)
	if k < 0 {
		return attribution{}, false
	}
	for i := k - 2; i >= 0 && i >= k-12; i-- {
		if !accuseVerbs[toks[i].lower] && !holdResponsible(s, i) || noun && !blameVerbs[toks[i].lower] && !holdResponsible(s, i) {
			if toks[i].lower == ";" || toks[i].lower == "." {
				break
			}
			continue
		}
		a := attribution{how: claimed}
		if subj := d.subjects(s, i); len(subj) > 0 {
			a.speaker = subj[0]
			if r := a.speaker.ref; (r == "which" || r == "who") && a.speaker.j < i {
				// "Rwanda, which Congo accuses of backing the M23": the relative pronoun is the accused, and
				// the accuser stands between it and the verb (an actor, or words naming none).
				a.speaker, a.accused = firstActorBetween(s, a.speaker.j-1, i), []*mention{a.speaker}
				return a, true
			}
		}
		if passiveAt(s, i, i+1) {
			// "Rwanda is accused of backing": the accused is the subject, the accuser unnamed or after "by".
			a.accused = d.subjects(s, i)
			a.speaker = nil
			if by := d.agent(s, i+1); len(by) > 0 {
				a.speaker = by[0]
			}
			return a, true
		}
		a.accused = d.directObject(s, i+1)
		if len(a.accused) == 0 && a.speaker != nil && a.speaker.i > 0 {
			if w := s.mentionAt(a.speaker.i - 1); w != nil && (w.ref == "which" || w.ref == "who") {
				a.accused = []*mention{w} // "Iran, which Israel accuses of arming Hezbollah"
			}
		}
		return a, true
	}
	return attribution{}, false
}

// speakerOf returns whoever the sentence says claims the predicate at [k, end): the subject of a reporting
// verb before it whose reported clause holds the predicate ("Kyiv said Iran supplied"), the speaker of a
// reporting clause after it ("..., Kyiv said."), or the actor of "according to X".
func (d *reading) speakerOf(s *sentence, k, end, subj int) (*mention, int, bool) {
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower == "according" && toks[i+1].lower == "to" {
			if m := d.nounPhraseActor(s, i+2); m != nil {
				return m, -1, true
			}
			return d.sourceOfNoun(s, i+2), -1, true // "according to a statement by the defence ministry"
		}
	}
	if i, ok := sourceFirst(s, k); ok {
		return firstActorBetween(s, -1, i), -1, true // "UN report: Iran armed the Houthis"
	}
	// Before: "X said (that) ... PREDICATE", "Iran, which Kyiv says supplied ...".
	for i := k - 1; i >= 0; i-- {
		if toks[i].lower == ";" {
			break
		}
		if !claimVerbs[toks[i].lower] && !evidenceThat(s, i) || toks[i].tag == "VBN" && !perfect(s, i) ||
			hearsay(s, i) || // "Russia is said to have sent": no speaker; hedgedAt makes it an unattributed claim
			nounNotReport(s, i) { // "a report by Amnesty said", "Gazprom, the Russian state gas giant,": a noun
			continue
		}
		if c := parenthetical(s, i); c >= 0 && (c > subj || subj > i) {
			// "Iran, the ministry said, supplied drones": a report set off by commas inside its content (its
			// subject may read as the reporting verb's). The aside has no context of its own to read.
			return firstActorBetween(s, c, i), -1, true
		}
		sp := d.subjects(s, i)
		if len(sp) == 0 {
			if inv := d.invertedSpeaker(s, i); inv != nil {
				sp = []*mention{inv}
			} else if own := possessorSpeaker(s, i); own != nil {
				sp = []*mention{own}
			} else if src := sourceBefore(s, i); src != nil {
				sp = []*mention{src}
			}
		}
		if len(sp) == 0 {
			// "Iran, which she said backed Hamas": someone claims it, the sentence does not say who.
			if subj >= 0 && (subj > i && reportedFrom(s, i, subj) || i == k-1) {
				return nil, i, true
			}
			continue
		}
		if subj < 0 || subj > i && reportedFrom(s, i, subj) || subj < sp[0].i {
			return sp[0], i, true
		}
	}
	if i, ok := colonSource(s, end); ok {
		return firstActorBetween(s, i, len(toks)), -1, true
	}

	if claimAfter(s, end) {
		// "..., a claim Tehran denies": the clause is someone's claim, and the verb after the noun is no report
		// of it. After an accusation the noun names the accusation, which is a fact.
		return nil, -1, !accuseVerbs[toks[k].lower] && !claimVerbs[toks[k].lower]
	}
	sp, ok := d.speakerAfter(s, end)
	return sp, -1, ok
}

// nounNotReport reports whether the word of saying at i is a noun of a noun phrase, not a reporting verb the
// tagger read as a noun: after a determiner ("a report by Amnesty said") or before another common noun ("Gazprom,
// the Russian state gas giant, cut supplies": set off by commas, it would read as a report aside).
func nounNotReport(s *sentence, i int) bool {
	if !strings.HasPrefix(s.toks[i].tag, "NN") {
		return false
	}
	return i > 0 && determiners[s.toks[i-1].lower] || i+1 < len(s.toks) && (s.toks[i+1].tag == "NN" || s.toks[i+1].tag == "NNS")
}

// parentheticalReach is how many words a report set off by commas may have before its verb ("the
// country's foreign ministry said") and after it ("said on Tuesday").
const parentheticalReach = 6

// parenthetical returns the comma that opens a report set off by commas around the reporting verb at i,
// with no other verb and no relative pronoun in it: "Iran, the ministry said on Tuesday, supplied drones".
// -1 when the verb stands in no such aside.
func parenthetical(s *sentence, i int) int {
	toks := s.toks
	closed := false
	for j := i + 1; j < len(toks) && j <= i+parentheticalReach; j++ {
		if toks[j].lower == "," {
			closed = true
			break
		}
		if strings.HasPrefix(toks[j].tag, "VB") || toks[j].tag == "MD" || clauseStops[toks[j].lower] {
			return -1
		}
	}
	if !closed {
		return -1
	}
	for c := i - 1; c >= 0 && c >= i-parentheticalReach; c-- {
		t := toks[c]
		switch {
		case t.lower == "," && listComma(s, c):
			return -1 // "Chile, Peru and Colombia announced sanctions on Venezuela, as did Ecuador": a list of subjects
		case t.lower == ",":
			return c
		case strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.lower == "which" || t.lower == "who" || clauseStops[t.lower]:
			return -1
		}
	}
	return -1
}

// listComma reports whether the comma at c joins two actors of one list ("Chile, Peru and Colombia"),
// rather than opening an aside: the actor before it goes on past it to another.
func listComma(s *sentence, c int) bool {
	m := s.mentionAt(c - 1)
	if m == nil || m.j != c || m.entity == nil {
		return false
	}
	l := coordinatedRight(s, m)
	return len(l) > 1 && l[1].i > c
}

// speakerAfter finds the speaker of a reporting clause after the predicate ending at end: "PREDICATE ..., X
// said." or ", said X.".
func (d *reading) speakerAfter(s *sentence, end int) (*mention, bool) {
	toks := s.toks
	for i := end; i < len(toks); i++ {
		if toks[i].lower != "," && toks[i].lower != "\"" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+8; j++ {
			if claimVerbs[toks[j].lower] && !determiners[toks[j-1].lower] && (!strings.HasPrefix(toks[j].tag, "NN") || actorEndsAt(s, j)) {
				if !reportEnds(s, j) {
					break // "..., and the US said it would respond": a statement of its own
				}
				if sp := d.subjects(s, j); len(sp) > 0 && sp[0].i > i {
					return sp[0], true
				} else if len(sp) > 0 && relativeAfter(s, sp[0]) {
					// "Iran, which backs Hamas, denied the report": the predicate describes the verb's own
					// subject, it is no content of the report.
					return nil, false
				}
				if sp := d.invertedSpeaker(s, j); sp != nil && !tellVerbs[toks[j].lower] {
					// "said Iran" names the speaker; "told Reuters" names whom it was told.
					return sp, true
				}
				// "..., Ukrainian officials said.", "..., officials said on Monday.": a claim whose speaker
				// the sentence names by an adjective, or not at all.
				return firstActorBetween(s, i, j), true
			}
		}
	}
	return nil, false
}

// possessorReach is how many words may name an unnamed speaker after its possessor: "Hungary's deputy
// foreign minister".
const possessorReach = 4

// possessorSpeaker reads "Hungary's foreign minister claimed", "the Ukrainian foreign minister told": a
// speaker the sentence names only by the office it holds in an actor speaks for that actor. It returns the
// possessor or the demonym before the common nouns right before the reporting verb at i.
func possessorSpeaker(s *sentence, i int) *mention {
	j := i - 1
	for ; j >= 0 && i-j <= possessorReach; j-- {
		t := s.toks[j]
		if m := s.mentionAt(j); t.tag != "JJ" && t.tag != "NN" && t.tag != "NNS" || m != nil && m.ref == "" {
			break // a demonym is tagged JJ: "the Ukrainian foreign minister"
		}
	}
	if j == i-1 || j < 0 {
		return nil
	}
	if s.toks[j].tag == "POS" {
		j--
	}
	m := s.mentionAt(j)
	if m == nil || !m.poss && m.form != formDemonym || m.entity == nil || m.j != j+1 && m.j != j+2 {
		return nil
	}
	return m
}

// sourcePrepositions tie a source noun to whoever it comes from: "a report by Amnesty International".
var sourcePrepositions = words("by|from|of")

// sourceBefore reads "A report by Amnesty International said": the actor of a source noun's phrase that
// ends right before the reporting verb at i.
func sourceBefore(s *sentence, i int) *mention {
	m := s.mentionAt(i - 1)
	if m == nil || m.entity == nil || m.j != i {
		return nil
	}
	k := m.i - 1
	if k >= 0 && determiners[s.toks[k].lower] {
		k--
	}
	if k < 1 || !sourcePrepositions[s.toks[k].lower] || !sourceNouns[s.toks[k-1].lower] && !claimNouns[s.toks[k-1].lower] {
		return nil
	}
	return m
}

// sourceOfNoun reads the source of a noun phrase at token i that names a document or a statement and then
// whose it is: "a statement by the Algerian defence ministry", "reports from Kyiv". Nil when it names none.
func (d *reading) sourceOfNoun(s *sentence, i int) *mention {
	toks := s.toks
	for j := i; j < len(toks) && j < i+possessorReach; j++ {
		t := toks[j]
		if sourcePrepositions[t.lower] && j > i {
			return d.nounPhraseActor(s, j+1)
		}
		if !determiners[t.lower] && t.tag != "JJ" && t.tag != "NN" && t.tag != "NNS" {
			return nil
		}
	}
	return nil
}

// colonReach is how many words a headline's source after a colon may have: "...: UN report", "...: sources".
const colonReach = 5

// sourceNouns name where a claim comes from when a headline puts its source after a colon.
var sourceNouns = words("report|reports|sources|source|officials|official|media|diplomats|witnesses|claim|claims|says|alleges|study|investigation|monitor|monitors")

// sourceMarks set a headline's source apart from what it claims: "Iran armed Houthis: UN report", "Iran
// backs Houthis - sources", "Report: Iran armed Houthis".
var sourceMarks = words(":|-|--|—|–")

// colonSource finds a headline's source after the predicate at end: "Iran armed Houthis: UN report" and
// "Iran armed Houthis - sources" are the report's and the sources' claims. It returns the mark's token
// when a short tail after it names a source.
func colonSource(s *sentence, end int) (int, bool) {
	toks := s.toks
	for i := end; i < len(toks); i++ {
		if !sourceMarks[toks[i].lower] {
			continue
		}
		if len(toks)-i > colonReach+2 {
			return 0, false
		}
		return i, namesSource(s, i+1, len(toks))
	}
	return 0, false
}

// sourceFirst finds a headline's source before its colon, ahead of the predicate at k: "Report: Iran armed
// Houthis", "UN experts' report: ...". It returns the colon's token.
func sourceFirst(s *sentence, k int) (int, bool) {
	for i := 1; i < k && i <= colonReach; i++ {
		if s.toks[i].lower == ":" {
			return i, namesSource(s, 0, i)
		}
	}
	return 0, false
}

// namesSource reports whether the words [i, j) name a source noun.
func namesSource(s *sentence, i, j int) bool {
	for ; i < j; i++ {
		if sourceNouns[s.toks[i].lower] {
			return true
		}
	}
	return false
}

// appositeClaims name what the clause before them is, when it is someone's word: "..., a claim Tehran denies".
var appositeClaims = words("claim|allegation|accusation|charge|assertion")

// claimAfter reports whether the clause of the predicate ending at end is followed by a comma and a claim
// noun that stands for it: "Iran supplied drones to Russia, a claim Tehran denies." The sentence does not
// say whose claim it is.
func claimAfter(s *sentence, end int) bool {
	toks := s.toks
	for i := end; i+2 < len(toks); i++ {
		if toks[i].lower == ";" {
			return false
		}
		if toks[i].lower == "," && determiners[toks[i+1].lower] && appositeClaims[toks[i+2].lower] {
			return true
		}
	}
	return false
}

// relativeAfter reports whether a relative clause opens right after m: "Iran, which ...", "Rutte, who ...".
func relativeAfter(s *sentence, m *mention) bool {
	return m.j+1 < len(s.toks) && s.toks[m.j].lower == "," && (s.toks[m.j+1].lower == "which" || s.toks[m.j+1].lower == "who")
}

// reportEnds reports whether nothing but adverbials follow the reporting verb at j to the clause's end:
// "officials said on Monday." and "the ministry said, adding..." report what came before, "officials
// said it would respond" does not.
func reportEnds(s *sentence, j int) bool {
	for i := j + 1; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.lower == "," || t.lower == ";" || t.tag == "VBG" || t.lower == "who" {
			return true // "..., the ministry said, adding", "said Friday citing", "said an official who asked"
		}
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.lower == "that" {
			return false
		}
	}
	return true
}

// firstActorBetween returns the first mention naming an actor strictly between tokens i and j.
func firstActorBetween(s *sentence, i, j int) *mention {
	for k := i + 1; k < j; k++ {
		if m := s.mentionAt(k); m != nil && m.entity != nil {
			return m
		}
	}
	return nil
}

// perfect reports whether the participle at i follows "has", "have" or "had": "Kyiv has said".
func perfect(s *sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch s.toks[j].lower {
		case "has", "have", "had":
			return true
		}
		if s.toks[j].tag != "RB" {
			return false
		}
	}
	return false
}

// reportedFrom reports whether the clause the reporting verb at i introduces reaches token subj: no comma
// between them, unless the report opens with "that" or an aside ("said, citing intelligence, that"), or
// the comma opens a relative clause of a word the report holds ("Peru claimed Hamas, which Israel
// considers a terrorist group, rejected the plan": the relative clause is inside what Peru claims).
func reportedFrom(s *sentence, i, subj int) bool {
	if i+1 < len(s.toks) && (s.toks[i+1].lower == "that" || s.toks[i+1].lower == "," || s.toks[i+1].lower == ":") {
		return true
	}
	for j := i + 1; j < subj; j++ {
		switch s.toks[j].lower {
		case ",":
			if j > i+1 && j+1 <= subj && reportedRelatives[s.toks[j+1].lower] {
				continue
			}
			return false
		case "of", "about", "against", "over", "—", "--", "–", "(":
			return false // an aside by the writer ("— Russia leases a site in Kazakhstan —") is no report
		}
	}
	return true
}

// reportedRelatives open a relative clause that a report holds when it qualifies a word of the report;
// "where" is left out: ", where ..." after a place describes the place, in the writer's words more often.
var reportedRelatives = words("which|who|whom|whose")

// invertedSpeaker reads "said X" and "said X's spokesman": the speaker after the reporting verb at i.
func (d *reading) invertedSpeaker(s *sentence, i int) *mention {
	m := d.nounPhraseActor(s, i+1)
	if m == nil || m.i > i+4 {
		return nil
	}
	// The speaker ends the clause ("..., said Iran." "said Iran's foreign ministry on Monday"); otherwise it
	// is the reported clause's subject ("Critics say China supports Russia").
	if m.j < len(s.toks) && !speakerEnds[s.toks[m.j].lower] {
		return nil
	}
	return m
}

// speakerEnds may follow an inverted speaker: the clause's end, or the time and place of the report.
var speakerEnds = words(",|.|;|:|\"|on|in|at|late|earlier|last|this|yesterday|today|tonight|told|)")

// speaksFor reports whether the speaker states the relationship on its own behalf: it is the source, or
// leads, serves or speaks for it, or is a body of the same state, or is the state whose body the source is
// ("Kenya said the Kenya Defence Forces had attacked al-Shabaab" is Kenya's word on its own army, no claim
// and no accusation of it).
func (d *reading) speaksFor(speaker, source *entity) bool {
	if speaker == nil || source == nil {
		return false
	}
	if speaker == source {
		return true
	}
	for _, a := range d.affiliations[speaker] {
		if a == source || a.kind == graph.State && source.kind != graph.Person && source.code == a.code && a.code != "" ||
			stateBodyOf(a, source) {
			return true // "Kremlin spokesman X said Russia had summoned ...": Russia's word on itself
		}
	}
	return stateBodyOf(speaker, source) || speaker.kind == graph.State && stateBodyOf(source, speaker)
}

// stateBodyOf reports whether body is a state's own organ (its government, a ministry, the Kremlin, its
// armed forces) and source that state or another actor of it, not a person: what the body says of them is
// the state's word on itself. Before, "Kremlin spokesman Dmitry Peskov said Russia had summoned the Finnish
// ambassador" stored the summons as Peskov's claim, and Peskov ACCUSES Russia (0.86).
func stateBodyOf(body, source *entity) bool {
	return body.kind == graph.Organization && (body.typ == "government" || body.typ == "military") && body.code != "" &&
		source.code == body.code && source.kind != graph.Person
}

// ownWord reports whether the speaker of a claim tells of the source's own act: it is on the source's side
// (ownSide: a state's leader or body speaks for the state's bodies, not for an armed group, a party or the
// protesters of that state, so "Ethiopian Prime Minister Abiy Ahmed accused the TPLF of attacking army bases"
// stays Abiy's claim, where before it was stored as a fact), or the source is listed with it as one subject of the reporting verb ("Botswana, Namibia and Zambia said
// they had sent troops": each tells of its own deployment, Botswana accuses none of the others).
func (d *reading) ownWord(s *sentence, speaker *mention, source *entity) bool {
	if who := d.speakerActor(speaker); who != nil && source != nil && d.ownSide(who, source) {
		return true
	}
	if speaker == nil || speaker.prep != "" || s.mentionAt(speaker.i) != speaker {
		return false // "According to Paraguay, the United States ...": a source, no list of subjects
	}
	l := coordinatedRight(s, speaker)
	if last := l[len(l)-1]; !verbAt(s, last.j) && !(s.toks[min(last.j, len(s.toks)-1)].tag == "RB" && verbAt(s, last.j+1)) {
		return false // the list is the reporting verb's subject only when the verb follows it
	}
	for _, m := range l[1:] {
		if d.actorOf(m, true) == source {
			return true
		}
	}
	return false
}

// coSpeakers returns the actors listed after a claim's speaker as one subject or source with it ("Britain,
// France and Germany said", "according to Uganda and Burundi"), who claim what it claims; a list joined by
// commas alone is none ("According to Paraguay, the United States, Colombia's ally, ...": an apposition).
func (d *reading) coSpeakers(s *sentence, speaker *mention) []*entity {
	if speaker == nil || s.mentionAt(speaker.i) != speaker {
		return nil
	}
	l := coordinatedRight(s, speaker)
	last := l[len(l)-1]
	at := last.i - 1
	if at > 0 && s.toks[at].lower == "the" {
		at--
	}
	if len(l) < 2 || at < 0 || s.toks[at].lower != "and" && s.toks[at].lower != "or" {
		return nil
	}
	var out []*entity
	for _, m := range l[1:] {
		if e := d.actorOf(m, true); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// speakerActor returns the actor a claim's speaker stands for: the actor it names, or the state of an
// office that speaks unnamed ("Hungary's foreign minister claimed" is Hungary's claim).
func (d *reading) speakerActor(m *mention) *entity {
	if e := d.actorOf(m, true); e != nil || m == nil || !m.poss && m.form != formDemonym {
		return e
	}
	return m.entity // "Hungary's foreign minister", "the Ukrainian foreign minister"
}

// exclusions put the actor after them outside the act: "signed the accord without Russia", "aligned with
// the bloc except Hungary".
var exclusions = words("without|except|excluding|bar|barring")

// excluded reports whether the actor mention m is the object of an exclusion: the word before it, or before
// its determiner, is "without" or the like.
func excluded(s *sentence, m *mention) bool {
	i := m.i - 1
	if i >= 0 && determiners[s.toks[i].lower] {
		i--
	}
	return i >= 0 && exclusions[s.toks[i].lower]
}
