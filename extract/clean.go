package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// text is a document's text prepared for matching. The normalised copy replaces characters rune for rune
// (curly quotes by straight ones, odd spaces by plain ones), so a code point keeps its index and offsets
// found in the copy map straight back to the original through the two tables.
type text struct {
	orig, norm string
	runeOf     []int32 // byte offset in norm → code-point index (len(norm)+1 entries)
	origAt     []int32 // code-point index → byte offset in orig (runes+1 entries)
	regions    []region
	dateline   span // the place a dateline names, in norm; empty when there is none
	datelineIn span // the state or region after it ("ABUJA, Nigeria —"); empty when there is none
	isOrg      func(string) bool
}

// span is a byte range of the normalised text.
type span struct{ start, end int }

type regionKind uint8

const (
	regBody regionKind = iota
	regHeadline
	regCaption
)

// region is a stretch of text that sentences never cross: a headline, a paragraph of the body, or a
// caption (with its credit cut off).
type region struct {
	kind       regionKind
	start, end int
}

// normRune is the matching form of r: one rune for one rune, so offsets survive.
func normRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', 'ʼ', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '\u00a0', '\u2007', '\u2009', '\u200a', '\u202f', '\u2002', '\u2003', '\u3000', '\t', '\r', '\v', '\f',
		'\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return ' '
	case '\u2028', '\u2029', '\u0085':
		return '\n'
	case '‐', '‑', '‒', '−':
		return '-'
	}
	if r < 0x20 && r != '\n' || unicode.Is(unicode.Cc, r) && r != '\n' {
		return ' '
	}
	return r
}

func prepare(orig string, isOrg func(string) bool) *text {
	t := &text{orig: orig, isOrg: isOrg}
	var b strings.Builder
	b.Grow(len(orig))
	n := utf8.RuneCountInString(orig)
	t.origAt = make([]int32, 0, n+1)
	for i, r := range orig {
		t.origAt = append(t.origAt, int32(i))
		b.WriteRune(normRune(r))
	}
	t.origAt = append(t.origAt, int32(len(orig)))
	t.norm = b.String()
	t.runeOf = make([]int32, len(t.norm)+1)
	ri := int32(0)
	for i := range t.norm {
		// Continuation bytes share their rune's index; only rune starts are ever looked up.
		t.runeOf[i] = ri
		ri++
	}
	t.runeOf[len(t.norm)] = ri
	t.split()
	return t
}

// origRange returns the code-point offsets of the normalised byte range [start, end).
func (t *text) origRange(start, end int) (int, int) {
	return int(t.runeOf[start]), int(t.runeOf[end])
}

// origText returns the original text of the normalised byte range [start, end).
func (t *text) origText(start, end int) string {
	rs, re := t.origRange(start, end)
	return t.orig[t.origAt[rs]:t.origAt[re]]
}

var (
	// boilerplateRE matches a page's lines that are no part of the story: links, sharing, advertising, and a
	// press release's contact lines ("Media contact: Communication and External Relations Department, ..."),
	// whose office is the issuer's, no actor of the story (on the development split such an office was a
	// false actor).
	boilerplateRE = regexp.MustCompile(`^(?i:read more|read more:.*|related|related (posts?|articles?|stories|coverage|news|content|topics)|more from .{0,60}|share( this)?( article| story| page)?|share (on|via) .{0,40}|advertisement|advertising|sponsored( content)?|subscribe.{0,80}|sign up.{0,80}|click here.{0,80}|follow us.{0,80}|all rights reserved.{0,80}|copyright.{0,120}|©.{0,120}|tags?:.{0,200}|(also|must) read:?.{0,160}|read also:?.{0,160}|recommended( for you| stories)?|most (read|popular|viewed)|trending( now)?|you (may|might) also like:?|comments?|leave a comment|print|email|e-mail|whatsapp|facebook|twitter|linkedin|telegram|reddit|copy link|listen( to (this|the) article)?|watch:.{0,120}|video:.{0,120}|advertisement - scroll to continue|story continues below.{0,40}|(additional )?(reporting|writing|editing) by .{0,200}|((—|–|-)\s*)?with files from .{0,80}|\((additional )?(reporting|writing|editing) by .{0,200}\)?|(media|press|news|investor) (contacts?|enquiries|inquiries|relations)\s*[:—–-].{0,200}|contacts?\s*:.{0,200}|for (media|press) (enquiries|inquiries).{0,200})$`)
	creditEndRE   = regexp.MustCompile(`\s*(\((?:Reuters|AP|AFP|EPA|Getty Images|Xinhua|TASS|Sputnik|Bloomberg|Anadolu|Kyodo|Yonhap|AAP|PTI|ANI|dpa|Bernama|Antara|File|Photo|Image|Picture|Credit|Courtesy|Handout|Screenshot|Video)[^()\n]{0,100}\)|\([^()\n]{0,80}\svia\s(?:Reuters|AP|AFP|EPA|Getty Images|Bloomberg|Anadolu|Xinhua|TASS|Kyodo|Yonhap)[^()\n]{0,40}\)|\([^()\n]{0,80}/(?:Reuters|AP|AFP|EPA|Getty Images|Bloomberg|Anadolu|Xinhua|TASS)[^()\n]{0,40}\)|(?:\s|^)(?:Photo|Image|Picture|Credit|Photograph)s?(?: by)?:\s*[^.\n]{0,100})\s*$`)
	// creditLineRE matches a line that credits the article's writers, who are no actors of it: a byline
	// ("By Dewi Sartika, Southeast Asia correspondent", "Analysis by Hamza Ben Youssef", "By World Desk |
	// 3 March"), "(Translated and edited by ...)", "X in Canberra contributed to this report."
	creditLineRE  = regexp.MustCompile(`^(?:(?:(?i:analysis|opinion|commentary|story|text|words|interview|report|reporting|photos?)\s+)?(?i:by)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|and|de|van|von|al|bin|da|del))*\s*(?:(?:,|\||—|–|-)\s*[^.!?]{0,100}|in\s+\p{Lu}[\p{L}'’.\- ]{0,60})?|\(?(?i:(?:additional\s+)?(?:reporting|writing|editing|translated|translation|edited|compiled|produced)(?:\s+and\s+(?:reporting|writing|editing|translated|edited))?\s+by)\s[^()]{0,160}\)?|[^.!?]{0,160}\s(?i:contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?)\.?)$`)
	datelineInRE  = regexp.MustCompile(`^,\s+([A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})`)
	captionHeadRE = regexp.MustCompile(`^(?:Photo|Image|Picture|Caption|FILE PHOTO|File photo|FILE)\s*[:—–-]\s*`)
	datelineRE    = regexp.MustCompile(`^([A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3})((?:/[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3})?(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(?:\([A-Za-z][A-Za-z .&/]{0,30}\))?\s*(?:—|–|--|-|:)\s*)`)
)

var (
	// slugRE matches the label a page or a wire puts before a headline or an entry, in capitals and ended
	// by a dash or a colon ("ANALYSIS-The Middle Corridor's bottleneck", "LIVE UPDATES: Lesotho count
	// delayed", "BREAKING: The party says"): it names nothing, and the words after it open the line.
	slugRE = regexp.MustCompile(`^(?:LIVE(?: UPDATES| BLOG)?|UPDATE(?:D|S|\s+\d+)?|BREAKING(?: NEWS)?|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|` +
		`INSIGHT|OPINION|COMMENTARY|WRAPUP(?:\s+\d+)?|REFILE|CORRECTED|URGENT|FEATURE|INTERVIEW|TIMELINE|QUOTEBOX|FOCUS)\s*(?:-|:|—|–|\|)\s*`)
	// sourceLineRE matches the line a newswire ends a press release with, "SOURCE" and the issuer, whose
	// name the release gives in its own words before.
	sourceLineRE = regexp.MustCompile(`^SOURCE\s+\p{Lu}.{0,150}$`)
)

// split cuts the text into regions: the headline, body paragraphs and captions, leaving out boilerplate,
// credits and the dateline.
func (t *text) split() {
	norm := t.norm
	first := true
	bodyLines := 0
	for off := 0; off < len(norm); {
		end := strings.IndexByte(norm[off:], '\n')
		next := len(norm)
		if end < 0 {
			end = len(norm)
		} else {
			end += off
			next = end + 1
		}
		s, e := trim(norm, off, end)
		off = next
		if s >= e {
			continue
		}
		if m := slugRE.FindStringIndex(norm[s:e]); m != nil && s+m[1] < e {
			s += m[1] // "ANALYSIS-", "LIVE UPDATES:"
		}
		line := norm[s:e]
		if len(line) < 300 && (boilerplateRE.MatchString(line) || creditLineRE.MatchString(line) || sourceLineRE.MatchString(line)) {
			continue
		}
		if first {
			first = false
			if !endsSentence(line) && len(line) < 400 {
				t.regions = append(t.regions, region{regHeadline, s, e})
				continue
			}
		}
		kind := regBody
		if m := captionHeadRE.FindStringIndex(line); m != nil {
			kind = regCaption
			s += m[1]
		}
		if len(line) < 1000 {
			if m := creditEndRE.FindStringIndex(norm[s:e]); m != nil && m[0] > 0 {
				kind = regCaption
				e = s + m[0]
			} else if m != nil {
				continue // a credit alone on its line
			}
		}
		s, e = trim(norm, s, e)
		if s >= e {
			continue
		}
		if kind != regHeadline && bodyLines < 3 {
			if m := datelineRE.FindStringSubmatchIndex(norm[s:e]); m != nil && t.isDateline(norm[s+m[2]:s+m[3]]) {
				t.dateline = span{s + m[2], s + m[3]}
				if in := datelineInRE.FindStringSubmatchIndex(norm[s+m[4] : s+m[5]]); in != nil && !calendar[strings.ToLower(norm[s+m[4]+in[2]:s+m[4]+in[3]])] {
					t.datelineIn = span{s + m[4] + in[2], s + m[4] + in[3]}
				}
				s += m[1]
			}
		}
		if kind == regBody {
			bodyLines++
		}
		if s < e {
			t.regions = append(t.regions, region{kind, s, e})
		}
	}
}

// isDateline tells a dateline's place ("MOSCOW", "KYIV") from a sentence that starts with an acronym
// ("NATO - the alliance..."): the words must be capitals of at least three letters and not an acronym.
func (t *text) isDateline(place string) bool {
	letters := 0
	for _, r := range place {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 || t.isOrg != nil && t.isOrg(place) {
		return false
	}
	switch strings.Trim(place, ".") {
	case "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE", "FILE", "PHOTO", "VIDEO":
		return false
	}
	return true
}

// endsSentence reports whether line ends like a sentence (a full stop, possibly inside quotes); headlines
// do not.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, `"') `)
	if line == "" {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

func trim(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}
