package extract

// Names of things that are no actors. News names vessels ("the carrier USS Ronald Reagan", "INS
// Kolkata"), storms ("Typhoon Haikui", "Tropical Storm Alberto") and sporting events ("the Africa Cup of
// Nations", "the Paris Olympics") with capitals, often around a place's or a company's name; an analyst
// marks none of them. Their words are claimed before any other recogniser runs, by a mention that names
// nothing, so that neither the place inside them ("Kolkata") nor a descriptor before them ("the carrier")
// makes an actor of them.

// stormLeads open a storm's name: "Cyclone Freddy", "Hurricane Otis", "Tropical Storm Alberto", "Super
// Typhoon Mangkhut".
var stormLeads = words("cyclone|hurricane|typhoon|storm|depression")

// eventHeads are words of the names of sporting and cultural events: "Africa Cup of Nations", "Asian
// Games", "Paris Olympics", "World Athletics Championships".
var eventHeads = words("cup|games|olympics|olympiad|paralympics|championship|championships|marathon|grand prix|prix|" +
	"biennale|tournament|world cup")

// ruleNonActor marks a mention that claims words naming no actor.
const ruleNonActor = "non-actor"

// maxNonActorWords bounds the name of a vessel, storm or event.
const maxNonActorWords = 6

// codeNamers come before the code name of an exercise or an operation, which names no actor even where
// its words are a place's or a person's ("drills code-named Pacific Shield", "Operation ... codenamed").
var codeNamers = words("code-named|codenamed|code-name|codename")

// findNonActors claims the names of vessels, storms and events in a sentence.
func (d *reading) findNonActors(s *sentence) {
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		if s.at[k] >= 0 || !toks[k].isCap() {
			continue
		}
		e, least := k, k+2 // a lead word and a name, or a name of two words with an event's head
		switch {
		case k > 0 && codeNamers[toks[k-1].lower]:
			e, least = capWords(s, k), k+1 // "drills code-named Tiger Dawn", "an operation codenamed Zirkon"
		case shipPrefixes[toks[k].lower] && isAcronym(toks[k].text):
			e = capWords(s, k+1) // "USS Ronald Reagan", "INS Kolkata"
		case stormLeads[toks[k].lower]:
			e = capWords(s, k+1) // "Typhoon Haikui"
		default:
			if r := capWords(s, k); r > k+1 && hasEventHead(s, k, r) {
				e = r // "Africa Cup of Nations"
			}
		}
		if e < least {
			continue
		}
		m := d.newMention(s, k, e, "", "", ruleNonActor, 0)
		if s.claim(m) {
			k = e - 1
		}
	}
}

// capWords returns the end of the run of capitalised words or numbers from token k, with "of" and "the"
// inside ("Cup of Nations"), bounded by maxNonActorWords.
func capWords(s *sentence, k int) int {
	toks := s.toks
	e := k
	for e < len(toks) && e < k+maxNonActorWords && s.at[e] < 0 {
		t := toks[e]
		switch {
		case (t.isCap() || startsWithDigit(t.text)) && isNameLike(t.text):
			e++
		case (t.lower == "of" || t.lower == "the") && e > k && e+1 < len(toks) && toks[e+1].isCap():
			e++
		default:
			return e
		}
	}
	return e
}

// hasEventHead reports whether the run [i, e) names an event by one of its words.
func hasEventHead(s *sentence, i, e int) bool {
	for k := i; k < e; k++ {
		if eventHeads[s.toks[k].lower] && s.toks[k].isCap() {
			return true
		}
		if k+1 < e && eventHeads[s.toks[k].lower+" "+s.toks[k+1].lower] {
			return true
		}
	}
	return false
}
