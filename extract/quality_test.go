package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/internal/eval"
	"github.com/actorgraph/actorgraph/graph"
)

// How quality is measured (docs/extraction.md says why):
//
//   - Entities: extracted and gold entities are matched one to one and of the same kind, exact main names
//     first, then by any name or alias, folded (graph.Fold).
//   - Relationships, headline figure: the unordered pair of gold entities a relationship joins, whatever its
//     type and direction. A pair that maps to no gold pair is a false positive, whatever its ends are. A
//     pair the gold lists only as someone's claim is optional: found as a claim it counts neither way.
//   - Type-exact: the same two entities, type and direction (either direction for symmetric types).
//   - Claims as facts: extracted relationships stated as fact in a sentence where the gold reads the same
//     pair as a claim.
//
// The floors below sit a little under what the extractor measured when they were last raised; the
// development and held-out splits have their own, and the note on every change reports both.
var floors = map[string]struct {
	entF1, pairF1, pairP float64
	claimsAsFacts        int
	// sure is the least share of right relationships among those given a confidence of 0.8 or more.
	sure float64
}{
	// On 2026-12-06 the 30 held-out articles of the first two draws moved to dev (90 development articles with the
	// seed) and 48 new ones, written and annotated that day by people who never read or ran the extractor (slots
	// 61-108), became the held-out split (48 of 138). With the models retrained on the 90, main at the move
	// measured development entity F1 0.918, pair F1 0.597, pair P 0.804, one claim stored as a fact (in an
	// article that had been held out, so no rule was ever written for it), >= 0.8 right 91%; held-out entity F1
	// 0.846, pair F1 0.445, pair P 0.712, no claim as a fact, >= 0.8 right 87%. A floor set at a figure itself
	// fails on the next correct rule that happens to add one pair the held-out gold lacks, which would make the
	// held-out split decide rules. The floors are therefore about 0.02 under those figures (0.80 for the share
	// right on the held-out split, the aim): they catch a regression, they are not a target.
	// Later on 2026-12-06 the development split grew by articles written that day by people who never read the
	// extractor (the fifth to seventh draws): with 118 articles it measured entity F1 0.899, pair F1 0.573, pair
	// P 0.788, >= 0.8 right 91%, fresh text being harder than text the rules were written from; the development
	// floors moved down with it, the held-out ones did not move.
	splitDev:     {entF1: 0.87, pairF1: 0.54, pairP: 0.75, claimsAsFacts: 1, sure: 0.88},
	splitHeldout: {entF1: 0.82, pairF1: 0.42, pairP: 0.69, claimsAsFacts: 1, sure: 0.80},
}

// splitScore is the sum of a split's document scores.
type splitScore struct {
	docs     int
	total    eval.Result
	outcomes []eval.Outcome
	// atMin is the pair score with only the evidence at least as confident as each of minConfidences,
	// as a user who sets min_confidence sees the graph.
	atMin [len(minConfidences)]eval.PRF
}

// minConfidences are the min_confidence settings whose pair figures the quality test prints.
var minConfidences = [...]float64{0.5, 0.6, 0.7, 0.8}

// atLeast returns the batch with only the evidence of confidence min or more, and the relationships left
// with any: what the store's MinConfidence filter keeps.
func atLeast(b graph.Batch, min float64) graph.Batch {
	out := b
	out.Relations = nil
	for _, r := range b.Relations {
		var ev []graph.Evidence
		for _, e := range r.Evidence {
			if e.Confidence >= min {
				ev = append(ev, e)
			}
		}
		if len(ev) > 0 {
			r.Evidence = ev
			out.Relations = append(out.Relations, r)
		}
	}
	return out
}

func scoreSplit(t *testing.T, split string, rows *[]string) splitScore {
	x := mustExtractor(t)
	var s splitScore
	for _, td := range mustSplit(t, split) {
		b, err := x.Extract(context.Background(), td.doc)
		if err != nil {
			t.Fatalf("%s: %v", td.name, err)
		}
		gold, err := td.gold.Batch(td.doc, nil)
		if err != nil {
			t.Fatalf("gold for %s: %v", td.name, err)
		}
		r := eval.Score(gold, b)
		s.docs++
		s.total.Entities = s.total.Entities.Add(r.Entities)
		s.total.Pairs = s.total.Pairs.Add(r.Pairs)
		s.total.Typed = s.total.Typed.Add(r.Typed)
		s.total.ClaimsAsFacts += r.ClaimsAsFacts
		for c := range r.CueFacts {
			s.total.CueFacts[c] += r.CueFacts[c]
			s.total.CueFactsAll[c] += r.CueFactsAll[c]
		}
		s.outcomes = append(s.outcomes, r.Outcomes...)
		for i, m := range minConfidences {
			s.atMin[i] = s.atMin[i].Add(eval.Score(gold, atLeast(b, m)).Pairs)
		}
		*rows = append(*rows, row(split+" "+td.name, r))
		// Only the development split's misses are shown: the held-out split is read for its figures.
		if split == splitDev && testing.Verbose() {
			t.Logf("%s\n  missed entities: %s\n  extra entities: %s\n  missed pairs: %s\n  extra pairs: %s\n  claims as facts: %s\n  facts of negated sentences the gold does not state: %s", td.name,
				strings.Join(r.MissedEntities, "; "), strings.Join(r.ExtraEntities, "; "), strings.Join(r.MissedPairs, "; "),
				strings.Join(r.ExtraPairs, "; "), strings.Join(r.ClaimFacts, " | "), strings.Join(r.NegatedFacts, " | "))
		}
	}
	return s
}

func row(name string, r eval.Result) string {
	if len(name) > 64 {
		name = name[:64]
	}
	return fmt.Sprintf("%-64s %5.2f %5.2f %5.2f | %5.2f %5.2f %5.2f | %5.2f %5.2f %5.2f | %3d", name,
		r.Entities.P(), r.Entities.R(), r.Entities.F1(), r.Pairs.P(), r.Pairs.R(), r.Pairs.F1(),
		r.Typed.P(), r.Typed.R(), r.Typed.F1(), r.ClaimsAsFacts)
}

// TestQuality measures the extractor on both splits of the corpus and prints the figures side by side,
// with the calibration of its confidence: go test ./extract -run TestQuality -v.
func TestQuality(t *testing.T) {
	header := fmt.Sprintf("%-64s %5s %5s %5s | %5s %5s %5s | %5s %5s %5s | %3s", "document", "entP", "entR", "entF1", "pairP", "pairR", "pairF1", "typP", "typR", "typF1", "cf")
	rows := []string{header}
	scores := map[string]splitScore{}
	for _, split := range []string{splitDev, splitHeldout} {
		scores[split] = scoreSplit(t, split, &rows)
	}
	rows = append(rows, "")
	for _, split := range []string{splitDev, splitHeldout} {
		s := scores[split]
		rows = append(rows, row(fmt.Sprintf("%s overall (%d articles)", split, s.docs), s.total))
	}
	for _, split := range []string{splitDev, splitHeldout} {
		buckets, hi := eval.Calibrate(scores[split].outcomes)
		rows = append(rows, "", split+" calibration: confidence → share of relationships whose pair is right")
		for _, b := range buckets {
			rows = append(rows, fmt.Sprintf("  [%.1f, %.1f)  %4d of %4d  %s", b.Low, min(b.High, 1), b.Right, b.Total, share(b)))
		}
		rows = append(rows, fmt.Sprintf("  ≥ 0.8        %4d of %4d  %s", hi.Right, hi.Total, share(hi)))
	}
	rows = append(rows, "")
	for _, split := range []string{splitDev, splitHeldout} {
		// Three decimals: a change of one or two pairs moves the figures by less than the table shows.
		s := scores[split].total
		rows = append(rows, fmt.Sprintf("%s: entity P %.3f R %.3f F1 %.3f, pairs P %.3f R %.3f F1 %.3f, typed F1 %.3f", split,
			s.Entities.P(), s.Entities.R(), s.Entities.F1(), s.Pairs.P(), s.Pairs.R(), s.Pairs.F1(), s.Typed.F1()))
	}
	for _, split := range []string{splitDev, splitHeldout} {
		// What a user who raises min_confidence gets: fewer pairs, surer ones.
		for i, m := range minConfidences {
			p := scores[split].atMin[i]
			rows = append(rows, fmt.Sprintf("%s: min_confidence %.1f: pairs P %.3f R %.3f F1 %.3f (%d found, %d right)", split, m,
				p.P(), p.R(), p.F1(), p.TP+p.FP, p.TP))
		}
	}
	for _, split := range []string{splitDev, splitHeldout} {
		// Facts from sentences that negate or report: how many of them the gold does not state there.
		s := scores[split].total
		rows = append(rows, fmt.Sprintf("%s: facts in negated sentences %d, not in the gold %d; in reported sentences %d, not in the gold %d; claims as facts %d", split,
			s.CueFactsAll[eval.Negation], s.CueFacts[eval.Negation], s.CueFactsAll[eval.Reporting], s.CueFacts[eval.Reporting], s.ClaimsAsFacts))
	}
	t.Log("\n" + strings.Join(rows, "\n"))
	for _, split := range []string{splitDev, splitHeldout} {
		s, f := scores[split].total, floors[split]
		if s.Entities.F1() < f.entF1 {
			t.Errorf("%s: entity F1 %.3f is below its floor %.2f", split, s.Entities.F1(), f.entF1)
		}
		if s.Pairs.F1() < f.pairF1 {
			t.Errorf("%s: relationship-pair F1 %.3f is below its floor %.2f", split, s.Pairs.F1(), f.pairF1)
		}
		if s.Pairs.P() < f.pairP {
			t.Errorf("%s: relationship-pair precision %.3f is below its floor %.2f", split, s.Pairs.P(), f.pairP)
		}
		if s.ClaimsAsFacts > f.claimsAsFacts {
			t.Errorf("%s: %d claims stored as facts, more than %d", split, s.ClaimsAsFacts, f.claimsAsFacts)
		}
		if _, hi := eval.Calibrate(scores[split].outcomes); hi.Total > 0 && float64(hi.Right)/float64(hi.Total) < f.sure {
			t.Errorf("%s: %d of %d relationships given 0.8 or more are right, under %.0f%%", split, hi.Right, hi.Total, 100*f.sure)
		}
	}
}

func share(b eval.Bucket) string {
	if b.Total == 0 {
		return "   -"
	}
	return fmt.Sprintf("%4.0f%%", 100*float64(b.Right)/float64(b.Total))
}
