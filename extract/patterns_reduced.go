package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Reduced clauses state a relationship without a finite verb: "the Qatar-brokered truce between Israel and
// Hamas", "the truce between Ethiopia and the TPLF, brokered by the African Union", "a ceasefire brokered by
// Qatar between Israel and Hamas". The predicate frames read a verb and its subject; these rows read the
// noun phrase. This file sorts after patterns.go, so its init appends to the table that one builds.

// brokeredNouns are what a third party brokers between two sides.
var brokeredNouns = words("ceasefire|truce|deal|agreement|accord|pact|armistice|settlement|talks|swap|exchange|" +
	"negotiations|dialogue|peace|normalisation|normalization")

// agreementNouns of brokeredNouns are agreements the two sides reached, not only talks they held.
var brokeredAgreements = words("ceasefire|truce|deal|agreement|accord|pact|armistice|settlement|swap|exchange|" +
	"normalisation|normalization")

// brokerVerbs are the participles of a reduced passive that names the broker after "by".
var brokerVerbs = words("brokered|mediated|facilitated|negotiated|sponsored|guaranteed|overseen|arranged")

// How far the reduced-clause rows look, in tokens: from a compound broker to the noun it qualifies ("the
// Qatar-brokered humanitarian truce"), and from the noun or the list of sides to the participle after it
// (", brokered by").
const (
	brokerCompoundReach = 3
	brokerPhraseReach   = 3
)

func init() {
	patterns = append(patterns,
		pattern{name: "pattern:brokered-between", yields: "MEDIATES (and SIGNED_AGREEMENT_WITH between the sides)", conf: 0.75,
			match: (*reading).brokeredBetween,
			examples: []example{ex("The Qatar-brokered truce between Israel and Hamas collapsed.", "Qatar>Israel", "Qatar>Hamas"),
				ex("The truce between Ethiopia and the TPLF, brokered by the African Union, held.", "African Union>Ethiopia", "African Union>Tigray People's Liberation Front"),
				ex("A ceasefire brokered by Egypt and Qatar between Israel and Hamas took effect.", "Egypt>Israel", "Qatar>Hamas", "Israel>Hamas"),
				ex("The talks between Russia and Ukraine in Istanbul were hosted by Turkey.", "!Turkey>Russia")}},
	)
}

// brokeredBetween reads a broker of an agreement between two or more sides: a compound before the noun
// ("the US-brokered deal") or a reduced passive after it or after its sides (", brokered by X"). The broker
// mediates between every side; a reduced passive between the noun and "between" also leaves the sides'
// agreement to this row, since the between frame needs "between" right after its noun.
func (d *reading) brokeredBetween(s *sentence, p *pattern) {
	for k, t := range s.toks {
		if !brokeredNouns[t.lower] {
			continue
		}
		brokers := d.compoundBroker(s, k)
		after := k + 1
		var sides []*mention
		if after < len(s.toks) && s.toks[after].lower == "between" {
			sides, after = d.sidesFrom(s, after)
		}
		if len(brokers) == 0 {
			brokers, after = d.brokerAfter(s, after)
			if len(brokers) == 0 {
				brokers, after = d.relativeBrokers(s, k, after)
			}
			if len(sides) == 0 && len(brokers) > 0 && after < len(s.toks) && s.toks[after].lower == "between" {
				sides, _ = d.sidesFrom(s, after)
				if brokeredAgreements[t.lower] && len(sides) == 2 {
					// The sides' agreement is read where its broker's is: inside a report it is the speaker's
					// claim ("Paraguay claimed a ceasefire brokered by Egypt between Israel and Hamas took
					// effect"), denied it is none, told by a side it is that side's fact.
					from := d.actorOf(sides[0], true)
					d.addReportedAct(p, s, predicateAt{k: brokers[0].i, subj: -1, agent: from}, from, d.actorOf(sides[1], false), graph.SignedAgreementWith, sides[0], sides[1])
				}
			}
		}
		var parties []*entity
		if len(sides) == 0 && len(brokers) > 0 {
			parties = d.brokeredParties(s, k)
		}
		for _, b := range brokers {
			broker := b.entity // a compound's actor is no subject of a verb, but it brokered the truce
			if b.affix == "" {
				broker = d.actorOf(b, true)
			}
			if slices.Contains(parties, broker) {
				continue // "Ethiopia signed a deal it negotiated": a party, no broker
			}
			for _, side := range sides {
				// the broker's name stands at its verb ("Qatar-brokered", "reportedly brokered by Oman")
				d.addReportedAct(p, s, predicateAt{k: b.i, subj: -1, agent: broker}, broker, d.actorOf(side, false), graph.Mediates, b, side)
			}
			for _, e := range parties {
				d.addReportedAct(p, s, predicateAt{k: b.i, subj: -1, agent: broker}, broker, e, graph.Mediates, b, s.mentionAt(k))
			}
		}
	}
}

// relativeBrokers returns the brokers of a relative clause on the noun at k (", which Kenya brokered", "a
// deal the UN brokered"; relativeBroker), and the token after its verb; after when there is none.
func (d *reading) relativeBrokers(s *sentence, k, after int) ([]*mention, int) {
	i := relativeBroker(s, k)
	if i < 0 {
		return nil, after
	}
	first := d.nounPhraseActor(s, i)
	if first == nil {
		return nil, after
	}
	list := coordinatedRight(s, first)
	return list, list[len(list)-1].j + 1
}

// brokeredParties returns the parties of talks or a deal whose broker a phrase on its noun at k names and
// whose sides no "between" lists: those of the one agreement or meeting its own sentence states as fact
// ("Serbia and Kosovo signed a US-brokered deal", "Riyadh agreed to restore relations with Iran in a deal
// brokered by China"), else those of the event the noun names again ("Sudan and Chad agreed a truce in May.
// The deal, which Kenya brokered, collapsed"; events.go); nil when the sentence states several.
func (d *reading) brokeredParties(s *sentence, k int) []*entity {
	found, agree := d.statedEvent(s, k)
	if len(found) > 0 || !agree {
		return found
	}
	if m := s.mentionAt(k); m != nil && m.ref == "happening" && m.entity != nil {
		return append([]*entity{m.entity}, m.alts...)
	}
	return nil
}

// statedEvent returns the parties of the one agreement (or, for talks, meeting) sentence s states as fact,
// and false when it states several of other actors.
func (d *reading) statedEvent(s *sentence, k int) ([]*entity, bool) {
	types := []graph.RelType{graph.SignedAgreementWith}
	if !brokeredAgreements[s.toks[k].lower] {
		types = append(types, graph.MetWith) // talks, negotiations, a dialogue
	}
	var events [][]*entity
	for _, r := range d.rels {
		if r.sentence == s && !r.claimed && r.prior >= eventMinPrior && slices.Contains(types, r.typ) {
			events = append(events, []*entity{r.from, r.to})
		}
	}
	return agreeing(events)
}

// compoundBroker returns the broker of a compound before the noun at k: "the Qatar-brokered truce".
func (d *reading) compoundBroker(s *sentence, k int) []*mention {
	for i := k - 1; i >= 0 && i >= k-brokerCompoundReach; i-- {
		if m := s.mentionAt(i); m != nil {
			if brokerVerbs[m.affix] { // "the Qatar-brokered truce", "the EU-facilitated dialogue"
				if m.entity == nil {
					return nil
				}
				return []*mention{m}
			}
			return nil
		}
		if tt := s.toks[i].tag; tt != "JJ" && tt != "NN" {
			return nil
		}
	}
	return nil
}

// sidesFrom returns the sides listed after "between" at token i, and the token after the list.
func (d *reading) sidesFrom(s *sentence, i int) ([]*mention, int) {
	first := d.nounPhraseActor(s, i+1)
	if first == nil {
		return nil, i
	}
	list := coordinatedRight(s, first)
	if len(list) < 2 {
		return nil, i
	}
	return list, list[len(list)-1].j
}

// brokerAfter returns the brokers of a reduced passive starting at token i (", brokered by Egypt and
// Qatar"), and the token after them.
func (d *reading) brokerAfter(s *sentence, i int) ([]*mention, int) {
	for j := i; j < len(s.toks) && j < i+brokerPhraseReach; j++ {
		t := s.toks[j].lower
		if t == "," || s.toks[j].tag == "RB" {
			continue
		}
		if !brokerVerbs[t] || j+1 >= len(s.toks) || s.toks[j+1].lower != "by" {
			return nil, i
		}
		first := d.nounPhraseActor(s, j+2)
		if first == nil {
			return nil, i
		}
		list := coordinatedRight(s, first)
		return list, list[len(list)-1].j
	}
	return nil, i
}
