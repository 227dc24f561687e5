package extract

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/internal/eval"
	"github.com/actorgraph/actorgraph/graph"
)

// TestPairsAnalysis says where the development split's gold pairs that the rules miss stand for the pair
// classifier: ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run TestPairsAnalysis -v; with
// ACTORGRAPH_PAIRS_VERBS=1 it also prints each positive candidate's clause verb and whether the lexicon
// knows it (logCandidateVerb).
func TestPairsAnalysis(t *testing.T) {
	skipUnlessAnalysing(t)
	docs := pairDocs(t)
	counts := pairLosses(docs)
	if os.Getenv("ACTORGRAPH_PAIRS_VERBS") != "" {
		for _, pd := range docs {
			for i, c := range pd.cands {
				if pd.labels[i] == 1 {
					logCandidateVerb(t, counts, c, pd.class[i])
				}
			}
		}
	}
	for _, k := range sortedKeys(counts) {
		t.Logf("%-80s %d", k, counts[k])
	}
}

// pairLosses counts the gold fact pairs of docs by where the rules lose them: an actor not found, a positive
// candidate no rule reads, never named together in an evidence sentence, or related.
func pairLosses(docs []pairDoc) map[string]int {
	counts := map[string]int{}
	for _, pd := range docs {
		d := pd.d
		goldEnt, goldIdx := matchGold(pd)
		type pk struct{ a, b *entity }
		related := map[pk]bool{}
		for _, r := range d.rels {
			if r.conf >= KeepAbove {
				related[pk{r.from, r.to}], related[pk{r.to, r.from}] = true, true
			}
		}
		candPos := map[pk]bool{}
		candAny := map[pk]bool{}
		for i, c := range pd.cands {
			candAny[pk{c.ea, c.eb}], candAny[pk{c.eb, c.ea}] = true, true
			if pd.labels[i] == 1 {
				candPos[pk{c.ea, c.eb}], candPos[pk{c.eb, c.ea}] = true, true
			}
		}
		type gp struct{ a, b int }
		seen := map[gp]bool{}
		for _, r := range pd.Gold.Relations {
			if isGoldClaim(r) {
				continue
			}
			a, b := goldIdx[r.From], goldIdx[r.To]
			k := gp{min(a, b), max(a, b)}
			if seen[k] {
				continue
			}
			seen[k] = true
			counts["gold fact pairs"]++
			ea, eb := goldEnt[a], goldEnt[b]
			switch {
			case ea == nil || eb == nil:
				counts["missed: an actor not found"]++
				continue
			case related[pk{ea, eb}]:
				counts["related by the rules"]++
				continue
			case candPos[pk{ea, eb}]:
				counts["missed: a positive candidate"]++
				continue
			}
			// Why no positive candidate: are both named in an evidence sentence?
			why := "missed: never named together in an evidence sentence"
			for _, ev := range r.Evidence {
				for _, s := range d.sents {
					s0, s1 := d.text.origRange(s.start, s.end)
					if !(ev.Start < s1 && s0 < ev.End) {
						continue
					}
					var ma, mb []*mention
					for _, m := range s.ments {
						switch d.actorOf(m, false) {
						case ea:
							ma = append(ma, m)
						case eb:
							mb = append(mb, m)
						}
					}
					if len(ma) > 0 && len(mb) > 0 {
						why = "missed: together, but further apart than pairReach or overlapping"
						for _, x := range ma {
							for _, y := range mb {
								p, q := x, y
								if q.i < p.i {
									p, q = q, p
								}
								if q.i-p.j <= pairReach && q.i >= p.j {
									why = "missed: together within reach, but no candidate there"
								}
							}
						}
					}
				}
			}
			if candAny[pk{ea, eb}] && why != "missed: together within reach, but no candidate there" {
				why += " (a candidate elsewhere)"
			}
			counts[why]++
		}
	}
	return counts
}

// candidateVerb returns the main verb of the clause that relates a candidate: the verb of the second actor's
// clause, else of the first's; -1 when neither clause has one.
func candidateVerb(c pairCand) int {
	for _, m := range []*mention{c.b, c.a} {
		if cl := c.s.clauseOf(m.i); cl != nil && cl.verb >= 0 {
			return cl.verb
		}
	}
	return -1
}

// lexiconKnows reports whether a verb phrase of the lexicon opens with the word: "toured" is unknown,
// "lashed" (of "lash out at") known.
func lexiconKnows(w string) bool {
	for _, ph := range predicateIndex[w] {
		if ph.verb {
			return true
		}
	}
	return false
}

// logCandidateVerb prints a positive candidate's clause verb, whether the lexicon knows it, the gold's type
// and the sentence (ACTORGRAPH_PAIRS_VERBS=1), and counts the candidates by whether the verb is known.
func logCandidateVerb(t *testing.T, counts map[string]int, c pairCand, cl pairClass) {
	v := candidateVerb(c)
	word, known := "-", "no verb"
	switch {
	case v < 0:
	case lexiconKnows(c.s.toks[v].lower):
		word, known = c.s.toks[v].lower, "known"
	default:
		word, known = c.s.toks[v].lower, "unknown"
	}
	counts["positive candidates: clause verb "+known]++
	var text []string
	for _, tk := range c.s.toks {
		text = append(text, tk.text)
	}
	t.Logf("VERB\t%s\t%s\t%s\t%s\t%s\t%s", known, word, cl.typ, c.ea.name, c.eb.name, strings.Join(text, " "))
}

// pairGroups names the families of the classifier's features by their prefixes.
var pairGroups = []struct {
	name     string
	prefixes []string
}{
	{"kinds, distance, actors", []string{"kinds:", "dist:", "kinds-dist:", "actors:"}},
	{"words and tags between", []string{"first-between:", "last-between:", "tag:", "tags:", "stop-between", "reporting-between", "quote-between", "actor-between", "commas:", "coordinated"}},
	{"words around", []string{"before:", "after:"}},
	{"verb and lexicon", []string{"verb:", "shared-verb:", "no-verb", "verb-lex:", "kinds-verb-lex:", "verb-unknown", "lex:"}},
	{"mentions", []string{"poss:", "prep-", "ref:", "demonym:", "guessed:"}},
	{"ruled", []string{"ruled:"}},
	{"attribution and region", []string{"attr:", "headline", "caption", "quoted"}},
	{"clauses", []string{"clause"}},
	{"bag between", []string{"w:"}},
	{"bag around", []string{"wb:", "wa:"}},
	{"salience", []string{"count-a:", "count-b:", "focus"}},
}

func inGroup(f string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(f) >= len(p) && f[:len(p)] == p {
			return true
		}
	}
	return false
}

// filterFeatures returns a copy of the documents whose candidates keep only the features keep accepts.
func filterFeatures(docs []pairDoc, keep func(string) bool) []pairDoc {
	out := make([]pairDoc, len(docs))
	for i, pd := range docs {
		out[i] = pd
		out[i].cands = make([]pairCand, len(pd.cands))
		for k, c := range pd.cands {
			c.features = nil
			for _, f := range pd.cands[k].features {
				if f == "bias" || keep(f) {
					c.features = append(c.features, f)
				}
			}
			out[i].cands[k] = c
		}
	}
	return out
}

// cvModels trains one logistic model per fold and returns, per article, the model that did not see it.
func cvModels(docs []pairDoc) []logisticScorer { return foldModels(docs, trainLogistic) }

// cvForests trains one forest per fold and returns, per article, the forest that did not see it.
func cvForests(docs []pairDoc) []*pairForest { return foldModels(docs, trainForest) }

// TestPairGroups prints the cross-validated AUC of each family of features alone and of all but it:
// ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run TestPairGroups -v.
func TestPairGroups(t *testing.T) {
	skipUnlessAnalysing(t)
	docs := pairDocs(t)
	auc, _, _, _, _ := candidateAUC(docs, cvModels(docs))
	tauc, _, _, _, _ := candidateAUC(docs, cvForests(docs))
	t.Logf("%-26s AUC %.3f | trees %.3f", "all", auc, tauc)
	for _, g := range pairGroups {
		if os.Getenv("ACTORGRAPH_PAIRS_GROUP") != "" && !strings.Contains(g.name, os.Getenv("ACTORGRAPH_PAIRS_GROUP")) {
			continue
		}
		in := filterFeatures(docs, func(f string) bool { return inGroup(f, g.prefixes) })
		out := filterFeatures(docs, func(f string) bool { return !inGroup(f, g.prefixes) })
		alone, _, _, _, _ := candidateAUC(docs, cvModels(in))
		without, _, _, _, _ := candidateAUC(docs, cvModels(out))
		talone, _, _, _, _ := candidateAUC(docs, cvForests(in))
		twithout, _, _, _, _ := candidateAUC(docs, cvForests(out))
		t.Logf("%-26s alone %.3f | %.3f  without %.3f | %.3f", g.name, alone, talone, without, twithout)
	}
}

// TestPairExamples prints the development split's candidates by kinds with their labels and the gold's
// class: ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run TestPairExamples -v.
func TestPairExamples(t *testing.T) {
	skipUnlessAnalysing(t)
	docs := pairDocs(t)
	type stat struct{ pos, neg int }
	byKinds := map[string]*stat{}
	byClass := map[string]int{}
	for _, pd := range docs {
		for i, c := range pd.cands {
			k := kindLetter(c.ea.kind) + kindLetter(c.eb.kind)
			if byKinds[k] == nil {
				byKinds[k] = &stat{}
			}
			switch pd.labels[i] {
			case 1:
				byKinds[k].pos++
				cl := pd.class[i]
				byClass[k+" "+string(cl.typ)+map[bool]string{true: " rev", false: ""}[cl.reverse]]++
			case 0:
				byKinds[k].neg++
			}
			if os.Getenv("ACTORGRAPH_PAIRS_PRINT") != "" && pd.labels[i] >= 0 {
				lo, hi := c.a.i, c.b.j
				text := ""
				for k := max(0, lo-3); k < min(len(c.s.toks), hi+3); k++ {
					text += c.s.toks[k].text + " "
				}
				t.Logf("%d %s %s | %s | %s :: %s", pd.labels[i], k, c.ea.name, c.eb.name, pd.class[i].typ, text)
			}
		}
	}
	for _, k := range sortedKeys(byKinds) {
		t.Logf("%s pos %d neg %d", k, byKinds[k].pos, byKinds[k].neg)
	}
	for _, k := range sortedKeys(byClass) {
		t.Logf("%s %d", k, byClass[k])
	}
}

// TestPairLearners compares the cross-validated AUC of the logistic model and of boosted trees:
// ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run TestPairLearners -v.
func TestPairLearners(t *testing.T) {
	skipUnlessAnalysing(t)
	docs := pairDocs(t)
	defer restoreBoost(boostDepth, boostTrees, boostRate, boostMinHess)
	auc, _, _, _, _ := candidateAUC(docs, cvModels(docs))
	t.Logf("logistic: AUC %.3f", auc)
	for _, depth := range []int{1, 2, 3} {
		for _, trees := range []int{100, 300, 600} {
			for _, rate := range []float64{0.05, 0.1} {
				boostDepth, boostTrees, boostRate = depth, trees, rate
				auc, _, _, _, _ := candidateAUC(docs, cvForests(docs))
				t.Logf("trees depth %d, %d trees, rate %.2f: AUC %.3f", depth, trees, rate, auc)
			}
		}
	}
}

// TestPairTop prints the development candidates the cross-validated trees score highest, with their labels:
// ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run TestPairTop -v.
func TestPairTop(t *testing.T) {
	skipUnlessAnalysing(t)
	docs := pairDocs(t)
	models := cvForests(docs)
	type row struct {
		p    float64
		line string
	}
	var rows []row
	for i, pd := range docs {
		for k, c := range pd.cands {
			if pd.labels[k] < 0 {
				continue
			}
			text := ""
			for x := max(0, c.a.i-4); x < min(len(c.s.toks), c.b.j+4); x++ {
				text += c.s.toks[x].text + " "
			}
			rows = append(rows, row{models[i].prob(c.features), fmt.Sprintf("%d %s | %s | %s :: %s", pd.labels[k], c.ea.name, c.eb.name, pd.class[k].typ, text)})
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Compare(b.p, a.p) })
	for _, r := range rows[:min(len(rows), 80)] {
		t.Logf("%.3f %s", r.p, r.line)
	}
}

// TestPairSettings prints the cross-validated curve of the classifier for other settings of the trees:
// ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run TestPairSettings -v.
func TestPairSettings(t *testing.T) {
	skipUnlessAnalysing(t)
	docs := pairDocs(t)
	defer restoreBoost(boostDepth, boostTrees, boostRate, boostMinHess)
	for _, s := range []struct {
		depth, trees int
		rate, hess   float64
	}{{2, 300, 0.1, 2}, {3, 600, 0.05, 4}, {2, 600, 0.05, 8}, {1, 600, 0.1, 2}, {4, 300, 0.05, 8}} {
		boostDepth, boostTrees, boostRate, boostMinHess = s.depth, s.trees, s.rate, s.hess
		curve, best, _, _ := crossValidate(docs)
		t.Logf("depth %d, %d trees, rate %.2f, min hessian %.0f: threshold %.3f\n%s", s.depth, s.trees, s.rate, s.hess, best, strings.Join(curve, "\n"))
	}
}

// TestPairTyping compares, on the related candidates of the development split, the type and direction the
// type model gives (cross-validated) with the type of the clause's verb in the lexicon:
// ACTORGRAPH_PAIRS_ANALYSE=1 go test ./extract -run TestPairTyping -v.
func TestPairTyping(t *testing.T) {
	skipUnlessAnalysing(t)
	docs := pairDocs(t)
	models := foldModels(docs, func(train []pairDoc) *pairModel { return trainPairModel(train, 0) })
	first := func(m *pairModel, c pairCand, classes []pairClass) pairClass {
		for _, cl := range classes {
			from, to := c.ea, c.eb
			if cl.reverse {
				from, to = to, from
			}
			if fits(cl.typ, from, to) {
				return cl
			}
		}
		return pairClass{}
	}
	same := func(a, b pairClass) bool {
		return a.typ == b.typ && (a.reverse == b.reverse || info(a.typ).Symmetric)
	}
	var n, modelRight, verbN, verbRight, modelOnVerbRight, verbAll int
	for i, pd := range docs {
		for k, c := range pd.cands {
			if pd.labels[k] == 0 {
				if _, ok := verbClass(c); ok {
					verbAll++
				}
			}
			if pd.labels[k] != 1 {
				continue
			}
			n++
			var byModel []pairClass
			for _, ci := range models[i].classify(c.features) {
				byModel = append(byModel, models[i].classes[ci])
			}
			mc := first(models[i], c, byModel)
			modelRight += b2i(same(mc, pd.class[k]))
			if vc, ok := verbClass(c); ok && fits(vc.typ, map[bool]*entity{false: c.ea, true: c.eb}[vc.reverse], map[bool]*entity{false: c.eb, true: c.ea}[vc.reverse]) {
				verbN++
				verbRight += b2i(same(vc, pd.class[k]))
				modelOnVerbRight += b2i(same(mc, pd.class[k]))
			}
		}
	}
	t.Logf("related candidates %d: type model right %d; the verb's type applies to %d, right %d (the type model on those %d); it applies to %d unrelated candidates", n, modelRight, verbN, verbRight, modelOnVerbRight, verbAll)
}

// restoreBoost puts back the trees' settings a comparison changed.
func restoreBoost(depth, trees int, rate, hess float64) {
	boostDepth, boostTrees, boostRate, boostMinHess = depth, trees, rate, hess
}

// skipUnlessAnalysing skips the analyses of the classifier unless ACTORGRAPH_PAIRS_ANALYSE is set: each reads
// the development split and trains several models.
func skipUnlessAnalysing(t *testing.T) {
	if os.Getenv("ACTORGRAPH_PAIRS_ANALYSE") == "" {
		t.Skip("set ACTORGRAPH_PAIRS_ANALYSE=1")
	}
}

// matchGold matches the extractor's actors of a development article to its gold: the extracted actor of
// each gold actor's index, and each gold actor's index by its id.
func matchGold(pd pairDoc) (map[int]*entity, map[string]int) {
	all := graph.Batch{Document: pd.Doc.Doc, Origin: graph.OriginText}
	for _, e := range pd.d.entList {
		all.Entities = append(all.Entities, graph.NewEntity(e.kind, e.name, e.aliases...))
	}
	match := eval.Match(pd.Gold, all)
	goldEnt := map[int]*entity{}
	for _, e := range pd.d.entList {
		if g, ok := match[graph.EntityID(e.kind, e.name)]; ok && g >= 0 {
			goldEnt[g] = e
		}
	}
	goldIdx := map[string]int{}
	for i, e := range pd.Gold.Entities {
		goldIdx[e.ID] = i
	}
	return goldEnt, goldIdx
}
