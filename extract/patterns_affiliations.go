package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// News names the people it quotes by where they work, in an apposition after the name: "said Anna Berg,
// a researcher at the Nordic Policy Institute", "Tom Hale, a senior fellow at the Lowy Institute",
// "Lena Brandt, chief economist at Deutsche Bank", "Pedro Alves, a member of the Workers' Party". The
// words are no titles of office (an analyst leads nothing and holds no office of a state), so they are not
// in the table of titles, whose holders are guessed a state when the text names none; here the
// organisation is always written after the word. This file sorts after patterns.go, so its init appends to
// the table that one builds.

// affiliationNouns name what a person is to the organisation written after them: a member of it, in the
// broad sense analysts mark (staff, fellows, members).
// Titles of office (adviser, director, official) are left to the titles' table.
var affiliationNouns = words("researcher|fellow|analyst|economist|strategist|professor|lecturer|scholar|expert|" +
	"specialist|member|lawyer|attorney|campaigner|activist|organiser|organizer|coordinator|editor|correspondent|" +
	"reporter|journalist|consultant|staffer|employee|engineer|scientist|historian|candidate|nominee|" +
	"officer|colonel|soldier|agent|operative|fighter|commander")

// oneOfNouns, after "a" or "an", make their holder one of an organisation's people, a member: "X, a senior
// leader of the opposition Citizens Coalition for Change" (one of its leaders; "the leader of" leads it, which
// the titles read), "a senior figure in the party". Here the organisation may be a name the recognisers
// type only after the titles are read ("... for Change").
var oneOfNouns = words("leader|figure|stalwart|heavyweight|founder|co-founder")

// affiliationReach is how many words an affiliation's noun phrase may take between the comma after the
// name and the preposition: "a senior visiting research fellow" is six.
const affiliationReach = 6

func init() {
	patterns = append(patterns,
		pattern{name: "apposition:member-at", yields: "MEMBER_OF", conf: 0.8, match: (*reading).affiliationApposition,
			examples: []example{ex(`"The deal is lawful," said Anna Berg, a researcher at the Nordic Policy Institute.`, "Anna Berg>Nordic Policy Institute"),
				ex("Tom Hale, a senior fellow at the Lowy Institute, said the port mattered to Australia.", "Tom Hale>Lowy Institute", "!Tom Hale>Australia"),
				ex(`"We were not consulted," said Lena Brandt, chief economist at Deutsche Bank.`, "Lena Brandt>Deutsche Bank"),
				ex("Jonas Weber, a lawyer with Amnesty International, said the trial was unfair.", "Jonas Weber>Amnesty International"),
				ex("Nadia Karim, an analyst who follows Egypt for the World Bank, said so.", "!Nadia Karim>Egypt"),
				ex("Pedro Alves, a Labour Party member, resigned.", "Pedro Alves>Labour Party"),
				ex("Prime Minister Levan Abashidze, a Georgian Dream member, accused the opposition.", "Levan Abashidze>Georgian Dream"),
				ex("Nino Beridze, a Cabinet member, resigned.", "!Nino Beridze>Cabinet"),
				ex("Finance Minister Rachel Stone, of the Labour Party, opposed the deal.", "Rachel Stone>Labour Party"),
				ex("Finance Minister Rachel Stone, of the Labour Party's left, spoke.", "!Rachel Stone>Labour Party"),
				ex("Sergei Orlov, a former colonel in the Federal Security Service, was arrested.", "Sergei Orlov>Federal Security Service")}},
		pattern{name: "copula:title", yields: "LEADS, OFFICIAL_OF or SPOKESPERSON_FOR", conf: 0.8, match: (*reading).copulaTitle,
			examples: []example{ex("William Ruto is Kenya's president.", "William Ruto>Kenya"),
				ex("Lee Jae-myung became South Korea's president in June.", "Lee Jae-myung>South Korea"),
				ex("Ali Hassan, who is also the Somali foreign minister, spoke.", "Ali Hassan>Somalia"),
				ex("Mark Rutte has been the secretary general of NATO since October.", "Mark Rutte>North Atlantic Treaty Organization"),
				ex("Ali Hassan is not Kenya's president.", "!Ali Hassan>Kenya"),
				ex("Ali Hassan met Kenya's president on Monday.", "!Ali Hassan>Kenya")}},
	)
}

// affiliationApposition reads "PERSON, [a|an|the] [modifiers] NOUN at|of|with|from [the] ORGANISATION",
// "PERSON, a[n] ORGANISATION NOUN" ("a Labour Party member") and "PERSON, of [the] ORGANISATION,": the
// person is a MEMBER_OF the organisation. Only an organisation counts: "a historian from Kenya" says where
// the historian comes from, which is no membership.
func (d *reading) affiliationApposition(s *sentence, p *pattern) {
	toks := s.toks
	for _, pm := range s.ments {
		if pm.entity == nil || pm.entity.kind != graph.Person || pm.j+2 >= len(toks) || toks[pm.j].text != "," {
			continue
		}
		if org := affiliationOf(d, s, pm.j+1); org != nil && org.entity != nil && org.entity.kind == graph.Organization {
			d.addPattern(p, s, pm.entity, org.entity, graph.MemberOf, pm, org)
		}
	}
}

// affiliationOf returns the organisation an apposition starting at token k names its person a member of, or
// nil.
func affiliationOf(d *reading, s *sentence, k int) *mention {
	toks := s.toks
	if toks[k].lower == "of" {
		// "Economy Minister X, of the Greens, said": the apposition is the organisation alone.
		org := d.ofAffil(s, k-1)
		if org == nil || org.j < len(toks) && toks[org.j].text != "," && toks[org.j].text != "." {
			return nil
		}
		return org
	}
	indefinite := toks[k].lower == "a" || toks[k].lower == "an"
	if determiners[toks[k].lower] {
		k++
	}
	for i := k; i < len(toks) && i < k+affiliationReach && toks[i].isWord(); i++ {
		if m := s.mentionAt(i); m != nil {
			// "a Labour Party member", "a Greenpeace activist": the organisation before the noun.
			if m.i == i && m.entity != nil && m.entity.kind == graph.Organization && m.j < len(toks) && affiliationNouns[toks[m.j].lower] {
				return m
			}
			return nil
		}
		if affilPrepositions[toks[i].lower] || toks[i].lower == "of" || toks[i].lower == "for" {
			return nil
		}
		noun := affiliationNouns[toks[i].lower] || indefinite && oneOfNouns[toks[i].lower]
		if noun && i+2 < len(toks) && (affilPrepositions[toks[i+1].lower] || toks[i+1].lower == "of") {
			if o := d.ofAffil(s, i); o != nil {
				return o
			}
			return d.referredOrganisation(s, i+2)
		}
	}
	return nil
}

// copulaAdverbs may stand between a name and its copula, or after the copula: "is also", "who is now".
var copulaAdverbs = words("also|now|still|currently|already|then|since|himself|herself")

// copulaVerbs say what a person is: "X is Kenya's president", "X became", "X has been".
var copulaVerbs = words("is|was|became|becomes|remains|remained|be|been")

// copulaTitle reads "PERSON is|was|became|has been [the] OWNER's|OWNER-adjective TITLE" and "PERSON, who is
// the TITLE of OWNER": the title ties the person to its owner as a title before the name does. A negation
// ("is not") states nothing; the owner must be written, since a copula with a bare title ("is the
// president") names nobody's.
func (d *reading) copulaTitle(s *sentence, p *pattern) {
	toks := s.toks
	for _, pm := range s.ments {
		if pm.entity == nil || pm.entity.kind != graph.Person {
			continue
		}
		k := pm.j
		if k+1 < len(toks) && toks[k].text == "," && toks[k+1].lower == "who" {
			k += 2
		}
		k = skipWords(s, k, copulaAdverbs)
		if k >= len(toks) || !copulaVerbs[toks[k].lower] && !(auxiliaries[toks[k].lower] && k+1 < len(toks) && copulaVerbs[toks[k+1].lower]) {
			continue
		}
		for k < len(toks) && (copulaVerbs[toks[k].lower] || auxiliaries[toks[k].lower]) {
			k++
		}
		verb := k - 1 // the copula after its auxiliary, which a modal before it governs: "could be", "would be ... if"
		k = skipWords(s, k, copulaAdverbs)
		if k < len(toks) && determiners[toks[k].lower] {
			k++
		}
		if owner, title, rel := d.ownedTitleAt(s, k); owner != nil && owner.entity != nil {
			if owner.entity.kind == graph.State && rel == graph.Leads && (title == "chief" || title == "head") {
				rel = graph.OfficialOf
			}
			d.addReportedAct(p, s, predicateAt{k: verb, subj: pm.i, agent: pm.entity}, pm.entity, owner.entity, rel, pm, owner)
		}
	}
}

// skipWords returns the first token from k that is not in the set.
func skipWords(s *sentence, k int, w set) int {
	for k < len(s.toks) && w[s.toks[k].lower] {
		k++
	}
	return k
}

// ownedTitleAt reads a title with its owner from token k: "Kenya's president", "the Somali foreign
// minister", "secretary general of NATO". It returns the owner's mention, the title and what it makes its
// holder, or nil.
func (d *reading) ownedTitleAt(s *sentence, k int) (*mention, string, graph.RelType) {
	toks := s.toks
	var owner *mention
	if m := s.mentionAt(k); m != nil && m.i == k && (m.kind == graph.State || m.kind == graph.Organization) {
		owner, k = m, m.j
		if k < len(toks) && (toks[k].lower == "'s" || toks[k].lower == "'") {
			k++
		}
	}
	for k < len(toks) && roleAdjectives[toks[k].lower] {
		k++
	}
	title, rel, n := titleAt(s, k)
	if n == 0 {
		return nil, "", ""
	}
	if owner == nil {
		owner = d.ofAffil(s, k+n-1)
	}
	if owner == nil || owner.kind != graph.State && owner.kind != graph.Organization {
		return nil, "", ""
	}
	return owner, title, rel
}

// referredOrganisation returns the organisation a reference at token k (after "the") stands for: one that
// coreference resolved ("a fellow of the group's institute"), or, for "the party", which coreference
// leaves alone, the party named last in this sentence or the few before ("The Jubilee Party expelled three
// lawmakers. X, a member of the party's political bureau, said": a member of Jubilee, whose organ the
// bureau is). The mention it returns for the party is the reference's own words, not claimed.
func (d *reading) referredOrganisation(s *sentence, k int) *mention {
	if k < len(s.toks) && s.toks[k].lower == "the" {
		k++
	}
	if k >= len(s.toks) {
		return nil
	}
	if m := s.mentionAt(k); m != nil {
		if m.i != k || m.ref == "" || m.entity == nil || m.entity.kind != graph.Organization {
			return nil
		}
		return m
	}
	if s.toks[k].lower != "party" {
		return nil
	}
	e := d.recentOrg(s, k, isParty)
	if e == nil {
		return nil
	}
	m := d.newMention(s, k, k+1, graph.Organization, e.name, "reference:party", 0.7)
	m.entity = e
	return m
}

// partyNameWords, anywhere in an organisation's name, make it a party: "Jubilee Party", "Movement for
// Democratic Change", "National Liberation Front", "Indian National Congress", "Citizens Coalition for Change".
var partyNameWords = words("party|movement|front|congress|coalition")

// isParty reports whether an entity is a political party, by the gazetteer's type or its name's words.
func isParty(e *entity) bool {
	if e.typ == "party" {
		return true
	}
	for _, w := range strings.Fields(graph.Fold(e.name)) {
		if partyNameWords[w] {
			return true
		}
	}
	return false
}
