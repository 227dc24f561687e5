package extract

import (
	"math"

	"github.com/actorgraph/actorgraph/graph"
)

// ruleFamily groups the rules by how they read a relationship, for the confidence model.
type ruleFamily uint8

const (
	familyNone      ruleFamily = iota
	familyTitle                // "Kenyan President William Ruto"
	familyName                 // what a name is built of: "Kenya's Interior Ministry", "Kenyan police"
	familyStructure            // structural patterns: compounds, places, memberships
	familyVerb                 // a verb and its subject and object
	familyNeed                 // a verb with a noun before its object: "sent troops to"
	familyNoun                 // a noun and its owner and object: "Russia's invasion of Ukraine"
	familyBetween              // "talks between A and B"
	familyCount
)

// relFeatures is what the rule that found a relationship knew about how it found it.
type relFeatures struct {
	family           ruleFamily
	subjHow, objHow  argHow
	viaRef, viaList  bool
	distance         int
	passive, light   bool
	repeated, others int // filled by weigh: sentences stating the same relationship; other rules agreeing
}

// KeepAbove is the confidence below which a relationship is not reported at all: on the development split
// it is where the F1 of relationship pairs is highest (docs/extraction.md has the curve).
const KeepAbove = 0.0

// featureNames names the model's inputs in the order confidenceWeights lists their weights.
var featureNames = []string{
	"bias", "prior",
	"family:title", "family:name", "family:structure", "family:verb", "family:need", "family:noun", "family:between",
	"subject:adjacent", "subject:clause", "subject:owner", "subject:agent", "subject:apposition",
	"object:adjacent", "object:clause", "object:owner", "object:agent", "object:apposition",
	"via-reference", "via-list", "distance", "touching", "passive", "light-verb",
	"claimed", "claimant-named", "headline", "caption", "quoted",
	"from:person", "from:state", "from:organization", "from:place",
	"to:person", "to:state", "to:organization", "to:place",
	"stance:structural", "stance:cooperation", "stance:conflict", "stance:neutral",
	"guessed-end", "actors-in-sentence", "repeated", "agreeing-rules",
}

// features returns the model's inputs for r.
func (d *doc) features(r *rel) []float64 {
	f := make([]float64, len(featureNames))
	f[0], f[1] = 1, r.prior
	if r.feat.family > familyNone && r.feat.family < familyCount {
		f[1+int(r.feat.family)] = 1
	}
	if h := r.feat.subjHow; h > argNone {
		f[8+int(h)] = 1
	}
	if h := r.feat.objHow; h > argNone {
		f[13+int(h)] = 1
	}
	f[19], f[20] = b2f(r.feat.viaRef), b2f(r.feat.viaList)
	f[21], f[22] = float64(min(r.feat.distance, 20))/20, b2f(r.feat.distance == 0)
	f[23], f[24] = b2f(r.feat.passive), b2f(r.feat.light)
	f[25], f[26] = b2f(r.claimed), b2f(r.claimant != nil)
	f[27], f[28], f[29] = b2f(r.s.kind == regHeadline), b2f(r.s.kind == regCaption), b2f(r.s.quoted)
	f[30+kindIndex(r.from.kind)] = 1
	f[34+kindIndex(r.to.kind)] = 1
	f[38+stanceIndex(info(r.typ).Stance)] = 1
	f[42] = b2f(d.guessed[r.from] || d.guessed[r.to])
	f[43] = float64(min(r.s.actors, 10)) / 10
	f[44] = float64(min(r.feat.repeated, 4)) / 4
	f[45] = float64(min(r.feat.others, 3)) / 3
	return f
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func kindIndex(k graph.Kind) int {
	switch k {
	case graph.Person:
		return 0
	case graph.State:
		return 1
	case graph.Organization:
		return 2
	}
	return 3
}

func stanceIndex(s graph.Stance) int {
	for i, x := range graph.Stances {
		if x == s {
			return i
		}
	}
	return 3
}

// weigh gives every relationship its confidence: the model's estimate that an analyst would mark the pair
// of actors as related, from the rule's own confidence and what the sentence and the document show.
func (d *doc) weigh() {
	type key struct {
		from, to *entity
		t        graph.RelType
	}
	type pairKey struct{ a, b *entity }
	sentences := map[key]map[*sentence]bool{}
	rules := map[pairKey]map[string]bool{}
	for _, r := range d.rels {
		k := key{r.from, r.to, r.typ}
		if sentences[k] == nil {
			sentences[k] = map[*sentence]bool{}
		}
		sentences[k][r.s] = true
		pk := pairKey{r.from, r.to}
		if r.to.order < r.from.order {
			pk = pairKey{r.to, r.from}
		}
		if rules[pk] == nil {
			rules[pk] = map[string]bool{}
		}
		rules[pk][r.rule] = true
	}
	for _, r := range d.rels {
		r.feat.repeated = len(sentences[key{r.from, r.to, r.typ}]) - 1
		pk := pairKey{r.from, r.to}
		if r.to.order < r.from.order {
			pk = pairKey{r.to, r.from}
		}
		r.feat.others = len(rules[pk]) - 1
		r.conf = d.score(d.features(r))
	}
}

// score applies the logistic model; without weights (while the model is being trained) it is the rule's
// prior.
func (d *doc) score(f []float64) float64 {
	if len(confidenceWeights) != len(f) {
		return f[1]
	}
	z := 0.0
	for i, w := range confidenceWeights {
		z += w * f[i]
	}
	return 1 / (1 + math.Exp(-z))
}
