package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// Rule says why two entities were taken for the same actor. Lower rules are stronger: when an entity matches
// several known entities, only the strongest rule counts, and a tie between different entities merges
// nothing.
type Rule int

// The rules, strongest first.
const (
	ByName     Rule = iota + 1 // the names are equal after graph.Fold
	ByAlias                    // a name of one is an alias of the other
	BySpelling                 // a variant spelling, word by word ("Kasym-Jomart Tokayev", "Organisation")
	ByAcronym                  // one name is the acronym of the other ("CSTO", "Collective Security Treaty Organization")
	BySurname                  // a bare surname and the only person known by it ("Tokayev")
)

func (r Rule) String() string {
	switch r {
	case ByName:
		return "name"
	case ByAlias:
		return "alias"
	case ByAcronym:
		return "acronym"
	case BySpelling:
		return "spelling"
	case BySurname:
		return "surname"
	}
	return "none"
}

// Match reports whether a and b name the same actor, and by which rule. Entities of different kinds never
// match: Georgia the state is not Georgia a person, nor Moscow the city Russia's government.
func Match(a, b graph.Entity) (Rule, bool) {
	if a.Kind != b.Kind {
		return 0, false
	}
	fa, fb := fold(a.Name), fold(b.Name)
	if fa != "" && fa == fb {
		return ByName, true
	}
	an, bn := names(a), names(b)
	for _, x := range an {
		for _, y := range bn {
			if fx := fold(x); fx != "" && fx == fold(y) {
				return ByAlias, true
			}
		}
	}
	for _, x := range an {
		for _, y := range bn {
			if variantName(a.Kind, fold(x), fold(y)) {
				return BySpelling, true
			}
		}
	}
	if a.Kind == graph.Organization || a.Kind == graph.State {
		for _, x := range an {
			for _, y := range bn {
				if isAcronym(x, y) || isAcronym(y, x) {
					return ByAcronym, true
				}
			}
		}
	}
	if a.Kind == graph.Person && (isSurnameOf(fa, fb) || isSurnameOf(fb, fa)) {
		return BySurname, true
	}
	return 0, false
}

// fold is graph.Fold, except that a plus is read as the word: graph.Fold drops it, which would make
// OPEC+ (OPEC and its allies) the same name as OPEC; read this way it is the same name as OPEC Plus.
func fold(s string) string {
	if strings.Contains(s, "+") {
		s = strings.ReplaceAll(s, "+", " plus ")
	}
	return graph.Fold(s)
}

func names(e graph.Entity) []string {
	return append([]string{e.Name}, e.Aliases...)
}

// functionWords are left out of acronyms: Organization *of the* Petroleum Exporting Countries is OPEC.
var functionWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "in": true, "de": true, "des": true,
	"du": true, "la": true, "le": true, "el": true, "al": true, "der": true, "für": true, "&": true,
}

// isAcronym reports whether short is written as an acronym (two to eight capitals, dots allowed) of the
// words of long: "CSTO" of "Collective Security Treaty Organization", "E.U." of "European Union".
func isAcronym(short, long string) bool {
	s := strings.ReplaceAll(short, ".", "")
	if n := utf8.RuneCountInString(s); n < 2 || n > 8 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	words := strings.FieldsFunc(long, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '/' })
	if len(words) < 2 {
		return false
	}
	var all, content strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		all.WriteRune(unicode.ToUpper(r))
		if !functionWords[strings.ToLower(w)] {
			content.WriteRune(unicode.ToUpper(r))
		}
	}
	return s == content.String() || s == all.String()
}

// variantName reports whether two folded names of several words are the same name spelt differently: as
// many words, each equal or a variant spelling of the other (see variantWord), at least one long word
// identical, and for people the surname (the last word) identical. "kasym jomart tokayev" and "kassym
// jomart tokayev" are; "kazakh ministry of defence" and "russian ministry of defence" are not.
func variantName(kind graph.Kind, x, y string) bool {
	if x == y {
		return false
	}
	xs, ys := strings.Fields(x), strings.Fields(y)
	if len(xs) < 2 || len(xs) != len(ys) {
		return false
	}
	if kind == graph.Person && xs[len(xs)-1] != ys[len(ys)-1] {
		return false
	}
	anchor := false
	for i := range xs {
		switch {
		case xs[i] == ys[i]:
			if utf8.RuneCountInString(xs[i]) >= 4 {
				anchor = true
			}
		case !variantWord(xs[i], ys[i]):
			return false
		}
	}
	return anchor
}

// similar lists letters that transliterations and British/American spelling swap: organisation/organization,
// defence/defense, Sergei/Sergey, Kazakstan/Qazaqstan.
var similar = map[[2]rune]bool{
	{'s', 'z'}: true, {'c', 's'}: true, {'c', 'k'}: true, {'k', 'q'}: true, {'i', 'y'}: true, {'j', 'y'}: true,
	{'v', 'w'}: true, {'e', 'ë'}: true,
}

// variantWord reports whether two different words of five letters or more are one spelling change apart,
// where the change is one a transliteration makes: a doubled letter written once (Kassym/Kasym), an h or y
// dropped (Tokayev/Tokaev), or one letter swapped for a similar one (Organisation/Organization). Other
// one-letter differences are different names (Maria/Mario, Gambia/Zambia, Karin/Karina).
func variantWord(x, y string) bool {
	a, b := []rune(x), []rune(y)
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 5 || len(b)-len(a) > 1 {
		return false
	}
	if len(a) == len(b) {
		diff := -1
		for i := range a {
			if a[i] != b[i] {
				if diff >= 0 {
					return false
				}
				diff = i
			}
		}
		if diff < 0 {
			return true
		}
		p, q := a[diff], b[diff]
		return similar[[2]rune{p, q}] || similar[[2]rune{q, p}]
	}
	// b is one letter longer: find the letter it adds.
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if string(a[i:]) != string(b[i+1:]) {
		return false
	}
	extra := b[i]
	doubled := (i > 0 && b[i-1] == extra) || (i+1 < len(b) && b[i+1] == extra)
	return doubled || extra == 'h' || extra == 'y'
}

// isSurnameOf reports whether the folded name short is one word of three letters or more and the last word
// of the folded name long, which has several.
func isSurnameOf(short, long string) bool {
	if strings.Contains(short, " ") || utf8.RuneCountInString(short) < 3 {
		return false
	}
	ws := strings.Fields(long)
	return len(ws) > 1 && ws[len(ws)-1] == short
}

// acronymOf returns the acronym of a name of several words (capital initials of its content words), or "".
func acronymOf(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '/' })
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if functionWords[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return ""
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}
