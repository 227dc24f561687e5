package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Accusations by report: whoever says, believes or finds it likely that another actor did a hostile act
// accuses that actor (docs/annotation.md: "alleged that X did" is ACCUSES, and "X said that Y armed Z" marks
// X ACCUSES Y). accusations (relations.go) reads this from a claimed relationship, so it needs the act's
// object to be an actor; the acts here are read from the reported clause itself, whatever the object:
// "Ukraine's foreign ministry said Russian forces had shelled the town", "Kenyan officials believe Somalia
// is arming the militia", "said it was highly likely that Moscow ordered the attack".

// hostileVerbs are acts that blame their doer whatever their object: attacks, killings, arming an armed
// side, interference, violations, crackdowns.
var hostileVerbs = verbSet("attack|strike|shell|bomb|bombard|raid|invade|storm|ambush|massacre|kill|murder|assassinate|" +
	"execute|behead|torture|abduct|kidnap|shoot|shoot down|fire on|fire at|open fire on|open fire|loot|torch|burn|destroy|" +
	"arm|rearm|interfere|meddle|destabilise|destabilize|undermine|sabotage|hack|poison|provoke|infiltrate|violate|breach|" +
	"crack down on|suppress|repress|persecute|rig|annex|occupy|incite")

// hostileObjects are acts that blame their doer only with an object of one of the nouns, a few words after
// the verb: ordering an attack or a poisoning, supplying weapons, crossing a border, stealing a vote.
var hostileObjects = []struct {
	verbs, nouns set
}{
	{verbSet("order|approve|authorise|authorize|plan|orchestrate|mastermind|carry out|launch|commit|perpetrate|stage|sponsor|direct|fund|finance|back"),
		nounSet("attack|strike|assault|killing|murder|assassination|poisoning|bombing|shelling|invasion|offensive|coup|massacre|" +
			"crackdown|raid|ambush|sabotage|atrocity|crime|abuse|genocide|plot|incursion|operation against|hack|cyberattack|insurgency|rebellion|" +
			"nerve|chemical|poison|toxin")}, // "ordered the use of the nerve agent", "of chemical weapons"
	{verbSet("supply|provide|send|ship|smuggle|deliver|sell|give|transfer|funnel"),
		nounSet("weapon|arm|drone|missile|rocket|ammunition|rifle|explosive|munition|shell|bomb|gun|mercenary|fighter")},
	{verbSet("cross|enter|violate|breach|infiltrate"),
		nounSet("border|line|frontier|airspace|territory|territorial water|water|ceasefire|truce|sovereignty")},
	{verbSet("steal|manipulate|doctor|falsify|fix"),
		nounSet("election|vote|count|result|ballot|tally")},
}

// hostileObjectReach is how many words may stand between a verb and the noun that makes its act hostile:
// "ordered the attack", "supplied the rebels with weapons", "had crossed the line of control".
const hostileObjectReach = 6

// confReportAccuses is the prior of an accusation read from a reported hostile act: a little below the
// claim's own accusation (claim:accuses, 0.6 as the model weighs it), as the act's object is no actor.
const confReportAccuses = 0.55

// hostileAct reports whether the verb group at [k, end) states a hostile act.
func hostileAct(s *sentence, k, end int) bool {
	v := s.toks[k].lower
	if hostileVerbs[v] || k+1 < len(s.toks) && hostileVerbs[v+" "+s.toks[k+1].lower] {
		return true
	}
	for _, h := range hostileObjects {
		if !h.verbs[v] && !(k+1 < len(s.toks) && h.verbs[v+" "+s.toks[k+1].lower]) {
			continue
		}
		for i := end; i < len(s.toks) && i < end+hostileObjectReach && s.clauseAt[i] == s.clauseAt[k]; i++ {
			if h.nouns[s.toks[i].lower] {
				return true
			}
		}
	}
	return false
}

// reportedAccusations adds, for every reported clause of a hostile act, its speaker ACCUSES the clause's
// subjects, when the attribution of the act makes it that speaker's claim (not denied, negated, doubted or
// asked for) and the speaker does not speak for the doer ("its troops had shelled" is the speaker's own act).
func (d *reading) reportedAccusations() {
	for _, s := range d.sents {
		for ci := range s.clauses {
			c := &s.clauses[ci]
			if c.kind != clauseReported || c.verb < 0 || !c.own {
				continue
			}
			k, end := clauseVerb(s, c)
			if k < 0 || !hostileAct(s, k, end) {
				continue
			}
			// The doers: the clause's subjects, or a passive's agent ("said the town had been shelled by
			// Russian forces"), whatever its subject.
			doers, subj := c.subjs, -1
			if passiveAt(s, k, end) {
				doers, subj = d.agent(s, end), subjectToken(s, k)
			} else if len(doers) > 0 {
				subj = doers[0].i
			}
			if len(doers) == 0 {
				continue
			}
			a := d.attribute(s, k, end, subj)
			if a.how != claimed || a.speaker == nil {
				continue
			}
			who := d.speakerActor(a.speaker)
			for _, m := range doers {
				d.addReportedAccusation(s, who, a.speaker, m)
			}
		}
	}
}

// addReportedAccusation adds who ACCUSES the actor of m, unless who speaks for it or the sentence already
// has that accusation.
func (d *reading) addReportedAccusation(s *sentence, who *entity, sp, m *mention) {
	doer := d.actorOf(m, true)
	if f := d.forcesNamed(s, m, doer); f != nil {
		doer = f
	}
	if who == nil || doer == nil || d.ownSide(who, doer) || !fits(graph.Accuses, who, doer) {
		return
	}
	for _, r := range d.rels {
		if r.sentence == s && r.typ == graph.Accuses && r.from == who && r.to == doer {
			return
		}
	}
	if r := d.addRel(who, doer, graph.Accuses, s, "report:accuses", confReportAccuses); r != nil {
		r.feat = relFeatures{family: familyVerb, subjHow: argClause, objHow: argClause, distance: tokenDistance(sp, m)}
	}
}

// ownSide reports whether who tells its own act in telling doer's: speaksFor, except that an armed group, a
// party or a collective of a state's people ("protesters") is no side of its state's bodies, nor they of it:
// "Sudan's army said the Rapid Support Forces had killed civilians" accuses the RSF.
func (d *reading) ownSide(who, doer *entity) bool {
	if !apartFromState(who) && !apartFromState(doer) {
		return d.speaksFor(who, doer)
	}
	if who == doer {
		return true
	}
	for _, a := range d.affiliations[who] {
		if a == doer {
			return true
		}
	}
	return false
}

// apartFromState reports whether e is an organisation of a state's people that is no body of the state.
func apartFromState(e *entity) bool {
	return e.kind == graph.Organization && (e.typ == "armed" || e.typ == "party" || e.generic && e.typ != "government")
}

// troopNouns after a demonym name a state's forces: "Indian troops", "Tajik forces".
var troopNouns = words("troops|forces|soldiers|army|military|servicemen|units")

// forceNameEnds end the names of a state's armed forces: "Indian Army", "Kenya Defence Forces".
var forceNameEnds = []string{" army", " armed forces", " defence forces", " defense forces", " military", " forces"}

// forcesNamed returns the one body of armed forces of st the article names, when the mention m is st's
// demonym before a noun of troops: the accused of "said Indian troops had crossed the line" is the Indian
// Army the article names, as analysts mark it. Nil when there is no such body or more than one.
func (d *reading) forcesNamed(s *sentence, m *mention, st *entity) *entity {
	if st == nil || st.kind != graph.State || m.form != formDemonym || m.j >= len(s.toks) || !troopNouns[s.toks[m.j].lower] {
		return nil
	}
	var found *entity
	for _, e := range d.entList {
		if e.kind != graph.Organization || e.code != st.code || apartFromState(e) {
			continue
		}
		name := strings.ToLower(e.name)
		for _, end := range forceNameEnds {
			if strings.HasSuffix(name, end) {
				if found != nil && found != e {
					return nil
				}
				found = e
				break
			}
		}
	}
	return found
}

// clauseVerb returns the clause's verb group, past a mark the tagger read as its verb: in `Rwanda had "once
// again" destabilised a neighbour` the opening quote is tagged a participle. -1 when no word follows.
func clauseVerb(s *sentence, c *clause) (int, int) {
	if s.toks[c.verb].isWord() {
		return c.verb, c.verbEnd
	}
	for j := c.verb + 1; j < len(s.toks) && j <= c.verb+clauseReach; j++ {
		if s.toks[j].isWord() && isVerbTag(s.toks[j].tag) && s.at[j] < 0 {
			return j, j + 1
		}
	}
	return -1, -1
}

// subjectToken returns the head of the subject before the verb group whose last verb is at k: the noun or
// pronoun before its auxiliaries and adverbs ("the town had been shelled" → "town"); -1 when none is there.
func subjectToken(s *sentence, k int) int {
	i := k - 1
	for i >= 0 && (strings.HasPrefix(s.toks[i].tag, "VB") || s.toks[i].tag == "MD" || s.toks[i].tag == "RB") {
		i--
	}
	if i >= 0 && (strings.HasPrefix(s.toks[i].tag, "NN") || s.toks[i].tag == "PRP" || s.at[i] >= 0) {
		return i
	}
	return -1
}
