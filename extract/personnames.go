package extract

import (
	"slices"
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
	if m == nil || m.i != k || m.j != k+1 || m.gz == nil || m.affix != "" || m.poss || m.form != formName ||
		m.kind != graph.Place && m.kind != graph.Organization || !isNameWord(s.toks[k].text) || isAcronym(s.toks[k].text) {
		return nil
	}
	return m
}

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
