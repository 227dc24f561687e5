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
				ex("Nadia Karim, an analyst who follows Egypt for the World Bank, said so.", "!Nadia Karim>Egypt")}},
	)
}

// affiliationApposition reads "PERSON, [a|an|the] [modifiers] NOUN at|of|with|for|from [the] ORGANISATION":
// the person is a MEMBER_OF the organisation. Only an organisation counts: "a historian from Kenya" says
// where the historian comes from, which is no membership.
func (d *reading) affiliationApposition(s *sentence, p *pattern) {
	toks := s.toks
	for _, pm := range s.ments {
		if pm.entity == nil || pm.entity.kind != graph.Person || pm.j+2 >= len(toks) || toks[pm.j].text != "," {
			continue
		}
		k := pm.j + 1
		if determiners[toks[k].lower] {
			k++
		}
		noun := -1
		for i := k; i < len(toks) && i < k+affiliationReach && s.at[i] < 0 && toks[i].isWord(); i++ {
			if affilPrepositions[toks[i].lower] || toks[i].lower == "of" || toks[i].lower == "for" {
				break
			}
			if affiliationNouns[toks[i].lower] {
				noun = i
			}
		}
		if noun < 0 || noun+2 >= len(toks) {
			continue
		}
		prep := toks[noun+1].lower
		if !affilPrepositions[prep] && prep != "of" && prep != "for" {
			continue
		}
		org := d.ofAffil(s, noun)
		if org == nil || org.entity == nil || org.entity.kind != graph.Organization {
			continue
		}
		d.addPattern(p, s, pm.entity, org.entity, graph.MemberOf, pm, org)
	}
}
