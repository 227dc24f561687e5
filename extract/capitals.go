package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// A capital is a place where something happens or where someone goes ("talks in Nairobi", "flew to
// Ottawa", "visiting Tehran", "a Bishkek economist") and its state wherever else it takes an argument's
// place ("gives Canberra a say", "bought the jets from Moscow", "a test for Riyadh", "work with
// Washington", "armed by Kigali"), as the annotation guide reads it. On the development split, before this
// reading, 47 capitals in such places were drawn as places the analyst did not mark, 25 of them the only
// mention of their place in the article.

// locativePreps put what follows where something happens.
var locativePreps = words("in|at|near|outside|inside|into|around|across|throughout|within|via|through|beyond|onto|of|since|during|over|under|behind")

// statePreps put what follows in an argument's place unless a word of going comes before ("left for Lomé",
// "descended on Brussels", "flew to Jakarta", "returned from Lusaka").
var statePreps = words("to|from|for|with|by|between|against|on|toward|towards|than|like|versus|alongside|among|upon|after|before")

// goingWords are the words of travel, transport and visits that make the capital after "to", "from", "for"
// or "on" a destination or an origin, or a verb's object a place visited.
var goingWords = words("travel|travels|travelled|traveled|travelling|traveling|trip|trips|visit|visits|visited|visiting|" +
	"fly|flies|flew|flown|flying|flight|flights|return|returns|returned|returning|arrive|arrives|arrived|arriving|arrival|" +
	"go|goes|went|gone|going|head|heads|headed|heading|move|moves|moved|moving|relocated|drive|drove|driven|march|marched|marching|" +
	"road|roads|route|routes|railway|rail|link|line|train|trains|bus|buses|jet|plane|planes|convoy|delegation|way|journey|" +
	"leave|leaves|left|leaving|bound|depart|departed|departing|fled|flee|fleeing|evacuated|transferred|deported|extradited|" +
	"descend|descended|descending|converge|converged|converging|reach|reached|reaches|toured|tour|entered|enter|commute|" +
	"taken|brought|airlifted|shipped|exported|imported|pipeline|corridor|highway|border|distance|kilometres|kilometers|miles|km")

// goingBefore reports whether a word of going stands among the few words before token k in its clause.
func goingBefore(s *sentence, k int) bool {
	for n := k - 1; n >= 0 && n >= k-goingWindow; n-- {
		t := s.toks[n]
		if t.text == "," || t.text == ";" || t.text == ":" || t.lower == "that" || t.lower == "which" {
			return false
		}
		if goingWords[t.lower] {
			return true
		}
	}
	return false
}

// goingWindow is how many words before a preposition or a capital are searched for a word of going: "flown
// from Tangier to Madrid", "a chartered jet to Canberra".
const goingWindow = 5

// attributive reports whether the capital at m qualifies the noun after it ("a Bishkek economist",
// "Dushanbe time", "the Manila bureau"): the city, not the state.
func attributive(m *mention) bool {
	s := m.sentence
	if m.j >= len(s.toks) {
		return false
	}
	t := s.toks[m.j]
	return (t.tag == "NN" || t.tag == "NNS") && !t.isCap() && !strings.HasPrefix(t.lower, "'")
}

// capitalStands reports whether a capital the rules of acts did not settle stands for its state: in an
// argument's place after a preposition or a verb, or coordinated with an actor.
func capitalStands(m *mention) bool {
	if m.j < len(m.sentence.toks) && m.sentence.toks[m.j].isCap() {
		return false // "Colombo Port City" names another place
	}
	if clauseSubject(m) || infinitiveSubject(m) || ditransitiveObject(m) {
		return true
	}
	if attributive(m) && !actingConjunct(m) {
		return false // "a Bishkek economist"; but "which Riyadh and Washington accuse", the noun a verb
	}
	s := m.sentence
	if m.prep != "" {
		k := prepIndex(s, m)
		if k < 0 || locativePreps[m.prep] || !statePreps[m.prep] {
			return false
		}
		return !goingBefore(s, k)
	}
	k := m.i - 1
	for k >= 0 && determiners[s.toks[k].lower] {
		k--
	}
	if k < 0 {
		return false
	}
	t := s.toks[k]
	if t.lower == "and" || t.text == "," {
		// "Washington and Tokyo", "Bishkek and Dushanbe": a conjunct is what the one before it is.
		if p := s.mentionAt(k - 1); p != nil && p.j == k && p != m {
			return p.acting || p.kind == graph.State && p.form == formName
		}
		return false
	}
	verb := strings.HasPrefix(t.tag, "VB") && (t.tag != "VBN" || k > 0 && haveForms[s.toks[k-1].lower]) || k > 0 && (s.toks[k-1].tag == "MD" || s.toks[k-1].lower == "to")
	if verb && !goingWords[t.lower] {
		return true // "gives Canberra a say", "presses Islamabad", "accuses Kigali of"
	}
	return false
}

// A capital is also its state as the subject of a clause that the tagger reads wrongly: a headline's
// present tense ("Lima orders curfew", "... as Wellington watches", where "orders" and "watches" read as
// plural nouns; a live page's bullet "- Beijing sanctions ..." too), a relative clause's subject ("which Ankara regards as", "that Beijing no longer objects"),
// the subject of an infinitive ("a way for Beijing to watch the strait", where "way" is a word of going),
// and the first object of a verb of giving ("would give Beijing leverage", "has given Moscow every
// reason", where the noun after it read as one the city qualifies). On the development split 17 capitals
// were places the analyst did not mark, 9 of them in these shapes.

var (
	// relativeOpeners open a relative or content clause whose subject the capital after them is.
	relativeOpeners = words("which|that|whom|whose|as|while|because|since|although|though|when|after|before|until|if")
	// clauseAdverbs stand between a subject and its verb: "Beijing no longer objects", "Moscow has long
	// insisted", "Kigali also denies".
	clauseAdverbs = words("no|longer|not|never|also|still|now|already|repeatedly|again|reportedly|recently|formally|officially|" +
		"openly|quietly|publicly|privately|long|just|then|always|often|itself|too")
	// ditransitives take a person or a state and then a thing: "give Beijing leverage", "offered Kyiv
	// loans", "cost Canberra a contract".
	ditransitives = words("give|gives|gave|given|giving|offer|offers|offered|offering|grant|grants|granted|granting|" +
		"hand|hands|handed|handing|lend|lends|lent|lending|sell|sells|sold|selling|owe|owes|owed|deny|denies|denied|denying|" +
		"cost|costs|costing|promise|promises|promised|promising|send|sends|sent|sending|show|shows|showed|shown|" +
		"tell|tells|told|telling|assure|assures|assured|allow|allows|allowed|hand|award|awards|awarded")
)

// maxClauseAdverbs bounds the adverbs between a capital and its verb ("no longer", "has long").
const maxClauseAdverbs = 3

// clauseSubject reports whether capital m opens a clause, in a headline or after a relative or
// subordinating word, and a finite verb follows it: in a headline any lower-case word in -s that names
// no part of a city ("Kabul residents fled" stays the city).
func clauseSubject(m *mention) bool {
	s := m.sentence
	// A live page's bullet is written like a headline: "- Beijing sanctions US House Speaker Nancy Pelosi".
	headline := s.kind == regHeadline || m.i == 1 && (s.toks[0].text == "-" || s.toks[0].text == "•" || s.toks[0].text == "*")
	if m.i > 0 {
		prev := s.toks[m.i-1]
		opens := relativeOpeners[prev.lower] || headline && (prev.text == ";" || prev.text == ":" || prev.text == "-" || prev.text == "–" || prev.text == "—")
		if !opens {
			return false
		}
	} else if !headline {
		return false
	}
	k := m.j
	for k+1 < len(s.toks) && (s.toks[k].lower == "and" || s.toks[k].text == ",") {
		n := s.mentionAt(k + 1) // "which Riyadh and Washington accuse"
		if n == nil || n.i != k+1 {
			break
		}
		k = n.j
	}
	for n := 0; n < maxClauseAdverbs && k < len(s.toks) && clauseAdverbs[s.toks[k].lower]; n++ {
		k++
	}
	if k >= len(s.toks) || s.toks[k].isCap() || cityUseNouns[s.toks[k].lower] {
		return false
	}
	t := s.toks[k]
	if strings.HasPrefix(t.tag, "VB") && t.tag != "VBG" && t.tag != "VBN" || t.tag == "MD" || haveForms[t.lower] ||
		relationalVerbs[t.lower] || predicateIndex.verbForm(t.lower) {
		return true // the tagger reads "which Riyadh and Washington accuse" as a noun "accuse"
	}
	return (headline || k > m.j || m.i > 0) && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && t.isWord()
}

// cityUseNouns are the nouns after a capital that make it the city: "Kabul residents", "Nairobi's
// streets".
var cityUseNouns = words("streets|airport|center|centre|suburbs|residents|mayor|metro|outskirts|population|skyline|people|" +
	"citizens|dwellers|commuters|hospitals|schools|markets|neighbourhoods|neighborhoods|districts|areas|homes|buildings|roads|police")

// actingConjunct reports whether capital m follows "and" or a comma after a capital or a stand-in that
// stands for its state.
func actingConjunct(m *mention) bool {
	s := m.sentence
	if m.i < 2 || s.toks[m.i-1].lower != "and" && s.toks[m.i-1].text != "," {
		return false
	}
	p := s.mentionAt(m.i - 2)
	return p != nil && p.j == m.i-1 && p.acting
}

// infinitiveSubject reports whether capital m is the subject of an infinitive after "for": "a way for
// Beijing to watch the strait".
func infinitiveSubject(m *mention) bool {
	s := m.sentence
	return m.i > 0 && s.toks[m.i-1].lower == "for" && m.j+1 < len(s.toks) && s.toks[m.j].lower == "to" &&
		strings.HasPrefix(s.toks[m.j+1].tag, "VB")
}

// ditransitiveObject reports whether capital m is the first object of a verb of giving: "would give
// Beijing leverage", "has given Moscow every reason".
func ditransitiveObject(m *mention) bool {
	s := m.sentence
	return m.i > 0 && ditransitives[s.toks[m.i-1].lower] && m.j < len(s.toks) && !s.toks[m.j].isCap() &&
		(determiners[s.toks[m.j].lower] || strings.HasPrefix(s.toks[m.j].tag, "NN") || s.toks[m.j].tag == "JJ")
}

// prepIndex returns the token of the preposition that governs m, or -1.
func prepIndex(s *sentence, m *mention) int {
	for k := m.i - 1; k >= 0 && k >= m.i-6; k-- {
		if s.toks[k].lower == m.prep {
			return k
		}
	}
	return -1
}

// unknownTown reports whether the one capitalised word at token k, which no gazetteer or other rule
// explained, is a town: a proper noun to the tagger where a place stands ("arrested in Kelvarno", "a
// checkpoint near Dashtabad", "at Mérignac"), not a common English word ("in Parliament", "in English")
// nor a head word of an organisation or a place. News names small towns, districts and sites this way far
// more often than anything else; on the development split 30 of the places the analyst marked and no
// rule found were such words.
func (d *reading) unknownTown(s *sentence, k int) bool {
	t := s.toks[k]
	return strings.HasPrefix(t.tag, "NNP") && (placeContext(s, k, k+1) || listedPlace(s, k)) && !d.extractor.gz.isCommonWord(t.text) &&
		!orgHeads[t.lower] && !placeHeadWords[t.lower] && !isAcronym(t.text) && !tongues[t.lower] &&
		!calendar[strings.TrimSuffix(t.lower, ".")] // "began in May." (the tokenizer keeps the stop on "May.")
}

// placeListReach is how many places a list after "in", "at" or "near" may name before the word read.
const placeListReach = 6

// listedPlace reports whether the one word at token k ends or continues a list of places that a
// preposition of place opens: "in Gharvi, Tazhmak and Pokhrab", "in Molemo and Tsabong districts". Each
// item before it must be a place or a state, parted by commas and "and"; a verb after the word makes it
// a clause's subject instead ("talks were held in Geneva and Lavrov said ..."), and a word after a comma
// is an item only when the list goes on after it ("in Kisumu, Odinga's stronghold" is no list).
func listedPlace(s *sentence, k int) bool {
	toks := s.toks
	if k+1 < len(toks) && (strings.HasPrefix(toks[k+1].tag, "VB") || auxiliaries[toks[k+1].lower] || toks[k+1].lower == "'s" || toks[k+1].lower == "'") {
		return false // the tagger calls "overnight" a modal too, so the words themselves
	}
	if k > 0 && toks[k-1].lower == "," && (k+1 >= len(toks) || toks[k+1].lower != "," && toks[k+1].lower != "and") {
		return false // "in Medellín, Uribe's home city": after a comma only an item the list goes on from
	}
	i := k
	for n := 0; n < placeListReach; n++ {
		if i < 2 || toks[i-1].lower != "and" && toks[i-1].lower != "," {
			return false
		}
		i--
		if toks[i].lower == "and" && toks[i-1].lower == "," {
			i-- // "A, B, and C"
		}
		m := s.mentionAt(i - 1)
		if m == nil || m.j != i || m.kind != graph.Place && !(m.kind == graph.State && m.form == formName) || m.poss {
			return false
		}
		i = m.i
		if i > 0 {
			switch toks[i-1].lower {
			case "in", "at", "near", "outside", "inside":
				return true
			}
		}
	}
	return false
}

// tongues are languages and faiths, which news writes where places stand ("known in Persian as", "said
// in English", "converted to Islam"); the gazetteer knows most languages as demonyms, these not.
var tongues = words("english|persian|farsi|dari|pashto|urdu|hindi|bengali|punjabi|tamil|sinhala|telugu|marathi|gujarati|" +
	"mandarin|cantonese|hokkien|swahili|amharic|tigrinya|somali|hausa|yoruba|igbo|zulu|xhosa|afrikaans|arabic|hebrew|" +
	"latin|esperanto|braille|creole|quechua|aymara|guarani|tagalog|filipino|malay|bahasa|javanese|kurdish|kurmanji|" +
	"sorani|turkmen|uzbek|kazakh|kyrgyz|tajik|russian|ukrainian|belarusian|spanish|portuguese|french|german|italian|" +
	"islam|christianity|judaism|hinduism|buddhism|sikhism|sharia|catholicism|orthodoxy")

// adminHeads are the words of administrative divisions that news writes in lower case after a division's
// name ("the Isfara district", "Kherson region", "Sughd province"). They are no part of the proper name,
// which the annotation guide gives: the division is named without them, and the head is not read as a
// place inside a known one (on the development split 9 such names were drawn apart from the place the
// analyst named, "Xinjiang region" beside Xinjiang, "Isfara district" for Isfara). namedWithoutAdminHead.
var adminHeads = words("district|districts|region|province|county|oblast|governorate|prefecture|municipality|raion|rayon|village|town|township")
