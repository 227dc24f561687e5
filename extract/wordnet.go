package extract

import "strings"

// wordnetVerb is a row of wordnet_verbs.go: a verb WordNet lists beside a verb of the lexicon.
type wordnetVerb struct {
	verb   string // base form
	rule   string // the lexicon row whose frame it takes: "verb:met-with"
	source string // the lexicon verb it stands beside: "visit"
	how    string // "synonym" or "troponym" (a manner of the source verb)
	sense  string // the source verb's sense that reached it, as its synset's offset in WordNet 3.1's data.verb
	gloss  string // the verb's own gloss
}

// wordnetPrior is how much less sure a verb from WordNet starts than the row it reads as: WordNet lists a
// sense, the lexicon's own verbs were read in news.
const wordnetPrior = 0.1

// wordnetPredicates returns a predicate for each lexicon row that WordNet's verbs read as: the row's frame
// and fields, WordNet's verbs, its rule named "verb-wordnet:" and the row's name ("verb-wordnet:met-with"),
// and a lower prior. They carry no examples: TestRulesWordNet holds their sentences.
func wordnetPredicates(ps []predicate, rows []wordnetVerb) []predicate {
	var out []predicate
	for i := range ps {
		var vs []string
		for _, r := range rows {
			if r.rule == ps[i].name {
				vs = append(vs, r.verb)
			}
		}
		if len(vs) == 0 {
			continue
		}
		p := ps[i]
		p.name = "verb-wordnet:" + strings.TrimPrefix(p.name, "verb:")
		p.verbs = strings.Join(vs, "|")
		p.conf -= wordnetPrior
		p.examples = nil
		out = append(out, p)
	}
	return out
}
