package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Offices written in full before a name. Governments and agencies title their officials by the office's
// whole name, capitalised, and news copies it: "Minister of Mines and Minerals Development Charles
// Mulenga", "Under Secretary for Terrorism and Financial Intelligence Dana Whitfield", "Deputy Prime
// Minister and Minister of Foreign Affairs Ahmed Karimov". The capitals run on from the office into the
// name, so a reader splits them where the office's words (common English words: "Development",
// "Affairs", "Industry") give way to name words no dictionary has. A minister's office is the ministry
// of that field.

// maxOfficeWords bounds the words of an office's field between "of" and the holder's name.
const maxOfficeWords = 8

// confOfficeHolder is how sure the split between an office and its holder's name is.
const confOfficeHolder = 0.85

// officeNameWords is the longest holder's name read after an office: "Sri Mulyani Indrawati".
const officeNameWords = 3

// findOffices reads a title, "of" or "for", an office's capitalised field and the holder's name.
func (d *reading) findOffices(s *sentence) {
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		if s.at[k] >= 0 || !toks[k].isCap() {
			continue
		}
		title, rel, n := titleAt(s, k)
		p := k + n
		if n == 0 || p+1 >= len(toks) || toks[p].lower != "of" && toks[p].lower != "for" {
			continue
		}
		f := p + 1
		if toks[f].lower == "the" {
			f++
		}
		e := officeRunEnd(s, f)
		q := d.holderStart(s, f, e)
		if q == e {
			k = p
			continue
		}
		person := d.newMention(s, q, e, graph.Person, d.text.norm[toks[q].start:toks[e-1].end], "title", confOfficeHolder)
		if !s.claim(person) {
			continue
		}
		affil := d.officeOf(s, k, f, q, title)
		d.addRole(person, title, rel, affil, "title:"+ruleName(rel), confOfficeHolder)
		k = e - 1
	}
}

// officeRunEnd returns the end of the capitalised run from token f, with "and", "of", "the" and "for"
// inside it, and no token another mention claimed.
func officeRunEnd(s *sentence, f int) int {
	toks := s.toks
	e := f
	for e < len(toks) && e < f+maxOfficeWords+officeNameWords && s.at[e] < 0 {
		t := toks[e]
		switch {
		case t.isCap() && isNameLike(t.text):
			e++
		case (t.lower == "and" || t.lower == "of" || t.lower == "the" || t.lower == "for" || t.text == "&") && e+1 < len(toks) && toks[e+1].isCap():
			e++
		default:
			return e
		}
	}
	return e
}

// holderStart returns where the holder's name begins in the run [f, e), or e when the run ends in no
// name: two or three proper nouns, the first not preceded by another name word, after at least one word
// of the office that a dictionary has. "Financial Intelligence" (both dictionary words) is an office
// alone.
func (d *reading) holderStart(s *sentence, f, e int) int {
	toks := s.toks
	if e-f < 3 {
		return e
	}
	nameWord := func(k int) bool {
		t := toks[k]
		return isNameToken(t) && strings.HasPrefix(t.tag, "NNP") && !notNames[t.lower] && !titleWords[t.lower] && !honorificTitles[t.lower] &&
			!orgHeads[t.lower] && !placeHeadWords[t.lower] && len(d.extractor.gz.lookup(t.text)) == 0
	}
	q := e - 2
	if !nameWord(q) || !nameWord(q+1) || d.extractor.gz.isCommonWord(toks[q].text) && d.extractor.gz.isCommonWord(toks[q+1].text) {
		return e
	}
	for q-1 > f && e-q < officeNameWords && nameWord(q-1) && !d.extractor.gz.isCommonWord(toks[q-1].text) {
		q--
	}
	office := toks[q-1]
	if q-1 < f || !office.isCap() || !d.extractor.gz.isCommonWord(office.text) || honorificTitles[office.lower] {
		return e // "Chief of the Defence Staff General X": the honorific's own reading names X
	}
	return q
}

// officeOf returns what the office [k, q) is part of: for a minister, the ministry of its field
// ("Minister of Mines and Minerals Development" → that ministry), claimed over the title's words; for
// another title, an organisation its field names by its words ("Director of the Office of Financial
// Intelligence"); otherwise nothing, and the holder's state is guessed as for any title.
func (d *reading) officeOf(s *sentence, k, f, q int, title string) *mention {
	toks := s.toks
	if strings.HasSuffix(title, "minister") && !strings.Contains(title, "prime") {
		m := d.newMention(s, k, q, graph.Organization, "", "name:ministry", confOfficeHolder)
		m.special, m.topic = "ministry", ministryTopic(d.text.norm[toks[f].start:toks[q-1].end])
		m.written = "Ministry of " + d.text.norm[toks[f].start:toks[q-1].end]
		d.ownerBefore(s, m)
		if s.claim(m) {
			return m
		}
		return nil
	}
	if _, kind, ok := typeByWords(s, f, q); ok && kind == graph.Organization {
		m := d.newMention(s, f, q, graph.Organization, d.text.norm[toks[f].start:toks[q-1].end], ruleOrgHead, confOfficeHolder)
		d.ownerBefore(s, m)
		if s.claim(m) {
			return m
		}
	}
	return nil
}
