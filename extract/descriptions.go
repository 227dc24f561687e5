package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Definite descriptions by an organisation's kind: a reporter names an actor once and then calls it "the
// party", "the militia", "the court", "the bank" ("The Pheu Thai Party won the most seats. The Move Forward
// Party accused the party of buying votes"). Each head word may name only organisations of the kinds its
// row gives, and the description is resolved only when exactly one such organisation was named in the
// window before it: two parties named there leave "the party" unresolved, since a wrong antecedent is a
// false relationship.

// descriptionHead says which organisations a head word may name: those the gazetteer types as one of
// types, and those of no gazetteer type whose name has one of nameWords as a word ("Supreme Court of
// Kenya", "Constitutional Tribunal").
type descriptionHead struct {
	types     set
	nameWords set
}

// descriptionHeads is the table from a description's head word to the organisations it may name.
var descriptionHeads = map[string]descriptionHead{
	"party":      {types: words("party"), nameWords: words("party|league|congress|movement|front")},
	"militia":    {types: words("armed"), nameWords: words("militia|militias|brigade|brigades")},
	"rebels":     {types: words("armed"), nameWords: words("rebels|rebel|movement|front|army|brigades")},
	"insurgents": {types: words("armed"), nameWords: words("insurgents|movement|front|army")},
	"militants":  {types: words("armed"), nameWords: words("militants|movement|front|army")},
	"jihadists":  {types: words("armed"), nameWords: words("movement|front")},
	"guerrillas": {types: words("armed"), nameWords: words("guerrillas|movement|front|army")},
	"club":       {nameWords: words("club|fc|united|city|athletic|rovers|wanderers|sporting")},
	"court":      {nameWords: words("court|tribunal")},
	"tribunal":   {nameWords: words("tribunal|court")},
	"bank":       {nameWords: words("bank")},
	"council":    {nameWords: words("council")},
	"commission": {nameWords: words("commission")},
	"parliament": {nameWords: words("parliament|assembly|legislature")},
	"union":      {nameWords: words("union")},
	// A state's missions and commands, named once and then as "the embassy said", "a spokesman for the
	// command": "the Chinese Embassy in Pakistan", "the Indian High Commission in Colombo", "U.S. Africa
	// Command".
	"embassy":     {nameWords: words("embassy|consulate")},
	"consulate":   {nameWords: words("consulate")},
	"command":     {nameWords: words("command")},
	"authority":   {nameWords: words("authority")},
	"association": {nameWords: words("association")},
	"federation":  {nameWords: words("federation")},
	"forum":       {nameWords: words("forum")},
}

// fits reports whether the organisation e may be what the head word names.
func (h descriptionHead) fits(e *entity) bool {
	if e.kind != graph.Organization {
		return false
	}
	if e.typ != "" && h.types[e.typ] {
		return true
	}
	if e.gz != nil && e.typ != "" && len(h.types) > 0 {
		return false // a known organisation of another kind: the ICC is no militia, whatever its name
	}
	for _, w := range strings.Fields(graph.Fold(e.name)) {
		if h.nameWords[w] {
			return true
		}
	}
	return false
}

// describedOrg resolves a description by its head word: the one organisation that fits, named before it
// in its sentence or the recentReach sentences before, other than its own clause's subject ("The Move
// Forward Party accused the party" is no accusation of itself). Nil when none or several fit.
func (d *reading) describedOrg(s *sentence, m *mention) *entity {
	h, ok := descriptionHeads[m.topic]
	if !ok {
		return nil
	}
	if m.i > 0 && s.toks[m.i].isCap() {
		// "He thanked the Bank", "the Court ruled": a capitalised head is the article's short name for
		// the body of that kind it names most, wherever it was last named.
		return d.mainOrg(m, h.fits)
	}
	var self *entity
	if subj := d.subjects(s, m.i); len(subj) > 0 {
		self = d.actorOf(subj[0], true)
	}
	found, _ := d.oneBefore(s, m, func(e *entity) bool {
		return e != self && h.fits(e) && d.basedIn(m, e)
	})
	return found
}

// oneBefore returns the one actor that fits, named before m in its sentence or the recentReach sentences
// before. Nil when none or several do, and then whether several do: a reference two actors fit is left
// unresolved, since a wrong antecedent makes a false relationship.
func (d *reading) oneBefore(s *sentence, m *mention, fits func(*entity) bool) (*entity, bool) {
	var found *entity
	several := false
	d.lookBack(s, m.i, recentReach, func(cur *sentence, i int) bool {
		x := cur.mentionAt(i)
		if x == nil || x == m || x.entity == nil || x.entity == found || !fits(x.entity) {
			return false
		}
		if found != nil {
			several = true
			return true
		}
		found = x.entity
		return false
	})
	if several {
		return nil, true
	}
	return found, false
}

// compoundModifier reports whether the noun at k modifies a noun after it ("the bank accounts", "the party
// leadership", "the court ruling"), and so names no actor.
func compoundModifier(toks []tok, k int) bool {
	return k+1 < len(toks) && (toks[k+1].tag == "NN" || toks[k+1].tag == "NNS")
}

// Role nouns for the holder named before: "Thai Prime Minister Srettha Thavisin met Anwar Ibrahim. Protesters
// demanded the prime minister's resignation", "Xi Jinping received Lula. The Chinese president called his
// guest an old friend" (Xi a president of China by the table of office holders). As with descriptions, a
// role noun is resolved only when one person named in the window holds the office.

// deputyWords open a title that a bare role noun does not name: "the president" is no vice president,
// "the minister" no prime minister.
var deputyWords = words("deputy|vice|assistant|under|first|second|prime")

// titleFits reports whether a person holding the title held answers the role noun: the same title, or for
// a one-word noun a title ending in it that is no deputy's ("the minister" for a foreign minister).
func titleFits(noun, held string) bool {
	if noun == held {
		return true
	}
	if strings.Contains(noun, " ") || !strings.HasSuffix(held, " "+noun) {
		return false
	}
	return !deputyWords[strings.Fields(held)[0]]
}

// resolveHolder resolves a role noun. With its owner written ("Kazakhstan's president", "the Chinese
// president"), the one person the text says leads the owner, or else the one person named in the window
// who holds the office there; without it, that person first and the leader of the article's state after
// ("the president"). A role noun with its owner resolved states what the title does: the holder LEADS (or
// is an official of) the owner.
func (d *reading) resolveHolder(s *sentence, m *mention) {
	owner := d.roleOwner(m)
	switch {
	case m.refOf == nil:
		var several bool
		if m.entity, several = d.holderOf(s, m, nil); m.entity == nil && !several {
			m.entity, several = d.articleHolder(m)
		}
		if m.entity == nil && !several && m.ref == "leader" {
			// (two presidents named before leave "the president" unresolved)
			if l := d.resolveLeader(m); l != nil && (genericLeaderNouns[m.topic] || d.holds(l, m.topic, nil)) {
				m.entity = l
			}
		}
		return
	case m.ref == "leader":
		m.entity = d.resolveLeader(m)
	}
	if m.entity == nil && owner != nil {
		m.entity, _ = d.holderOf(s, m, owner)
	}
	if m.entity != nil && owner != nil && m.entity.kind == graph.Person && !copulaOfHolder(s, m) {
		d.built = append(d.built, builtRel{mention: m, to: owner, typ: titles[m.topic], rule: "reference:title"})
	}
}

// copulaReach is how many words may stand between a copula and the role noun it says a person is: "is
// not Kenya's president", "has never been the Somali foreign minister".
const copulaReach = 6

// copulaForms are the copula's forms after a hedge or a refusal: "is believed to have become", "refused to
// become", "stopped short of becoming", "is accused of being".
var copulaForms = words("being|become|becoming")

// copulaOfHolder reports whether the role noun m is the complement of a copula whose subject, its holder,
// the sentence names before it: "William Ruto is not Kenya's president". copula:title reads that title
// at its verb, with the verb's negation and report; the role noun would state it whatever they say.
func copulaOfHolder(s *sentence, m *mention) bool {
	inverted := false
	for i := m.i - 1; i >= 0 && i >= m.i-copulaReach; i-- {
		t := s.toks[i]
		if o := s.mentionAt(i); o != nil && o != m && (o.poss || o.form == formDemonym) {
			i = o.i // the title's owner: "Kenya's", "the Somali"
			continue
		} else if o != nil && o != m && o.entity == m.entity && m.entity != nil && m.entity.kind == graph.Person {
			i, inverted = o.i, true // a question's holder after its copula: "Is William Ruto Kenya's president?"
			continue
		}
		switch {
		case copulaVerbs[t.lower] || copulaForms[t.lower]:
			if inverted {
				return true
			}
			for _, h := range s.ments {
				if h.entity == m.entity && h.j <= i && h.entity.kind == graph.Person {
					return true
				}
			}
			return false
		case t.tag == "POS" || determiners[t.lower] || copulaAdverbs[t.lower] || negators[t.lower] || t.tag == "RB":
		default:
			return false
		}
	}
	return false
}

// roleOwner returns the state or organisation a role noun's owner stands for: "Kazakhstan's", "Chinese",
// "the group's"; a capital or place stands for its state.
func (d *reading) roleOwner(m *mention) *entity {
	if m.refOf == nil {
		return nil
	}
	if m.refOf.entity == nil {
		d.resolveRef(m.refOf)
	}
	owner := m.refOf.entity
	if owner != nil && owner.kind == graph.Place {
		owner = d.stateEntity(owner.code)
	}
	if owner == nil || owner.kind == graph.Person {
		return nil
	}
	return owner
}

// holderOf returns the one person named before the role noun in its sentence or the recentReach sentences
// before who holds its office (of owner, when given): by a title the text gave them, or by the table of
// office holders. Nil when none or several do, and then whether several do.
func (d *reading) holderOf(s *sentence, m *mention, owner *entity) (*entity, bool) {
	return d.oneBefore(s, m, func(e *entity) bool {
		return e.kind == graph.Person && d.holds(e, m.topic, owner)
	})
}

// genericLeaderNouns name any leader, whatever the title the text gave them: "the leader", "the head of
// state". A bare title of another word ("the crown prince", "the president") is its holder's only.
var genericLeaderNouns = words("leader|head|chief|ruler|strongman|head of state|head of government")

// articleHolder returns the one person the article gave the office a bare role noun names before it (a
// title written with their name, "Saudi Crown Prince Mohammed bin Salman", any number of sentences back):
// a reporter names a holder once and calls them "the crown prince" thereafter. Nil when none or several
// did, and then whether several did. Before, a bare title past holderOf's window went to the leader of the
// article's state whatever their title: "Israel criticised the crown prince" in an article about Jordan
// had criticised its king. One pass over the article's roles per role noun, as holds makes.
func (d *reading) articleHolder(m *mention) (*entity, bool) {
	var found *entity
	for _, r := range d.roles {
		p := r.person
		if p.entity == nil || p.entity.kind != graph.Person || p.entity == found || !titleFits(m.topic, r.title) || !mentionBefore(p, m) {
			continue
		}
		if found != nil {
			return nil, true
		}
		found = p.entity
	}
	return found, false
}

// mentionBefore reports whether mention p stands before mention m in the article.
func mentionBefore(p, m *mention) bool {
	return p.sentence.idx < m.sentence.idx || p.sentence == m.sentence && p.j <= m.i
}

// holds reports whether the person holds the office a role noun names, of owner when given.
func (d *reading) holds(p *entity, noun string, owner *entity) bool {
	for _, r := range d.roles {
		if r.person.entity == p && titleFits(noun, r.title) && (owner == nil || r.to == owner) {
			return true
		}
	}
	code := ""
	if owner != nil {
		if owner.kind != graph.State {
			return false
		}
		code = owner.code
	}
	return d.extractor.gz.officialHolds(p.name, noun, code)
}
