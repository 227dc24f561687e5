package extract

import "github.com/actorgraph/actorgraph/graph"

// Conflict news names the side an attack hit by what of it was hit: "Azerbaijan shelled Armenian
// positions", "Russia struck Ukraine's air defences", "troops shelled positions held by a Colombian rebel
// group". The side is the adjective or possessive before a military noun, or the agent of "held by" after
// it. A possessive is already its state's through actorOf; the adjective and the "held by" are read here,
// for attack verbs only: "visited Russian bases" meets no Russia.

// targetNouns are the military things whose owner an attack on them attacks (plural and singular forms
// through nounSet).
var targetNouns = nounSet("position|target|base|post|outpost|checkpoint|convoy|troop|force|soldier|unit|garrison|" +
	"depot|ammunition depot|fuel depot|air defence|air defense|air base|airbase|airfield|" +
	"naval base|military base|trench|stronghold|emplacement|artillery|battery|barracks|headquarters|command post|" +
	"supply line|fortification|patrol|warship|vessel|frigate|gunboat|drone|aircraft|jet|helicopter|tank|camp|" +
	"military camp|hideout|fighter")

// targetModifiers are the nouns that may stand between the owner and its target noun: "Tajik border
// outposts", "Indian army posts", "Houthi missile sites".
var targetModifiers = words("border|frontier|army|military|naval|navy|front-line|frontline|forward|defensive|missile|" +
	"rocket|radar|supply|command|security|police|rebel|militia|artillery|air|government|regime")

// madeAffixes name the maker of a weapon, not the side using it: "Iranian-made drones", "Russian-built
// jets". Attacking them attacks their maker only when the sentence says so otherwise.
var madeAffixes = words("made|built|designed|manufactured|supplied|produced")

// heldVerbs, as a participle after a target noun with "by", name its holder: "positions held by the rebels".
var heldVerbs = words("held|controlled|manned|occupied|run|defended|used|operated|guarded")

// targetReach bounds the words between the attack verb and the target noun, and between the owner and the
// noun it owns: "shelled the well-fortified forward Armenian army positions" is within it.
const targetReach = 6

// targetObject finds the side an attack verb hit through what of it was hit, when the verb has no actor as
// its direct object: the adjective before a target noun ("Armenian positions") or the holder after it
// ("positions held by X"). how says which: the owner is read as argOwner, whatever the noun.
func (d *reading) targetObject(s *sentence, end int) ([]*mention, argHow) {
	toks := s.toks
	for i := end; i < len(toks) && i < end+targetReach; i++ {
		t := toks[i]
		if m := s.mentionAt(i); m != nil {
			if m.form != formDemonym || !ownsTarget(s, m.j) {
				return nil, argAdjacent
			}
			if e := m.entity; e == nil || e.kind != graph.State && e.kind != graph.Organization {
				return nil, argAdjacent
			}
			return []*mention{m}, argOwner
		}
		if targetNouns[t.lower] {
			return d.heldBy(s, i+1), argAdjacent
		}
		if !determiners[t.lower] && t.tag != "JJ" && t.tag != "CD" && t.tag != "RB" && !targetModifiers[t.lower] && t.lower != "-" {
			return nil, argAdjacent
		}
	}
	return nil, argAdjacent
}

// ownsTarget reports whether the words from k on, past adjectives and modifying nouns, are a target noun.
func ownsTarget(s *sentence, k int) bool {
	for n := k; n < len(s.toks) && n < k+targetReach; n++ {
		t := s.toks[n]
		if s.at[n] >= 0 {
			return false
		}
		if targetNouns[t.lower] || n+1 < len(s.toks) && targetNouns[t.lower+" "+s.toks[n+1].lower] {
			return true
		}
		if t.tag != "JJ" && !targetModifiers[t.lower] && t.lower != "-" {
			return false
		}
	}
	return false
}

// heldBy returns the holder named after a target noun that ends at k: "positions held by a Colombian rebel
// group", "bases controlled by the RSF near Omdurman" (a phrase of place may stand between).
func (d *reading) heldBy(s *sentence, k int) []*mention {
	if k+2 >= len(s.toks) || !heldVerbs[s.toks[k].lower] || s.toks[k+1].lower != "by" {
		return nil
	}
	m := d.nounPhraseActor(s, k+2)
	if m == nil || d.actorOf(m, false) == nil {
		return nil
	}
	return coordinatedRight(s, m)
}
