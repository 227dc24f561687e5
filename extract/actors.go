package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Actors news names by a common noun tied to a state: the people of a state protesting ("Thousands of Serbs
// protested"), and a state's missions and facilities abroad ("the Russian consulate in Seattle", "the
// Indian High Commission in Colombo", "Russia's mission to the United Nations").

// facilityNouns name a state's missions and facilities, with the kind of actor each is: embassies,
// consulates and bases are places (annotation.md lists them with facilities); a mission to a body acts
// for its state and is an organisation.
var facilityNouns = map[string]graph.Kind{
	"embassy": graph.Place, "consulate": graph.Place, "consulate general": graph.Place, "consulate-general": graph.Place,
	"high commission": graph.Place, "military base": graph.Place, "air base": graph.Place, "naval base": graph.Place,
	"base": graph.Place, "mission": graph.Organization, "permanent mission": graph.Organization,
	"diplomatic mission": graph.Organization,
}

// facilityPreps join a facility to where it is ("in Seattle", "at Kamboinsin") or to the body it is
// accredited to ("to NATO").
var facilityPreps = words("in|at|to")

// protestStems, within a few words after a people, make them protesters: "Thousands of Serbs protested",
// "Georgians rallied", "Kenyans took to the streets".
var protestStems = []string{"protest", "demonstrat", "rallied", "rally", "rallies", "marched", "march", "streets"}

// peopleProtestWindow is how many tokens after a people's name a protest word may come: "Serbs protested"
// (1), "tens of thousands of Armenians again took to the streets" (4).
const peopleProtestWindow = 5

// findPeoplesAndFacilities reads the two shapes above in one sentence.
func (d *reading) findPeoplesAndFacilities(s *sentence) {
	for k := 0; k < len(s.toks); k++ {
		if c := d.facilityAt(s, k); c != nil {
			k = c.j - 1
			continue
		}
		if c := d.protestingPeopleAt(s, k); c != nil {
			k = c.j - 1
		}
	}
}

// protestingPeopleAt reads a plural demonym that protests ("Serbs", "Kenyans") as its state's protesters.
func (d *reading) protestingPeopleAt(s *sentence, k int) *mention {
	t := s.toks[k]
	if s.at[k] >= 0 || !t.isCap() || !strings.HasSuffix(t.text, "s") || len(t.text) < 4 {
		return nil
	}
	var code string
	for _, h := range d.extractor.gz.lookup(strings.TrimSuffix(t.text, "s")) {
		if h.form == formDemonym && h.e.kind == graph.State {
			code = h.e.code
			break
		}
	}
	if code == "" || !protestFollows(s, k+1) {
		return nil
	}
	c := d.newMention(s, k, k+1, graph.Organization, "", "name:people-protesting", 0.7)
	c.special, c.topic, c.stateCode = "collective", "protesters", code
	if !s.claim(c) {
		return nil
	}
	return c
}

// protestFollows reports whether a protest word comes within the window after token k, before the clause
// ends.
func protestFollows(s *sentence, k int) bool {
	for i := k; i < len(s.toks) && i < k+peopleProtestWindow; i++ {
		w := s.toks[i].lower
		if w == "." || w == ";" || w == "," && i > k {
			return false
		}
		for _, p := range protestStems {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// facilityAt reads "[the] Russian consulate in Seattle", "Russia's embassy in Kyiv", "the French military
// base at Kamboinsin", "the Russian mission to NATO" starting at the state's name at token k, and claims
// it in place of the names it is built on.
func (d *reading) facilityAt(s *sentence, k int) *mention {
	owner := s.mentionAt(k)
	if owner == nil || owner.i != k || owner.affix != "" || owner.ref != "" {
		return nil
	}
	noun, prep, longer, named := d.facilityNoun(s, owner)
	if noun == "" {
		return nil
	}
	// A facility is named when the article points at one: "the Russian consulate", "Russia's embassy";
	// "a Russian military base in Gyumri" describes one, for the predicates to read.
	if k > 0 && s.toks[k-1].lower != "the" && !strings.HasPrefix(s.toks[k-1].lower, "'") && s.toks[owner.j].lower != "'s" && s.toks[owner.j].lower != "'" {
		return nil
	}
	if longer != nil {
		owner = longer.ownerM
	}
	if prep+1 >= len(s.toks) || !facilityPreps[s.toks[prep].lower] {
		return nil
	}
	where := s.mentionAt(prep + 1)
	if s.toks[prep+1].lower == "the" {
		where = s.mentionAt(prep + 2)
	}
	if where == nil || where.ref != "" || where.affix != "" || where.kind == graph.Person ||
		s.toks[prep].lower == "to" && where.kind != graph.Organization {
		return nil
	}
	where.prep = s.toks[prep].lower // hidden mentions are not revisited: "in Colombo" is the city
	kind := facilityNouns[noun]
	if after := where.j; kind == graph.Place && after < len(s.toks) && (strings.HasPrefix(s.toks[after].tag, "VB") || s.toks[after].tag == "MD") {
		kind = graph.Organization // "The Chinese Embassy in Pakistan said": the mission acting for its state
	}
	c := d.newMention(s, k, where.j, kind, "", "name:facility", 0.75)
	c.special, c.topic, c.ownerM, c.head = "facility", noun, owner, where
	if s.toks[prep].lower == "to" {
		c.head = nil // accredited to the body, not located in it
	}
	switch {
	case longer != nil:
		d.replaceSpans(s, c, longer, where)
		d.hidden = slices.DeleteFunc(d.hidden, func(x *mention) bool { return x == longer })
	case named != nil:
		// The noun alone names no actor of its own: it is dropped, not kept hidden.
		d.swallow(s, c, named)
		d.replaceSpans(s, c, owner, where)
	default:
		d.replaceSpans(s, c, owner, where)
	}
	return c
}

// facilityNoun returns the facility noun after a state's name ("Russian consulate", "Russia's embassy") and
// the token after it; or, for a name that already took a capitalised facility noun in ("Indian High
// Commission"), that name; or, for a capitalised noun after a possessive that is a name of its own
// ("Kenya's High Commission in Kampala"), that mention, which the facility takes in.
func (d *reading) facilityNoun(s *sentence, owner *mention) (noun string, next int, longer, named *mention) {
	if owner.special == "longer" {
		if o := owner.ownerM; o != nil && o.kind == graph.State {
			low := strings.ToLower(owner.surface)
			for f := range facilityNouns {
				// The longest noun the name ends with, and more than the noun alone.
				if strings.HasSuffix(low, " "+f) && strings.Count(f, " ") < strings.Count(low, " ") && len(f) > len(noun) {
					noun = f
				}
			}
			if noun != "" {
				return noun, owner.j, owner, nil
			}
		}
		return "", 0, nil, nil
	}
	if owner.kind != graph.State {
		return "", 0, nil, nil
	}
	n := owner.j
	if n < len(s.toks) && (s.toks[n].lower == "'s" || s.toks[n].lower == "'") {
		n++
	}
	noun, size := phraseAt(s, n, func(p string) bool { _, ok := facilityNouns[p]; return ok })
	if size == 0 {
		return "", 0, nil, nil
	}
	if s.at[n] >= 0 {
		// "Kenya's High Commission": the capitalised noun was read as a name of its own; the facility
		// takes it in only when that name is the noun and nothing more.
		if x := s.mentionAt(n); x != nil && x.i == n && x.j == n+size && x.ref == "" && x.affix == "" {
			return noun, n + size, nil, x
		}
		return "", 0, nil, nil
	}
	return noun, n + size, nil, nil
}

// replaceSpans puts n in the place of the mentions it covers; they stay reachable (counted as mentions of
// their actors) as hidden mentions.
func (d *reading) replaceSpans(s *sentence, n *mention, covered ...*mention) {
	d.swallow(s, n, covered...)
	for _, c := range covered {
		c.sentence = s
		d.hidden = append(d.hidden, c)
	}
}

// resolveFacility names a facility by its words as the article writes them ("Russian consulate in
// Seattle") and ties it to where it is and, for a mission, to its state.
func (d *reading) resolveFacility(m *mention) {
	st := d.stateOf(m.ownerM)
	if st == nil {
		return
	}
	name := strings.TrimPrefix(d.text.norm[m.start:m.end], "the ")
	if t := m.sentence.toks[m.ownerM.j].lower; t == "'s" || t == "'" {
		// "Russia's mission to the UN" is named "Russian mission to the UN", the form news uses most.
		name = d.demonymOf(st) + strings.TrimPrefix(strings.TrimPrefix(d.text.norm[m.ownerM.end:m.end], "'s"), "'")
	}
	m.entity = d.entity(m.kind, name)
	m.entity.alias(strings.TrimPrefix(d.text.norm[m.start:m.end], "the ")) // as written: "Zambia's high commission in Gaborone"
	m.entity.code = st.code
	if m.entity.desc == "" {
		m.entity.desc = st.name + "'s " + m.topic
	}
	if m.head != nil {
		if m.head.entity == nil {
			d.resolveName(m.head)
		}
		if m.head.entity != nil {
			d.built = append(d.built, builtRel{mention: m, to: m.head.entity, typ: graph.LocatedIn, rule: "name:facility-in"})
		}
	}
	if m.kind == graph.Organization {
		d.built = append(d.built, builtRel{mention: m, to: st, typ: graph.PartOf, rule: "name:mission-of"})
	}
}

// governmentName names a state's government as news does: "Government of Kenya", "Government of the United
// States" (a state whose short name is a plural or a union, republic or kingdom takes "the").
func governmentName(state string) string {
	return "Government of " + theState(state)
}

// theState returns a state's short name as it reads after "of": "the United States", "the Philippines",
// "the Central African Republic", but "Kenya".
func theState(name string) string {
	low := strings.ToLower(name)
	if strings.HasPrefix(low, "united ") || strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "us") ||
		strings.Contains(low, "republic") || strings.Contains(low, "kingdom") || low == "gambia" || low == "vatican" {
		return "the " + name
	}
	return name
}
