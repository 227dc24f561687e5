package extract

import (
	"regexp"
	"unicode"
)

// Acronyms of things. News defines the letters of laws, dates, standards, substances and indices in
// parentheses as it defines a body's ("the Inflation Reduction Act (IRA)", "the Commercial Operation Date
// (COD)", "mixed hydroxide precipitate (MHP)"); the letters are then no actor, even where a gazetteer knows
// a body by them (the Irish Republican Army, Turkey's Nationalist Movement Party), nor is the name before
// them, nor a place or demonym inside it ("the African Growth and Opportunity Act (AGOA)").

// thingHeads end the capitalised names of things an acronym may stand for: laws and treaties, plans,
// reports, indices, dates, standards. Heads that also end bodies' names are left out ("Programme",
// "Forum", "League", "Initiative", "Facility", "Fund", "Convention": "the World Food Programme (WFP)",
// "the All Basotho Convention (ABC)" are organisations).
var thingHeads = words("act|law|bill|directive|regulation|treaty|protocol|statute|ordinance|code|accord|accords|agreement|" +
	"plan|strategy|report|index|doctrine|declaration|charter|framework|roadmap|policy|scheme|date|standard|standards|option|" +
	"tariff|tariffs|tax|visa|certificate")

// periodCode matches a quarter's, a half-year's or a fiscal year's code, which names a time ("Q3 results",
// "in Q1 2027", "H1 profit", "FY2025"), not a body.
var periodCode = regexp.MustCompile(`^(Q[1-4]|H[12]|[1-4]Q|FY\d{2,4})$`)

// thingDefinition reads the acronym in parentheses at k+1 as a thing's when the words before it name a
// thing and its letters fit them: the words' mentions and the acronym's are dropped, the span is claimed
// by a mention that names nothing, and the letters are no actor wherever the text uses them again. It
// reports whether it did.
func (d *reading) thingDefinition(s *sentence, k int) bool {
	acr := s.toks[k+1].text
	i := d.thingNameStart(s, k, acr)
	if i < 0 {
		return false
	}
	for n := i; n < k+3; n++ {
		if m := s.mentionAt(n); m != nil && (m.i < i || m.j > k+3) {
			return false // a name reaching out of the definition: not the thing's words alone
		}
	}
	for n := i; n < k+3; n++ {
		if m := s.mentionAt(n); m != nil {
			d.dropMention(s, m)
		}
	}
	s.claim(d.newMention(s, i, k+3, "", "", ruleNonActor, 0))
	if d.instruments == nil {
		d.instruments = set{}
	}
	d.instruments[acr] = true
	return true
}

// thingNameStart returns where the name of a thing that the acronym acr in parentheses at k+1 stands for
// begins, or -1: a run of capitalised words ending in a thing's head, from the longest start whose
// initials fit, or as many lower-case words as the acronym has letters, none of them a body's head ("gross
// domestic product (GDP)", "liquefied natural gas (LNG)"; "the electoral commission (EC)" is a body's).
func (d *reading) thingNameStart(s *sentence, k int, acr string) int {
	toks := s.toks
	last := toks[k-1]
	if last.isCap() {
		if !thingHeads[last.lower] {
			return -1
		}
		i := k - 1
		for i > 0 && i > k-maxAcronymWords && (toks[i-1].isCap() && toks[i-1].isWord() || acronymInnerWords[toks[i-1].lower] && i > 1 && toks[i-2].isCap()) && toks[i-1].lower != "the" {
			i--
		}
		for ; i < k-1; i++ {
			if toks[i].isCap() && definesAcronym(acr, d.text.norm[toks[i].start:last.end]) {
				return i
			}
		}
		return -1
	}
	letters := 0
	for _, r := range acr {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	i := k - letters
	if letters < 2 || i < 0 {
		return -1
	}
	for n := i; n < k; n++ {
		t := toks[n]
		if !t.isWord() || t.isCap() || s.at[n] >= 0 || bodyHead(t.lower) {
			return -1
		}
	}
	if !acronymFits(acr, d.text.norm[toks[i].start:last.end]) {
		return -1
	}
	return i
}

// bodyHead reports whether w ends the names of bodies, in lower case as in capitals.
func bodyHead(w string) bool {
	return orgHeads[w] || governmentHeads[w] || companyHeads[w] || lowerOrgHeads[w]
}

// thingUses drops the gazetteer's reading of the letters of a thing the text defined before ("the
// Inflation Reduction Act (IRA) ... credits under the IRA": no Irish Republican Army).
func (d *reading) thingUses(s *sentence) {
	if len(d.instruments) == 0 {
		return
	}
	for k, t := range s.toks {
		if m := s.mentionAt(k); m != nil && m.i == k && m.j == k+1 && m.kind != "" && d.instruments[t.text] {
			d.dropMention(s, m)
		}
	}
}

// tickerAt reports whether the acronym at k is an exchange's code or a share's ticker in parentheses
// ("(IDX: BNRG)", "(NYSE: ABC)"), which name a listing, not a body of their own.
func tickerAt(s *sentence, k int) bool {
	toks := s.toks
	switch {
	case k >= 3 && toks[k-1].text == ":" && isAcronym(toks[k-2].text) && toks[k-3].text == "(":
		return true
	case k >= 1 && k+2 < len(toks) && toks[k-1].text == "(" && toks[k+1].text == ":" && isAcronym(toks[k+2].text):
		return true
	}
	return false
}
