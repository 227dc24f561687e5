package extract

import "github.com/actorgraph/actorgraph/graph"

// Lists of actors that share the verb of a clause whose subject is someone else: "Canada recalled its
// ambassador from Venezuela, alongside Peru and Chile" (Peru and Chile recalled theirs), "Germany expelled
// four Iranian diplomats, as did France", "Japan imposed sanctions on North Korea, joined by South Korea",
// and asides between the subject and its verb: "Several countries, including Kenya and Uganda, have sent
// troops to Somalia", "Russian troops, alongside Kazakh forces, took the airport".

// sharedOpeners open a phrase after a comma whose actors do what the clause's subject does. "as well as"
// and "like" are left out: after an object they as often add objects ("sanctioned Iran, as well as Syria").
var sharedOpeners = [][]string{
	{"alongside"}, {"along", "with"}, {"together", "with"}, {"joined", "by"},
	{"as", "did"}, {"as", "do"}, {"as", "does"}, {"as", "have"}, {"as", "has"}, {"as", "had"},
	{"as", "were"}, {"as", "was"}, {"as", "are"}, {"as", "is"},
}

// memberOpeners open an aside that names members of the plural noun before it, which is the subject:
// "Several countries, including Kenya and Uganda, have sent", "Western states, such as Norway, ...".
var memberOpeners = [][]string{{"including"}, {"such", "as"}, {"among", "them"}, {"among", "others"}}

// sharedReach is how far after a verb's last object the comma of a shared list may come ("recalled its
// ambassador from Venezuela on Friday, alongside Peru": 3 tokens).
const sharedReach = 6

// asideReach is how far left of its closing comma an aside's opening comma may be.
const asideReach = 16

// openerAt returns the index after the opener that starts at token i, or -1.
func openerAt(s *sentence, i int, openers [][]string) int {
	for _, op := range openers {
		if i+len(op) > len(s.toks) {
			continue
		}
		n := 0
		for n < len(op) && s.toks[i+n].lower == op[n] {
			n++
		}
		if n == len(op) {
			return i + n
		}
	}
	return -1
}

// sharedListAt reports whether the comma at token i opens a shared list ("..., alongside Peru").
func sharedListAt(s *sentence, i int) bool {
	return i+1 < len(s.toks) && s.toks[i].lower == "," && openerAt(s, i+1, sharedOpeners) >= 0
}

// listAfter returns the actors listed from token from on, past determiners: "Peru and Chile", "the
// Netherlands".
func (d *reading) listAfter(s *sentence, from int) []*mention {
	for i := from; i < len(s.toks) && i < from+3; i++ {
		if m := s.mentionAt(i); m != nil {
			if d.actorOf(m, true) == nil {
				return nil
			}
			return coordinatedRight(s, m)
		}
		if !determiners[s.toks[i].lower] && s.toks[i].tag != "JJ" {
			return nil
		}
	}
	return nil
}

// sharedAfter returns the actors of a shared list after the object that ends at token j, of a kind that
// can stand beside the subject: "..., alongside Peru and Chile".
func (d *reading) sharedAfter(s *sentence, j int, subj []*mention) []*mention {
	if len(subj) == 0 {
		return nil
	}
	for i := j; i < len(s.toks) && i < j+sharedReach; i++ {
		t := s.toks[i].lower
		if t == "," {
			if !sharedListAt(s, i) {
				return nil
			}
			return sameSideAs(d.listAfter(s, openerAt(s, i+1, sharedOpeners)), subj[0])
		}
		if clauseStops[t] || s.mentionAt(i) != nil || verbAt(s, i) {
			return nil // another actor or clause before the comma: the list is not this verb's
		}
	}
	return nil
}

// sameSideAs keeps the actors that can be one side with m: states and organisations with either, people
// with people.
func sameSideAs(l []*mention, m *mention) []*mention {
	var out []*mention
	for _, x := range l {
		if x.entity != nil && sameSide(x.entity.kind, m.kindOf()) && x.affix == "" {
			out = append(out, x)
		}
	}
	return out
}

// asideBefore reads an aside that closes with the comma at token i, looking left from a verb for its
// subject: the actors it lists, whether they share the verb ("alongside", "together with") or are members
// of the plural noun before it ("including", "such as"), and the index of its opening comma (-1 when the
// comma closes no such aside).
func (d *reading) asideBefore(s *sentence, i int) (list []*mention, members bool, open int) {
	for j := i - 1; j >= 0 && j >= i-asideReach; j-- {
		switch s.toks[j].lower {
		case ";", ":", ".":
			return nil, false, -1
		case ",":
			if from := openerAt(s, j+1, sharedOpeners); from >= 0 {
				return d.listAfter(s, from), false, j
			}
			if from := openerAt(s, j+1, memberOpeners); from >= 0 {
				return d.listAfter(s, from), true, j
			}
			return nil, false, -1
		}
	}
	return nil, false, -1
}

// pluralMembers are the plural nouns whose members an aside lists as the verb's subjects: "Several
// countries, including Kenya and Uganda, have sent troops".
var pluralMembers = words("countries|states|nations|governments|members|allies|neighbours|neighbors|groups|companies|firms|parties|donors|powers|economies")

// membersSubject returns the aside's actors as the verb's subject when the word before the aside is one of
// the plural nouns and names no actor ("Several countries, including...", "Gulf states, such as..." but not "NATO members,
// including...", whose subject is found as usual).
func (d *reading) membersSubject(s *sentence, open int, list []*mention) []*mention {
	if open < 1 || !pluralMembers[s.toks[open-1].lower] {
		return nil
	}
	if m := s.mentionAt(open - 1); m != nil && d.actorOf(m, true) != nil {
		return nil
	}
	var out []*mention
	for _, x := range list {
		if x.entity != nil && (x.entity.kind == graph.State || x.entity.kind == graph.Organization) {
			out = append(out, x)
		}
	}
	return out
}
