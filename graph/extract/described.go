package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// described is what a descriptor says about an organisation: "Russian newspaper RBC" is based in Russia.
type described struct {
	org, affil *mention
	noun       string
	rule       string
}

// phraseAt returns the longest phrase of the set starting at token k (up to three words) and its length.
func phraseAt(s *sentence, k int, in func(string) bool) (string, int) {
	for n := min(3, len(s.toks)-k); n >= 1; n-- {
		var b strings.Builder
		for i := k; i < k+n; i++ {
			if i > k {
				b.WriteByte(' ')
			}
			b.WriteString(s.toks[i].lower)
		}
		if in(b.String()) {
			return b.String(), n
		}
	}
	return "", 0
}

// capRun returns the end of a run of capitalised words starting at k that no mention claims.
func capRun(s *sentence, k, limit int) int {
	e := k
	for e < len(s.toks) && e < k+limit && s.at[e] < 0 && s.toks[e].isCap() && !notNames[s.toks[e].lower] && !calendar[s.toks[e].lower] {
		e++
	}
	return e
}

// affilLeft finds the state named among the few modifiers before token k: "Russian state news agency",
// "US energy giant", "Poland's state gas company".
func affilLeft(s *sentence, k int) *mention {
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		if m := s.mentionAt(i); m != nil {
			if m.kind == graph.State && m.affix == "" || m.ref == "country" {
				return m
			}
			return nil
		}
		t := s.toks[i]
		if t.lower == "'s" || t.lower == "'" {
			continue
		}
		if !t.isWord() || determiners[t.lower] || prepositions[t.lower] || t.tag == "VBD" || t.tag == "VBZ" {
			return nil
		}
	}
	return nil
}

// findDescribed reads organisations introduced by what they are: "Russian newspaper RBC", "state news
// agency RIA", "global Internet monitor NetBlocks", and "Chevron USA, the US energy giant".
func (d *doc) findDescribed(s *sentence) {
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		noun, n := phraseAt(s, k, func(p string) bool { return descriptorNouns[p] })
		if n == 0 || s.at[k] >= 0 {
			continue
		}
		after := k + n
		var org *mention
		if m := s.mentionAt(after); m != nil && m.i == after && m.kind == graph.Organization {
			org = m
		} else if e := capRun(s, after, 4); e > after && (e-after >= 1 && isAcronym(toks[after].text) || toks[after].tag == "NNP" || e-after >= 2) {
			org = d.newMention(s, after, e, graph.Organization, d.t.norm[toks[after].start:toks[e-1].end], "descriptor", 0.75)
			if !s.claim(org) {
				continue
			}
		}
		if org == nil {
			continue
		}
		affil := affilLeft(s, k)
		list := coordinatedRight(s, org)
		if last := list[len(list)-1]; last.j+1 < len(toks) && toks[last.j].lower == "and" && s.at[last.j+1] >= 0 {
			if o := s.mentionAt(last.j + 1); o.i == last.j+1 && o.kind == graph.Organization && o.ref == "" && o.affix == "" {
				list = append(list, o)
			}
		} else if last.j+1 < len(toks) && toks[last.j].lower == "and" && s.at[last.j+1] < 0 {
			// "U.S. defence contractors Lockheed Martin and Raytheon Technologies": an unknown name after
			// "and" is one more of the kind.
			b := last.j + 1
			if e := capRun(s, b, 4); e > b && toks[b].tag == "NNP" && (e == len(toks) || !toks[e].isCap()) {
				o := d.newMention(s, b, e, graph.Organization, d.t.norm[toks[b].start:toks[e-1].end], "descriptor", 0.7)
				if s.claim(o) {
					list = append(list, o)
				}
			}
		}
		for _, o := range list {
			if o.kind == graph.Organization {
				d.descs = append(d.descs, &described{org: o, affil: affil, noun: singular(noun), rule: "descriptor:" + strings.ReplaceAll(singular(noun), " ", "-")})
				k = o.j - 1
			}
		}
	}
	// Apposition: "Chevron USA, the US energy giant,"
	for k := 0; k+3 < len(toks); k++ {
		if toks[k].text != "," {
			continue
		}
		if toks[k+1].lower != "the" && toks[k+1].lower != "a" && toks[k+1].lower != "an" {
			// ", Bulgaria's state gas supplier"
			// (possessives are marked once all mentions are found: look at the token)
			if m := s.mentionAt(k + 1); m == nil || m.kind != graph.State || m.j >= len(toks) || toks[m.j].lower != "'s" && toks[m.j].lower != "'" {
				continue
			}
		}
		var org *mention
		if m := s.mentionAt(k - 1); m != nil && (m.kind == graph.Organization && m.ref == "") {
			org = m
		}
		e := k + 2
		for e < len(toks) && e < k+7 && toks[e].text != "," && toks[e].text != "." {
			e++
		}
		noun, n := "", 0
		for i := e - 1; i > k+1; i-- {
			// The descriptor heads the apposition: it ends it, or "of", "in" or "based" follows it ("a
			// subsidiary of Chevron", "a company based in Paris").
			p, m := phraseAt(s, i, func(p string) bool { return descriptorNouns[p] })
			if m > 0 && (i+m == e || i+m < e && (toks[i+m].lower == "of" || toks[i+m].lower == "in" || toks[i+m].lower == "based")) {
				noun, n = p, m
				if i+m < e {
					e = i + m
				}
				break
			}
		}
		if n == 0 {
			continue
		}
		// "X, a subsidiary of Y": the phrase says what X is, but not where; the predicates read the tie.
		partOf := noun == "unit" || noun == "arm" || noun == "venture" || noun == "subsidiary"
		if partOf && org != nil {
			continue
		}
		if org == nil {
			// An unknown name before the comma becomes an organisation by what it is said to be.
			ns := k
			for ns > 0 && k-ns < 4 && s.at[ns-1] < 0 && toks[ns-1].isCap() && !notNames[toks[ns-1].lower] {
				ns--
			}
			if ns == k {
				continue
			}
			org = d.newMention(s, ns, k, graph.Organization, d.t.norm[toks[ns].start:toks[k-1].end], "apposition:descriptor", 0.75)
			if !s.claim(org) {
				continue
			}
		}
		if partOf {
			continue
		}
		affil := affilLeft(s, e-n)
		d.descs = append(d.descs, &described{org: org, affil: affil, noun: noun, rule: "apposition:" + strings.ReplaceAll(noun, " ", "-")})
	}
}

func singular(n string) string {
	switch {
	case strings.HasSuffix(n, "ies"):
		return strings.TrimSuffix(n, "ies") + "y"
	case strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss"):
		return strings.TrimSuffix(n, "s")
	}
	return n
}

// groupNouns follow "pro-Russian" in the names of armed or political groups.
var groupNouns = words("separatists|separatist groups|separatist forces|rebels|rebel groups|militias|militia|" +
	"groups|forces|fighters|militants|activists|parties|protesters|demonstrators|paramilitaries|" +
	"separatist militias|separatist fighters|separatist rebels")

// affixGroupNouns follow "X-led" and "X-backed" in the names news gives groups: "the Saudi-led
// coalition", "a Kenya-led mission", "Russian-backed separatists". ("A Russia-led alliance" is a
// reference to an alliance the article names, read by coreference.)
var affixGroupNouns = words("coalition|force|forces|mission|militia|militias|rebels|rebel group|rebel groups|separatists|" +
	"fighters|paramilitaries|paramilitary|intervention force|peacekeeping force|task force|multinational force|" +
	"military coalition|security mission|naval coalition|government|junta|regime|administration")

// findCollectives reads collective actors: "Kazakh authorities", "the government of Niger", "security
// forces", "pro-Russian separatist groups". Bare nouns ("authorities", "protesters") are tied to the state
// the article is about when the document is resolved.
func (d *doc) findCollectives(s *sentence) {
	toks := s.toks
	for k := 0; k < len(toks); k++ {
		// "pro-Russian separatist groups"
		if m := s.mentionAt(k); m != nil && (m.affix == "pro" && m.kind == graph.State || leadAffixes[m.affix] || backAffixes[m.affix]) {
			nouns := groupNouns
			if m.affix != "pro" {
				nouns = affixGroupNouns
			}
			if p, n := phraseAt(s, k+1, func(p string) bool { return nouns[p] }); n > 0 && s.at[k+1] < 0 {
				c := d.newMention(s, k, k+1+n, graph.Organization, "", "name:affix-group", 0.8)
				c.special, c.topic, c.ownerM = "affix-group", p, m
				d.replaceSpan(s, m, c)
				k = c.j - 1
			}
			continue
		}
		if s.at[k] >= 0 {
			continue
		}
		noun, n := phraseAt(s, k, func(p string) bool { _, ok := collectiveNouns[p]; return ok })
		if n == 0 {
			continue
		}
		class := collectiveNouns[noun]
		next := k + n
		if class == "opposition" && next < len(toks) && (toks[next].lower == "to" || toks[next].lower == "from") {
			continue // "Turkey's opposition to Sweden": the act of opposing, not a political opposition
		}
		// A noun used as a modifier ("government buildings", "police officers") is not the actor.
		if next < len(toks) && (toks[next].tag == "NN" || toks[next].tag == "NNS") && s.at[next] < 0 && class != "protesters" {
			continue
		}
		var owner *mention
		if o := affilBefore(s, k); o != nil && o.kind == graph.State {
			owner = o
		} else if k > 0 && class == "government" {
			// "her government": the government of the state the person leads.
			if p := s.mentionAt(k - 1); p != nil && p.ref == "his" {
				owner = p
			} else if p == nil && (toks[k-1].lower == "his" || toks[k-1].lower == "her") {
				// Pronouns are found after collectives: claim this one now.
				p = d.newMention(s, k-1, k, "", "", "reference:pronoun", 0.8)
				p.ref = "his"
				if s.claim(p) {
					owner = p
				}
			}
		}
		if owner == nil && next+1 < len(toks) && (toks[next].lower == "of" || toks[next].lower == "in") {
			if o := s.mentionAt(next + 1); o != nil && o.kind == graph.State && (toks[next].lower == "of" || class != "government") {
				owner = o
				next = o.j
			} else if o != nil && o.kind == graph.Place && hasForm(o, formCapital) && class == "government" {
				owner = o // "the government in Niamey"
				next = o.j
			}
		}
		if owner == nil && (noun == "administration" || noun == "government") && k > 0 {
			// "the Biden administration": the government of the state its leader leads.
			if p := s.mentionAt(k - 1); p != nil && p.kind == graph.Person && p.j == k {
				owner = p
			}
		}
		if owner == nil {
			// Bare nouns stand for the article's state only where they plainly name an actor.
			prev := ""
			if k > 0 {
				prev = toks[k-1].lower
			}
			if noun == "administration" || noun == "regime" {
				continue // "the administration" is the one a leader heads, not the article's state
			}
			switch class {
			case "government", "junta", "opposition", "parliament":
				if prev != "the" {
					continue
				}
			case "security forces", "police", "protesters":
				if prev != "the" && prev != "" && !prepositions[prev] && toks[k-1].isWord() && toks[k-1].tag != "CC" && toks[k-1].tag != "IN" && toks[k-1].tag != "VBD" && toks[k-1].tag != "RB" {
					continue
				}
			default:
				if class != "government" || noun != "authorities" {
					continue
				}
			}
			if noun == "authorities" && prev != "" && prev != "the" && !prepositions[prev] && toks[k-1].tag != "CC" && toks[k-1].tag != "RB" && toks[k-1].isWord() {
				continue
			}
		}
		start := k
		if owner != nil && owner.i < k {
			start = owner.i
		}
		c := d.newMention(s, start, next, graph.Organization, "", "name:collective", 0.75)
		c.special, c.topic, c.ownerM = "collective", class, owner
		if owner == nil {
			c.conf = 0.6
		}
		if owner != nil && owner.i < k {
			d.replaceSpan(s, owner, c)
		} else if !s.claim(c) {
			continue
		}
		k = c.j - 1
	}
}

// replaceSpan puts n, which covers m, in m's place; m stays reachable as n's owner.
func (d *doc) replaceSpan(s *sentence, m, n *mention) {
	for idx, x := range s.ments {
		if x == m {
			s.ments = append(s.ments[:idx], s.ments[idx+1:]...)
			break
		}
	}
	for k := range s.at {
		s.at[k] = -1
	}
	for idx, x := range s.ments {
		for k := x.i; k < x.j; k++ {
			s.at[k] = idx
		}
	}
	if !s.claim(n) {
		s.ments = append(s.ments, m)
		for k := m.i; k < m.j; k++ {
			s.at[k] = len(s.ments) - 1
		}
	}
	m.s = s
	d.hidden = append(d.hidden, m)
}
