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
	familyLoose                // two actors of one clause with a predicate between them, no frame
	familyPair                 // two actors of one sentence the pair classifier relates (pairs.go)
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
const KeepAbove = 0.4

// featureNames names the model's inputs in the order confidenceWeights lists their weights: each block
// of one-hot features is laid out by the enum it encodes, so the names below and features() agree by
// construction (TestFeatureNames checks the count).
var featureNames = func() []string {
	names := []string{"bias", "prior"}
	for _, f := range []string{"title", "name", "structure", "verb", "need", "noun", "between", "loose", "pair"} {
		names = append(names, "family:"+f)
	}
	for _, side := range []string{"subject", "object"} {
		for _, h := range []string{"adjacent", "clause", "owner", "agent", "apposition"} {
			names = append(names, side+":"+h)
		}
	}
	names = append(names, "via-reference", "via-list", "distance", "touching", "passive", "light-verb",
		"claimed", "claimant-named", "headline", "caption", "quoted")
	for _, side := range []string{"from", "to"} {
		for _, k := range []string{"person", "state", "organization", "place"} {
			names = append(names, side+":"+k)
		}
	}
	for _, st := range graph.Stances {
		names = append(names, "stance:"+string(st))
	}
	return append(names, "guessed-end", "actors-in-sentence", "repeated", "agreeing-rules")
}()

// Offsets of the one-hot blocks in the feature vector.
const (
	offFamily  = 2                                // families 1..9 at offFamily+family-1
	offSubject = offFamily + int(familyCount) - 1 // argHow 1..5
	offObject  = offSubject + 5                   //
	offFlags   = offObject + 5                    // via-reference ... quoted: 11 flags
	offFrom    = offFlags + 11                    // kinds
	offTo      = offFrom + 4                      //
	offStance  = offTo + 4                        //
	offTail    = offStance + 4                    // guessed, actors, repeated, agreeing
	nFeatures  = offTail + 4                      //
)

// features returns the model's inputs for r.
func (d *reading) features(r *rel) []float64 {
	f := make([]float64, nFeatures)
	f[0], f[1] = 1, r.prior
	if r.feat.family > familyNone && r.feat.family < familyCount {
		f[offFamily+int(r.feat.family)-1] = 1
	}
	if h := r.feat.subjHow; h > argNone {
		f[offSubject+int(h)-1] = 1
	}
	if h := r.feat.objHow; h > argNone {
		f[offObject+int(h)-1] = 1
	}
	for i, b := range []bool{r.feat.viaRef, r.feat.viaList, false, r.feat.distance == 0, r.feat.passive, r.feat.light,
		r.claimed, r.claimant != nil, r.sentence.kind == regHeadline, r.sentence.kind == regCaption, r.sentence.quoted} {
		f[offFlags+i] = b2f(b)
	}
	f[offFlags+2] = float64(min(r.feat.distance, 20)) / 20
	f[offFrom+kindIndex(r.from.kind)] = 1
	f[offTo+kindIndex(r.to.kind)] = 1
	f[offStance+stanceIndex(info(r.typ).Stance)] = 1
	f[offTail] = b2f(d.guessed[r.from] || d.guessed[r.to])
	f[offTail+1] = float64(min(r.sentence.actors, 10)) / 10
	f[offTail+2] = float64(min(r.feat.repeated, 4)) / 4
	f[offTail+3] = float64(min(r.feat.others, 3)) / 3
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
func (d *reading) weigh() {
	type key struct {
		from, to *entity
		typ      graph.RelType
	}
	type pairKey struct{ a, b *entity }
	sentences := map[key]map[*sentence]bool{}
	rules := map[pairKey]map[string]bool{}
	for _, r := range d.rels {
		k := key{r.from, r.to, r.typ}
		if sentences[k] == nil {
			sentences[k] = map[*sentence]bool{}
		}
		sentences[k][r.sentence] = true
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
func (d *reading) score(f []float64) float64 {
	if len(confidenceWeights) != len(f) {
		return f[1]
	}
	z := 0.0
	for i, w := range confidenceWeights {
		z += w * f[i]
	}
	return 1 / (1 + math.Exp(-z))
}
