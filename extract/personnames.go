package extract

import "unicode"

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
