package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Events named again: news states an event with its actors and then names it by a noun in a reaction to
// it ("Azerbaijan shelled Armenia's border posts on Tuesday. France condemned the attack."; "Chile and
// Argentina signed a lithium accord. Bolivia welcomed the agreement."). The analyst marks the reaction
// against the event's actors: France criticises Azerbaijan, Bolivia supports Chile and Argentina
// (docs/annotation.md; the development gold marks "condemned the attack", "condemned the agreement",
// "defended the agreement" so). The noun is a reference like "the party": it stands for the actors of the
// one recent event of a type it can name, and the reaction's verb does the rest through the lexicon, so
// negation and reporting apply as anywhere ("did not condemn the attack" gives nothing).

// eventKind is a kind of event and the nouns that name it: the relationship types whose events a noun
// may name (a reference stands for the acting side of a directed event, the attacker, who imposed the
// sanctions, and for both sides of a symmetric one, the parties to an agreement, to talks); a kind with no
// type (exercises) is known only from the sentences that state who held it (agentVerbs).
type eventKind struct {
	types []graph.RelType
	nouns string
	// doers: verbs whose subject states it did an event of the kind, whatever their object ("the rebel group
	// attacked an army base": no actor struck, but an attack by the group that "the attack" names later).
	doers     string
	doerForms map[string]bool
}

// eventKinds lists the kinds of event a reaction may name again; eventNouns maps each noun to its kind.
var eventKinds = []*eventKind{
	{types: []graph.RelType{graph.Attacked}, nouns: "attack|attacks|strike|strikes|airstrike|airstrikes|shelling|bombing|bombings|bombardment|" +
		"assault|raid|raids|offensive|incursion|invasion|killing|killings|ambush|onslaught",
		doers: "attack|strike|shell|bomb|raid|storm|ambush|overrun|bombard|pound|assault"},
	{types: []graph.RelType{graph.SignedAgreementWith}, nouns: "deal|agreement|accord|accords|pact|treaty|ceasefire|truce|armistice|memorandum|contract"},
	{types: []graph.RelType{graph.Sanctions}, nouns: "sanctions|embargo|tariffs|blacklisting"},
	{types: []graph.RelType{graph.Expelled}, nouns: "expulsion|expulsions"},
	{types: []graph.RelType{graph.Detained}, nouns: "arrest|arrests|detention|detentions|jailing|sentencing|extradition"},
	{types: []graph.RelType{graph.DeployedForcesTo}, nouns: "deployment|deployments"},
	// Talks are named by the meetings that held them and by the agreement they reached: "A signed an
	// agreement with B ... X, who hosted the talks" (the development gold marks the host MEDIATES A and B).
	{types: []graph.RelType{graph.MetWith, graph.SignedAgreementWith}, nouns: "talks|meeting|summit|negotiations|dialogue|process"},
	{nouns: "drills|drill|exercise|exercises|manoeuvres|maneuvers|wargames"},
}

var eventNouns = map[string]*eventKind{}

// reactionVerbs are the verbs of a reaction whose object may be an event named again, with what they make
// of its actors (the type the lexicon's row for the verb gives; TestReactionVerbsAgreeWithTheLexicon keeps
// the two in step). Verbs that take an event without judging its actors ("discussed the deal", "reported
// the attack") are not in it.
var reactionVerbs = map[string]graph.RelType{}

var reactionVerbRows = []struct {
	typ   graph.RelType
	verbs string
}{
	{graph.Criticizes, "condemn|denounce|deplore|criticise|criticize|decry|slam|censure|protest"},
	{graph.Supports, "welcome|hail|praise|applaud|commend|back|support|endorse|defend"},
	{graph.Opposes, "reject|oppose"},
	// A third party that hosts, brokers or guarantees talks or a deal mediates between its parties
	// (docs/annotation.md: "brokered, facilitated talks between, guarantor of a deal"; the development gold
	// marks "Djibouti's president, ..., who hosted the talks" MEDIATES the two sides of the agreement).
	// Only an event whose sides act alike has parties to mediate between (mediates, below).
	{graph.Mediates, "host|broker|guarantee|mediate|facilitate|sponsor|oversee"},
}

// reactionNouns take the event after "of": "a condemnation of the attack", "its criticism of the drills",
// "acted as guarantors of the process"; each with the type it makes of the event's actors.
var reactionNouns = map[string]graph.RelType{
	"condemnation": graph.Criticizes, "criticism": graph.Criticizes, "denunciation": graph.Criticizes, "censure": graph.Criticizes,
	"guarantor": graph.Mediates, "guarantors": graph.Mediates, "mediator": graph.Mediates, "mediators": graph.Mediates,
	"broker": graph.Mediates, "brokers": graph.Mediates, "facilitator": graph.Mediates, "facilitators": graph.Mediates,
	"sponsor": graph.Mediates, "sponsors": graph.Mediates, "host": graph.Mediates, "hosts": graph.Mediates,
}

// mediates reports whether a reaction of the type takes only an event whose sides act alike: one mediates
// between the parties to talks or a deal, not between an attacker and whom it struck.
func mediates(typ graph.RelType) bool { return typ == graph.Mediates }

// eventReach is how many sentences before the reaction an event is looked for: the reach of the other
// definite descriptions (recentReach).
const eventReach = recentReach

// eventMinPrior is the least rule confidence of a relationship that states an event: a loose pair (0.3)
// is too weak a reading to carry a reaction.
const eventMinPrior = 0.5

func init() {
	for _, k := range eventKinds {
		for w := range words(k.nouns) {
			eventNouns[w] = k
		}
		if k.doers != "" {
			k.doerForms = verbSet(k.doers)
		}
	}
	for _, r := range reactionVerbRows {
		for f := range verbSet(r.verbs) {
			reactionVerbs[f] = r.typ
		}
	}
}

// namingPreps after an event noun open a phrase that names one of its actors ("the attack by X", "the
// arrest of X", "the strikes on X"): the phrase is the lexicon's to read, and the noun no reference.
var namingPreps = words("by|of|on|against|with|between|to")

// eventReference marks an event noun at token k as a reference when a reaction takes it as its object:
// "condemned the attack", "welcomed Sunday's agreement", "criticism of the strikes". A noun whose own
// modifiers or phrase name an actor of it ("the Russian invasion", "the attack by X", "the arrest of X")
// is left to the lexicon.
func (d *reading) eventReference(s *sentence, k int) {
	toks := s.toks
	if !eventNounAt(toks, k) {
		return
	}
	if k+1 < len(toks) && namingPreps[toks[k+1].lower] && (k+2 == len(toks) || !calendar[toks[k+2].lower]) {
		return // "the attack on Kyiv" names its target; "the attack on Tuesday" names a day
	}
	i, owner := d.referenceStart(s, k, false)
	if owner == nil && i >= 0 && (brokeredAfter(toks, k) || relativeBroker(s, k) >= 0) && eventNouns[toks[k].lower].symmetric() {
		// "The truce, brokered by Russia, took effect": the broker after "by" mediates between its parties
		m := d.newMention(s, k, k+1, "", "", "reference:event", 0.75)
		m.ref, m.topic, m.reaction = "happening", toks[k].lower, graph.Mediates
		s.claim(m)
		return
	}
	if i < 1 || owner != nil {
		return
	}
	v := i - 1
	switch toks[i].lower {
	case "the", "this", "these", "that", "those":
	case "'s":
		// "condemned Sunday's attack": a day's possessive, no actor's
		if s.mentionAt(i-1) != nil || i < 2 {
			return
		}
		v = i - 2
	default:
		return
	}
	typ, ok := reactionAt(s, v)
	if !ok || mediates(typ) && !eventNouns[toks[k].lower].symmetric() {
		return
	}
	m := d.newMention(s, k, k+1, "", "", "reference:event", 0.75)
	m.ref, m.topic, m.reaction = "happening", toks[k].lower, typ
	s.claim(m)
}

// brokeredAfter reports whether a broker's participle and "by" follow the event noun at k, over a comma:
// "the truce, brokered by Russia", "the deal mediated by Qatar".
func brokeredAfter(toks []tok, k int) bool {
	j := k + 1
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	return j+1 < len(toks) && brokerVerbs[toks[j].lower] && toks[j+1].lower == "by"
}

// relativeBrokerVerbs are what a third party did to talks or a deal, told in a relative clause on the
// event's noun: "the deal, which Kenya brokered", "talks that Qatar hosted", "a truce the UN mediated".
var relativeBrokerVerbs = words("brokered|mediated|facilitated|negotiated|sponsored|guaranteed|arranged|hosted|oversaw")

// relativeBroker returns the first token of the broker of a relative clause on the event noun at k, its
// subject before a broker's verb: ", which Kenya brokered", "that the African Union mediated", or with no
// pronoun, "a deal the UN brokered"; -1 when none. The broker's list may be several actors ("which Saudi
// Arabia and the United States brokered"); a verb whose object follows ("negotiated with Eritrea") makes
// the subject a party, not a broker.
func relativeBroker(s *sentence, k int) int {
	j := k + 1
	if j < len(s.toks) && s.toks[j].text == "," {
		j++
	}
	if j < len(s.toks) && (s.toks[j].lower == "which" || s.toks[j].lower == "that") {
		j++
	}
	first := j
	for j < len(s.toks) {
		if m := s.mentionAt(j); m != nil && m.affix == "" && m.i == j {
			j = m.j
			continue
		}
		if j > first && (s.toks[j].lower == "and" || s.toks[j].text == ",") || s.toks[j].lower == "the" {
			j++
			continue
		}
		break
	}
	if j == first || j >= len(s.toks) || s.mentionAt(j-1) == nil || !relativeBrokerVerbs[s.toks[j].lower] {
		return -1
	}
	if j+1 < len(s.toks) && (s.toks[j+1].lower == "with" || s.toks[j+1].lower == "by") {
		return -1
	}
	return first
}

// reactionAt reports whether token v is a reaction to what follows it, a reaction verb or "of" after a
// reaction noun, and the type it makes of the event's actors.
func reactionAt(s *sentence, v int) (graph.RelType, bool) {
	if v < 0 {
		return "", false
	}
	if typ, ok := reactionVerbs[s.toks[v].lower]; ok {
		return typ, true
	}
	if s.toks[v].lower == "of" && v > 0 {
		typ, ok := reactionNouns[s.toks[v-1].lower]
		return typ, ok
	}
	return "", false
}

// namedEventFits reports whether a predicate may take the mention as its object: an event named again only
// by the predicate of the type its reaction gives ("hosted the talks" mediates between their parties, and
// is no meeting with them, which the lexicon's "host" also reads); both sides of an event not by a call to
// act ("urged both sides to show restraint": the development gold marks an even-handed appeal as nothing,
// where a demand of one actor opposes it).
func namedEventFits(p *predicate, m *mention) bool {
	switch {
	case p.events:
		return m.reaction == p.typ
	case m.reaction != "":
		return p.typ == m.reaction
	case m.ref == "sides":
		return p.to == "" && p.notTo == ""
	}
	return true
}

// resolveEvents resolves the event references of sentence s, once the relationships of the sentences
// before it are read: each to the actors of the one event of a fitting type stated in the eventReach
// sentences before. The nearest sentence stating such an event gives its actors; an event of another
// actors in the window leaves the reference unresolved ("Russia shelled Kharkiv. Ukraine struck Belgorod.
// The EU condemned the attacks." names neither).
func (d *reading) resolveEvents(s *sentence) {
	for _, m := range s.ments {
		if m.entity != nil {
			continue
		}
		var kind *eventKind
		noun := ""
		switch {
		case m.ref == "happening":
			kind, noun = eventNouns[m.topic], m.topic
		case m.ref == "sides", m.ref == "it" && s.toks[m.i].lower == "both":
			// "Both" as a subject that no subject of two actors before resolved stands for the two sides of
			// the event before, as "both sides" does: "Ruto met Museveni in Entebbe. Both criticised the AU".
			if ls := d.sidesOf(s, m); len(ls) == 2 {
				m.entity, m.alts = ls[0], ls[1:]
			}
			continue
		case m.ref == "it" && s.toks[m.i].lower == "it" && reacts(s, m.i-1):
			// "France condemned the attack and Iran denounced it", "Bolivia welcomed the agreement. Peru
			// backs it": "it" as a reaction's object is the event the nearest event noun named.
			typ, _ := reactionAt(s, m.i-1)
			if kind = d.eventNamedBefore(s, m.i); kind != nil && (!mediates(typ) || kind.symmetric()) {
				m.reaction = typ
			} else {
				kind = nil
			}
		}
		if kind == nil {
			continue
		}
		ls := d.eventActors(s, kind, noun)
		if subj := d.subjects(s, m.i); len(subj) > 0 {
			// A party the one reacting belongs to is its own side, not one it judges; and a party to an
			// agreement or talks that hails them speaks of its own act, not of its partners ("Chile and
			// Argentina signed a lithium accord. Chilean President Gabriel Boric hailed the agreement" is
			// no support of Argentina).
			// A member of a bloc that is a party reacts as one of its members: to the other parties only
			// ("The EU signed a trade deal with Mercosur. Germany and Spain backed the deal" supports Mercosur).
			self := d.actorOf(subj[0], true)
			ls = slices.DeleteFunc(slices.Clone(ls), func(e *entity) bool { return d.memberOfParty(self, e) })
			n := len(ls)
			ls = slices.DeleteFunc(ls, func(e *entity) bool { return d.onSideOf(self, e) })
			if len(ls) < n && kind.symmetric() {
				ls = nil
			}
		}
		if m.reaction == graph.Supports && len(ls) > 0 && !d.talksAgreed(s, kind, noun) {
			// "The African Union welcomed the summit": an observer welcoming a meeting supports that it is held,
			// not one of those who met; an agreement they reached is another matter ("welcomed the talks' outcome")
			ls = nil
		}
		if len(ls) > 0 {
			m.entity, m.alts = ls[0], ls[1:]
		}
	}
}

// talksAgreed reports whether a reference of the kind names an event that is not only a meeting: a kind
// without meetings, or talks whose parties the sentences before state reached an agreement.
func (d *reading) talksAgreed(s *sentence, kind *eventKind, noun string) bool {
	return !slices.Contains(kind.types, graph.MetWith) || len(d.eventActors(s, eventNouns["agreement"], noun)) > 0
}

// reacts reports whether token v is a reaction to what follows it.
func reacts(s *sentence, v int) bool {
	_, ok := reactionAt(s, v)
	return ok
}

// eventNamedBefore returns the kind of the event the nearest event noun before token k names, in its
// sentence or the eventReach sentences before, of a kind whose event the text states there; nil when no
// such noun stands there ("Serbia opened a rail line. Croatia criticised it.": no event a reader can
// name). A noun of a kind with no stated event is passed over: "defended the agreement as a way to open
// markets at a time of rising tariffs. Germany and Spain back it" is the agreement.
func (d *reading) eventNamedBefore(s *sentence, k int) *eventKind {
	var kind *eventKind
	d.lookBack(s, k, eventReach, func(cur *sentence, i int) bool {
		if kd := eventNouns[cur.toks[i].lower]; kd != nil && eventNounAt(cur.toks, i) && len(d.eventActors(s, kd, "")) > 0 {
			kind = kd
		}
		return kind != nil
	})
	return kind
}

// eventActors returns the actors of the one recent event of one of the types; nil when none or several.
// The nearest sentence that states such an event gives its actors; the others in the window must tell the
// same event (the same actors, or some of them) or the reference stays unread.
//
// With no such event in the window, the article's one event of the kind before it: every sentence before
// that states one must tell the same event ("The BLA said it had carried out the attack." four paragraphs
// before "China's Foreign Ministry also condemned the attack": the development gold marks the ministry
// criticising the BLA). Two events of other actors anywhere before leave the reference unread.
func (d *reading) eventActors(s *sentence, kind *eventKind, noun string) []*entity {
	near := d.eventsBefore(s, kind, eventReach)
	if l := d.namedByNoun(s, near, noun); l != nil {
		return l
	}
	found, agree := agreeing(near)
	if found != nil || !agree {
		return found
	}
	found, _ = agreeing(d.eventsBefore(s, kind, s.idx))
	return found
}

// namedByNoun returns the actors of the nearest sentence in near that states an event, when it also
// writes the reference's noun: "the United States launched raids on Houthi positions. Oman criticised the
// raids" names those raids, whatever attack came before them.
func (d *reading) namedByNoun(s *sentence, near [][]*entity, noun string) []*entity {
	for back, l := range near {
		if len(l) == 0 {
			continue
		}
		if noun == "" {
			return nil
		}
		for _, t := range d.sents[s.idx-1-back].toks {
			if strings.TrimSuffix(t.lower, "s") == strings.TrimSuffix(noun, "s") {
				return l
			}
		}
		return nil
	}
	return nil
}

// agreeing returns the actors of the one event the lists tell, the nearest's, and whether they agree: an
// event told again by the same actors, or by some of them, is the same event.
func agreeing(bySentence [][]*entity) ([]*entity, bool) {
	var found []*entity
	for _, l := range bySentence {
		switch {
		case len(l) == 0:
		case found == nil:
			found = l
		case !allIn(found, l) && !allIn(l, found):
			return nil, false
		}
	}
	return found, true
}

// eventsBefore returns the actors of the events of the kind stated in each of the reach sentences before
// s, the nearest first: the acting sides of a directed event (both sides for sidesKind), each side of a
// symmetric one.
func (d *reading) eventsBefore(s *sentence, kind *eventKind, reach int) [][]*entity {
	bySentence := make([][]*entity, reach)
	for _, r := range d.rels {
		back := s.idx - 1 - r.sentence.idx
		held := r.talks && slices.Contains(kind.types, graph.MetWith) // talks halted are talks still
		if back < 0 || back >= reach || r.claimed || r.prior < eventMinPrior || !slices.Contains(kind.types, r.typ) && !held {
			continue
		}
		bySentence[back] = addActors(bySentence[back], r.from)
		if info(r.typ).Symmetric || kind == sidesKind || held {
			bySentence[back] = addActors(bySentence[back], r.to)
		}
	}
	for back := range bySentence {
		if si := s.idx - 1 - back; si >= 0 {
			for _, e := range d.statedAgents(d.sents[si], kind) {
				bySentence[back] = addActors(bySentence[back], e)
			}
		}
	}
	return bySentence
}

// addActors adds the actor to l when l lacks it.
func addActors(l []*entity, e *entity) []*entity {
	if !slices.Contains(l, e) {
		l = append(l, e)
	}
	return l
}

// memberOfParty reports whether the actor a is a member state of the organisation p, as the text states it
// (MEMBER_OF) or the gazetteer lists it.
func (d *reading) memberOfParty(a, p *entity) bool {
	if a == nil || p.kind != graph.Organization {
		return false
	}
	if d.extractor.gz.memberState(a, p) {
		return true
	}
	return slices.ContainsFunc(d.rels, func(r *rel) bool { return r.typ == graph.MemberOf && r.from == a && r.to == p && !r.claimed })
}

// sideTypes are the relationships that put an actor on another's side: it leads, serves, speaks for, is
// part or a member of it.
var sideTypes = []graph.RelType{graph.Leads, graph.OfficialOf, graph.SpokespersonFor, graph.PartOf, graph.MemberOf}

// onSideOf reports whether the actor a belongs to the party p: it is p, leads, serves or speaks for it,
// or it or a body it serves is stated to be part of p. (Not speaksFor's reading of a state's bodies: a
// prime minister who condemns an attack is no side of an armed group based in the state.)
func (d *reading) onSideOf(a, p *entity) bool {
	if a == nil {
		return false
	}
	own := append([]*entity{a}, d.affiliations[a]...)
	if slices.Contains(own, p) {
		return true
	}
	for _, r := range d.rels {
		if r.to == p && slices.Contains(sideTypes, r.typ) && slices.Contains(own, r.from) {
			return true
		}
	}
	return false
}

// agentVerbs state who did an event that names no other actor: "The BLA said it had carried out the
// attack", "the Islamic State claimed responsibility for the bombing", "Hamas launched the offensive". Such
// a sentence states the event and its actor as a relationship would.
var agentVerbs = verbSet("carry out|claim responsibility for|claim|stage|launch|mount|conduct|perpetrate|order|impose|sign|conclude|strike|" +
	"hold|begin|start|kick off")

// agentPhraseLen is the most words an agent verb's phrase has ("claimed responsibility for").
const agentPhraseLen = 3

// eventModifierReach is how many words may stand between an agent verb and its event noun: a determiner
// and modifiers ("carried out Sunday's suicide car bombing").
const eventModifierReach = 5

// statedAgents returns the actors sentence s states as the doers of an event of one of the types by an
// agent verb whose object is the event's noun, when s states that as fact (or the doer says it of itself:
// "the BLA said it had carried out the attack").
func (d *reading) statedAgents(s *sentence, kind *eventKind) []*entity {
	var out []*entity
	for k, t := range s.toks {
		v := -1
		switch {
		case eventNouns[t.lower] == kind && eventNounAt(s.toks, k):
			v = agentVerbBefore(s, k)
		case kind.doerForms[t.lower] && strings.HasPrefix(t.tag, "VB") && !passiveAt(s, k, k+1):
			v = k // "the rebel group attacked an army base"
		}
		if v >= 0 {
			out = append(out, d.doersAt(s, v)...)
		}
	}
	return out
}

// doersAt returns the subjects of the verb at v, when the sentence states its act as fact or the doer says
// it of itself.
func (d *reading) doersAt(s *sentence, v int) []*entity {
	subj := d.subjects(s, v)
	if len(subj) == 0 {
		return nil
	}
	a := d.attribute(s, v, v+1, subj[0].i)
	if a.how != asserted && a.how != claimed {
		return nil
	}
	var out []*entity
	for _, m := range subj {
		e := d.actorOf(m, true)
		if e == nil || e.kind == graph.Place || a.how == claimed && !d.ownWord(s, a.speaker, e) {
			continue // "Police said the ADF carried out the attack": the police's claim, no event
		}
		out = append(out, e)
	}
	return out
}

// agentVerbBefore returns the first token of the agent verb whose object is the event noun at k, over a
// determiner and modifiers; -1 when there is none.
func agentVerbBefore(s *sentence, k int) int {
	j := k - 1
	for j >= 0 && k-j <= eventModifierReach && s.mentionAt(j) == nil && eventModifier(s.toks[j]) {
		j--
	}
	for n := 1; n <= agentPhraseLen && j-n+1 >= 0; n++ {
		words := make([]string, 0, n)
		for _, t := range s.toks[j-n+1 : j+1] {
			words = append(words, t.lower)
		}
		if agentVerbs[strings.Join(words, " ")] {
			return j - n + 1
		}
	}
	return -1
}

// eventModifier reports whether a token may stand between a verb and its object's noun: a determiner, a
// possessive, an adjective, a number, a noun of the compound ("the suicide car bombing").
func eventModifier(t tok) bool {
	switch t.tag {
	case "DT", "JJ", "NN", "NNP", "CD", "POS", "VBN", "PRP$":
		return true
	}
	return false
}

// eventNounAt reports whether the event noun at k heads its phrase: a noun, not the modifier of one ("the
// deal terms"); or a word tagged an adjective that ends the phrase ("launched a new offensive near Goma").
func eventNounAt(toks []tok, k int) bool {
	switch toks[k].tag {
	case "NN", "NNS":
		return !compoundModifier(toks, k)
	case "JJ":
		return k+1 == len(toks) || toks[k+1].tag != "NN" && toks[k+1].tag != "NNS" && toks[k+1].tag != "JJ" && toks[k+1].tag != "NNP"
	}
	return false
}

// symmetric reports whether the kind's events have sides that act alike (an agreement, talks, exercises
// held together) rather than a doer and whom it is done to.
func (k *eventKind) symmetric() bool {
	return len(k.types) == 0 || info(k.types[0]).Symmetric
}

// sideNouns name the two sides of an event after "both" or "the two": "urged both sides", "shuttled between
// the two sides", "both parties".
var sideNouns = words("sides|parties")

// sidesKind holds the events whose two actors "both sides" names: talks, an agreement, a fight, a dispute.
var sidesKind = &eventKind{types: []graph.RelType{graph.SignedAgreementWith, graph.MetWith, graph.Attacked, graph.RivalOf}}

// sidesOf returns the two sides "both sides" at m stands for: the two actors of the events of sidesKind the
// nearest sentence before it in eventReach states as fact (both of a directed one: the attacker and whom it
// struck); nil when they are more or fewer than two, or when the one the sentence is about is one of them ("Kenya urged both sides" after Kenya met
// Somalia names no two others).
func (d *reading) sidesOf(s *sentence, m *mention) []*entity {
	var ls []*entity
	for _, l := range d.eventsBefore(s, sidesKind, eventReach) {
		if len(l) > 0 {
			ls = l // the nearest sentence that states such an event
			break
		}
	}
	if len(ls) != 2 {
		return nil
	}
	if subj := d.subjects(s, m.i); len(subj) > 0 && slices.ContainsFunc(ls, func(e *entity) bool { return d.onSideOf(d.actorOf(subj[0], true), e) }) {
		return nil
	}
	return ls
}
