package extract

import "github.com/actorgraph/actorgraph/graph"

// Nominalisations of a request the clause answers: "The OPCW sent inspectors to Syria at France's
// request", "At Mozambique's request, Rwanda deployed 1,000 troops". The possessor asked; the clause's
// subject is whom it asked. ("at the request of X" is the noun row noun:request-from.)

// requestNouns name what one actor asked of the clause's subject.
var requestNouns = words("request|invitation|behest|urging|initiative")

// requestPreps open the phrase: "at France's request", "on Kenya's invitation", "upon Mali's request".
var requestPreps = words("at|on|upon")

// askerReach is how far after a sentence-opening "At X's request," the verb whose subject was asked may be.
const askerReach = 12

func init() {
	patterns = append(patterns,
		pattern{name: "pattern:at-request", yields: "REQUESTED_HELP_FROM (the possessor asked the clause's subject)", conf: 0.7,
			match: (*reading).atRequest,
			examples: []example{ex("The OPCW sent inspectors to Syria at France's request.", "France>Organisation for the Prohibition of Chemical Weapons"),
				ex("At Mozambique's request, Rwanda deployed 1,000 troops to Cabo Delgado.", "Mozambique>Rwanda"),
				ex("Kenya's request for talks was rejected.", "!Kenya>Kenya")}},
	)
}

// atRequest reads "at X's request": X requested help from the subject of the clause it belongs to, the
// one before it or, opening the sentence, the one after its comma.
func (d *reading) atRequest(s *sentence, p *pattern) {
	for k := 3; k < len(s.toks); k++ {
		if !requestNouns[s.toks[k].lower] {
			continue
		}
		asker := d.possessorBefore(s, k)
		if asker == nil || asker.i < 1 || !requestPreps[s.toks[asker.i-1].lower] {
			continue
		}
		var asked []*mention
		if at := asker.i - 1; at > 0 {
			asked = d.subjects(s, at)
		} else if v := finiteAfter(s, k+1, askerReach); v > 0 {
			asked = d.subjects(s, v)
		}
		if asker.entity == nil {
			d.resolveRef(asker) // "at its request"
		}
		from := asker.entity // the possessor itself: actorOf would take the noun it owns
		for _, a := range asked {
			if to := d.actorOf(a, true); from != nil && to != from {
				// attribution is read at the asked side's verb: "Togo reportedly sent troops at Burkina
				// Faso's request" is a claim, "Lomé denied that Togo had sent troops at ..." nothing
				v := finiteAfter(s, a.j, askerReach)
				if v < 0 {
					v = asker.i - 1
				}
				d.addReportedAct(p, s, predicateAt{k: v, subj: a.i, agent: to}, from, to, graph.RequestedHelpFrom, asker, a)
			}
		}
	}
}

// finiteAfter returns the first finite verb from token from on, within reach, or -1; a report set off by
// commas is none ("Rwanda, the ministry said, deployed troops": deployed).
func finiteAfter(s *sentence, from, reach int) int {
	for i := from; i < len(s.toks) && i < from+reach; i++ {
		if finiteTag(s.toks[i].tag) && (!claimVerbs[s.toks[i].lower] || parenthetical(s, i) < 0) {
			return i
		}
	}
	return -1
}
