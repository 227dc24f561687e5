package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Where an organisation is, stated by how the sentence is built rather than by a finite verb: "Based in
// Manila, the Asian Development Bank ...", "the bank, which is headquartered in Beijing,", "Saab of Sweden",
// "Karimun Marine, a private shipyard in Batam". The verb row `verb:located-in` reads "X is based in Y"; a
// relative or participial "based in" it reads too, but the confidence model, which weighs verbs by their
// subjects, gave the relative one 0.29-0.43 (under KeepAbove on the development split's "the government,
// which is ... based in the southern port city of Aden"), so these rows read the shapes as the structure
// they are. This file sorts after patterns.go, so its init appends to the table that one builds.

// basedWords are the participles that put an organisation in a place before "in".
var basedWords = words("based|headquartered")

// siteNouns say what an organisation is in an apposition that goes on to say where it is: "a state-owned
// yard in Surabaya", "a private lender in Lagos".
var siteNouns = words("yard|shipyard|dockyard|plant|refinery|factory|mine|smelter|terminal|company|firm|lender|bank|" +
	"maker|manufacturer|producer|operator|developer|contractor|exchange|university|hospital|startup|start-up|" +
	"subsidiary|miner|insurer|carrier|airline|broadcaster|newspaper|institute|charity|foundation|group|militia|hub")

// notLocatedHeads end the names of organisations that are bodies of a state rather than companies in it:
// "the Ministry of Defence of France" is no company located in France.
var notLocatedHeads = words("ministry|council|court|parliament|assembly|army|navy|police|government|commission|committee|" +
	"agency|office|department|authority|service|forces|force|guard")

func init() {
	patterns = append(patterns,
		pattern{name: "place:based-in", yields: "LOCATED_IN", conf: 0.8, match: (*reading).basedInClause,
			examples: []example{ex("Based in Manila, the Asian Development Bank approved a loan to Pakistan.", "Asian Development Bank>Manila", "!Pakistan>Manila"),
				ex("The Asian Infrastructure Investment Bank, which is headquartered in Beijing, lent $500 million to Egypt.", "Asian Infrastructure Investment Bank>Beijing", "!Egypt>Beijing"),
				ex("Rheinmetall, based in Düsseldorf, won the order.", "Rheinmetall>Düsseldorf")}},
		pattern{name: "place:org-of-state", yields: "LOCATED_IN", conf: 0.75, match: (*reading).orgOfState,
			examples: []example{ex("Saab of Sweden and Rheinmetall of Germany bid for the contract.", "Saab>Sweden", "Rheinmetall>Germany"),
				ex("The Ministry of Defence of Ghana signed the order.", "!Ministry of Defence>Ghana")}},
		pattern{name: "place:site-apposition", yields: "LOCATED_IN", conf: 0.75, match: (*reading).siteApposition,
			examples: []example{ex("The hulls will be built by PT Karimun Marine, a private shipyard in Batam.", "Karimun Marine>Batam"),
				ex("Rheinmetall, a German arms maker, bought a plant in Spain.", "!Rheinmetall>Spain")}},
	)
}

// basedInClause reads "based in Y" as the verb of a participial or relative clause: the clause's carried
// subject is located in Y ("Based in Manila, the Asian Development Bank", "the bank, which is headquartered
// in Beijing,", "Rheinmetall, based in Düsseldorf,").
func (d *reading) basedInClause(s *sentence, p *pattern) {
	for k, t := range s.toks {
		if !basedWords[t.lower] || k+1 >= len(s.toks) || s.toks[k+1].lower != "in" {
			continue
		}
		c := s.clauseOf(k)
		if c == nil || c.verb != k || c.own || c.kind == clauseMain {
			continue
		}
		places, _ := d.prepObject(s, k+1, words("in"))
		for _, subj := range c.subjs {
			owner := d.actorOf(subj, true)
			if owner == nil || owner.kind != graph.Organization {
				continue
			}
			for _, y := range places {
				if where := d.containerOf(y); where != nil {
					// "which is reportedly based in Libya": a hedged clause is a claim
					d.addReportedAct(p, s, predicateAt{k: k, subj: subj.i, agent: owner}, owner, where, graph.LocatedIn, subj, y)
				}
			}
		}
	}
}

// orgOfState reads "Saab of Sweden": a company named, then "of" and a state's name, is located in the
// state. A state's body ("the Ministry of Defence of Ghana") and a state followed by what it owns ("of
// France's navy") are not read.
func (d *reading) orgOfState(s *sentence, p *pattern) {
	for _, m := range s.ments {
		if m.entity == nil || m.entity.kind != graph.Organization || m.entity.generic || m.j+1 >= len(s.toks) || s.toks[m.j].lower != "of" {
			continue
		}
		if m.entity.typ != "company" && (m.entity.typ != "" || notLocatedHeads[s.toks[m.j-1].lower]) {
			continue
		}
		y := s.mentionAt(m.j + 1)
		if y == nil || y.i != m.j+1 || y.poss || y.entity == nil || y.entity.kind != graph.State || y.form == formDemonym {
			continue
		}
		d.addPattern(p, s, m.entity, y.entity, graph.LocatedIn, m, y)
	}
}

// siteApposition reads an apposition that says what an organisation is and where: "PT Karimun Marine, a
// private shipyard in Batam" is located in Batam. The site's noun must be the apposition's head, right
// before "in", "at" or "near", so "a German arms maker, bought a plant in Spain" places nothing.
func (d *reading) siteApposition(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if !siteNouns[toks[k].lower] || toks[k+1].lower != "in" && toks[k+1].lower != "at" && toks[k+1].lower != "near" {
			continue
		}
		owner := d.appositionOwner(s, k)
		if owner == nil || s.mentionAt(k) != nil {
			continue
		}
		o := d.actorOf(owner, true)
		if o == nil || o.kind != graph.Organization {
			continue
		}
		if y := d.nounPhraseActor(s, k+2); y != nil {
			if where := d.containerOf(y); where != nil {
				d.addPattern(p, s, o, where, graph.LocatedIn, owner, y)
			}
		}
	}
}

// Appositions that say where a place lies: "the Alau Dam, on the outskirts of Maiduguri", "Kasese, a town in
// western Uganda", "Zhanaozen and Aktau, both cities in Kazakhstan". The place (or each place of a list
// ending at the comma) is located in the place the apposition names.
const (
	// whereReach bounds the apposition's words before its preposition: "both small oil towns".
	whereReach = 5
)

// whereEdges are the prepositional phrases that open such an apposition by themselves (", on the outskirts
// of Y"); whereInWords follow a place's noun ("a town in Y", "a village near Y").
var (
	whereEdges = [][]string{
		{"on", "the", "outskirts", "of"}, {"on", "the", "edge", "of"}, {"on", "the", "fringes", "of"},
		{"in", "the", "suburbs", "of"}, {"just", "outside"}, {"outside"},
	}
	whereInWords  = words("in|near|outside")
	wherePlaceNns = nounSet("city|town|capital|port|village|district|region|province|hub|suburb|settlement|" +
		"enclave|oasis|municipality|island|area|border town|market town|port city|mining town|township|dam|" +
		"airport|base|camp|field|crossing|valley")
)

func init() {
	patterns = append(patterns,
		pattern{name: "place:where-apposition", yields: "LOCATED_IN", conf: 0.75, match: (*reading).whereApposition,
			examples: []example{ex("The rally was held at Kasarani stadium, on the outskirts of Nairobi, on Sunday.", "Kasarani stadium>Nairobi"),
				ex("Fighting reached Bakhmut, a town near Donetsk, last week.", "Bakhmut>Donetsk"),
				ex("Hundreds gathered in Lamu and Malindi, both coastal towns in Kenya, on Friday.", "Lamu>Kenya", "Malindi>Kenya"),
				ex("Troops reached Kasese, a town near the border with Congo.", "!Kasese>Democratic Republic of the Congo"),
				ex("The minister, in Nairobi on Monday, said the talks would resume.", "!Nairobi>Nairobi")}},
	)
}

// whereApposition reads a place, a comma and an apposition saying where it lies.
func (d *reading) whereApposition(s *sentence, p *pattern) {
	toks := s.toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].text != "," {
			continue
		}
		y := s.mentionAt(k - 1)
		if y == nil || y.entity == nil || y.entity.kind != graph.Place || y.affix != "" || y.j != k {
			continue
		}
		at := whereObjectAt(s, k+1)
		if at < 0 {
			continue
		}
		c := d.placeAfter(s, at)
		if c == nil || c.entity == y.entity || c.poss || c.j < len(toks) && strings.HasPrefix(toks[c.j].tag, "VB") || listEndsAt(s, c.j) {
			continue
		}
		for _, x := range placesListedTo(s, y) {
			if c.entity.kind == graph.State && x.entity.code != "" && c.entity.code != "" && x.entity.code != c.entity.code {
				continue // the gazetteer knows better
			}
			d.addPattern(p, s, x.entity, c.entity, graph.LocatedIn, x, c)
		}
	}
}

// whereObjectAt returns the token after the preposition of an apposition opening at i (", on the outskirts
// of", ", a town in", ", both cities near"), or -1.
func whereObjectAt(s *sentence, i int) int {
	toks := s.toks
	for _, e := range whereEdges {
		if i+len(e) < len(toks) && wordsAt(s, i, e) {
			return i + len(e)
		}
	}
	if i >= len(toks) || !determiners[toks[i].lower] && toks[i].lower != "two" {
		return -1
	}
	for j := i + 1; j+1 < len(toks) && j <= i+whereReach; j++ {
		if wherePlaceNns[toks[j].lower] && whereInWords[toks[j+1].lower] {
			return j + 2
		}
		if wherePlaceNns[toks[j].lower] && j+2 < len(toks) && toks[j+1].lower == "located" && whereInWords[toks[j+2].lower] {
			return j + 3 // "both cities located in Kazakhstan"
		}
		if toks[j].tag != "JJ" && !directions[toks[j].lower] && !wherePlaceNns[toks[j].lower] && toks[j].tag != "NN" {
			return -1
		}
	}
	return -1
}

// placesListedTo returns the place y and the places listed before it ("Lamu and Malindi", "Rafah, Khan
// Younis and Deir al-Balah").
func placesListedTo(s *sentence, y *mention) []*mention {
	out := []*mention{y}
	for at := y.i; at >= 2 && (s.toks[at-1].lower == "and" || s.toks[at-1].text == ","); {
		x := s.mentionAt(at - 2)
		if x == nil || x.entity == nil || x.entity.kind != graph.Place || x.j != at-1 {
			break
		}
		out = append(out, x)
		at = x.i
	}
	return out
}
