package extract

import "strings"

// Modality: what makes a predicate no statement of fact beyond the negators, hedges and reporting verbs of
// attribution.go — questions, conditions, inability, a subject list opened by "neither", a reported denial,
// and a noun the writer puts in someone's mouth ("what it called"). Each was written from fresh sentences in
// the shapes news uses (TestClaimsAndNegation), not from the corpus.

// questionOpeners open a yes/no question: "Will China arm Russia?", "Did Iran send drones?". A question
// with a question word ("Why did Russia invade?") takes its content for granted and is not listed here.
var questionOpeners = words("is|are|was|were|do|does|did|will|would|can|could|should|shall|has|have|had|may|might|must")

// yesNoQuestion reports whether the sentence asks whether its content is so: it opens with an auxiliary
// (after a quotation mark) and ends with a question mark.
func yesNoQuestion(s *sentence) bool {
	toks := s.toks
	first, last := 0, len(toks)-1
	for first < len(toks) && toks[first].lower == "\"" {
		first++
	}
	for last > first && toks[last].lower == "\"" {
		last--
	}
	return last > first && toks[last].lower == "?" && questionOpeners[toks[first].lower]
}

// conditionOpeners open a sentence whose main clause holds only on a condition: "If Iran supplies missiles,
// the EU will respond", "Unless Russia withdraws, Turkey will send troops".
var conditionOpeners = words("if|unless")

// invertedConditions open a condition by inversion when no question mark ends the sentence: "Should Egypt
// arm Somalia, Ethiopia would respond", "Had Egypt armed Somalia, ...", "Were Egypt to arm Somalia".
var invertedConditions = words("should|had|were")

// conditionalModals make a clause hypothetical when a condition goes with it: "Iran would arm Russia if the
// war dragged on".
var conditionalModals = words("would|could|might")

// conditionalAt reports whether the predicate at tokens [k, end) holds only on a condition: the sentence
// opens with one, a conditional modal in the predicate's verb group goes with an "if" or "unless" after it,
// or the modal's perfect says it did not happen ("would have backed").
func conditionalAt(s *sentence, k, end int) bool {
	toks := s.toks
	first := 0
	for first < len(toks) && toks[first].lower == "\"" {
		first++
	}
	if first < len(toks) && (conditionOpeners[toks[first].lower] || invertedConditions[toks[first].lower] && toks[len(toks)-1].lower != "?") {
		return true
	}
	modal := false
	for i := k - 1; i >= 0 && i >= k-negationReach; i-- {
		if conditionalModals[toks[i].lower] {
			if toks[i+1].lower == "have" {
				// "a statement in which the council would have backed the sanctions": a modal's perfect
				// states what did not happen, with or without its condition.
				return true
			}
			modal = true
			break
		}
		if toks[i].lower == "," || clauseStops[toks[i].lower] || s.mentionAt(i) != nil {
			break
		}
	}
	if !modal {
		return false
	}
	for i := end; i < len(toks); i++ {
		if conditionOpeners[toks[i].lower] {
			return true
		}
		if toks[i].lower == ";" {
			break
		}
	}
	return false
}

// listNegators open a list of subjects that all do not act: "Neither China nor India condemned Russia";
// before "of which" or "of whom", a relative clause ("A and B, none of which have signed").
// "No Egyptian troops have been sent" negates through its determiner.
var listNegators = words("neither|no|none")

// listConnectives join the members of a list of subjects.
var listConnectives = words(",|and|or|nor|the")

// negatedList reports whether the actor mention at token i belongs to a list of subjects opened by "neither":
// the words before it are other actors of the list and its connectives, back to "neither".
func negatedList(s *sentence, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := s.toks[j].lower
		if listNegators[t] {
			return true
		}
		if m := s.mentionAt(j); m != nil {
			j = m.i
			continue
		}
		if !listConnectives[t] {
			return false
		}
	}
	return false
}

// denialReports deny the clause they report when it follows them: "denied that Tehran had armed the
// Houthis", "rejected claims that Caracas shelters the ELN", "dismissed as baseless reports that ...".
var denialReports = verbSet("deny|reject|dismiss|refute|rebut|disown|repudiate")

// denialReach is how many words may stand between a verb of denial and the subject of the clause it denies:
// "dismissed as baseless allegations by Colombia that".
const denialReach = 10

// reportedDenial reports whether the predicate's clause, whose subject is at token subj, is the content of a
// denial before it: the denying verb, then "that" or a claim noun, and no other verb or clause in between.
// A denial is no claim of the one who denies.
func reportedDenial(s *sentence, subj int) bool {
	toks := s.toks
	for i := subj - 1; i >= 0 && i >= subj-denialReach; i-- {
		t := toks[i]
		if denialReports[t.lower] {
			return reportOpensBetween(s, i+1, subj)
		}
		if t.lower == "," || t.lower == ";" || t.lower == "but" || t.lower == "and" {
			return false
		}
	}
	return false
}

// reportOpensBetween reports whether the words [i, j) open a reported clause: "that", or a claim noun, with
// no verb of their own.
func reportOpensBetween(s *sentence, i, j int) bool {
	opens := i == j // "denied Iran had armed": the clause follows the verb at once
	for k := i; k < j; k++ {
		t := s.toks[k]
		if t.lower == "that" || claimNouns[t.lower] {
			opens = true
		}
		if len(t.tag) >= 2 && t.tag[:2] == "VB" && t.lower != "baseless" {
			return false
		}
	}
	return opens
}

// namingVerbs put a name in someone's mouth: "what it called Ukraine's attacks", "what Beijing described
// as provocations".
var namingVerbs = verbSet("call|term|describe|label|dub|brand|characterise|characterize")

// namingReach is how many words back from the predicate "what X called" may start.
const namingReach = 8

// namedBy reads "struck what it called Hezbollah depots": the predicate is named by the subject of the
// naming verb after "what", whose claim it is. It returns that speaker (nil when the sentence names none).
func namedBy(s *sentence, k int) (*mention, bool) {
	toks := s.toks
	for i := k - 1; i >= 1 && i >= k-namingReach; i-- {
		if !namingVerbs[toks[i].lower] {
			if toks[i].lower == "," || toks[i].lower == ";" {
				return nil, false
			}
			continue
		}
		for j := i - 1; j >= 0 && j >= i-possessorReach; j-- {
			if toks[j].lower == "what" {
				return firstActorBetween(s, j, i), true
			}
		}
		return nil, false
	}
	return nil, false
}

// appositeClaimAt reports whether the noun at k stands after a comma and a determiner for the clause before
// it: "..., a charge Cairo denies", "..., an accusation the government rejected".
func appositeClaimAt(s *sentence, k int) bool {
	return k >= 2 && appositeClaims[s.toks[k].lower] && determiners[s.toks[k-1].lower] && s.toks[k-2].lower == ","
}

// evidenceVerbs report what evidence shows when a "that" clause follows: "Documents seen by Reuters show
// that Egypt armed Somalia" is the documents' claim, not the writer's.
var evidenceVerbs = verbSet("show|prove|demonstrate")

// evidenceThat reports whether the token at i is a verb of evidence that opens a "that" clause.
func evidenceThat(s *sentence, i int) bool {
	return evidenceVerbs[s.toks[i].lower] && i+1 < len(s.toks) && s.toks[i+1].lower == "that"
}

// actorEndsAt reports whether an actor's name ends right before the third-person verb at j: "..., or so
// Ethiopia claims", where the tagger reads "claims" as a noun (but "a United Nations report found" is one).
func actorEndsAt(s *sentence, j int) bool {
	if !strings.HasSuffix(s.toks[j].lower, "s") {
		return false
	}
	m := s.mentionAt(j - 1)
	return m != nil && m.entity != nil && m.j == j && !m.poss
}

// claimNounReach is how many words may stand between a claim noun's "of" and the predicate it governs:
// "allegations of Egyptian support", "reports of Russian troops deployed".
const claimNounReach = 4

// claimNounOf reads "Ethiopia's allegations of Egyptian support for Somalia", "reports of attacks": a noun
// of claim with "of" before the predicate makes it a claim, of the claim noun's possessor when it has one.
func claimNounOf(s *sentence, k int) (*mention, bool) {
	toks := s.toks
	for i := k - 1; i >= 1 && i >= k-claimNounReach; i-- {
		if toks[i].lower == "of" && claimNouns[toks[i-1].lower] {
			if m := s.mentionAt(i - 2); m != nil && m.poss && m.entity != nil {
				return m, true
			}
			if i >= 3 && toks[i-2].tag == "POS" {
				if m := s.mentionAt(i - 3); m != nil && m.entity != nil {
					return m, true
				}
			}
			return nil, true
		}
		if toks[i].lower == "," || clauseStops[toks[i].lower] || strings.HasPrefix(toks[i].tag, "VB") {
			return nil, false
		}
	}
	return nil, false
}

// noClaim words deny the claim noun they stand before: "There is no evidence that", "little sign that".
var noClaim = words("no|little|scant|scarce")

// negatedClaimNoun reports whether the predicate at k is the content of a claim noun that is negated: "no
// evidence that Egypt armed Somalia", "no sign that Russia sent troops".
func negatedClaimNoun(s *sentence, k int) bool {
	toks := s.toks
	for i := k - 1; i >= 2 && i >= k-negationReach-3; i-- {
		if toks[i].lower == "that" && (claimNouns[toks[i-1].lower] || signNouns[toks[i-1].lower]) {
			return noClaim[toks[i-2].lower]
		}
		if toks[i].lower == "," || toks[i].lower == ";" {
			return false
		}
	}
	return false
}

// signNouns, after "no", deny what follows as "evidence" does: "no sign that", "no indication that".
var signNouns = words("sign|signs|indication|indications|proof")

// accusedActAt returns the token whose "of", "for" or "with" governs the act at k that someone may be accused
// of: a gerund ("accused of arming"), a perfect gerund ("of having armed"), or a noun after a determiner
// ("blames Egypt for the attack on Somalia", noun true). -1 when the act stands after none of them.
func accusedActAt(s *sentence, k int) (int, bool) {
	toks := s.toks
	if k >= 3 && (toks[k-1].lower == "having" || toks[k-1].lower == "being") {
		k-- // "accused of having armed", "accused of being behind": the perfect or passive gerund
	}
	at, noun := k, false
	if k >= 3 && strings.HasPrefix(toks[k].tag, "NN") && determiners[toks[k-1].lower] {
		at, noun = k-1, true
	} else if toks[k].tag != "VBG" && !strings.HasSuffix(toks[k].lower, "ing") {
		return -1, false // (the tagger reads "of saying" as a noun)
	}
	if at < 2 || toks[at-1].lower != "of" && toks[at-1].lower != "for" && toks[at-1].lower != "with" {
		return -1, false
	}
	return at, noun
}

// blameVerbs put an act named by a noun on someone: "blamed Egypt for the attack". Verbs of condemnation
// and punishment do not: "condemned Russia for its invasion" takes the invasion as given.
var blameVerbs = verbSet("accuse|blame|charge|suspect|fault|indict")

// responsibleWords, after "hold X", make X the accused: "holds Egypt responsible for arming Somalia".
var responsibleWords = words("responsible|accountable|liable|culpable")

// holdResponsible reports whether the token at i is "hold" with "responsible" (or the like) a few words on.
func holdResponsible(s *sentence, i int) bool {
	if !holdVerbs[s.toks[i].lower] {
		return false
	}
	for j := i + 2; j < len(s.toks) && j <= i+5; j++ {
		if responsibleWords[s.toks[j].lower] {
			return true
		}
	}
	return false
}

var holdVerbs = verbSet("hold")

// requestVerbs ask for an act named by a noun, which is not done: "called for sanctions on Somalia",
// "proposed sanctions", "pushed for an embargo".
var requestVerbs = verbSet("call for|propose|seek|demand|push for|press for|lobby for|recommend|advocate|urge|plead for|appeal for")

// endVerbs and endNouns end or lack what they govern: "ended its support for", "withdrew its support",
// "the lack of support for", "stopped arming", "called off talks with Kosovo" (no meeting).
var (
	endVerbs = verbSet("end|halt|stop|suspend|withdraw|cease|freeze|terminate|scrap|cancel|revoke|cut off|pull|discontinue|call off|break off")
	endNouns = words("lack|absence|end|withdrawal|suspension|halt|loss|cessation|termination")
)

// endBases are the bare forms of endVerbs: "that Washington stop selling", "to end", "will halt" have not
// ended anything (the tagger reads a bare "stop" after a subject as a past tense, so the form decides).
var endBases = words("end|halt|stop|suspend|withdraw|cease|freeze|terminate|scrap|cancel|revoke|pull|discontinue|cut")

// ended reports whether an ending verb says the act has ended: "stopped", "has stopped", "stops"; "cut" by
// its tag, its past being its bare form.
func ended(t tok) bool {
	if t.lower == "cut" {
		return t.tag == "VBD" || t.tag == "VBN"
	}
	return !endBases[t.lower]
}

// endedOrRequested reports whether the predicate at k is governed, across determiners, possessives and
// adjectives only, by a verb that ends or asks for it, or by a noun of ending or lack and "of".
func endedOrRequested(s *sentence, k int) bool {
	toks := s.toks
	for i := k - 1; i >= 0 && i >= k-negationReach; i-- {
		t := toks[i].lower
		two := ""
		if i > 0 {
			two = toks[i-1].lower + " " + t
		}
		switch {
		case (endVerbs[t] || endVerbs[two]) && ended(toks[i]) || requestVerbs[t] || requestVerbs[two]:
			return true // (but "demanded that Washington stop selling weapons" says it still sells them)
		case t == "of" && i > 0 && endNouns[toks[i-1].lower]:
			return true
		case determiners[t] || toks[i].tag == "JJ" || toks[i].tag == "PRP$" || t == "arms" || t == "military" ||
			toks[i].tag == "NN" && s.at[i] < 0 && strings.HasPrefix(toks[i+1].tag, "NN"):
			// (a noun that qualifies the next: "suspended peace talks with the ELN" ends the talks, which had
			// been read as a meeting; "ceasefire talks", "trade sanctions")
			continue
		case s.mentionAt(i) != nil && (s.mentionAt(i).form == formDemonym || s.mentionAt(i).poss):
			continue // "the lack of Egyptian support", "ended Egypt's support"
		}
		return false
	}
	return false
}

// noObject reports whether the predicate ending at end has an object determined by "no": "has no troops in
// Somalia", "sent no weapons to", "signed no agreement with".
func noObject(s *sentence, end int) bool {
	return end+1 < len(s.toks) && s.toks[end].lower == "no" && s.toks[end+1].lower != "longer" && s.toks[end+1].lower != "later"
}
