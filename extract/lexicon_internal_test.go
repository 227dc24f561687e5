package extract

import (
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

var (
	internalOnce sync.Once
	internalX    *Extractor
	internalErr  error
)

func mustInternalExtractor(t *testing.T) *Extractor {
	t.Helper()
	internalOnce.Do(func() { internalX, internalErr = New() })
	if internalErr != nil {
		t.Fatal(internalErr)
	}
	return internalX
}

// ruleFinds reports whether extracting text yields a relationship from → to (names or aliases, folded)
// stated by the rule; for a symmetric type either way round.
func ruleFinds(t *testing.T, text, rule, from, to string) (bool, []string) {
	t.Helper()
	rels := candidates(t, text)
	is := func(e *entity, want string) bool {
		for _, n := range append([]string{e.name}, e.aliases...) {
			if graph.Fold(n) == graph.Fold(want) {
				return true
			}
		}
		return false
	}
	var found []string
	for _, r := range rels {
		found = append(found, r.from.name+" "+string(r.typ)+" "+r.to.name+" ("+r.rule+")")
		if r.rule != rule {
			continue
		}
		sym := info(r.typ).Symmetric
		if is(r.from, from) && is(r.to, to) || sym && is(r.from, to) && is(r.to, from) {
			return true, nil
		}
	}
	return false, found
}

// candidates returns every relationship the rules find in text, before evidence is merged.
func candidates(t *testing.T, text string) []*rel {
	t.Helper()
	d, err := mustInternalExtractor(t).read(t.Context(), text)
	if err != nil {
		t.Fatal(err)
	}
	return d.rels
}

func checkExamples(t *testing.T, rule string, examples []example) {
	if len(examples) == 0 {
		t.Errorf("%s has no example", rule)
	}
	for _, e := range examples {
		for _, w := range e.want {
			neg := strings.HasPrefix(w, "!")
			from, to, ok := strings.Cut(strings.TrimPrefix(w, "!"), ">")
			if !ok {
				t.Fatalf("%s: example %q: want %q is not From>To", rule, e.text, w)
			}
			got, found := ruleFinds(t, e.text, rule, from, to)
			switch {
			case neg && got:
				t.Errorf("%s: %q must not yield %s → %s", rule, e.text, from, to)
			case !neg && !got:
				t.Errorf("%s: %q should yield %s → %s; found %q", rule, e.text, from, to, found)
			}
		}
	}
}

// TestPredicates runs every predicate's examples: each must yield its relationship through that rule.
func TestPredicates(t *testing.T) {
	names := map[string]bool{}
	for _, p := range predicates {
		if names[p.name] {
			t.Errorf("two predicates are named %s", p.name)
		}
		names[p.name] = true
		if p.verbs == "" && p.nouns == "" {
			t.Errorf("%s has no words", p.name)
		}
		if p.frame == frameNeed && p.need == "" {
			t.Errorf("%s needs need nouns", p.name)
		}
		t.Run(p.name, func(t *testing.T) { checkExamples(t, p.name, p.examples) })
	}
}

// TestPatterns runs every structural pattern's examples.
func TestPatterns(t *testing.T) {
	for _, p := range patterns {
		t.Run(p.name, func(t *testing.T) { checkExamples(t, p.name, p.examples) })
	}
}

// TestFeatureNames checks that the names of the confidence model's inputs match the vector features()
// builds, and that the trained weights, when there are any, have one per input.
func TestFeatureNames(t *testing.T) {
	if len(featureNames) != nFeatures {
		t.Errorf("%d feature names for %d features", len(featureNames), nFeatures)
	}
	if len(confidenceWeights) != 0 && len(confidenceWeights) != nFeatures {
		t.Errorf("%d weights for %d features: retrain (go test ./extract -run TestTrainConfidence -train)", len(confidenceWeights), nFeatures)
	}
}

// TestReferenceNounsAndDescriptionHeadsAreApart checks that no word is both a reference noun and an
// organisation's head word: referenceNoun reads the first table before the second, and findReferences reads
// a head word only when the first table lacks it, so a word in both would be read differently by the two.
func TestReferenceNounsAndDescriptionHeadsAreApart(t *testing.T) {
	for w := range descriptionHeads {
		if ref, ok := referenceNouns[w]; ok {
			t.Errorf("%q is a reference noun (%s) and a description head", w, ref)
		}
	}
}
