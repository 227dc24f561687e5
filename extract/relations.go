package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// rel is a relationship found in one sentence, with what the confidence model needs to weigh it.
type rel struct {
	from, to *entity
	typ      graph.RelType
	stance   graph.Stance
	sentence *sentence
	rule     string
	prior    float64 // the rule's own confidence, before the model weighs the context
	conf     float64 // the confidence the evidence gets
	claimed  bool    // a claim rather than a fact
	claimant *entity // who claims it; nil when the text does not say
	// coClaimants: the others of a list of speakers ("Britain, France and Germany said"), who claim it too.
	coClaimants []*entity
	// described: a compound's description ("the Iran-backed Houthis") inside what the claimant says; the
	// speaker repeats it, it does not blame the backer with it, so no ACCUSES follows (accusations).
	described bool
	// talks: the predicate that states it states talks between its two sides too (predicate.talks), which an
	// event reference to talks names.
	talks bool
	feat  relFeatures
}

// findRelations collects the relationships: those names and titles state, those predicates state, those
// the structure of the text states; then it sets each one's stance from its context and its confidence.
func (d *reading) findRelations() {
	for _, b := range d.built {
		if b.mention.entity != nil {
			from, to := b.mention.entity, b.to
			if b.reverse {
				from, to = to, from
			}
			conf := b.conf
			if conf == 0 {
				conf = confBuilt
			}
			if r := d.addRel(from, to, b.typ, b.mention.sentence, b.rule, conf); r != nil {
				r.feat = relFeatures{family: familyName, subjHow: argAdjacent, objHow: argAdjacent}
				if b.typ == graph.Supports && b.reverse && b.mention.ownerM != nil {
					// "Kyiv said the Moscow-installed administration ...": the name's compound is reported too.
					d.reportedCompound(r, b.mention.sentence, b.mention.ownerM, b.mention.entity)
				}
			}
		}
	}
	for _, r := range d.roles {
		if r.person.entity != nil && r.to != nil {
			how := argAdjacent
			if r.affil == nil {
				how = argClause // guessed from the sentence or the article
			}
			if x := d.addRel(r.person.entity, r.to, r.rel, r.person.sentence, r.rule, r.conf); x != nil {
				x.feat = relFeatures{family: familyTitle, subjHow: argAdjacent, objHow: how, distance: tokenDistance(r.person, r.affil)}
			}
		}
	}
	for _, x := range d.descs {
		if x.affil != nil && x.affil.entity == nil {
			d.resolveRef(x.affil)
		}
		if x.org.entity != nil && x.affil != nil && x.affil.entity != nil && x.affil.entity.kind == graph.State {
			if r := d.addRel(x.org.entity, x.affil.entity, graph.LocatedIn, x.org.sentence, x.rule, 0.8); r != nil {
				r.feat = relFeatures{family: familyName, subjHow: argAdjacent, objHow: argAdjacent}
			}
		}
	}
	for _, s := range d.sents {
		s.readClauses()
	}
	for _, s := range d.sents {
		d.resolveEvents(s) // "condemned the attack": the actors of an event the sentences before state
		d.applyPredicates(s)
		d.applyPatterns(s)
		d.loosePairs(s)
	}
	d.datelineRelation()
	d.accusations()
	d.reportedAccusations()
	d.setStances()
	d.weigh()
	if m := d.extractor.pairs; m != nil {
		d.classifyPairs(m)
	}
}

// accusations adds what a claim states as fact about its claimant: whoever says another actor attacked,
// armed, sanctioned or invaded accuses that actor ("Kyiv said Iran supplied drones" → Ukraine ACCUSES Iran).
func (d *reading) accusations() {
	var add []*rel
	for _, r := range d.rels {
		if !r.claimed || r.claimant == nil || r.described {
			continue
		}
		if info(r.typ).Stance != graph.Conflict && r.typ != graph.Supports && r.typ != graph.DeployedForcesTo || r.typ == graph.Accuses {
			continue // leasing, meeting, signing: told, not blamed
		}
		for _, c := range append([]*entity{r.claimant}, r.coClaimants...) {
			if c == r.from || r.typ != graph.Attacked && info(r.typ).Stance != graph.Conflict && d.speaksFor(c, r.to) {
				continue // "Australia will buy missiles from the United States, Morrison said": help told by its receiver
			}
			if r.typ == graph.Detained && lawBody(r.from) && (lawBody(c) || c.kind == graph.State || c.typ == "government") {
				continue // "police arrested X, according to Interpol": an arrest told by the law or a state blames no one
			}
			add = append(add, &rel{from: c, to: r.from, typ: graph.Accuses, stance: graph.Conflict, sentence: r.sentence,
				rule: "claim:accuses", prior: 0.6, conf: 0.6, feat: r.feat})
		}
	}
	for _, a := range add {
		if fits(graph.Accuses, a.from, a.to) {
			d.rels = append(d.rels, a)
		}
	}
}

// lawBodyWords name a body whose work is to arrest, charge or try people (police, courts, prosecutors,
// Interpol): a detention by one of them, told by another or by a state, is that body at work, not a charge
// against it ("X was handed to Peruvian police, Ecuador's National Court of Justice said"). A rights group
// telling of an arrest still accuses.
var lawBodyWords = words("police|court|prosecutor|prosecutors|prosecution|interpol|immigration|gendarmerie|judiciary|justice")

// lawBody reports whether an organisation's name or class makes it a body of the law (lawBodyWords).
func lawBody(e *entity) bool {
	if e == nil || e.kind != graph.Organization {
		return false
	}
	if lawBodyWords[e.class] {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if lawBodyWords[w] {
			return true
		}
	}
	return false
}

// datelineRelation reads "NAIROBI, Kenya —": the city is in the state, as the story's first sentence,
// which the dateline opens, says.
func (d *reading) datelineRelation() {
	if d.dateline == nil || d.datelineIn == nil || d.dateline == d.datelineIn {
		return
	}
	for _, s := range d.sents {
		if s.start >= d.text.dateline.end {
			if r := d.addRel(d.dateline, d.datelineIn, graph.LocatedIn, s, "dateline:located-in", 0.85); r != nil {
				r.feat = relFeatures{family: familyStructure, subjHow: argAdjacent, objHow: argAdjacent}
			}
			return
		}
	}
}

// addRel records a relationship stated by sentence s, with the rule's own confidence.
func (d *reading) addRel(from, to *entity, t graph.RelType, s *sentence, rule string, conf float64) *rel {
	if from == nil || to == nil || from == to || s == nil {
		return nil
	}
	if t == graph.PartOf && from.kind == graph.Place {
		t = graph.LocatedIn // a region is part of a state: where it is
	}
	r := &rel{from: from, to: to, typ: t, stance: info(t).Stance, sentence: s, rule: rule, prior: min(conf, 1), conf: min(conf, 1)}
	d.rels = append(d.rels, r)
	return r
}

// actorsOf is actorOf with the further entities a reference may mean.
func (d *reading) actorsOf(m *mention, asSubject bool) []*entity {
	e := d.actorOf(m, asSubject)
	if e == nil {
		return nil
	}
	return append([]*entity{e}, m.alts...)
}

// fits rules out relationships whose ends cannot hold them: a place cannot request help or criticise.
func fits(t graph.RelType, from, to *entity) bool {
	if from == to {
		return false
	}
	switch t {
	case graph.LocatedIn:
		return (to.kind == graph.Place || to.kind == graph.State) && from.kind != graph.Person && from.kind != graph.State
	case graph.DeployedForcesTo, graph.Attacked:
		return from.kind != graph.Place
	case graph.Borders:
		return (from.kind == graph.State || from.kind == graph.Place) && (to.kind == graph.State || to.kind == graph.Place)
	case graph.MemberOf:
		return to.kind == graph.Organization && from.kind != graph.Place
	case graph.PartOf:
		return from.kind == graph.Organization && to.kind != graph.Person
	case graph.Leads:
		return from.kind != graph.Place && to.kind != graph.Place && to.kind != graph.Person
	case graph.OfficialOf, graph.SpokespersonFor:
		return from.kind == graph.Person && to.kind != graph.Place && to.kind != graph.Person
	case graph.InvestsIn, graph.OwnsStakeIn:
		return from.kind != graph.Place
	case graph.Detained:
		return from.kind != graph.Place && to.kind == graph.Person
	default:
		return from.kind != graph.Place && to.kind != graph.Place
	}
}

// liftToState makes the state the actor when one of its bodies sends troops: "Russia's Defense Ministry
// said ... transferring units" is Russia deploying.
func (d *reading) liftToState(e *entity) *entity {
	if e.kind == graph.Organization && e.typ == "government" && e.code != "" {
		if st := d.stateEntity(e.code); st != nil {
			return st
		}
	}
	return e
}

// subjectOf returns the actor a relationship of type t is from when the rules read it from the given one:
// a government deploys its state's forces; a business deploys none (firmLike: "Glencore said its operations
// in Peru were suspended", "Zijin Mining expanded its presence in Serbia"), and nil says so. An armed group
// does deploy: the gazetteer types Wagner as one, not as a company.
func (d *reading) subjectOf(t graph.RelType, from *entity) *entity {
	if t != graph.DeployedForcesTo {
		return from
	}
	if from = d.liftToState(from); firmLike(from) {
		return nil
	}
	return from
}

// protesters returns the protesters of the state (the article's state when nil).
func (d *reading) protesters(st *entity) *entity {
	if st == nil {
		st = d.focus
	}
	if st == nil {
		return nil
	}
	dem := d.demonymOf(st)
	e := d.entity(graph.Organization, dem+" protesters")
	e.alias(dem + " demonstrators")
	e.code, e.generic = st.code, true
	if e.desc == "" {
		e.desc = "Protesters in " + st.name
	}
	return e
}

// government returns the government of the state (the article's state when nil).
func (d *reading) government(st *entity) *entity {
	if st == nil {
		st = d.focus
	}
	if st == nil {
		return nil
	}
	e := d.entity(graph.Organization, governmentName(st.name))
	e.alias(d.demonymOf(st) + " government")
	e.alias(d.demonymOf(st) + " authorities")
	e.code, e.typ, e.generic = st.code, "government", true
	if e.desc == "" {
		e.desc = st.name + "'s government and authorities"
	}
	return e
}

var copulas = words("is|are|was|were|be|been|being|became|become|becomes|remain|remains|remained|,|as|(|stays|stayed")

// stanceCues say which way a sentence turns a neutral relationship: troops sent at the host's request are
// cooperation, an invasion is conflict; a call to voice support is cooperation.
var stanceCues = []struct {
	typ    graph.RelType
	stance graph.Stance
	words  []string
}{
	{graph.DeployedForcesTo, graph.Conflict, []string{"invad", "invasion", "occup", "aggression", "incursion", "annex"}},
	{graph.DeployedForcesTo, graph.Cooperation, []string{"at the request", "request", "invitation", "invited", "peacekeep", "assist", "help"}},
	{graph.Called, graph.Cooperation, []string{"support", "solidarity", "congratulat", "thank", "cooperat", "friend"}},
	{graph.Called, graph.Conflict, []string{"warn", "condemn", "protest", "threat"}},
	{graph.MetWith, graph.Cooperation, []string{"agree", "cooperat", "partnership", "deal", "support", "sign"}},
	{graph.MetWith, graph.Conflict, []string{"tense", "warn", "confront"}},
}

// setStances sets the stance each sentence gives its relationship where the type's default does not fit.
func (d *reading) setStances() {
	requested := map[[2]*entity]bool{}
	for _, r := range d.rels {
		if r.typ == graph.RequestedHelpFrom {
			requested[[2]*entity{r.from, r.to}] = true
			if st := d.stateEntity(r.from.code); st != nil {
				requested[[2]*entity{st, r.to}] = true
			}
		}
	}
	for _, r := range d.rels {
		if r.typ == graph.DeployedForcesTo {
			host := r.to
			if st := d.stateEntity(host.code); host.kind != graph.State && st != nil {
				host = st
			}
			if requested[[2]*entity{host, r.from}] {
				r.stance = graph.Cooperation
				continue
			}
		}
		for _, c := range stanceCues {
			if c.typ == r.typ && r.sentence.has(c.words...) {
				r.stance = c.stance
				break
			}
		}
	}
}
