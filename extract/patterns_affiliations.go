package extract

import (
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
	"reporter|journalist|consultant|staffer|employee|engineer|scientist|historian")

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
				ex("Finance Minister Rachel Stone, of the Labour Party, opposed the deal.", "Rachel Stone>Labour Party"),
				ex("Finance Minister Rachel Stone, of the Labour Party's left, spoke.", "!Rachel Stone>Labour Party")}},
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
		if affiliationNouns[toks[i].lower] && i+2 < len(toks) && (affilPrepositions[toks[i+1].lower] || toks[i+1].lower == "of") {
			return d.ofAffil(s, i)
		}
	}
	return nil
}
