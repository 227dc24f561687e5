package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// News states what a bloc, a coalition or a group of companies is made of with a list after a verb or a
// participle of composition: "Mercosur, the South American bloc made up of Brazil, Argentina, Paraguay and
// Uruguay", "The Quad, a grouping of the United States, Japan, India and Australia", "The group comprises
// three entities: the African Development Bank, the African Development Fund and the Nigeria Trust Fund".
// Each listed actor is a member (a state, or an organisation of an alliance) or a part (an organisation of
// an organisation that "comprises" or "consists of" it). This file sorts after patterns.go, so its init
// appends to the table that one builds.

// compositionPhrases are the words that introduce the list of what a grouping is made of, lower case; a
// phrase whose members are parts is marked true.
var compositionPhrases = map[string]bool{
	"made up of": false, "composed of": true, "consisting of": true, "consists of": true, "comprising": true,
	"comprises": true, "comprised of": true, "brings together": false, "bringing together": false,
	"which groups": false, "that groups": false, "which includes": false, "that includes": false,
}

// Reaches of the composition rows, in tokens: the longest phrase of composition, and how far back from it
// the grouping's name may stand in an apposition ("Mercosur, the South American trade bloc made up of").
const (
	compositionPhraseWords = 2
	compositionOwnerReach  = 8
	compositionListReach   = 5 // from the phrase to the list's first actor: "three distinct entities:"
)

func init() {
	patterns = append(patterns,
		pattern{name: "pattern:made-up-of", yields: "MEMBER_OF or PART_OF", conf: 0.75, match: (*reading).composition,
			examples: []example{ex("Mercosur, the South American bloc made up of Brazil, Argentina, Paraguay and Uruguay, signed the deal.", "Brazil>Mercosur", "Uruguay>Mercosur"),
				ex("The Quad, a grouping of the United States, Japan, India and Australia, met in Tokyo.", "Japan>Quad", "Australia>Quad"),
				ex("The African Development Bank Group comprises three entities: the African Development Bank, the African Development Fund and the Nigeria Trust Fund.", "African Development Fund>African Development Bank Group"),
				ex("The summit brought together leaders from Nigeria, Ghana and Togo.", "!Ghana>Nigeria"),
				ex("NATO, which includes Turkey, Poland and Norway, met in Brussels.", "Turkey>North Atlantic Treaty Organization")}},
	)
}

// composition reads a grouping and the list of what it is made of.
func (d *reading) composition(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		n, parts := compositionAt(s, k)
		if n == 0 {
			continue
		}
		owner := d.compositionOwner(s, k)
		if owner == nil || owner.entity == nil || owner.entity.kind != graph.Organization {
			continue
		}
		var first *mention
		for i := k + n; first == nil && i < k+n+compositionListReach && i < len(toks); i++ {
			first = d.nounPhraseActor(s, i)
		}
		if first == nil {
			continue
		}
		members := coordinatedRight(s, first)
		if len(members) < 2 {
			continue // one actor after "of" or "including" is too often something else's
		}
		for _, x := range members {
			e := d.actorOf(x, false)
			if e == nil || e == owner.entity || e.kind != graph.State && e.kind != graph.Organization {
				continue
			}
			t := graph.MemberOf
			if parts && e.kind == graph.Organization {
				t = graph.PartOf
			}
			d.addPattern(p, s, e, owner.entity, t, x, owner)
		}
		k += n
	}
}

// compositionAt returns the length in tokens of a phrase of composition at token k ("made up of", "a
// grouping of"), and whether what it lists are parts; 0 when there is none.
func compositionAt(s *sentence, k int) (int, bool) {
	for n := compositionPhraseWords + 1; n >= 1; n-- {
		if k+n > len(s.toks) {
			continue
		}
		var w []string
		for i := k; i < k+n; i++ {
			w = append(w, s.toks[i].lower)
		}
		if parts, ok := compositionPhrases[strings.Join(w, " ")]; ok {
			return n, parts
		}
	}
	if s.toks[k].lower == "groups" && s.toks[k-1].text == "," {
		return 1, false // "The bloc, founded in 1969, groups Bolivia, Colombia ...": the verb after an aside
	}
	if groupOfNouns[s.toks[k].lower] && s.toks[k+1].lower == "of" && s.toks[k-1].text != "," {
		return 2, false // "a grouping of", in an apposition: "the BRICS group of" is read by its own row
	}
	return 0, false
}

// asideOpening returns the comma that opens an aside closed by the comma at token i, within
// compositionOwnerReach tokens and with no clause's verb in it ("based in Riyadh", "founded in 1969" are
// participles), or -1.
func asideOpening(s *sentence, i int) int {
	for j := i - 1; j > 0 && j >= i-compositionOwnerReach; j-- {
		switch {
		case s.toks[j].text == ",":
			return j
		case isVerbTag(s.toks[j].tag) && s.toks[j].tag != "VBN":
			return -1
		}
	}
	return -1
}

// compositionOwner returns the grouping a phrase of composition at token k describes: the actor right before
// it ("NATO comprises"), the clause's subject past "is" ("The group is made up of"), or the name an
// apposition describes ("Mercosur, the South American bloc made up of").
func (d *reading) compositionOwner(s *sentence, k int) *mention {
	toks := s.toks
	i := k - 1
	if toks[i].text == "," && toks[k].lower == "groups" {
		// "The Gulf Cooperation Council, based in Riyadh, groups": the subject before the aside.
		if j := asideOpening(s, i); j > 0 {
			if m := s.mentionAt(j - 1); m != nil {
				return m
			}
		}
		return nil
	}
	for i >= 0 && (copulas[toks[i].lower] && toks[i].text != "," || toks[i].lower == "which" || toks[i].lower == "that") {
		i--
	}
	m := s.mentionAt(i)
	if m != nil && m.ref == "" {
		return m
	}
	if m != nil {
		i = m.i - 1 // "Mercosur, the South American bloc made up of": the name the reference stands beside
	}
	for j := i; j > 0 && j >= k-compositionOwnerReach; j-- {
		if toks[j].text == "," {
			return s.mentionAt(j - 1)
		}
		if isVerbTag(toks[j].tag) || s.at[j] >= 0 && s.mentionAt(j).kind != graph.Place {
			return m // "The summit brought together ...": no apposition
		}
	}
	return m
}
