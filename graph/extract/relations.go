package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// trigger is a word or phrase that states a relationship between the actor before it and the actor after
// it: "dispatched ... to", "in support of", "asked ... for help".
type trigger struct {
	typ     graph.RelType
	rule    string
	preps   set  // the object follows one of these ("to", "into"); empty: the object follows directly
	need    set  // a word that must come between the trigger and the object ("troops")
	after   set  // a word that must come soon after the object ("for help")
	reverse bool // the object is the relationship's source ("leased ... to X")
	conf    float64
	comma   bool // the object may lie beyond a comma ("its joint venture, Tengiz")
}

var (
	helpWords     = words("help|assistance|support|aid|troops|intervention|protection|peacekeepers|military|backing|forces")
	protestWords  = words("protests|protest|demonstrations|demonstrators|protesters|protestors|unrest|riots|rioters|uprising|dissent|rallies|opposition|unrests")
	sanctionWords = words("sanctions|penalties|embargo|an|restrictions|tariffs|export")
	borderWords   = words("border|borders|frontier")
	weaponWords   = words("weapons|arms|drones|missiles|ammunition|munitions|tanks|artillery|rockets|warplanes|jets|howitzers|shells")
)

// triggers maps a word or phrase, lower case, to what it states.
var triggers = map[string][]trigger{}

func addTriggers(keys string, t trigger) {
	if t.conf == 0 {
		t.conf = 0.8
	}
	for _, k := range strings.Split(keys, "|") {
		triggers[k] = append(triggers[k], t)
	}
}

func init() {
	addTriggers("asked|asks|asking|ask|begged|urged|invited", trigger{typ: graph.RequestedHelpFrom, rule: "pattern:asked-for-help", after: helpWords})
	addTriggers("requested|requests|requesting|sought|seeks|seeking|seek", trigger{typ: graph.RequestedHelpFrom, rule: "pattern:requested-help-from", preps: words("from")})
	addTriggers("appealed|appeals|appealing|turned", trigger{typ: graph.RequestedHelpFrom, rule: "pattern:appealed-to", preps: words("to"), after: helpWords})
	addTriggers("called on|calls on|calling on", trigger{typ: graph.RequestedHelpFrom, rule: "pattern:called-on-for-help", after: words("help|send|intervene|deploy|assist|provide|support")})

	deploy := "deployed|deploys|deploying|deploy|sent|sends|sending|send|dispatched|dispatches|dispatching|dispatch|" +
		"transferred|transferring|airlifted|airlifting|rushed|stationed|stationing|moved|moving|flew|flown"
	addTriggers(deploy, trigger{typ: graph.DeployedForcesTo, rule: "pattern:deployed-forces-to", need: forceNouns, preps: words("to|into|in|inside")})

	addTriggers("supports|supported|supporting|support|backs|backed|backing|back|endorsed|endorses|endorsing|endorse|defended|defends",
		trigger{typ: graph.Supports, rule: "pattern:supports", conf: 0.75})
	addTriggers("in support of|support for|backing for|solidarity with|sided with|sides with|stood by|stands by|stands with|stood with|stand with|behind",
		trigger{typ: graph.Supports, rule: "pattern:in-support-of"})
	delete(triggers, "behind")

	addTriggers("leases|leased|leasing|lease|rents|rented|renting", trigger{typ: graph.LeasesFrom, rule: "pattern:leases-from", preps: words("in|from")})
	addTriggers("leases|leased|leasing|lease|rents|rented|renting", trigger{typ: graph.LeasesFrom, rule: "pattern:leases-to", preps: words("to"), reverse: true})

	addTriggers("called|calls|calling|phoned|phones|phoning|rang|telephoned", trigger{typ: graph.Called, rule: "pattern:called", conf: 0.8})
	addTriggers("phone call with|telephone call with|call with|spoke by phone with|spoke by phone to|spoke by telephone with|phone conversation with|telephone conversation with|phone talks with",
		trigger{typ: graph.Called, rule: "pattern:phone-call-with"})

	addTriggers("criticized|criticised|criticizes|criticises|criticizing|criticising|criticize|criticise|condemned|condemns|"+
		"condemning|condemn|denounced|denounces|denouncing|denounce|slammed|slams|slamming|blasted|rebuked|rebukes|"+
		"lambasted|castigated|chastised|decried|decries|criticism of|condemnation of",
		trigger{typ: graph.Criticizes, rule: "pattern:criticizes"})
	addTriggers("accused|accuses|accusing|accuse|blamed|blames|blaming|blame|accusations against|accusation against",
		trigger{typ: graph.Accuses, rule: "pattern:accuses"})

	addTriggers("sanctioned|sanctioning|sanction|blacklisted|blacklisting", trigger{typ: graph.Sanctions, rule: "pattern:sanctions"})
	addTriggers("imposed|impose|imposes|imposing|slapped|levied|announced|placed|introduced|approved|adopted|announcing|slapping|unveiled|tightened",
		trigger{typ: graph.Sanctions, rule: "pattern:imposed-sanctions-on", need: sanctionWords, preps: words("on|against")})
	addTriggers("sanctions on|sanctions against|sanctions targeting|embargo on|embargo against|penalties on|penalties against",
		trigger{typ: graph.Sanctions, rule: "pattern:sanctions-on"})

	addTriggers("invested|invests|investing|invest|poured|pumped", trigger{typ: graph.InvestsIn, rule: "pattern:invested-in", preps: words("in|into")})
	addTriggers("investment in|investments in|investment into|investments into|stake in|stakes in|shares in",
		trigger{typ: graph.InvestsIn, rule: "pattern:investment-in"})

	addTriggers("shares|share|sharing|shared", trigger{typ: graph.Borders, rule: "pattern:shares-border-with", need: borderWords, preps: words("with")})
	addTriggers("borders|bordering|bordered|neighbouring|neighboring|neighbor of|neighbour of", trigger{typ: graph.Borders, rule: "pattern:borders"})

	addTriggers("met|meets|meeting|meet|met with|meets with|meeting with|meet with|held talks with|holds talks with|talks with|hosted|hosts|hosting|host",
		trigger{typ: graph.MetWith, rule: "pattern:met-with", conf: 0.75})

	addTriggers("monitoring|monitors|monitored|watching|tracking", trigger{typ: graph.Monitors, rule: "pattern:monitoring", conf: 0.75})

	// "joined NATO" is membership; "join"/"joining" mostly a prospect ("applied to join", "Finland and Sweden
	// joining NATO would...").
	addTriggers("joined|joins|member of|members of|member state of|member states of|membership of|membership in|member-state of",
		trigger{typ: graph.MemberOf, rule: "pattern:member-of"})

	addTriggers("attacked|attacking|stormed|storming|storm|seized|seizing|struck|shelled|shelling|bombed|bombing|"+
		"raided|raiding|invaded|invading|invade|torched|besieged|captured|capturing|invasion of|attack on|attacks on|assault on|strikes on|raid on",
		trigger{typ: graph.Attacked, rule: "pattern:attacked", conf: 0.75})
	// A coup against a leader: "soldiers ousted President Mohamed Bazoum" (people only: "protesters ousted
	// the government" names no actor that attacked).
	addTriggers("ousted|ousting|overthrew|overthrowing|toppled|toppling|deposed|deposing",
		trigger{typ: graph.Attacked, rule: "pattern:ousted", conf: 0.7})

	addTriggers("opposed|opposes|opposing|oppose|blocked|blocking|blocks|block|vetoed|vetoes|vetoing|veto|resisted|"+
		"objected to|objects to|objecting to|opposition to|stalled|stalling|held up|holding up",
		trigger{typ: graph.Opposes, rule: "pattern:opposes", conf: 0.75})
	addTriggers("crush|crushed|crushing|quash|quashed|quashing|quell|quelled|quelling|suppress|suppressed|suppressing|"+
		"crack down on|cracked down on|cracking down on|crackdown on|disperse|dispersed|dispersing|put down",
		trigger{typ: graph.Opposes, rule: "pattern:crushed-protests", conf: 0.7})

	addTriggers("protested against|protesting against|protest against|protests against|rallied against|demonstrated against|marched against|protested outside|rallied outside",
		trigger{typ: graph.ProtestsAgainst, rule: "pattern:protests-against"})

	addTriggers("rival of|rival to|rivals|answer to|counterweight to|rivalry with|competitor of|competitor to|foe of|adversary of",
		trigger{typ: graph.RivalOf, rule: "pattern:rival-of", conf: 0.7})
	addTriggers("ally of|allied with|alliance with|allies with|allied to|partnership with|partner of",
		trigger{typ: graph.AlliedWith, rule: "pattern:ally-of", conf: 0.75})
	addTriggers("joint venture|subsidiary|affiliate", trigger{typ: graph.OwnsStakeIn, rule: "pattern:its-joint-venture", comma: true, conf: 0.75})
	addTriggers("owns|owned|controls", trigger{typ: graph.OwnsStakeIn, rule: "pattern:owns", conf: 0.7})

	// Cutting someone off is a sanction in all but name: "Gazprom halted gas supplies to Poland".
	addTriggers("halted|halts|halting|halt|suspended|suspends|suspending|suspend|cut|cuts|cutting|stopped|stops|stopping|"+
		"cut off|cuts off|shut off|shuts off|froze|freezes|freezing|withheld|withholds",
		trigger{typ: graph.Sanctions, rule: "pattern:halted-supplies-to", need: words("supplies|supply|deliveries|gas|oil|exports|power|electricity|aid|funding|shipments|flows|assistance|cooperation|transactions|trade|payments"), preps: words("to|for|with")})
	addTriggers("sanctions", trigger{typ: graph.Sanctions, rule: "pattern:sanctions", conf: 0.8})
	// Forces stationed somewhere: "France has about 1,500 troops in Niger".
	addTriggers("has|have|had|keeps|keep|maintains|maintain|maintained|stations|keeping",
		trigger{typ: graph.DeployedForcesTo, rule: "pattern:has-troops-in", need: forceNouns, preps: words("in|inside"), conf: 0.7})
	addTriggers("welcomed|welcomes|welcoming|hailed|hails|hailing|praised|praises|praising|applauded|applauds",
		trigger{typ: graph.Supports, rule: "pattern:welcomed", conf: 0.7})
	addTriggers("disappointed by|disappointed with|disappointed in|disappointment with|disappointment at|dismay at|frustration with",
		trigger{typ: graph.Criticizes, rule: "pattern:disappointed-by", conf: 0.7})
	addTriggers("defying|defied|defies|defy", trigger{typ: graph.Opposes, rule: "pattern:defying", conf: 0.7})
	// "Fatih Birol, who heads the IEA"; "Erdogan, who has led Turkey since 2003": a person at the head of a
	// state or organisation named right after the verb.
	addTriggers("heads|headed|leads|led|chairs|chaired|runs|ran|presides over|presided over",
		trigger{typ: graph.Leads, rule: "pattern:heads", conf: 0.7})
	// Arming someone is supporting them: "Iran has supplied Russia with drones", "provided weapons to Kyiv".
	addTriggers("supplied|supplies|supplying|supply|provided|provides|providing|provide|armed|arming",
		trigger{typ: graph.Supports, rule: "pattern:supplied-with-weapons", after: weaponWords, conf: 0.7})
	addTriggers("supplied|supplies|supplying|supply|provided|provides|providing|provide|delivered|delivers|delivering|deliver|shipped|shipping|gave|giving|give",
		trigger{typ: graph.Supports, rule: "pattern:supplied-weapons-to", need: weaponWords, preps: words("to"), conf: 0.7})
	// "which Turkey and the EU list as a terrorist group": designating someone a terrorist is opposing them.
	addTriggers("lists|list|listed|designates|designate|designated|designating|considers|consider|considered|regards|regard|regarded|brands|brand|branded|labels|labelled|labeled|classifies|classified",
		trigger{typ: graph.Opposes, rule: "pattern:designates-terrorist", after: words("terrorist|terrorists|terror"), conf: 0.75})
	addTriggers("backer of|supporter of|sponsor of|patron of|backer|supporter|sponsor|patron|protector",
		trigger{typ: graph.Supports, rule: "pattern:backer-of", conf: 0.7})
}

// triggerAt returns the longest trigger phrase starting at token k and its length.
func triggerAt(s *sentence, k int) ([]trigger, int) {
	for n := min(5, len(s.toks)-k); n >= 1; n-- {
		var b strings.Builder
		for i := k; i < k+n; i++ {
			if i > k {
				b.WriteByte(' ')
			}
			b.WriteString(s.toks[i].lower)
		}
		if ts, ok := triggers[b.String()]; ok {
			return ts, n
		}
	}
	return nil, 0
}

// findRelations collects the relationships: those names and titles state, those trigger words state,
// and those the gazetteer confirms; then it sets each one's stance from its context.
func (d *doc) findRelations() {
	for _, b := range d.built {
		if b.m.ent != nil {
			d.addRel(b.m.ent, b.to, b.t, b.m.s, b.rule, 0.85)
		}
	}
	for _, r := range d.roles {
		if r.person.ent != nil && r.affil != nil && r.affil.ent != nil {
			d.addRel(r.person.ent, r.affil.ent, r.rel, r.person.s, r.rule, r.conf)
		}
	}
	for _, x := range d.descs {
		if x.affil != nil && x.affil.ent == nil {
			d.resolveRef(x.affil)
		}
		if x.org.ent != nil && x.affil != nil && x.affil.ent != nil && x.affil.ent.kind == graph.State {
			d.addRel(x.org.ent, x.affil.ent, graph.LocatedIn, x.org.s, x.rule, 0.8)
		}
	}
	for _, s := range d.sents {
		d.appointed(s)
		d.sentenceRelations(s)
		d.compoundRelations(s)
		d.placeRelations(s)
	}
	d.gazetteerRelations()
	d.nameRelations()
	d.setStances()
}

// sentenceRelations applies the trigger words of one sentence.
func (d *doc) sentenceRelations(s *sentence) {
	for k := 0; k < len(s.toks); k++ {
		if s.at[k] >= 0 && s.mentionAt(k).ref == "" {
			continue
		}
		ts, n := triggerAt(s, k)
		if n == 0 || negated(s, k) {
			continue
		}
		for _, t := range ts {
			d.applyTrigger(s, k, n, t)
		}
	}
}

func (d *doc) applyTrigger(s *sentence, k, n int, t trigger) {
	toks := s.toks
	end := k + n - 1
	word := toks[k].lower
	// A passive ("was backed by X") turns the trigger round.
	passive := (strings.HasSuffix(word, "ed") || toks[k].tag == "VBN") && end+1 < len(toks) && toks[end+1].lower == "by"
	if !passive && (strings.HasSuffix(word, "ed") || toks[k].tag == "VBN") {
		for i := k - 1; i >= 0 && i >= k-3; i-- {
			if l := toks[i].lower; l == "was" || l == "were" || l == "been" || l == "be" || l == "is" || l == "are" || l == "being" {
				passive = true
				break
			}
			if toks[i].tag != "RB" {
				break
			}
		}
	}
	if passive && t.rule == "pattern:heads" && (word == "led" || word == "headed" || word == "chaired" || word == "run") {
		// "the Wagner Group, which is led by Yevgeny Prigozhin": only the organisation right before.
		i := k - 1
		for i >= 0 && (toks[i].lower == "is" || toks[i].lower == "was" || toks[i].lower == "are" || toks[i].lower == "were" || toks[i].lower == "been" || toks[i].lower == "being" || toks[i].lower == "has" || toks[i].lower == "have" || toks[i].tag == "RB") {
			i--
		}
		org := s.mentionAt(i)
		by := d.objectAfter(s, end, 5, words("by"), false)
		// The organisation is a relative "which" or the sentence's opening subject, not the end of a phrase
		// ("talks between Israel and Hamas were led by Qatar").
		if org != nil && org.ref != "which" && (org.prep != "" || len(s.ments) > 0 && s.ments[0] != org) {
			org = nil
		}
		if org != nil && org.affix == "" && len(by) == 1 {
			if e := d.actorOf(org, true); e != nil && e.kind == graph.Organization {
				if p := d.actorOf(by[0], false); p != nil && (p.kind == graph.Person || p.kind == graph.State) {
					d.addRel(p, e, graph.Leads, s, "pattern:led-by", 0.7)
				}
			}
		}
		return
	}
	if passive && t.typ != graph.Supports && t.typ != graph.Criticizes && t.typ != graph.Attacked && t.typ != graph.Sanctions && t.typ != graph.Accuses && t.typ != graph.Opposes {
		if t.typ != graph.DeployedForcesTo {
			return
		}
	}
	// Wanting to join is not membership ("applied to join NATO"), nor is a noun phrase about members
	// ("harbouring members of the PKK"): only a copula or apposition before "member of" states it.
	if t.typ == graph.MemberOf {
		if (word == "join" || word == "joining") && k > 0 && (toks[k-1].lower == "to" || prepositions[toks[k-1].lower]) {
			return
		}
		if strings.HasPrefix(word, "member") {
			i := k - 1
			for i >= 0 && (determiners[toks[i].lower] || toks[i].tag == "JJ" || toks[i].tag == "RB" || toks[i].tag == "CD") {
				i--
			}
			if i < 0 || !copulas[toks[i].lower] {
				return
			}
		}
	}
	// Nouns that are not verbs here: "the support", "a monitor", "the call".
	if n == 1 && k > 0 && (determiners[toks[k-1].lower] || toks[k-1].lower == "'s") && (t.typ == graph.Supports || t.typ == graph.Called || t.typ == graph.MetWith || t.typ == graph.Monitors || t.typ == graph.MemberOf || t.typ == graph.Attacked || t.typ == graph.Sanctions) {
		return
	}
	if t.rule == "pattern:designates-terrorist" {
		d.designated(s, k, end, t)
		return
	}
	if t.need != nil && t.typ == graph.Sanctions && sanctionedBefore(s, k) {
		// "the arms embargo that Sweden and Finland imposed on Ankara"
		if objs := d.objectAfter(s, end, 5, t.preps, false); len(objs) > 0 {
			d.relate(s, d.subjectOf(s, k), objs, t, 0.9)
		}
		return
	}
	if t.need != nil {
		found := -1
		for i := end + 1; i < len(toks) && i <= end+6; i++ {
			if t.need[toks[i].lower] {
				found = i
				break
			}
			if objectStops[toks[i].lower] {
				break
			}
		}
		if found < 0 {
			return
		}
		if t.typ == graph.Opposes {
			// "vowed to crush the demonstrations": the object is the protesters.
			return
		}
		end = found
	}
	if t.rule == "pattern:backer-of" && n == 1 {
		// "the United States is Taiwan's most important backer": the possessor is the one supported.
		i := k - 1
		for i >= 0 && (toks[i].tag == "JJ" || toks[i].tag == "JJS" || toks[i].tag == "RBS" || toks[i].tag == "RB" || toks[i].tag == "NN") {
			i--
		}
		if i >= 1 && (toks[i].lower == "'s" || toks[i].lower == "'") {
			if o := s.mentionAt(i - 1); o != nil {
				d.relate(s, d.subjectOf(s, o.i), []*mention{o}, t, 1)
			}
		}
		return
	}
	if t.typ == graph.Opposes && t.rule == "pattern:crushed-protests" {
		d.crushed(s, k, end)
		return
	}
	var objs []*mention
	reach := objectReach
	if t.typ == graph.Attacked {
		reach = 12
	}
	if passive && t.preps == nil {
		// "X was backed by Y": Y supports X.
		subj := d.subjectOf(s, k-1)
		by := d.objectAfter(s, end, reach, words("by"), false)
		d.relate(s, by, subj, t, 0.9)
		return
	}
	objs = d.objectAfter(s, end, reach, t.preps, t.comma)
	if len(objs) == 0 {
		if t.typ == graph.DeployedForcesTo && t.preps != nil {
			return
		}
		return
	}
	if t.after != nil {
		last := objs[len(objs)-1]
		ok := false
		for i := last.j; i < len(toks) && i < last.j+6; i++ {
			if t.after[toks[i].lower] {
				ok = true
				break
			}
		}
		if !ok {
			return
		}
	}
	if t.rule == "pattern:sanctions" && objs[0].i != end+1 {
		return
	}
	if t.rule == "pattern:ousted" && (objs[0].ent == nil || objs[0].ent.kind != graph.Person) {
		return
	}
	if t.rule == "pattern:heads" {
		// The object right after the verb ("heads the IEA"), a name, not "Ukraine's delegation".
		o := objs[0]
		if o.i != end+1 && !(o.i == end+2 && toks[end+1].lower == "the") || o.poss || o.form == formDemonym || o.ref != "" || o.affix != "" {
			return
		}
		if o.ent == nil || o.ent.kind != graph.State && o.ent.kind != graph.Organization {
			return
		}
		subj := d.subjectOf(s, k)
		if len(subj) == 0 {
			return
		}
		p := d.actorOf(subj[len(subj)-1], true)
		for _, x := range subj {
			if d.actorOf(x, true) != p {
				return // one person, not several
			}
		}
		if p == nil || p.kind != graph.Person {
			return
		}
		d.relate(s, subj[len(subj)-1:], objs[:1], t, 1)
		return
	}
	// "called" only with a person or state right after it: "what they called an operation" is no call.
	if t.typ == graph.Called && word != "phone" && n == 1 && objs[0].i != end+1 && !onlyTitlesBetween(s, end+1, objs[0].i) {
		return
	}
	subj := d.subjectOf(s, k)
	if t.typ == graph.RivalOf || t.typ == graph.AlliedWith || t.typ == graph.MemberOf {
		// "the CSTO ... Russia's answer to NATO": the possessor made the thing, it is not the subject.
		subj = d.subjectAcross(s, k, false)
	}
	if t.reverse {
		d.relate(s, objs, subj, t, 1)
		return
	}
	d.relate(s, subj, objs, t, 1)
}

// relate adds the relationship t from every subject to every object.
func (d *doc) relate(s *sentence, subj, objs []*mention, t trigger, factor float64) {
	for _, a := range subj {
		// A possessor the subject finder returned is the subject of the noun it owns ("Russia's invasion").
		for _, from := range d.actorsOf(a, !a.poss) {
			for _, b := range objs {
				for _, to := range d.actorsOf(b, false) {
					if !fits(t.typ, from, to) {
						continue
					}
					if t.typ == graph.DeployedForcesTo {
						from = d.liftToState(from)
					}
					conf := t.conf * factor
					if a.ref != "" || b.ref != "" {
						conf *= 0.9
					}
					d.addRel(from, to, t.typ, s, t.rule, conf)
				}
			}
		}
	}
}

// actorsOf is actorOf with the further entities a reference may mean.
func (d *doc) actorsOf(m *mention, asSubject bool) []*entity {
	e := d.actorOf(m, asSubject)
	if e == nil {
		return nil
	}
	return append([]*entity{e}, m.alts...)
}

// fits rules out relationships whose ends cannot hold them: a place cannot request help or criticise.
func fits(t graph.RelType, from, to *entity) bool {
	switch t {
	case graph.LocatedIn:
		return to.kind == graph.Place || to.kind == graph.State
	case graph.DeployedForcesTo, graph.Attacked:
		return from.kind != graph.Place
	case graph.Borders:
		return (from.kind == graph.State || from.kind == graph.Place) && (to.kind == graph.State || to.kind == graph.Place)
	case graph.MemberOf:
		return to.kind == graph.Organization
	case graph.InvestsIn, graph.OwnsStakeIn:
		return from.kind != graph.Place
	default:
		return from.kind != graph.Place && to.kind != graph.Place
	}
}

// liftToState makes the state the actor when one of its bodies sends troops: "Russia's Defense Ministry
// said ... transferring units" is Russia deploying.
func (d *doc) liftToState(e *entity) *entity {
	if e.kind == graph.Organization && e.typ == "government" && e.code != "" {
		if st := d.stateEntity(e.code); st != nil {
			return st
		}
	}
	return e
}

// crushed reads "vowed to crush the demonstrations": the subject opposes the protesters.
func (d *doc) crushed(s *sentence, k, obj int) {
	subj := d.subjectOf(s, k)
	if len(subj) == 0 {
		return
	}
	var target *entity
	if m := s.mentionAt(obj); m != nil && m.ent != nil {
		target = m.ent
	} else {
		target = d.protesters(nil)
	}
	for _, a := range subj {
		if from := d.actorOf(a, true); from != nil && target != nil {
			d.addRel(from, target, graph.Opposes, s, "pattern:crushed-protests", 0.65)
		}
	}
}

// protesters returns the protesters of the state (the article's state when nil).
func (d *doc) protesters(st *entity) *entity {
	if st == nil {
		st = d.focus
	}
	if st == nil {
		return nil
	}
	dem := d.demonymOf(st)
	e := d.entity(graph.Organization, dem+" protesters")
	e.alias(dem + " demonstrators")
	e.code = st.code
	if e.desc == "" {
		e.desc = "Protesters in " + st.name
	}
	return e
}

// government returns the government of the state (the article's state when nil).
func (d *doc) government(st *entity) *entity {
	if st == nil {
		st = d.focus
	}
	if st == nil {
		return nil
	}
	e := d.entity(graph.Organization, "Government of "+st.name)
	e.alias(d.demonymOf(st) + " government")
	e.alias(d.demonymOf(st) + " authorities")
	e.code, e.typ = st.code, "government"
	if e.desc == "" {
		e.desc = st.name + "'s government and authorities"
	}
	return e
}

var copulas = words("is|are|was|were|be|been|being|became|become|becomes|remain|remains|remained|,|as|(|stays|stayed")

var actionNouns = words("intervention|operation|deployment|mission|offensive|invasion|incursion|campaign|force|forces|troops|coalition|peacekeeping")

// compoundRelations reads hyphenated compounds and the references built on them: "a Russia-led military
// alliance" (Russia leads it), "Russia-led intervention ... in Kazakhstan" (Russia sends forces there),
// "Russia-backed separatists", "anti-government protests", "its Central Asian neighbor".
func (d *doc) compoundRelations(s *sentence) {
	toks := s.toks
	for _, m := range s.ments {
		if m.ent == nil {
			continue
		}
		switch m.affix {
		case "led", "headed", "dominated", "run", "controlled", "backed", "sponsored", "funded", "supported", "installed":
			// What it leads: the next actor or reference, or the action noun.
			for i := m.j; i < len(toks) && i < m.j+4; i++ {
				if n := s.mentionAt(i); n != nil && n != m {
					if n.ent == nil {
						d.resolveRef(n)
					}
					if n.ent != nil {
						t := graph.Leads
						if m.affix == "backed" || m.affix == "sponsored" || m.affix == "funded" || m.affix == "supported" || m.affix == "installed" {
							t = graph.Supports
						}
						d.addRel(m.ent, n.ent, t, s, "compound:"+m.affix, 0.8)
					}
					break
				}
				if actionNouns[toks[i].lower] && (m.affix == "led" || m.affix == "backed") {
					if toks[i].lower == "coalition" || toks[i].lower == "force" || toks[i].lower == "forces" {
						break
					}
					to := d.destination(s, i)
					if to != nil {
						d.addRel(d.liftToState(m.ent), to, graph.DeployedForcesTo, s, "compound:"+m.affix+"-"+toks[i].lower, 0.65)
					}
					break
				}
			}
		case "anti":
			if m.kind == graph.State || m.kind == graph.Organization || m.kind == graph.Person {
				if m.j < len(toks) && protestWords[toks[m.j].lower] {
					d.addRel(d.protesters(nil), m.ent, graph.ProtestsAgainst, s, "compound:anti", 0.65)
				}
			}
		}
		if m.ref == "neighbor" && m.refOf != nil {
			// "its Central Asian neighbor": the owner borders the state the reference means.
			d.resolveRef(m.refOf)
			if m.refOf.ent != nil && m.ent != m.refOf.ent {
				d.addRel(m.refOf.ent, m.ent, graph.Borders, s, "pattern:its-neighbor", 0.65)
			}
		}
		if m.ref == "alliance" && m.refOf != nil && m.refOf.ent != nil && m.refOf.affix == "led" {
			continue // done above from the compound
		}
		if (m.ref == "country" || m.ref == "neighbor") && m.head != nil && m.head.ent != nil && m.ent != nil {
			// "the Central Asian country": it lies in the region.
			d.addRel(m.ent, m.head.ent, graph.LocatedIn, s, "pattern:region-adjective", 0.7)
		}
	}
	// "Russia's Wagner Group" (based in Russia), "Taiwan's Defence Ministry", "the Pentagon's Defense
	// Security Cooperation Agency" (part of the Pentagon).
	for _, m := range s.ments {
		if !m.poss || m.ent == nil || m.j+1 >= len(toks) {
			continue
		}
		n := s.mentionAt(m.j + 1)
		if n == nil || n.ent == nil || n.ent.kind != graph.Organization || n.special == "ministry" || n.special == "collective" {
			continue
		}
		if m.ent.kind == graph.State && intergovernmental(n) {
			continue // "Russia's Security Council" is no UN body in Russia
		}
		switch {
		case m.ent.kind == graph.State && n.ent.typ == "government":
			d.addRel(n.ent, m.ent, graph.PartOf, s, "possessive:part-of", 0.75)
		case m.ent.kind == graph.State:
			d.addRel(n.ent, m.ent, graph.LocatedIn, s, "possessive:located-in", 0.7)
		case m.ent.kind == graph.Organization:
			d.addRel(n.ent, m.ent, graph.PartOf, s, "possessive:part-of", 0.7)
		}
	}
	// "anti-government protests"
	for k, t := range toks {
		// "tensions between Washington and Beijing"
		if (t.lower == "tensions" || t.lower == "rivalry" || t.lower == "rift" || t.lower == "feud" || t.lower == "standoff") && k+2 < len(toks) && toks[k+1].lower == "between" {
			if a := s.mentionAt(k + 2); a != nil {
				list := coordinatedRight(s, a)
				for x := 0; x+1 < len(list); x++ {
					for y := x + 1; y < len(list); y++ {
						d.addRel(d.actorOf(list[x], false), d.actorOf(list[y], false), graph.RivalOf, s, "pattern:tensions-between", 0.6)
					}
				}
			}
		}
		// "X and Y held talks / a virtual summit"
		if (t.lower == "held" || t.lower == "hold" || t.lower == "holds" || t.lower == "holding") && k+1 < len(toks) {
			ok := false
			for i := k + 1; i < len(toks) && i <= k+4; i++ {
				if words("talks|summit|meeting|meetings|discussions|negotiations|call|conversation")[toks[i].lower] {
					ok = true
					break
				}
			}
			if ok {
				if objs := d.objectAfter(s, k, 8, words("with"), false); len(objs) > 0 {
					d.relate(s, d.subjectOf(s, k), objs, trigger{typ: graph.MetWith, rule: "pattern:held-talks-with", conf: 0.75}, 1)
				} else if subj := d.subjectOf(s, k); len(subj) >= 2 {
					for x := 0; x+1 < len(subj); x++ {
						for y := x + 1; y < len(subj); y++ {
							d.addRel(d.actorOf(subj[x], true), d.actorOf(subj[y], true), graph.MetWith, s, "pattern:held-talks", 0.7)
						}
					}
				}
			}
		}
		// "members, including Nigeria and Angola"; "the alliance's members in the Baltic states and Poland"
		if (t.lower == "members" || t.lower == "member states" || t.lower == "member") && k+2 < len(toks) {
			next := k + 1
			if toks[next].text == "," {
				next++
			}
			if words("including|in|like|such")[toks[next].lower] {
				if toks[next].lower == "such" {
					next++
				}
				var org *entity
				if k >= 2 && (toks[k-1].lower == "'s" || toks[k-1].lower == "'") {
					o := s.mentionAt(k - 2)
					if o != nil && o.ent == nil && (o.ref == "alliance" || o.ref == "group") {
						d.resolveRef(o) // "the alliance's members in ..."
					}
					if o != nil && o.ent != nil && o.ent.kind == graph.Organization {
						org = o.ent
					}
				}
				if org == nil && toks[next].lower != "in" {
					org = d.mainOrg(func(e *entity) bool {
						return e.typ == "alliance" || e.typ == "bloc" || e.typ == "intergovernmental" || e.gz == nil && isAllianceName(e.name)
					})
				}
				m := s.mentionAt(next + 1)
				if org != nil && toks[next].lower == "in" && (m == nil || m.ent == nil || m.ent.kind != graph.State) {
					// "members in the Baltic states and Poland": the states listed after the region.
					m = nil
					for i := next + 1; i < len(toks) && i <= next+8; i++ {
						if x := s.mentionAt(i); x != nil {
							if x.ent != nil && x.ent.kind == graph.State && x.affix == "" {
								m = x
								break
							}
							i = x.j - 1
							continue
						}
						if strings.HasPrefix(toks[i].tag, "VB") || toks[i].lower != "," && objectStops[toks[i].lower] {
							break
						}
					}
				}
				if org != nil && m != nil {
					for _, x := range coordinatedRight(s, m) {
						if e := d.actorOf(x, false); e != nil && e.kind == graph.State {
							d.addRel(e, org, graph.MemberOf, s, "pattern:members-including", 0.65)
						}
					}
				}
			}
		}
		if (t.lower == "anti-government" || t.lower == "antigovernment") && k+1 < len(toks) && protestWords[toks[k+1].lower] {
			if p, g := d.protesters(nil), d.government(nil); p != nil && g != nil {
				d.addRel(p, g, graph.ProtestsAgainst, s, "compound:anti-government", 0.7)
			}
		}
		// "X and other bloc members"
		if t.lower == "members" && k >= 2 && toks[k-2].lower == "other" || t.lower == "members" && k >= 3 && toks[k-3].lower == "other" {
			var org *entity
			for i := k - 1; i >= k-2; i-- {
				if m := s.mentionAt(i); m != nil {
					if m.ent == nil && m.ref == "" && toks[i].lower == "bloc" {
						break
					}
					org = m.ent
				}
				if toks[i].lower == "bloc" || toks[i].lower == "alliance" {
					org = d.mainOrg(func(e *entity) bool {
						return e.typ == "alliance" || e.typ == "bloc" || e.gz == nil && isAllianceName(e.name)
					})
				}
			}
			o := k - 2
			for o >= 0 && toks[o].lower != "other" {
				o--
			}
			if org != nil && o >= 2 && toks[o-1].lower == "and" {
				if m := s.mentionAt(o - 2); m != nil {
					for _, x := range coordinatedLeft(d, s, m) {
						if e := d.actorOf(x, true); e != nil {
							d.addRel(e, org, graph.MemberOf, s, "pattern:other-members", 0.7)
						}
					}
				}
			}
		}
		// "NATO member Turkey", "fellow NATO members Hungary and Turkey"
		if (t.lower == "member" || t.lower == "members" || t.lower == "member-state" || t.lower == "member-states" || t.lower == "ally" || t.lower == "allies") && k > 0 {
			org := s.mentionAt(k - 1)
			if org != nil && org.ent != nil && org.ent.kind == graph.Organization && org.affix == "" {
				if st := s.mentionAt(k + 1); st != nil && st.ent != nil && st.ent.kind == graph.State {
					for _, x := range coordinatedRight(s, st) {
						d.addRel(x.ent, org.ent, graph.MemberOf, s, "pattern:org-member", 0.75)
					}
				} else if t.lower == "ally" || t.lower == "member" {
					// "Turkey was an important NATO ally"
					for _, x := range d.subjectOf(s, org.i) {
						if e := d.actorOf(x, true); e != nil && e.kind == graph.State {
							d.addRel(e, org.ent, graph.MemberOf, s, "pattern:org-ally", 0.65)
						}
					}
				}
			}
		}
		// "Russia's ally Belarus", "Moscow's closest ally Minsk"
		if (t.lower == "ally" || t.lower == "allies") && k+1 < len(toks) {
			i := k - 1
			for i > 0 && (toks[i].tag == "JJ" || toks[i].tag == "JJS") && s.at[i] < 0 {
				i--
			}
			if i >= 1 && (toks[i].lower == "'s" || toks[i].lower == "'") {
				a, b := s.mentionAt(i-1), s.mentionAt(k+1)
				if a != nil && b != nil && b.i == k+1 && a.affix == "" && b.affix == "" {
					ea := d.liftCapital(a)
					for _, x := range coordinatedRight(s, b) {
						if eb := d.liftCapital(x); ea != nil && eb != nil && ea.kind == graph.State && eb.kind == graph.State {
							d.addRel(eb, ea, graph.AlliedWith, s, "pattern:possessive-ally", 0.7)
						}
					}
				}
			}
		}
		// "at the request of X" / "a request from X": X asked the clause's subject for help.
		if t.lower == "request" || t.lower == "requests" || t.lower == "invitation" {
			d.requestNoun(s, k)
		}
		// Troops arriving: "troops from a Russia-led military alliance arrived", "Russian troops arrived in X".
		if (t.lower == "arrived" || t.lower == "landed" || t.lower == "entered" || t.lower == "arriving" || t.lower == "crossed" || t.lower == "poured" || t.lower == "flew") && k > 0 {
			d.arrived(s, k)
		}
	}
}

// requestNoun reads "After receiving a Wednesday request from Tokayev, the CSTO dispatched ..." and "at the
// request of X": the requester asked the actor of the main clause for help.
func (d *doc) requestNoun(s *sentence, k int) {
	toks := s.toks
	var requester []*mention
	if k+2 < len(toks) && (toks[k+1].lower == "from" || toks[k+1].lower == "of") {
		requester = d.objectAfter(s, k, 4, nil, false)
	}
	if len(requester) == 0 {
		return
	}
	// The requestee: the subject of the clause after the phrase, or the subject before it.
	var requestee []*mention
	for i := requester[len(requester)-1].j; i < len(toks) && i < k+20; i++ {
		if toks[i].text == "," {
			for j := i + 1; j < len(toks) && j < i+8; j++ {
				if m := s.mentionAt(j); m != nil {
					if m.prep == "" && d.actorOf(m, true) != nil {
						requestee = []*mention{m}
					}
					break
				}
			}
			break
		}
	}
	if len(requestee) == 0 {
		requestee = d.subjectOf(s, k)
	}
	for _, a := range requester {
		for _, b := range requestee {
			from, to := d.actorOf(a, false), d.actorOf(b, true)
			if from != nil && to != nil && fits(graph.RequestedHelpFrom, from, to) {
				d.addRel(from, to, graph.RequestedHelpFrom, s, "pattern:request-from", 0.75)
			}
		}
	}
}

// arrived reads forces arriving: "Russian troops arrived in X"; "the first troops from a Russia-led
// military alliance arrived" (in the country the sentence is about).
func (d *doc) arrived(s *sentence, k int) {
	toks := s.toks
	force := -1
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		if forceNouns[toks[i].lower] && toks[i].lower != "military" {
			force = i
			break
		}
	}
	if force < 0 {
		return
	}
	var sender *entity
	if m := s.mentionAt(force - 1); m != nil && m.ent != nil && (m.form == formDemonym || m.poss) {
		sender = m.ent
	}
	if sender == nil && force+1 < len(toks) && toks[force+1].lower == "from" {
		if objs := d.objectAfter(s, force+1, 5, nil, false); len(objs) > 0 {
			sender = objs[0].ent
		}
	}
	if sender == nil {
		return
	}
	var to *entity
	if objs := d.objectAfter(s, k, 4, words("in|at|to"), false); len(objs) > 0 {
		to = d.actorOf(objs[0], false)
	}
	if to == nil {
		to = d.recentState(s, force, nil)
	}
	if to != nil && sender.kind != graph.Place {
		d.addRel(d.liftToState(sender), to, graph.DeployedForcesTo, s, "pattern:troops-arrived", 0.65)
	}
}

// destination returns where an action at token k takes place: "in X" after it, or the state the sentence
// or article is about.
func (d *doc) destination(s *sentence, k int) *entity {
	if objs := d.objectAfter(s, k, 5, words("in|into|to"), false); len(objs) > 0 {
		if e := d.actorOf(objs[0], false); e != nil && (e.kind == graph.State || e.kind == graph.Place) {
			return e
		}
	}
	for _, m := range s.ments {
		if m.ent != nil && m.ent.kind == graph.State && m.prep == "in" && m.affix == "" {
			return m.ent
		}
	}
	return d.focus
}

var cityNouns = words("city|town|capital|port|region|province|village|district|oblast|state|county|hub|metropolis|enclave|oasis")

// placeRelations reads where places are: "Kazakhstan's main city of Almaty", "Almaty, the country's most
// populous city", "Zhanaozen and Aktau, both cities located in Kazakhstan's oil rich west", "Agadez,
// Niger", "in northern Niger".
func (d *doc) placeRelations(s *sentence) {
	toks := s.toks
	for k, t := range toks {
		switch {
		case cityNouns[t.lower] && k+2 < len(toks) && toks[k+1].lower == "of":
			// "[X's|the Kazakh] (main) city of Y"
			y := s.mentionAt(k + 2)
			if y == nil || y.ent == nil || y.ent.kind != graph.Place {
				continue
			}
			for i := k - 1; i >= 0 && i >= k-4; i-- {
				if m := s.mentionAt(i); m != nil {
					if c := d.container(m); c != nil {
						d.addRel(y.ent, c, graph.LocatedIn, s, "pattern:city-of", 0.8)
					}
					break
				}
				if determiners[toks[i].lower] && toks[i].lower != "the" {
					break
				}
			}
		case t.lower == "headquarters" || t.lower == "seat":
			// "the alliance's headquarters in Brussels", "OPEC's headquarters in Vienna"
			var owner *mention
			if k >= 2 && (toks[k-1].lower == "'s" || toks[k-1].lower == "'") {
				owner = s.mentionAt(k - 2)
			} else if k+2 < len(toks) && toks[k+1].lower == "of" {
				owner = s.mentionAt(k + 2)
			}
			if owner == nil {
				continue
			}
			if objs := d.objectAfter(s, k, 4, words("in"), false); len(objs) > 0 {
				if c := d.container(objs[0]); c != nil && d.actorOf(owner, false) != nil {
					d.addRel(d.actorOf(owner, false), c, graph.LocatedIn, s, "pattern:headquarters-in", 0.8)
				}
			}
		case (t.lower == "runs" || t.lower == "passes" || t.lower == "crosses" || t.lower == "stretches" || t.lower == "flows" || t.lower == "run") && k+1 < len(toks) && (toks[k+1].lower == "from" || toks[k+1].lower == "through" || toks[k+1].lower == "across"):
			// "the pipeline, which runs from Russia through Belarus and Poland to Germany"
			var subj *entity
			if m := s.mentionAt(k - 1); m != nil && m.ref == "which" {
				subj = m.ent
			} else if sub := d.subjectOf(s, k); len(sub) > 0 {
				subj = sub[0].ent
			}
			if subj == nil || subj.kind != graph.Place {
				continue
			}
			for i := k + 1; i < len(toks) && i <= k+14; i++ {
				if m := s.mentionAt(i); m != nil && m.ent != nil && (m.ent.kind == graph.State || m.ent.kind == graph.Place) && m.ent != subj {
					d.addRel(subj, m.ent, graph.LocatedIn, s, "pattern:runs-through", 0.7)
					i = m.j - 1
				} else if toks[i].text == ";" || toks[i].text == "." {
					break
				}
			}
		case t.lower == "located" || t.lower == "based" || t.lower == "headquartered" || t.lower == "situated" || t.lower == "lies" || t.lower == "lying":
			objs := d.objectAfter(s, k, 3, words("in"), false)
			if len(objs) == 0 {
				continue
			}
			c := d.container(objs[0])
			for i := k - 1; i >= 0 && i >= k-6; i-- {
				if m := s.mentionAt(i); m != nil && m.ent != nil && (m.ent.kind == graph.Place || m.ent.kind == graph.Organization) {
					for _, x := range coordinatedLeft(d, s, m) {
						if c != nil && x.ent != nil {
							d.addRel(x.ent, c, graph.LocatedIn, s, "pattern:located-in", 0.8)
						}
					}
					break
				}
			}
		case t.text == ",":
			// "Y, the country's most populous city" / "Agadez, Niger" / "Y, in X's west"
			y := s.mentionAt(k - 1)
			if y == nil || y.ent == nil || y.ent.kind != graph.Place || y.affix != "" {
				continue
			}
			if m := s.mentionAt(k + 1); m != nil && m.ent != nil && m.ent.kind == graph.State && m.i == k+1 && !m.poss && y.ent.code == m.ent.code {
				d.addRel(y.ent, m.ent, graph.LocatedIn, s, "pattern:place-comma-state", 0.8)
				continue
			}
			for i := k + 1; i < len(toks) && i <= k+7; i++ {
				if cityNouns[toks[i].lower] {
					for j := k + 1; j < i; j++ {
						if m := s.mentionAt(j); m != nil && (m.poss || m.form == formDemonym) {
							if c := d.container(m); c != nil {
								d.addRel(y.ent, c, graph.LocatedIn, s, "apposition:located-in", 0.75)
							}
							break
						}
					}
					break
				}
				if objectStops[toks[i].lower] {
					break
				}
			}
		case directions[t.lower] && !t.isCap() && k > 0 && toks[k-1].lower == "in":
			// "Agadez in northern Niger"
			st := s.mentionAt(k + 1)
			y := s.mentionAt(k - 2)
			if st != nil && y != nil && st.ent != nil && y.ent != nil && y.ent.kind == graph.Place && (st.ent.kind == graph.State || st.ent.kind == graph.Place) {
				d.addRel(y.ent, st.ent, graph.LocatedIn, s, "pattern:in-direction-of", 0.75)
			}
		}
	}
}

// container returns the state or place a mention names as a container, resolving "the country".
func (d *doc) container(m *mention) *entity {
	if m.ent == nil && m.ref != "" {
		d.resolveRef(m)
	}
	if m.ent == nil || (m.ent.kind != graph.State && m.ent.kind != graph.Place) {
		return nil
	}
	return m.ent
}

// gazetteerRelations adds what the gazetteer knows and a sentence shows together: a city named with its
// state, a government body named with its state.
func (d *doc) gazetteerRelations() {
	type pair struct{ a, b *entity }
	done := map[pair]bool{}
	for _, r := range d.rels {
		done[pair{r.from, r.to}] = true
	}
	for _, s := range d.sents {
		for _, a := range s.ments {
			if a.ent == nil || a.ent.code == "" || a.ent.kind == graph.State || a.ent.kind == graph.Person || a.affix != "" || a.gz == nil {
				continue
			}
			if a.ent.kind == graph.Organization && a.ent.typ != "government" || a.ent.typ == "capital" {
				continue
			}
			for _, b := range s.ments {
				if b.ent == nil || b.ent.kind != graph.State || b.ent.code != a.ent.code || b.affix != "" {
					continue
				}
				p := pair{a.ent, b.ent}
				if done[p] {
					continue
				}
				done[p] = true
				if a.ent.kind == graph.Place {
					d.addRel(a.ent, b.ent, graph.LocatedIn, s, "gazetteer:located-in", 0.5)
				} else {
					d.addRel(a.ent, b.ent, graph.PartOf, s, "gazetteer:part-of", 0.5)
				}
			}
		}
	}
}

// nameRelations adds what a place's own name says: "West Kazakhstan" is in Kazakhstan.
func (d *doc) nameRelations() {
	done := map[*entity]bool{}
	for _, s := range d.sents {
		for _, m := range s.ments {
			e := m.ent
			if e == nil || e.kind != graph.Place || e.code == "" || done[e] || m.special != "" {
				continue
			}
			done[e] = true
			st := d.stateEntity(e.code)
			if st == nil || e == st {
				continue
			}
			if strings.Contains(" "+graph.Fold(e.name)+" ", " "+graph.Fold(st.name)+" ") {
				d.addRel(e, st, graph.LocatedIn, s, "name:located-in", 0.8)
			}
		}
		// "the African Union Commission": a body named after the organisation it belongs to.
		for _, m := range s.ments {
			e := m.ent
			if e == nil || e.kind != graph.Organization || m.special != "" || m.ref != "" || done[e] {
				continue
			}
			f := graph.Fold(e.name)
			sp := strings.LastIndexByte(f, ' ')
			if sp < 0 || !bodyNouns[f[sp+1:]] {
				continue
			}
			done[e] = true
			for _, o := range d.entList {
				if o != e && o.kind == graph.Organization && graph.Fold(o.name) == f[:sp] {
					d.addRel(e, o, graph.PartOf, s, "name:body-of", 0.8)
				}
			}
		}
		// "the U.S. State Department": a government body whose name says whose it is.
		for _, m := range s.ments {
			e := m.ent
			if e == nil || e.kind != graph.Organization || e.typ != "government" || e.code == "" || done[e] || m.special != "" {
				continue
			}
			st := d.stateEntity(e.code)
			if st == nil {
				continue
			}
			sf := " " + graph.Fold(m.surface) + " "
			for _, n := range append([]string{st.name}, st.gz.aliases...) {
				if f := graph.Fold(n); f != "" && strings.Contains(sf, " "+f+" ") && f != strings.TrimSpace(sf) {
					done[e] = true
					d.addRel(e, st, graph.PartOf, s, "name:part-of", 0.8)
					break
				}
			}
		}
	}
}

// setStances sets the stance each sentence gives its relationship where the type's default does not fit:
// troops sent at the host's request are cooperation, troops that invade are conflict; a call made to voice
// support is cooperation.
func (d *doc) setStances() {
	requested := map[[2]*entity]bool{}
	for _, r := range d.rels {
		if r.typ == graph.RequestedHelpFrom {
			requested[[2]*entity{r.from, r.to}] = true
			if st := d.stateEntity(r.from.code); st != nil {
				requested[[2]*entity{st, r.to}] = true
			}
		}
	}
	leads := map[*entity][]*entity{}
	for _, r := range d.rels {
		if r.typ == graph.Leads || r.typ == graph.MemberOf {
			leads[r.from] = append(leads[r.from], r.to)
		}
	}
	for _, r := range d.rels {
		switch r.typ {
		case graph.DeployedForcesTo:
			host := r.to
			if host.kind != graph.State {
				if st := d.stateEntity(host.code); st != nil {
					host = st
				}
			}
			coop := requested[[2]*entity{host, r.from}]
			for _, org := range leads[r.from] {
				coop = coop || requested[[2]*entity{host, org}]
			}
			switch {
			case r.s.has("invad", "invasion", "occup", "aggression", "incursion"):
				r.stance = graph.Conflict
			case coop || r.s.has("at the request", "request", "invitation", "invited"):
				r.stance = graph.Cooperation
			}
		case graph.Called:
			switch {
			case r.s.has("support", "solidarity", "congratulat", "thank", "cooperat", "friend"):
				r.stance = graph.Cooperation
			case r.s.has("warn", "condemn", "protest", "threat"):
				r.stance = graph.Conflict
			}
		case graph.MetWith:
			if r.s.has("agree", "cooperat", "partnership", "deal", "support") {
				r.stance = graph.Cooperation
			}
		}
	}
}

// sanctionNouns are what is imposed in "the embargo that X imposed on Y".
var sanctionNouns = words("sanctions|embargo|embargoes|penalties|restrictions|tariffs|blockade|ban|bans")

// sanctionedBefore reports whether the verb at token k closes a relative clause on a sanction noun: "the
// arms embargo that Sweden and Finland imposed".
func sanctionedBefore(s *sentence, k int) bool {
	for i := k - 1; i >= 1 && i >= k-8; i-- {
		if l := s.toks[i].lower; l == "that" || l == "which" {
			return sanctionNouns[s.toks[i-1].lower]
		}
		if objectStops[s.toks[i].lower] {
			return false
		}
	}
	return false
}

// designated reads a terrorist designation: "X lists Y as a terrorist group", and the relative "Y, which X
// lists as a terrorist group".
func (d *doc) designated(s *sentence, k, end int, t trigger) {
	toks := s.toks
	// The designation follows: "as a terrorist group/organisation" within a few words.
	ok := false
	for i := end + 1; i < len(toks) && i <= end+12; i++ {
		if t.after[toks[i].lower] {
			ok = i+1 < len(toks) && words("group|groups|organisation|organization|organisations|organizations|entity|entities|movement")[toks[i+1].lower]
			break
		}
		if toks[i].lower == ";" || toks[i].lower == "." {
			break
		}
	}
	if !ok {
		return
	}
	subj := d.subjectOf(s, k)
	if len(subj) == 0 {
		return
	}
	var objs []*mention
	if o := d.objectAfter(s, end, 4, nil, false); len(o) > 0 && toks[k+1].lower != "as" {
		objs = o
	} else {
		// The relative: "PKK, which Turkey ... list as".
		if w := s.mentionAt(subj[0].i - 1); w != nil && w.ref == "which" {
			d.resolveRef(w)
			objs = []*mention{w}
		} else if subj[0].i >= 2 && toks[subj[0].i-1].lower == "the" {
			if w := s.mentionAt(subj[0].i - 2); w != nil && w.ref == "which" {
				d.resolveRef(w)
				objs = []*mention{w}
			}
		}
	}
	if len(objs) > 0 {
		d.relate(s, subj, objs, t, 1)
	}
}

var appointVerbs = words("appointed|appoints|named|names|nominated|nominates|installed|installs|picked|tapped|chose|chosen")

// appointed reads "The junta has named Ali Mahaman Lamine Zeine, a former finance minister, as prime
// minister": whoever a state or organisation appoints to a post serves it.
func (d *doc) appointed(s *sentence) {
	toks := s.toks
	for k := 1; k+3 < len(toks); k++ {
		if !appointVerbs[toks[k].lower] || copulas[toks[k-1].lower] || toks[k-1].lower == "been" || negated(s, k) {
			continue
		}
		p := s.mentionAt(k + 1)
		if p == nil || p.ent == nil || p.ent.kind != graph.Person {
			continue
		}
		// "as" and a title, after an optional apposition.
		as := -1
		for i := p.j; i < len(toks) && i <= p.j+10; i++ {
			if toks[i].lower == "as" {
				as = i
				break
			}
			if toks[i].lower == ";" || toks[i].lower == "." || strings.HasPrefix(toks[i].tag, "VB") {
				break
			}
		}
		if as < 0 || as+1 >= len(toks) {
			continue
		}
		t := as + 1
		if determiners[toks[t].lower] && t+1 < len(toks) {
			t++
		}
		for t+1 < len(toks) && roleAdjectives[toks[t].lower] {
			t++
		}
		if _, _, n := titleAt(s, t); n == 0 {
			continue
		}
		for _, a := range d.subjectOf(s, k) {
			if e := d.actorOf(a, true); e != nil && (e.kind == graph.State || e.kind == graph.Organization) {
				if strings.HasSuffix(e.name, " parliament") && e.code != "" {
					if st := d.stateEntity(e.code); st != nil {
						e = st // "Ukraine's parliament appointed X as defence minister"
					}
				}
				d.addRel(p.ent, e, graph.OfficialOf, s, "pattern:appointed-as", 0.7)
			}
		}
	}
}

// bodyNouns end the names of an organisation's bodies: "African Union Commission", "NATO Council".
var bodyNouns = words("commission|council|secretariat|parliament|assembly|court|bank|summit|committee")

// onlyTitlesBetween reports whether tokens a..b-1 only introduce a person: "called Chinese leader Xi
// Jinping", "phoned President Joe Biden".
func onlyTitlesBetween(s *sentence, a, b int) bool {
	if b <= a || b-a > 5 {
		return false
	}
	for i := a; i < b; i++ {
		if m := s.mentionAt(i); m != nil {
			if m.form != formDemonym && !(m.j < len(s.toks) && (s.toks[m.j].lower == "'s" || s.toks[m.j].lower == "'")) {
				return false
			}
			i = m.j - 1
			continue
		}
		l := s.toks[i].lower
		if !titleWords[l] && !honorificTitles[l] && l != "'s" && l != "'" && !roleAdjectives[l] {
			return false
		}
	}
	return true
}

// liftCapital returns the state a capital stands for, else the mention's entity: "Moscow's ally Minsk".
func (d *doc) liftCapital(m *mention) *entity {
	if m.ent == nil {
		return nil
	}
	if m.ent.kind == graph.Place && hasForm(m, formCapital) {
		return d.stateEntity(m.ent.code)
	}
	return m.ent
}
