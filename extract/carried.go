package extract

import "github.com/actorgraph/actorgraph/graph"

// Definite descriptions carried from the sentence before: "Jordan condemned the strikes. The country also
// recalled its ambassador from Israel" (Jordan, not the state the article is about), "The African Union
// urged restraint. The bloc's envoy said ..." (the body just named, though no alliance), "The kingdom
// accused its neighbour of ..." (a neighbour is never the state whose neighbour it is).

// openingDescription reports whether the reference m opens its sentence: only "the", adjectives and
// other reference nouns before it ("The country", "The Gulf kingdom", "The island nation").
func openingDescription(s *sentence, m *mention) bool {
	if s.idx == 0 || m.refOf != nil || m.head != nil {
		return false
	}
	for i := 0; i < m.i; i++ {
		t := s.toks[i]
		if i == 0 && openerWords[t.lower] {
			continue
		}
		if t.lower != "the" && t.tag != "JJ" && referenceNouns[t.lower] == "" {
			return false
		}
	}
	return m.i > 0 && s.toks[0].lower != "a" && s.toks[0].lower != "an"
}

// carriedState returns the state a sentence-opening "the country" stands for: the one state that is the
// subject of the sentence before ("Jordan condemned the strikes. The country also recalled ..."), or nil.
func (d *reading) carriedState(s *sentence, m *mention) *entity {
	if !openingDescription(s, m) {
		return nil
	}
	subj := d.previousSubject(s)
	if len(subj) != 1 {
		return nil // "Kenya and Ethiopia signed a pact. The country ...": which one is not said
	}
	if e := d.actorOf(subj[0], true); e != nil && e.kind == graph.State {
		return e
	}
	return nil
}

// carriedOrg returns the organisation a sentence-opening description stands for: the one subject of the
// sentence before, when it fits, over the organisation named last ("Petrobras signed a deal with Sinopec.
// The company's chief executive, X" is Petrobras's, not Sinopec's); else last, the resolution found by
// looking back.
func (d *reading) carriedOrg(s *sentence, m *mention, fits func(*entity) bool, last *entity) *entity {
	if last == nil || !openingDescription(s, m) {
		return last // nothing of the kind named in reach, or a description inside its sentence
	}
	if subj := d.previousSubject(s); len(subj) == 1 {
		if e := d.actorOf(subj[0], true); e != nil && e.kind == graph.Organization && fits(e) {
			return e
		}
	}
	return last
}

// possessorBefore returns the named possessor that owns the noun at k across its adjectives: "Sudan" in
// "Sudan's northern neighbour". Its neighbour is another state: in "Egypt, Sudan's northern neighbour, was
// represented by its foreign minister" the apposition's own actor, Egypt. Before, the subject search took
// the possessor as the neighbour's owner only when nothing else stood in reach, and the neighbour became
// Sudan itself, the clause's subject ("Poland, Ukraine's western neighbour, sent troops to Lithuania" gave
// Ukraine DEPLOYED_FORCES_TO Lithuania).
func possessorBefore(s *sentence, k int) *mention {
	for i := k - 1; i >= 1 && i >= k-possessedReach; i-- {
		switch t := s.toks[i]; {
		case t.lower == "'s" || t.lower == "'":
			if x := s.mentionAt(i - 1); x != nil && x.poss && x.ref == "" {
				return x
			}
			return nil
		case t.tag == "JJ" || directions[t.lower]:
			continue
		}
		return nil
	}
	return nil
}

// blocTypes are the gazetteer's types a "bloc" can stand for: regional and other bodies of states.
var blocTypes = words("alliance|bloc|intergovernmental")

// recentBloc returns the body of states named last before "the bloc", in its sentence or the few before:
// "The African Union urged restraint. The bloc's special envoy said".
func (d *reading) recentBloc(s *sentence, m *mention) *entity {
	if s.toks[m.i].lower != "bloc" {
		return nil
	}
	fits := func(e *entity) bool { return blocTypes[e.typ] }
	return d.carriedOrg(s, m, fits, d.recentOrg(s, m.i, fits))
}

// neighbourOf resolves "its neighbour": the state named last that is not the clause's subject whose
// neighbour it is ("The kingdom accused its neighbour", "Russia could invade its neighbour").
func (d *reading) neighbourOf(s *sentence, m *mention) *entity {
	if x := s.mentionAt(m.j); x != nil && x.i == m.j && x.entity != nil && x.entity.kind == graph.State {
		return x.entity // "Ukraine's western neighbour Poland"
	}
	owner := m.refOf // "its" in "its neighbour"
	if owner == nil {
		owner = possessorBefore(s, m.i) // "Sudan's northern neighbour"
	}
	if owner == nil {
		if subj := d.subjects(s, m.i); len(subj) > 0 {
			owner = subj[0]
		}
	}
	var ownerState *entity
	if owner != nil {
		if owner.entity == nil && owner.ref != "" {
			d.resolveRef(owner)
		}
		if e := d.actorOf(owner, true); e != nil {
			ownerState = d.liftToState(e)
		} else if owner.poss && owner.entity != nil {
			ownerState = d.liftToState(owner.entity) // (a possessor is no actor of a verb)
		}
	}
	var found *entity
	d.lookBack(s, m.i, recentReach, func(cur *sentence, i int) bool {
		x := cur.mentionAt(i)
		if x == nil || x == m || x.entity == nil || x.entity.kind != graph.State || x.entity == ownerState {
			return false
		}
		found = x.entity
		return true
	})
	if focus := d.focusBefore(m); found == nil && focus != ownerState {
		found = focus
	}
	return found
}
