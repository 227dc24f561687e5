// Package eval scores what the extractor found in a document against the document's gold overlay, the way
// docs/extraction.md describes: entities one to one by name or alias with the right kind, relationships as
// unordered pairs of gold actors, then as typed and directed relationships, and claims that must not be
// stored as facts. The quality tests and the confidence model's trainer share it, so both count alike.
package eval

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// PRF counts true positives, false positives and false negatives.
type PRF struct{ TP, FP, FN int }

// Add returns the sum of two counts.
func (s PRF) Add(o PRF) PRF { return PRF{s.TP + o.TP, s.FP + o.FP, s.FN + o.FN} }

// P is the precision, 1 when nothing was found.
func (s PRF) P() float64 { return ratio(s.TP, s.TP+s.FP) }

// R is the recall, 1 when there was nothing to find.
func (s PRF) R() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s PRF) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Outcome is what became of one extracted relationship: whether its pair of actors is a pair the gold
// states as fact, and the confidence the extractor gave it (its most confident sentence).
type Outcome struct {
	ID         string
	Confidence float64
	Right      bool
	Optional   bool // the pair is one the gold lists only as a claim: neither right nor wrong
}

// Result is one document's score.
type Result struct {
	Entities, Pairs, Typed PRF
	// ClaimsAsFacts counts extracted relationships stated as fact in a sentence where the gold marks the
	// same pair of actors as someone's claim.
	ClaimsAsFacts int
	// CueFacts counts extracted relationships stated as fact in a sentence with a negation cue, or a
	// reporting cue, whose pair the gold states as no fact in that sentence: what a negation or a report
	// may have turned into a wrong fact. Gold misses count too, so it is an upper bound, read beside
	// CueFactsAll, the facts extracted from such sentences at all.
	CueFacts, CueFactsAll [Reporting + 1]int
	Outcomes              []Outcome

	MissedEntities, ExtraEntities []string
	MissedPairs, ExtraPairs       []string
	ClaimFacts                    []string
	NegatedFacts                  []string // the wrong facts of sentences with a negation cue
}

// Score compares an extracted batch with the gold batch of the same document.
func Score(gold, got graph.Batch) Result {
	var res Result
	match := matchEntities(gold, got, &res)

	type pair struct{ a, b int }
	type typed struct {
		a, b int
		t    graph.RelType
	}
	goldID := map[string]int{}
	for i, e := range gold.Entities {
		goldID[e.ID] = i
	}
	norm := func(a, b int, t graph.RelType) (pair, typed) {
		p := pair{min(a, b), max(a, b)}
		ty := typed{a, b, t}
		if info, _ := t.Info(); info.Symmetric && b < a {
			ty = typed{b, a, t}
		}
		return p, ty
	}
	factPairs, claimPairs, factTyped := map[pair]bool{}, map[pair]bool{}, map[typed]bool{}
	type claimSpan struct {
		p          pair
		start, end int
	}
	var claimSpans []claimSpan
	factSpans := map[claimSpan]bool{}
	for _, r := range gold.Relations {
		p, ty := norm(goldID[r.From], goldID[r.To], r.Type)
		claim := isClaim(r)
		if claim {
			claimPairs[p] = true
		} else {
			factPairs[p], factTyped[ty] = true, true
		}
		for _, ev := range r.Evidence {
			cs := claimSpan{p, ev.Start, ev.End}
			if claim {
				claimSpans = append(claimSpans, cs)
			} else {
				factSpans[cs] = true
			}
		}
	}
	next := len(gold.Entities)
	unmatched := map[string]int{}
	idx := func(id string) int {
		if m, ok := match[id]; ok && m >= 0 {
			return m
		}
		if n, ok := unmatched[id]; ok {
			return n
		}
		unmatched[id] = next
		next++
		return unmatched[id]
	}
	name := func(i int, id string) string {
		if i < len(gold.Entities) {
			return gold.Entities[i].Name
		}
		return id
	}
	seenPairs, seenTyped := map[pair]bool{}, map[typed]bool{}
	for _, r := range got.Relations {
		a, b := idx(r.From), idx(r.To)
		p, ty := norm(a, b, r.Type)
		o := Outcome{ID: r.ID, Confidence: maxConfidence(r), Right: factPairs[p], Optional: !factPairs[p] && claimPairs[p]}
		res.Outcomes = append(res.Outcomes, o)
		// A fact stated where the gold reads a claim about the same two actors.
		for _, ev := range r.Evidence {
			if ev.Claim != "" {
				continue
			}
			for _, cs := range claimSpans {
				if cs.p == p && ev.Start < cs.end && cs.start < ev.End && !factSpans[cs] {
					res.ClaimsAsFacts++
					res.ClaimFacts = append(res.ClaimFacts, name(a, r.From)+" "+string(r.Type)+" "+name(b, r.To)+": "+ev.Text)
					break
				}
			}
		}
		countCueFacts(&res, r, func(start, end int) bool {
			for cs := range factSpans {
				if cs.p == p && start < cs.end && cs.start < end {
					return true
				}
			}
			return false
		}, name(a, r.From)+" "+string(r.Type)+" "+name(b, r.To))
		if !seenPairs[p] {
			seenPairs[p] = true
			switch {
			case factPairs[p]:
				res.Pairs.TP++
			case claimPairs[p] && allClaims(r):
				// a claim found as a claim: the gold lists it, but does not require it
			default:
				res.Pairs.FP++
				res.ExtraPairs = append(res.ExtraPairs, name(a, r.From)+" "+string(r.Type)+" "+name(b, r.To))
			}
		}
		if !seenTyped[ty] {
			seenTyped[ty] = true
			switch {
			case factTyped[ty]:
				res.Typed.TP++
			case claimPairs[p] && allClaims(r):
			default:
				res.Typed.FP++
			}
		}
	}
	for _, r := range gold.Relations {
		if isClaim(r) {
			continue
		}
		p, ty := norm(goldID[r.From], goldID[r.To], r.Type)
		if !seenPairs[p] {
			seenPairs[p] = true
			res.Pairs.FN++
			res.MissedPairs = append(res.MissedPairs, gold.Entities[goldID[r.From]].Name+" "+string(r.Type)+" "+gold.Entities[goldID[r.To]].Name)
		}
		if !seenTyped[ty] {
			seenTyped[ty] = true
			res.Typed.FN++
		}
	}
	return res
}

// matchEntities pairs extracted entities with gold ones, one to one and of the same kind: exact main names
// first, then a name of one that is an alias of the other. It returns extracted id → gold index (-1: none).
func matchEntities(gold, got graph.Batch, res *Result) map[string]int {
	type key struct {
		kind graph.Kind
		name string
	}
	match := map[string]int{}
	taken := make([]bool, len(gold.Entities))
	for _, e := range got.Entities {
		match[e.ID] = -1
	}
	byMain := map[key]int{}
	byAny := map[key][]int{}
	for i, e := range gold.Entities {
		byMain[key{e.Kind, graph.Fold(e.Name)}] = i
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := key{e.Kind, graph.Fold(n)}
			if !slices.Contains(byAny[k], i) {
				byAny[k] = append(byAny[k], i)
			}
		}
	}
	// Pass 1: main name to main name.
	for _, e := range got.Entities {
		if i, ok := byMain[key{e.Kind, graph.Fold(e.Name)}]; ok && !taken[i] {
			match[e.ID], taken[i] = i, true
		}
	}
	// Pass 2: any name of the extracted entity to any name of a gold one still free.
	for _, e := range got.Entities {
		if match[e.ID] >= 0 {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			found := false
			for _, i := range byAny[key{e.Kind, graph.Fold(n)}] {
				if !taken[i] {
					match[e.ID], taken[i], found = i, true, true
					break
				}
			}
			if found {
				break
			}
		}
	}
	for _, e := range got.Entities {
		if match[e.ID] >= 0 {
			res.Entities.TP++
		} else {
			res.Entities.FP++
			res.ExtraEntities = append(res.ExtraEntities, e.ID)
		}
	}
	for i, e := range gold.Entities {
		if !taken[i] {
			res.Entities.FN++
			res.MissedEntities = append(res.MissedEntities, e.ID)
		}
	}
	return match
}

// countCueFacts adds r's evidence stated as fact in sentences with a cue to res, and to the wrong ones when
// the gold states no fact of the pair in the sentence (goldFact tells).
func countCueFacts(res *Result, r graph.Relation, goldFact func(start, end int) bool, label string) {
	for _, ev := range r.Evidence {
		c := CueOf(ev.Text)
		if ev.Claim != "" || c == NoCue {
			continue
		}
		res.CueFactsAll[c]++
		if !goldFact(ev.Start, ev.End) {
			res.CueFacts[c]++
			if c == Negation {
				res.NegatedFacts = append(res.NegatedFacts, label+": "+ev.Text)
			}
		}
	}
}

func isClaim(r graph.Relation) bool {
	return len(r.Evidence) > 0 && r.Evidence[0].Claim != ""
}

func allClaims(r graph.Relation) bool {
	for _, ev := range r.Evidence {
		if ev.Claim == "" {
			return false
		}
	}
	return true
}

func maxConfidence(r graph.Relation) float64 {
	c := 0.0
	for _, ev := range r.Evidence {
		c = max(c, ev.Confidence)
	}
	return c
}

// Bucket is one row of a calibration table: relationships whose confidence lies in [Low, High).
type Bucket struct {
	Low, High    float64
	Right, Total int
}

// Calibrate groups outcomes by confidence in steps of 0.1 from 0.5 (below 0.5 is one bucket), leaving
// out the optional ones, and adds the figure the aims name: the share right among those at 0.8 or more.
func Calibrate(outcomes []Outcome) (buckets []Bucket, atLeast08 Bucket) {
	edges := []float64{0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001}
	for i := 0; i+1 < len(edges); i++ {
		buckets = append(buckets, Bucket{Low: edges[i], High: edges[i+1]})
	}
	atLeast08 = Bucket{Low: 0.8, High: 1.0001}
	for _, o := range outcomes {
		if o.Optional {
			continue
		}
		i, _ := slices.BinarySearchFunc(edges[1:], o.Confidence, func(e, c float64) int { return cmp.Compare(e, c+1e-9) })
		i = min(i, len(buckets)-1)
		buckets[i].Total++
		if o.Right {
			buckets[i].Right++
		}
		if o.Confidence >= 0.8-1e-9 {
			atLeast08.Total++
			if o.Right {
				atLeast08.Right++
			}
		}
	}
	return buckets, atLeast08
}

// Doc is an article of the corpus with its gold batch.
type Doc struct {
	Name string
	Doc  graph.Document
	Gold graph.Batch
}

// Match pairs extracted entities with gold ones as Score does: extracted id → gold index, -1 for none.
func Match(gold, got graph.Batch) map[string]int {
	var r Result
	return matchEntities(gold, got, &r)
}
