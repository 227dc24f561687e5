package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
)

// Bounds on the work done for one stretch of text, so that a pathological input (one huge line, binary
// junk) costs time in proportion to its length and never more: longer regions are cut at a space before
// segmentation, and only the first maxTokens words of a sentence are analysed (its evidence is still the
// whole sentence).
const (
	maxChunk  = 8 << 10
	maxTokens = 160
)

// sentence is one sentence of the normalised text with its words and the mentions found in it.
type sentence struct {
	idx        int
	kind       regionKind
	start, end int // bytes in the normalised text, whitespace-trimmed
	toks       []tok
	ments      []*mention
	at         []int // token index → index in ments of the mention covering it, or -1
	actors     int   // mentions resolved to an entity, once resolution is done
	quoted     bool  // the sentence holds a quotation
	clauses    []clause
	clauseAt   []int // token index → index in clauses of the clause it belongs to (clausereader.go)
}

// tok is a word or punctuation mark. Offsets are bytes in the normalised text.
type tok struct {
	text, lower, tag string
	start, end       int
}

func (t tok) isCap() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func (t tok) isWord() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// sentences splits the regions into sentences with prose's segmenter; a headline is one sentence.
func (x *Extractor) sentences(t *text) []*sentence {
	var out []*sentence
	add := func(kind regionKind, s, e int) {
		s, e = trim(t.norm, s, e)
		if s < e {
			out = append(out, &sentence{idx: len(out), kind: kind, start: s, end: e})
		}
	}
	for _, r := range t.regions {
		if r.kind == regHeadline {
			add(r.kind, r.start, r.end)
			continue
		}
		for _, c := range chunks(t.norm, r.start, r.end) {
			from := -1 // the start of a sentence that an abbreviated title carries on into the next segment
			for _, s := range x.seg.Segment(t.norm[c.start:c.end]) {
				start, end := c.start+s.Start, c.start+s.End()
				if from >= 0 {
					start = from
				}
				if from = -1; endsInTitleAbbreviation(t.norm[start:end]) {
					from = start
					continue
				}
				add(r.kind, start, end)
			}
			if from >= 0 {
				add(r.kind, from, c.end)
			}
		}
	}
	return out
}

// titleAbbreviations are abbreviated titles and honorifics that prose's segmenter takes for the end of a
// sentence ("The Prime Minister of Nepal, Rt. Hon. K.P. Sharma Oli, arrived", "the President of India,
// Smt. Droupadi Murmu", "Brig. Gen. Pat Ryder"): a name always follows them, so a sentence never ends there.
var titleAbbreviations = words("rt|hon|smt|shri|sri|shrimati|capt|brig|amb|pres|cmdr|cdr|insp|supt|mme|mlle|messrs|" +
	"lt|col|gen|maj|sgt|adm|cpl|gov|sen|rep|prof|dr|mr|mrs|ms|rev|fr|ven|" +
	// saints, before the names of churches, schools and universities: "Ss. Cyril and Methodius University"
	"ss|sts")

// endsInTitleAbbreviation reports whether a segment ends in an abbreviated title and its full stop.
func endsInTitleAbbreviation(seg string) bool {
	seg = strings.TrimRight(seg, " \n\t")
	if !strings.HasSuffix(seg, ".") {
		return false
	}
	seg = seg[:len(seg)-1]
	i := strings.LastIndexFunc(seg, func(r rune) bool { return !unicode.IsLetter(r) })
	w := seg[i+1:]
	return w != "" && unicode.IsUpper([]rune(w)[0]) && titleAbbreviations[strings.ToLower(w)]
}

// chunks cuts [start, end) into pieces of at most about maxChunk bytes, at spaces where it can.
func chunks(s string, start, end int) []span {
	var out []span
	for end-start > maxChunk {
		cut := start + maxChunk
		for cut > start && s[cut] != ' ' && s[cut] != '\n' {
			cut--
		}
		if cut == start {
			cut = start + maxChunk
			for cut < end && !utf8.RuneStart(s[cut]) {
				cut++
			}
		}
		out = append(out, span{start, cut})
		start = cut
	}
	return append(out, span{start, end})
}

// adjectivalParticiples are -ing words news writes before a name as adjectives ("Neighbouring Uganda, whose
// troops ..., said it stood by the government in Juba"); the tagger reads them as verbs, which made a
// participial clause of the sentence's subject and left the sentence without one.
var adjectivalParticiples = words("neighbouring|neighboring")

// relativeVerbTag returns the verb's tag for token i when the tagger read a verb of the lexicon right after
// a relative pronoun set off by a comma or "of" as a noun: ", which border Burkina Faso", ", both of whom
// share a border with" ("border" and "share" as nouns had left the clause without a verb).
func relativeVerbTag(toks []tok, i int) (string, bool) {
	if i < 2 || !relativePronouns[toks[i-1].lower] || toks[i-1].lower == "whose" || toks[i-1].lower == "where" ||
		toks[i-2].lower != "," && toks[i-2].lower != "of" || !predicateIndex.verbForm(toks[i].lower) {
		return "", false
	}
	switch toks[i].tag {
	case "NN":
		return "VBP", true
	case "NNS":
		return "VBZ", true
	}
	return "", false
}

// tokenize splits and tags a sentence. Only the first maxTokens words are kept.
func (x *Extractor) tokenize(t *text, s *sentence) {
	src := t.norm[s.start:s.end]
	if len(src) > maxTokens*16 {
		src = src[:cutAt(src, maxTokens*16)]
	}
	raw := x.tok.Tokenize(src)
	if len(raw) > maxTokens {
		raw = raw[:maxTokens]
	}
	x.tag.TagTokens(raw)
	s.toks = make([]tok, len(raw))
	for i, r := range raw {
		s.toks[i] = tok{text: r.Text, lower: strings.ToLower(r.Text), tag: r.Tag, start: s.start + r.Start, end: s.start + r.End()}
		if r.Tag == "VBG" && i+1 < len(raw) && raw[i+1].Tag == "NNP" && adjectivalParticiples[s.toks[i].lower] {
			s.toks[i].tag = "JJ"
		}
		if tag, ok := relativeVerbTag(s.toks, i); ok {
			s.toks[i].tag = tag
		}
	}
	s.at = make([]int, len(s.toks))
	for i := range s.at {
		s.at[i] = -1
	}
}

func cutAt(s string, n int) int {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// proseTokens converts back to prose's token type for its entity recogniser, with offsets relative to the
// sentence.
func proseTokens(s *sentence, i, j int) []token.Token {
	out := make([]token.Token, 0, j-i)
	for _, t := range s.toks[i:j] {
		out = append(out, token.Token{Text: t.text, Tag: t.tag, Start: t.start})
	}
	return out
}
