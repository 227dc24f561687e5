package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

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

// organNames are the organs inside an organisation that news capitalises ("The Board of Directors of the
// Asian Development Bank approved", "the IAEA Board of Governors"): what they decide is their
// organisation's, which the text names beside them, and an analyst marks the organisation, not the organ
// (on the development split "Board of Directors" was a false actor and took the loan its bank gave). A
// board with a name of its own ("Investment Board Nepal") is not one of these.
var organNames = wordLists("board of directors|board of governors|board of trustees|board of management|" +
	"executive board|supervisory board|management board|governing board")

// ruleNonActor marks a mention that claims words naming no actor; ruleOrgan one that claims an organ's
// name, which becomes part of its organisation's mention when the organisation follows ("of the X").
const (
	ruleNonActor = "non-actor"
	ruleOrgan    = "non-actor:organ"
)

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
		e, least, rule := k, k+2, ruleNonActor // a lead word and a name, or a name of two words with an event's head
		switch {
		case organAt(s, k) > k:
			e, least, rule = organAt(s, k), k+1, ruleOrgan // "the Board of Directors of the Asian Development Bank"
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
		m := d.newMention(s, k, e, "", "", rule, 0)
		if s.claim(m) {
			k = e - 1
		}
	}
}

// organAt returns the end of an organ's name written with capitals at token k, or k.
func organAt(s *sentence, k int) int {
	for _, ws := range organNames {
		if wordsAt(s, k, ws) && s.toks[k+len(ws)-1].isCap() {
			return k + len(ws)
		}
	}
	return k
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

// Generic phrases written with capitals. A headline in title case ("Treasury Sanctions Sinaloa-Linked
// Fuel Smuggling Network and Seven Mexican Front Companies") capitalises every word, so its capitals say
// nothing of names: a run the head-word rules typed there is a name only if the story writes it so too.
// And a capitalised category after "a" or "an" ("designated a Foreign Terrorist Organization") names a
// class, not a body: a named body takes "the" or nothing.

// titleCaseShare is the share of a headline's longer words that must be capitalised for it to be in title
// case; titleCaseWords the fewest such words, so that "Kenya votes" is no title-case headline.
const (
	titleCaseShare = 0.8
	titleCaseWords = 4
	// titleCaseLong is the length from which a word counts: "and", "of", "to" stay lower case in title case.
	titleCaseLong = 4
)

// dropGenericNames takes out of the sentence the names that are a title-case headline's capitals or a
// category after an indefinite article.
func (d *reading) dropGenericNames(s *sentence) {
	var lowerBody string
	titled := s.kind == regHeadline && titleCased(s)
	if titled {
		lowerBody = strings.ToLower(d.text.norm[s.end:])
	}
	for _, m := range slices.Clone(s.ments) {
		if m.rule == ruleOrgan {
			d.organOf(s, m)
			continue
		}
		if m.ref != "" || m.kind == graph.Person || m.kind == "" {
			continue
		}
		if titled && d.headlineCapitals(s, m, lowerBody) || d.categoryAfterArticle(s, m) {
			d.dropMention(s, m)
		}
	}
}

// organOf makes the organ's words part of the mention of the organisation named right after them ("The
// Board of Directors of the Asian Development Bank approved a loan": the bank approved it), keeping the
// organisation's own words as its surface, so that the organ's name is no alias of it.
func (d *reading) organOf(s *sentence, organ *mention) {
	q := organ.j + 1
	if q < len(s.toks) && s.toks[q].lower == "the" {
		q++
	}
	o := s.mentionAt(q)
	if organ.j >= len(s.toks) || s.toks[organ.j].lower != "of" || o == nil || o.i != q || o.kind != graph.Organization {
		return
	}
	surface := o.surface
	d.dropMention(s, organ)
	d.extendStart(s, o, organ.i)
	o.surface = surface
}

// titleCased reports whether the headline s capitalises its longer words.
func titleCased(s *sentence) bool {
	long, caps := 0, 0
	for k, t := range s.toks {
		if k == 0 || len(t.text) < titleCaseLong || !t.isWord() {
			continue
		}
		long++
		if t.isCap() {
			caps++
		}
	}
	return long >= titleCaseWords && float64(caps) >= titleCaseShare*float64(long)
}

// headlineCapitals reports whether m, in a title-case headline, is capitals only: the story never writes
// it as the headline does, and writes its words, or its last words, in lower case ("a fuel smuggling
// network", "front companies", "shell companies"). A name the story writes otherwise ("RSF" for the
// headline's "Rapid Support Forces") stays a name.
func (d *reading) headlineCapitals(s *sentence, m *mention, lowerBody string) bool {
	body := d.text.norm[s.end:]
	if containsWord(body, m.surface) {
		return false
	}
	for i := m.i; i < m.j; i++ {
		if i > m.i && (i+1 == m.j || connectors[s.toks[i].lower]) {
			break // a tail of two words at least, which starts with a word of the name
		}
		tail := d.text.norm[s.toks[i].start:s.toks[m.j-1].end]
		if containsWord(lowerBody, strings.ToLower(tail)) && !containsWord(body, tail) {
			return true
		}
	}
	return false
}

// designations are the words before a category that a government puts a group in ("designated a
// Foreign Terrorist Organization", "listed as a Terrorist Entity", "declared it a Specially Designated
// Global Terrorist"); categoryWindow is how many words may stand between them and the article.
var designations = words("designated|designate|designates|designating|designation|listed|lists|list|listing|declared|declares|declare|" +
	"labelled|labeled|branded|classified|classifies|classify|blacklisted|proscribed|outlawed")

const categoryWindow = 4

// categoryAfterArticle reports whether m is a name the rules built of common words after "a" or "an"
// that a word of designation comes shortly before: a category, not a body. Elsewhere "a High Court in
// Lahore" names a court.
func (d *reading) categoryAfterArticle(s *sentence, m *mention) bool {
	if m.gz != nil || m.i == 0 || m.kind != graph.Organization || !d.commonWords(s, m.i, m.j) {
		return false
	}
	if a := s.toks[m.i-1].lower; a != "a" && a != "an" {
		return false
	}
	for k := m.i - 2; k >= 0 && k >= m.i-1-categoryWindow; k-- {
		if designations[s.toks[k].lower] {
			return true
		}
	}
	return false
}

// commonWords reports whether every word of the tokens [i, j), and every part of a hyphenated one, is a
// common English word.
func (d *reading) commonWords(s *sentence, i, j int) bool {
	for _, t := range s.toks[i:j] {
		if connectors[t.lower] {
			continue
		}
		for _, w := range strings.Split(t.text, "-") {
			if !d.extractor.gz.isCommonWord(w) {
				return false
			}
		}
	}
	return true
}

// containsWord reports whether w occurs in text as whole words: "EU" is not in "European".
func containsWord(text, w string) bool {
	for off := 0; w != ""; {
		k := strings.Index(text[off:], w)
		if k < 0 {
			return false
		}
		k += off
		before, _ := utf8.DecodeLastRuneInString(text[:k])
		after, _ := utf8.DecodeRuneInString(text[k+len(w):])
		if !unicode.IsLetter(before) && !unicode.IsDigit(before) && !unicode.IsLetter(after) && !unicode.IsDigit(after) {
			return true
		}
		off = k + 1
	}
	return false
}
