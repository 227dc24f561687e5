package extract

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

// conditionalModals make a clause hypothetical when a condition goes with it: "Iran would arm Russia if the
// war dragged on".
var conditionalModals = words("would|could|might")

// conditionalAt reports whether the predicate at tokens [k, end) holds only on a condition: the sentence
// opens with one, or a conditional modal in the predicate's verb group goes with an "if" or "unless" after it.
func conditionalAt(s *sentence, k, end int) bool {
	toks := s.toks
	first := 0
	for first < len(toks) && toks[first].lower == "\"" {
		first++
	}
	if first < len(toks) && conditionOpeners[toks[first].lower] {
		return true
	}
	modal := false
	for i := k - 1; i >= 0 && i >= k-negationReach; i-- {
		if conditionalModals[toks[i].lower] {
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

// listNegators open a list of subjects that all do not act: "Neither China nor India condemned Russia".
var listNegators = words("neither")

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
