package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// Initials in personal names: "B. Santosh Babu" (the tokenizer splits "B" from its full stop) and
// "R.K.S. Bhadauria" (one token), which belong to the name that follows them.

// initialsEnd returns the end of a run of initials starting at token k that a name word follows, or k.
func initialsEnd(s *sentence, k int) int {
	e := k
	for e < len(s.toks) && e < k+maxInitials && s.at[e] < 0 {
		switch {
		case isLetterInitial(s.toks[e].text) && e+1 < len(s.toks) && s.toks[e+1].text == ".":
			e += 2
		case isDottedInitials(s.toks[e].text):
			e++
		default:
			if e > k && isNameToken(s.toks[e]) && !notNames[s.toks[e].lower] {
				return e
			}
			return k
		}
	}
	return k
}

// initialsStart returns where the initials written right before token k begin, or k.
func initialsStart(s *sentence, k int) int {
	i := k
	for i > 0 && k-i < maxInitials {
		switch {
		case i >= 2 && s.toks[i-1].text == "." && isLetterInitial(s.toks[i-2].text) && s.at[i-2] < 0 && s.at[i-1] < 0:
			i -= 2
		case isDottedInitials(s.toks[i-1].text) && s.at[i-1] < 0:
			i--
		default:
			return i
		}
	}
	return i
}

// maxInitials bounds the tokens initials take: "R. K. S." is six.
const maxInitials = 6

func isLetterInitial(w string) bool {
	r := []rune(w)
	return len(r) == 1 && unicode.IsUpper(r[0])
}

// isDottedInitials reports whether w is capitals each followed by a full stop: "R.K.S.", "J.R.".
func isDottedInitials(w string) bool {
	r := []rune(w)
	if len(r) < 4 || len(r)%2 != 0 {
		return false
	}
	for i := 0; i < len(r); i += 2 {
		if !unicode.IsUpper(r[i]) || r[i+1] != '.' {
			return false
		}
	}
	return true
}

// innerNameWord reports whether token e, inside a personal name after its first word, is a capitalised
// word that is no name on its own but another name word follows: "Roch Marc Christian Kaboré", "Mohammed
// Shia al-Sudani". A weekday or a title after a name ends it ("Biden Monday said", "Macron President").
func innerNameWord(s *sentence, e int) bool {
	t := s.toks[e]
	if !t.isCap() || !notNames[t.lower] || calendar[t.lower] || titleWords[t.lower] || honorificTitles[t.lower] ||
		e+1 >= len(s.toks) || s.at[e+1] >= 0 {
		return false
	}
	n := s.toks[e+1]
	return isNameToken(n) && !notNames[n.lower] && !titleWords[n.lower] && !honorificTitles[n.lower]
}

// commonFirstWord reports whether the run starting at token k opens with a common English word that is no
// personal name, where a capital says nothing about a name: at a sentence's start ("Whether Assad would
// attend") or in a headline. Inside a sentence the capital is the writer's ("Golden Arrows" stays for the
// head-word rules).
func (d *reading) commonFirstWord(s *sentence, k int) bool {
	return d.extractor.gz.isCommonWord(s.toks[k].text) && (opensSentence(s, k) || s.kind == regHeadline)
}

// titledNameEnd returns the end of the personal name that starts at token k right after a title. A title
// is strong evidence of a person, so the name goes on over a one-word place or company the gazetteer
// matched inside it ("Attorney General Tarek William Saab", not the carmaker Saab; "speaker Ararat
// Mirzoyan", not the province Ararat), and that match is dropped. A state, its demonym or capital is never
// part of the name ("President Putin Russia" does not occur; "Kenyan President Ruto Kenya" neither).
func (d *reading) titledNameEnd(s *sentence, k int) int {
	if m := d.nameWordMatch(s, k); m != nil && k+1 < len(s.toks) && s.at[k+1] < 0 {
		if e := nameAt(s, k+1); e > k+1 {
			d.dropMention(s, m)
			return nameAt(s, k)
		}
	}
	e := nameAt(s, k)
	if e-k >= 2 {
		if m := d.nameWordMatch(s, e); m != nil && (e+1 >= len(s.toks) || !s.toks[e+1].isCap()) {
			d.dropMention(s, m)
			return nameAt(s, k)
		}
	}
	return e
}

// nameWordMatch returns the gazetteer's one-word match of a place or organisation at token k that can be
// a word of a personal name, or nil.
func (d *reading) nameWordMatch(s *sentence, k int) *mention {
	m := s.mentionAt(k)
	if m == nil || m.i != k || !canBeNameWord(s, m) || m.form != formName || m.kind != graph.Place && m.kind != graph.Organization {
		return nil
	}
	return m
}

// canBeNameWord reports whether m is a gazetteer's one-word match written as a word of a personal name can
// be ("Sofia", "Jordan", "Milan", "Jian"), standing for nothing else.
func canBeNameWord(s *sentence, m *mention) bool {
	return m.j == m.i+1 && m.gz != nil && m.affix == "" && !m.poss &&
		isNameWord(s.toks[m.i].text) && !isAcronym(s.toks[m.i].text)
}

// Personal names with a place's word in them. Given names and surnames are often the names of places too
// ("Sofia Lindqvist", "Jordan Peters", "Milan Jovic", "Amara Kone", "Chad Okello"; "Lin Jian", whose
// surname is the town Ji'an): the gazetteer claims the word, and the name is lost or split into a place
// and a stray word. Where the run of words stands in a person's position (a title before it, a role in
// apposition before or after it, a verb of saying after it or of dealing with someone before it), the
// place's match is dropped and the personal-name readers (titles, appositions, findPersons) take the
// whole name. A place alone there keeps its match ("Jordan said it would"), and so does a place before a
// company's word or an acronym ("Kenya Airways said", "Nigeria LNG said"): those words are no name's.
// Where a company stands instead, a place and a brand are one company (placeBrand, read first): "Henan
// Shenhuo signed", "Anhui Conch said in a filing" have the shape of "Jordan Bardella" too.

// maxNameWordsBeside is how many plain name words may stand after a place's word (a given name's
// surnames: "Sofia Lindqvist", "Milan Ivan Jovic") or before it (a surname after a given name: "Lin
// Jian").
const maxNameWordsBeside = 2

// maxAppositionReach is how many words may stand between an apposition's comma and its title: ", the
// deputy finance minister", ", Sweden's trade minister".
const maxAppositionReach = 6

// namesOverPlaces drops a place's one-word match that is a word of a personal name in a person's
// position, before the name readers run.
func (d *reading) namesOverPlaces(s *sentence) {
	for idx := 0; idx < len(s.ments); idx++ {
		m := s.ments[idx]
		if (m.kind != graph.Place && m.kind != graph.State) || (m.form != formName && m.form != formCapital) || m.affix != "" || m.poss {
			continue
		}
		if d.placeBrand(s, m) {
			idx--
			continue
		}
		if !canBeNameWord(s, m) {
			continue
		}
		i, e := m.i, m.j
		for e < len(s.toks) && e < m.j+maxNameWordsBeside && d.plainNameWord(s, e) {
			e++
		}
		if e == m.j && (e == len(s.toks) || !s.toks[e].isCap()) {
			for i > 0 && i > m.i-maxNameWordsBeside && d.plainNameWord(s, i-1) {
				i--
			}
		}
		if i == m.i && e == m.j || !personPosition(s, i, e) {
			continue
		}
		d.dropMention(s, m)
		idx--
	}
}

// plainNameWord reports whether token k, unclaimed, can only be a word of a personal name: capitalised,
// no common word, no known name, no word of an organisation's, a company's or a place's name.
func (d *reading) plainNameWord(s *sentence, k int) bool {
	t := s.toks[k]
	return s.at[k] < 0 && (t.isCap() && isNameWord(t.text) || particleName(t.text)) && !isAcronym(t.text) && !notNames[t.lower] &&
		!titleWords[t.lower] && !honorificTitles[t.lower] && !calendar[t.lower] && !orgHeads[t.lower] &&
		!placeTradeHeads[t.lower] && !companyTails[t.lower] && !legalForms[t.lower] && !placeHeadWords[t.lower] &&
		!d.extractor.gz.isCommonWord(t.text) && len(d.extractor.gz.lookup(t.text)) == 0
}

// personPosition reports whether the run [i, e) stands where news puts a person: after a title or an
// honorific, in apposition to a role before or after it, or where personContext finds one.
func personPosition(s *sentence, i, e int) bool {
	return personContext(s, i, e) || personRole(s, i, e)
}

// personRole reports whether the run [i, e) has a person's title or role beside it: after a title or an
// honorific, in apposition to a role before or after it.
func personRole(s *sentence, i, e int) bool {
	toks := s.toks
	if i > 0 && honorificTitles[toks[i-1].lower] || anyTitleEndsAt(s, i) {
		return true
	}
	if i >= 2 && toks[i-1].text == "," && anyTitleEndsAt(s, i-1) {
		return true // "Ecuador's energy minister, Jordan Peters"
	}
	if e+1 >= len(toks) || toks[e].text != "," {
		return false
	}
	for j := e + 1; j < len(toks) && j <= e+maxAppositionReach; j++ {
		if _, _, n := titleAt(s, j); n > 0 {
			return true // "Sofia Lindqvist, Sweden's trade minister,"
		}
		if toks[j].text == "," || strings.HasPrefix(toks[j].tag, "VB") {
			return false
		}
	}
	return false
}

// anyTitleEndsAt reports whether a title ends right before token k: "spokesperson Lin Jian", "the mayor of
// the city" is none.
func anyTitleEndsAt(s *sentence, k int) bool {
	for j := max(0, k-maxTitleWords); j < k; j++ {
		if _, _, n := titleAt(s, j); n > 0 && j+n == k {
			return true
		}
	}
	return false
}

// maxTitleWords is the longest title titleAt reads, in words.
const maxTitleWords = 5

// dropMention takes a mention out of its sentence altogether: its words belong to another name.
func (d *reading) dropMention(s *sentence, m *mention) {
	s.ments = slices.DeleteFunc(s.ments, func(x *mention) bool { return x == m })
	for k := range s.at {
		s.at[k] = -1
	}
	for idx, x := range s.ments {
		for k := x.i; k < x.j; k++ {
			s.at[k] = idx
		}
	}
}
