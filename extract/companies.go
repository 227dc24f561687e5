package extract

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// Companies by their legal form. News and press releases write a company's registered name with the form
// its law gives it ("Sahra Minerals Ltd", "Nordwind Logistik GmbH", "Grupo Carreteras del Sur S.A. de
// C.V.", "PT Galangan Nusantara", "PJSC Gazprom") and then the short name alone ("Sahra Minerals"). The
// form says the words before (or after) it are a company's name, whatever they are, and it is no part of
// the name readers search for: the actor is named without it and the registered name is its alias, so
// that both writings are one actor.

// legalForms end a company's registered name (lower case, as tokens): the forms of English, German,
// Dutch, Nordic, Romance, Russian, Malay and Australian company law. "Holdings", "Group" and
// "Corporation" are words of the name, not forms.
var legalForms = words("ltd|ltd.|limited|inc|inc.|plc|llc|llp|lp|l.p.|gmbh|ag|kgaa|se|nv|n.v.|bv|b.v.|sa|s.a.|s.a.b.|" +
	"c.v.|spa|s.p.a.|srl|s.r.l.|sarl|s.a.r.l.|sas|s.a.s.|ltda|ltda.|asa|ab|oyj|a/s|aps|jsc|pjsc|ojsc|cjsc|" +
	"pty|bhd|berhad|sdn|tbk|pte|k.k.|corp|corp.|co|co.|" +
	// Turkish, Czech and Slovak, Finnish, Hungarian, the former Yugoslavia's, Peru's
	"a.s.|a.ş.|oy|kft|kft.|s.r.o.|d.o.o.|s.a.c.|s.a.a.")

// legalPrefixes open a registered name in the laws that put the form first: Indonesia's "PT", Russia's
// "PJSC", "JSC", "OAO", "OOO", Sweden's "AB".
var legalPrefixes = words("pt|pjsc|jsc|ojsc|cjsc|oao|zao|ooo|ao")

// legalJoins join the parts of a form: "S.A. de C.V.", "Pty Ltd", "& Co.", "Sdn Bhd".
var legalJoins = words("de|&")

// foreignAnd join the words of registered names in other languages: "Hamburger Hafen und Logistik AG",
// "Transportes y Servicios S.A.", Turkish "Sanayi ve Ticaret A.Ş.", Norwegian "og", Swedish "och".
var foreignAnd = words("und|y|et|e|en|ve|og|och")

// maxCompanyWords bounds the words of a name before its form: registered names are short, and a longer
// capitalised run is more likely a sentence's words.
const maxCompanyWords = 6

// confLegalForm is how sure a name with a legal form is a company: the form leaves little doubt.
const confLegalForm = 0.85

// legalFormEnd returns the end of the legal form starting at token k ("Pty Ltd", "S.A. de C.V.", "& Co."),
// or k when none starts there.
func legalFormEnd(s *sentence, k int) int {
	toks := s.toks
	e := k
	for e < len(toks) && e < k+4 {
		t := toks[e]
		switch {
		case legalForms[t.lower] && (t.isCap() || strings.Contains(t.text, ".")) && s.at[e] < 0:
			e++
		case legalJoins[t.lower] && e+1 < len(toks) && legalForms[toks[e+1].lower] && toks[e+1].isCap() &&
			(e > k || t.text == "&") && s.at[e+1] < 0:
			e += 2 // "S.A. de C.V.", "& Co."
		default:
			return e
		}
	}
	return e
}

// findCompanies reads names with a legal form after them or before them. A gazetteer company followed by
// its form keeps its name ("Chevron Corp."); an unknown run of capitalised words before a form is a
// company named by that run; a known place before a form names a company of its own, form included
// ("Nord Stream 2 AG" is the company, not the pipeline).
func (d *reading) findCompanies(s *sentence) {
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		if s.at[k] >= 0 {
			continue
		}
		if legalPrefixes[toks[k].lower] && isAcronym(toks[k].text) && (k == 0 || !toks[k-1].isCap() || opensSentence(s, k)) {
			if e := d.prefixedCompany(s, k); e > k {
				k = e - 1
			}
			continue
		}
		if toks[k].text != "&" && (!legalForms[toks[k].lower] || !toks[k].isCap() && !strings.Contains(toks[k].text, ".")) {
			continue
		}
		e := legalFormEnd(s, k)
		if e == k || k == 0 {
			continue
		}
		d.companyBefore(s, k, e)
		k = e - 1
	}
}

// companyBefore reads the company whose legal form takes tokens [k, e).
func (d *reading) companyBefore(s *sentence, k, e int) {
	toks := s.toks
	if m := s.mentionAt(k - 1); m != nil && m.j == k && m.kind == graph.Organization && m.affix == "" && m.ref == "" {
		d.takeForm(s, m, e) // "Chevron Corp.", "Hanwha Ltd"
		return
	}
	i, inner := companyNameStart(s, k)
	if i == k {
		return
	}
	name := d.text.norm[toks[i].start:toks[k-1].end]
	if len(inner) == 1 && inner[0].i == i && inner[0].j == k {
		name = d.text.norm[toks[i].start:toks[e-1].end] // "Nord Stream 2 AG": the place's company
	}
	m := d.newMention(s, i, e, graph.Organization, name, ruleLegalForm, confLegalForm)
	for n, o := range inner {
		if n == 0 && o.i == i {
			d.hideInside(s, o)
			m.special, m.ownerM = "longer", o // "Zambia Sugar Plc" is based in Zambia
		} else {
			d.dropMention(s, o) // "Sur" in "Grupo Carreteras del Sur" is no place of its own
		}
	}
	s.claim(m)
}

// companyNameStart returns where the name before a legal form at token k begins: capitalised words, with
// the connectors inside names ("Grupo Carreteras del Sur") and known names the gazetteer matched inside
// it (returned), not a determiner or a word that opens the sentence ("The", "Meanwhile"). Another form or
// "and" ends it: "Vostok Cement JSC and Baltic Timber AG" are two.
func companyNameStart(s *sentence, k int) (int, []*mention) {
	toks := s.toks
	i := k
	var inner []*mention
	for i > 0 && k-i < maxCompanyWords {
		t := toks[i-1]
		if m := s.mentionAt(i - 1); m != nil {
			if m.j != i || !builtOn(s, m) || k-m.i > maxCompanyWords {
				break
			}
			inner = append([]*mention{m}, inner...)
			i = m.i
			continue
		}
		if legalForms[t.lower] && i < k {
			break
		}
		if t.isCap() && isNameLike(t.text) && !titleWords[t.lower] && !honorificTitles[t.lower] || startsWithDigit(t.text) && i < k {
			i--
			continue
		}
		if (connectors[t.lower] || foreignAnd[t.lower] || t.text == "&") && t.lower != "in" && t.lower != "on" && t.lower != "and" && i < k && i >= 2 && toks[i-2].isCap() {
			i--
			continue
		}
		break
	}
	start := trimNameStart(s, i, k)
	for len(inner) > 0 && inner[0].i < start {
		inner = inner[1:]
	}
	return start, inner
}

// ruleLegalForm is the rule of a company read by its legal form.
const ruleLegalForm = "name:legal-form"

// builtOn reports whether a mention can be a word of a longer company name: a name of a state, place or
// organisation written in capitals, standing for nothing else ("Zambia Sugar", "Grupo Carreteras del Sur").
func builtOn(s *sentence, m *mention) bool {
	if m.affix != "" || m.ref != "" || m.special != "" || m.gz == nil || m.form == formDemonym {
		return false
	}
	for k := m.i; k < m.j; k++ {
		if !s.toks[k].isCap() && !startsWithDigit(s.toks[k].text) {
			return false
		}
	}
	return true
}

// trimNameStart drops determiners, prepositions and a sentence's opening function word from the start of
// a name [i, k).
func trimNameStart(s *sentence, i, k int) int {
	for i < k {
		t := s.toks[i]
		if determiners[t.lower] || prepositions[t.lower] || connectors[t.lower] || t.tag == "DT" || t.tag == "IN" || t.tag == "CC" || t.tag == "PRP$" ||
			opensSentence(s, i) && notNames[t.lower] && !strings.HasPrefix(t.tag, "NNP") {
			i++
			continue
		}
		break
	}
	return i
}

// takeForm makes the legal form after an organisation's mention part of its writing, not of its name.
func (d *reading) takeForm(s *sentence, m *mention, e int) {
	for k := m.j; k < e; k++ {
		s.at[k] = s.at[m.i]
	}
	m.j = e
	m.end = s.toks[e-1].end
	m.surface = d.text.norm[m.start:m.end]
	if m.name != "" && m.gz == nil {
		m.rule = ruleLegalForm
	}
}

// prefixedCompany reads "PT Galangan Nusantara", "PJSC Gazprom" at token k and returns its end, or k. A
// gazetteer name after the prefix is taken with it; otherwise the capitalised words after it are the name.
func (d *reading) prefixedCompany(s *sentence, k int) int {
	toks := s.toks
	if k+1 >= len(toks) {
		return k
	}
	if m := s.mentionAt(k + 1); m != nil {
		if m.i == k+1 && m.kind == graph.Organization && m.affix == "" {
			d.extendStart(s, m, k)
			return m.j
		}
		return k
	}
	e := k + 1
	for e < len(toks) && e < k+1+maxCompanyWords && s.at[e] < 0 && toks[e].isCap() && isNameLike(toks[e].text) {
		e++
	}
	if e == k+1 {
		return k
	}
	if f := legalFormEnd(s, e); f > e {
		e = f // "PT Bank Mandiri Tbk"
	}
	n := e
	for n > k+1 && legalForms[toks[n-1].lower] {
		n--
	}
	m := d.newMention(s, k, e, graph.Organization, d.text.norm[toks[k+1].start:toks[n-1].end], ruleLegalForm, confLegalForm)
	if !s.claim(m) {
		return k
	}
	return e
}

// Companies named by a place and a brand. Chinese, African and Gulf companies are often named by their
// province's or state's name and a brand or a trade word no dictionary gives as a company's ("Henan
// Shenhuo", "Anhui Conch", "Yunnan Tin", "Nigeria LNG", "Shandong Iron and Steel"): the gazetteer claims
// the place, and the company is lost to it (or to a person's name: the shape is "Jordan Bardella"'s). Where
// the words stand in a company's position (companyPosition), the place and the words after it are one
// company, the place its part as in "Kenya Power" (extendedName); with a title or a role beside them they
// are a person's name, and elsewhere the place stays a place.

// maxBrandWords is how many words may follow a place's name in a company's name read by its position:
// "Henan Shenhuo", "Guangxi Liugong Machinery".
const maxBrandWords = 2

// placeBrand reads the company a place's mention m opens in a company's position, and reports whether it
// did.
func (d *reading) placeBrand(s *sentence, m *mention) bool {
	e := d.brandEnd(s, m.j)
	o := s.mentionAt(m.j)
	if e == m.j && o != nil && o.i == m.j && o.kind == graph.Organization && o.gz == nil && o.special == "" && o.ref == "" {
		e = o.j // "Shandong Iron and Steel": the trade's name read by its head word
	}
	if e == m.j || personRole(s, m.i, e) || !companyPosition(s, m.i, e) && d.orgCueAt(s, m.i, e, true) == nil {
		return false
	}
	if o != nil && o.i == m.j {
		d.dropMention(s, o)
	}
	d.dropMention(s, m)
	return s.claim(d.extendedName(s, m, m.i, e))
}

// brandEnd returns the end of the words of a brand or a trade starting at token k: capitalised words or an
// acronym no other mention claimed, no known name, title, date or legal form ("Shenhuo", "Conch", "Tin",
// "LNG"), at most maxBrandWords.
func (d *reading) brandEnd(s *sentence, k int) int {
	e := k
	for e < len(s.toks) && e < k+maxBrandWords && s.at[e] < 0 {
		t := s.toks[e]
		if !t.isCap() || !isNameWord(t.text) && !isAcronym(t.text) || notNames[t.lower] && !orgHeads[t.lower] || calendar[t.lower] ||
			titleWords[t.lower] || honorificTitles[t.lower] || legalForms[t.lower] || len(d.extractor.gz.lookup(t.text)) > 0 {
			break
		}
		e++
	}
	return e
}

var (
	// companyActs are verbs whose subject right before them is a company's name more than anything else in
	// business news: "Jiangsu Shagang acquired", "Henan Shenhuo signed".
	companyActs = words("acquired|bought|sold|owns|operates|produces|posted|reported|listed|shipped|exported|signed|agreed|" +
		"won|secured|invested|acquires|buys|sells|signs|agrees")
	// companyHoldings are nouns a company's possessive owns: "Anhui Conch's shares", "its board".
	companyHoldings = words("shares|stock|board|subsidiary|unit|plant|mine|smelter|factory|refinery|revenue|revenues|" +
		"profit|profits|output|shareholders|shareholder|listing|stake|chief")
	// companyOpeners are words right before a name that say a company follows: "Shares of", "a stake in".
	companyOpeners = words("shares|stake|subsidiary|unit")
	// filingWords say that what was said was said to a stock exchange: "said in a filing".
	filingWords = words("filing|exchange|bourse|regulator")
)

// maxFilingReach is how many words after "said in" may name the filing: "said in a statement to the Hong
// Kong stock exchange".
const maxFilingReach = 8

// companyPosition reports whether the run [i, e) stands where news puts a company: the subject of a
// company's act or a filing, the owner of shares or a plant, after a company's descriptor ("Chinese
// steelmaker Hebei Jingye"), "shares of", "a stake in", or with "the company" or "the firm" after it in the
// same sentence ("Yunnan Tin said the company's exports rose").
func companyPosition(s *sentence, i, e int) bool {
	toks := s.toks
	if e < len(toks) && companyActs[toks[e].lower] {
		return true
	}
	if e+1 < len(toks) && (toks[e].lower == "'s" || toks[e].lower == "'") && companyHoldings[toks[e+1].lower] {
		return true
	}
	if e+1 < len(toks) && toks[e].lower == "said" && toks[e+1].lower == "in" {
		for k := e + 2; k < len(toks) && k < e+maxFilingReach; k++ {
			if filingWords[toks[k].lower] {
				return true // "Anhui Conch said in a filing"
			}
		}
	}
	if i > 0 && !toks[i-1].isCap() && companyNoun(toks[i-1].lower) {
		return true // "Chinese steelmaker Hebei Jingye", "the company Henan Shenhuo"
	}
	if i > 1 && (toks[i-1].lower == "of" || toks[i-1].lower == "in") && companyOpeners[toks[i-2].lower] {
		return true // "Shares of Guangxi Liugong", "a stake in Hubei Xingfa"
	}
	for k := e; k+1 < len(toks); k++ {
		if toks[k].lower == "the" && referenceNouns[toks[k+1].lower] == "company" {
			return true // "Yunnan Tin said the company's exports rose"
		}
	}
	return false
}

// companyNoun reports whether w is a common noun for a company: "company", "firm", "steelmaker", "miner".
func companyNoun(w string) bool {
	kind := referenceNouns[w]
	return kind == "company" || kind == "trade"
}

// Companies named by a short token of digits or symbols: "3M", "e&", "P&G". No name reader takes such a
// token (the tagger calls "3M" a number, "e&" opens in lower case); where it stands in a company's
// position (companyPosition: "3M agreed to pay", "The UAE's e& acquired a stake", "Shares of P&G") it is
// a company named as written. Weapons and products written so ("F-35", "S-400", "5G") stand in no
// company's position.

// maxSymbolName is the longest such token, in bytes.
const maxSymbolName = 6

// ruleSymbolName names a company read from a short token of digits or symbols.
const ruleSymbolName = "name:symbol-company"

// findSymbolNames claims the companies named by a short token of digits or symbols.
func (d *reading) findSymbolNames(s *sentence) {
	for k, t := range s.toks {
		if s.at[k] < 0 && symbolName(t.text) && companyPosition(s, k, k+1) {
			s.claim(d.newMention(s, k, k+1, graph.Organization, t.text, ruleSymbolName, confSymbolName))
		}
	}
}

// confSymbolName is how sure a short token of digits or symbols in a company's position is a company.
const confSymbolName = 0.7

// symbolName reports whether w is a short name of letters with digits or an ampersand: a capital and a
// digit ("3M", "G4S"), or a letter and "&" ("e&", "P&G").
func symbolName(w string) bool {
	if len(w) < 2 || len(w) > maxSymbolName {
		return false
	}
	var upper, digit, amp, letter bool
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper, letter = true, true
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r):
			digit = true
		case r == '&':
			amp = true
		default:
			return false
		}
	}
	return letter && (amp || digit && upper)
}
