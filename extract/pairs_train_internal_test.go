package extract

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/internal/eval"
	"github.com/actorgraph/actorgraph/graph"
)

// Training settings of the pair classifier, fixed so that the same corpus always gives the same model.
// pairL2 and pairMinCount were chosen by the cross-validation TestTrainPairs prints.
const (
	pairIterations = 600
	pairRate       = 2.0
	pairL2         = 0.002
	pairMinCount   = 2 // a feature seen in fewer training pairs than this is left out: it cannot generalise
	pairFolds      = 5
	// pairSlack is how much pair precision, cross-validated, the classifier may cost the rules: the
	// threshold is the one of highest F1 among those that keep precision within it.
	pairSlack      = 0.0
	typeIterations = 300
	typeRate       = 2.0
	typeKeep       = 0.05 // type weights smaller than this are left out of the model file
	pairModelFile  = "pairs_model.go"
)

// pairDoc is a development article read by the rules alone, with its candidate pairs and their labels.
type pairDoc struct {
	eval.Doc
	d      *reading
	cands  []pairCand
	labels []int8      // 1: the gold marks the pair as fact in this sentence; 0: not at all; -1: left out
	class  []pairClass // for the positives, the gold's type and direction
}

// pairDocs reads the development split with the rules alone and labels each candidate pair by the gold:
// positive when the gold states the pair as fact in the candidate's sentence, negative when the gold
// relates the two actors nowhere (or one is no gold actor), left out when the gold states it only elsewhere
// or only as a claim.
func pairDocs(t *testing.T) []pairDoc { return pairDocsOf(t, devSplit(t)) }

// pairDocsOf reads docs as pairDocs does.
func pairDocsOf(t *testing.T, docs []eval.Doc) []pairDoc {
	rules := *mustInternalExtractor(t)
	rules.pairs = nil
	var out []pairDoc
	for _, dd := range docs {
		d, err := rules.read(t.Context(), dd.Doc.Text)
		if err != nil {
			t.Fatal(err)
		}
		pd := pairDoc{Doc: dd, d: d, cands: d.pairCandidates()}
		all := graph.Batch{Document: dd.Doc, Origin: graph.OriginText}
		for _, e := range d.entList {
			all.Entities = append(all.Entities, graph.NewEntity(e.kind, e.name, e.aliases...))
		}
		match := eval.Match(dd.Gold, all)
		goldIdx := map[string]int{}
		for i, e := range dd.Gold.Entities {
			goldIdx[e.ID] = i
		}
		gi := func(e *entity) int { return match[graph.EntityID(e.kind, e.name)] }
		for _, c := range pd.cands {
			a, b := gi(c.ea), gi(c.eb)
			label, class := int8(0), pairClass{}
			s0, s1 := d.text.origRange(c.s.start, c.s.end)
			for _, r := range dd.Gold.Relations {
				f, to := goldIdx[r.From], goldIdx[r.To]
				if a < 0 || b < 0 || !(f == a && to == b || f == b && to == a) {
					continue
				}
				if isGoldClaim(r) {
					if label == 0 {
						label = -1 // a claim is neither related nor unrelated
					}
					continue
				}
				here := false
				for _, ev := range r.Evidence {
					here = here || ev.Start < s1 && s0 < ev.End
				}
				if !here {
					if label == 0 {
						label = -1
					}
					continue
				}
				if label != 1 {
					label, class = 1, pairClass{typ: r.Type, reverse: f == b && !info(r.Type).Symmetric}
				}
			}
			pd.labels = append(pd.labels, label)
			pd.class = append(pd.class, class)
		}
		out = append(out, pd)
	}
	return out
}

// pairScorer is what estimates, from a pair's features, the chance that an analyst marks it.
type pairScorer interface {
	prob(features []string) float64
}

func isGoldClaim(r graph.Relation) bool { return len(r.Evidence) > 0 && r.Evidence[0].Claim != "" }

// pairRow is one labelled candidate as the trainer sees it.
type pairRow struct {
	x     []int // feature indices
	y     bool
	class int
}

// logisticScorer is a logistic model over indicator features, the classifier before the boosted trees,
// kept to compare the two (TestPairLearners).
type logisticScorer map[string]float64

func (w logisticScorer) prob(features []string) float64 {
	z := 0.0
	for _, f := range features {
		z += w[f]
	}
	return sigmoid(z)
}

// trainLogistic fits the logistic model on the documents' labelled candidates.
func trainLogistic(docs []pairDoc) logisticScorer {
	names, index := featureIndex(docs, pairMinCount)
	w := fitSparse(labelledRows(docs, index, nil), len(names), index["bias"])
	out := logisticScorer{}
	for i, f := range names {
		out[f] = w[i]
	}
	return out
}

// featureIndex lists, sorted, the features (bias always) seen in at least minCount labelled candidates and
// not left out by ACTORGRAPH_PAIRS_DROP, with their indices.
func featureIndex(docs []pairDoc, minCount int) ([]string, map[string]int) {
	count := map[string]int{}
	for _, pd := range docs {
		for i, c := range pd.cands {
			if pd.labels[i] >= 0 {
				for _, f := range c.features {
					count[f]++
				}
			}
		}
	}
	var names []string
	for f, n := range count {
		if n >= minCount && !dropped(f) || f == "bias" {
			names = append(names, f)
		}
	}
	slices.Sort(names)
	index := map[string]int{}
	for i, f := range names {
		index[f] = i
	}
	return names, index
}

// labelledRows returns the labelled candidates as rows of the indexed features, the related ones with the
// index of their class (classIdx nil: none).
func labelledRows(docs []pairDoc, index map[string]int, classIdx map[pairClass]int) []pairRow {
	var rows []pairRow
	for _, pd := range docs {
		for i, c := range pd.cands {
			if pd.labels[i] < 0 {
				continue
			}
			r := pairRow{y: pd.labels[i] == 1, class: -1}
			for _, f := range c.features {
				if n, ok := index[f]; ok {
					r.x = append(r.x, n)
				}
			}
			if r.y && classIdx != nil {
				r.class = classIdx[pd.class[i]]
			}
			rows = append(rows, r)
		}
	}
	return rows
}

// foldModels trains one model per fold of the development split (articles by their order, every
// pairFolds-th together) and returns, per article, the model that did not see it.
func foldModels[M any](docs []pairDoc, fit func([]pairDoc) M) []M {
	models := make([]M, len(docs))
	for f := 0; f < pairFolds; f++ {
		var train []pairDoc
		for i, pd := range docs {
			if i%pairFolds != f {
				train = append(train, pd)
			}
		}
		m := fit(train)
		for i := range docs {
			if i%pairFolds == f {
				models[i] = m
			}
		}
	}
	return models
}

// trainPairModel fits the binary and type models on the documents' labelled candidates.
func trainPairModel(docs []pairDoc, threshold float64) *pairModel {
	classSet := map[pairClass]bool{}
	for _, pd := range docs {
		for i := range pd.cands {
			if pd.labels[i] == 1 {
				classSet[pd.class[i]] = true
			}
		}
	}
	names, index := featureIndex(docs, pairMinCount)
	var classes []pairClass
	for c := range classSet {
		classes = append(classes, c)
	}
	slices.SortFunc(classes, func(a, b pairClass) int {
		return cmp.Or(cmp.Compare(a.typ, b.typ), cmp.Compare(b2i(a.reverse), b2i(b.reverse)))
	})
	classIdx := map[pairClass]int{}
	for i, c := range classes {
		classIdx[c] = i
	}
	rows := labelledRows(docs, index, classIdx)
	tw := fitSoftmax(rows, len(names), len(classes))
	m := &pairModel{threshold: threshold, forest: *trainForest(docs), classes: classes, typeWeights: map[string][]float64{}}
	for i, f := range names {
		row := make([]float64, len(classes))
		keep := false
		for c := range classes {
			row[c] = round4(tw[i*len(classes)+c])
			keep = keep || math.Abs(row[c]) >= typeKeep
		}
		if keep {
			m.typeWeights[f] = row
		}
	}
	return m
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }

// fitSparse is logistic regression over indicator features by full-batch gradient descent with an L2
// penalty (not on the bias).
func fitSparse(rows []pairRow, n, bias int) []float64 {
	w := make([]float64, n)
	grad := make([]float64, n)
	for it := 0; it < pairIterations; it++ {
		clear(grad)
		for _, r := range rows {
			z := 0.0
			for _, i := range r.x {
				z += w[i]
			}
			g := sigmoid(z) - b2f(r.y)
			for _, i := range r.x {
				grad[i] += g
			}
		}
		for i := range w {
			g := grad[i] / float64(len(rows))
			if i != bias {
				g += pairL2 * w[i]
			}
			w[i] -= pairRate * g
		}
	}
	return w
}

// fitSoftmax is multinomial logistic regression over the positive rows' classes, weights laid out feature
// by feature.
func fitSoftmax(rows []pairRow, n, k int) []float64 {
	w := make([]float64, n*k)
	grad := make([]float64, n*k)
	p := make([]float64, k)
	pos := 0
	for _, r := range rows {
		if r.y {
			pos++
		}
	}
	if pos == 0 || k == 0 {
		return w
	}
	for it := 0; it < typeIterations; it++ {
		clear(grad)
		for _, r := range rows {
			if !r.y {
				continue
			}
			clear(p)
			for _, i := range r.x {
				for c := 0; c < k; c++ {
					p[c] += w[i*k+c]
				}
			}
			top := slices.Max(p)
			sum := 0.0
			for c := range p {
				p[c] = math.Exp(p[c] - top)
				sum += p[c]
			}
			for c := range p {
				p[c] /= sum
				if c == r.class {
					p[c]--
				}
			}
			for _, i := range r.x {
				for c := 0; c < k; c++ {
					grad[i*k+c] += p[c]
				}
			}
		}
		for i := range w {
			w[i] -= typeRate * (grad[i]/float64(pos) + pairL2*w[i])
		}
	}
	return w
}

// scoreWith scores the documents with the pairs each model accepts at the threshold added to the rules'
// relationships (model nil: the rules alone).
func scoreWith(docs []pairDoc, models []*pairModel, threshold float64) eval.PRF {
	var total eval.PRF
	for i, pd := range docs {
		n := len(pd.d.rels)
		if m := models[i]; m != nil {
			for _, c := range pd.cands {
				if p := m.prob(c.features); p >= threshold {
					pd.d.addPair(c, p, m)
				}
			}
		}
		b := graph.Batch{Document: pd.Doc.Doc, Origin: graph.OriginText}
		pd.d.build(&b, KeepAbove)
		b.Normalize()
		total = total.Add(eval.Score(pd.Gold, b).Pairs)
		pd.d.rels = pd.d.rels[:n]
	}
	return total
}

// pairThresholds are the thresholds the cross-validation tries: 0.30 to 0.95 by 0.025.
var pairThresholds = func() []float64 {
	var out []float64
	for k := 0; k <= 26; k++ {
		out = append(out, 0.3+0.025*float64(k))
	}
	return out
}()

// pairAddedPrecision is the least share of right pairs, cross-validated, among the pairs the classifier adds
// to the rules': the aim for the extractor's precision is 0.80, and the classifier must not pull it down.
const pairAddedPrecision = 0.80

// pairMinAdded is the fewest pairs a threshold must add, cross-validated, for its precision to be trusted:
// below it one pair more or less moves the estimate by more than the margin above pairAddedPrecision.
const pairMinAdded = 20

// pairNever is the threshold of a classifier that adds nothing: no probability reaches it.
const pairNever = 1.01

// crossValidate trains one model per fold of the development split (articles by their order, every
// pairFolds-th together), calibrates the trees' scores on the articles each model did not see (Platt
// scaling), and scores each article with the model that did not see it; it returns the curve, the
// threshold of highest pair F1 among those whose added pairs are right at least pairAddedPrecision of the
// time (pairNever when none is), and the calibration.
func crossValidate(docs []pairDoc) (curve []string, best, scale, shift float64) {
	models := foldModels(docs, func(train []pairDoc) *pairModel { return trainPairModel(train, 0) })
	var zs []float64
	var ys []bool
	for i, pd := range docs {
		for k, c := range pd.cands {
			if pd.labels[k] >= 0 {
				zs = append(zs, models[i].forest.score(featureSet(c.features)))
				ys = append(ys, pd.labels[k] == 1)
			}
		}
	}
	scale, shift = fitPlatt(zs, ys)
	for _, m := range models {
		m.forest.scale, m.forest.shift = scale, shift
	}
	auc, n, pos, hiRel, hi := candidateAUC(docs, models)
	curve = append(curve, fmt.Sprintf("candidates: %d labelled, %d related; AUC %.3f; at >= 0.5: %d, %.0f%% related; calibration %.3f*score%+.3f", n, pos, auc, hi, 100*float64(hiRel)/float64(max(hi, 1)), scale, shift))
	rules := scoreWith(docs, make([]*pairModel, len(docs)), 1)
	curve = append(curve, fmt.Sprintf("rules alone             P %.3f  R %.3f  F1 %.3f", rules.P(), rules.R(), rules.F1()))
	bestF1 := -1.0
	best = pairNever
	for _, th := range pairThresholds {
		s := scoreWith(docs, models, th)
		tp, fp := s.TP-rules.TP, s.FP-rules.FP
		added := float64(tp) / float64(max(tp+fp, 1))
		curve = append(curve, fmt.Sprintf("rules + pairs ≥ %.3f   P %.3f  R %.3f  F1 %.3f  added %d, %.0f%% right", th, s.P(), s.R(), s.F1(), tp+fp, 100*added))
		if s.F1() > bestF1+1e-9 && added >= pairAddedPrecision && tp+fp >= pairMinAdded {
			bestF1, best = s.F1(), th
		}
	}
	return curve, best, scale, shift
}

// fitPlatt fits p = sigmoid(scale*z + shift) to the labels by Newton's method on the log loss.
func fitPlatt(zs []float64, ys []bool) (scale, shift float64) {
	scale = 1
	for it := 0; it < 50; it++ {
		var ga, gb, haa, hab, hbb float64
		for i, z := range zs {
			p := sigmoid(scale*z + shift)
			g, h := p-b2f(ys[i]), max(p*(1-p), 1e-9)
			ga, gb = ga+g*z, gb+g
			haa, hab, hbb = haa+h*z*z, hab+h*z, hbb+h
		}
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		scale -= (hbb*ga - hab*gb) / det
		shift -= (haa*gb - hab*ga) / det
	}
	return round4(scale), round4(shift)
}

func featureSet(features []string) map[string]bool {
	has := make(map[string]bool, len(features))
	for _, f := range features {
		has[f] = true
	}
	return has
}

// candidateAUC scores every labelled candidate with the model of the fold that did not see its article and
// returns the area under the ROC curve (the chance that a related candidate scores above an unrelated one,
// ties counting half), the counts of labelled and related candidates, and of those scored 0.5 or more, how
// many are related and how many there are: how well the classifier separates the pairs, whatever the
// threshold.
func candidateAUC[M pairScorer](docs []pairDoc, models []M) (auc float64, n, pos, hiRel, hi int) {
	type scored struct {
		p float64
		y bool
	}
	var all []scored
	for i, pd := range docs {
		for k, c := range pd.cands {
			if pd.labels[k] < 0 {
				continue
			}
			s := scored{models[i].prob(c.features), pd.labels[k] == 1}
			all = append(all, s)
			if s.y {
				pos++
			}
			if s.p >= 0.5 {
				hi++
				hiRel += b2i(s.y)
			}
		}
	}
	slices.SortFunc(all, func(a, b scored) int { return cmp.Compare(a.p, b.p) })
	// Mann-Whitney: the rank sum of the related candidates, tied scores sharing their mean rank.
	rankSum := 0.0
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j].p == all[i].p {
			j++
		}
		mean := float64(i+j+1) / 2 // ranks i+1..j
		for k := i; k < j; k++ {
			if all[k].y {
				rankSum += mean
			}
		}
		i = j
	}
	neg := len(all) - pos
	if pos == 0 || neg == 0 {
		return 0, len(all), pos, hiRel, hi
	}
	auc = (rankSum - float64(pos*(pos+1))/2) / float64(pos*neg)
	return auc, len(all), pos, hiRel, hi
}

// TestTrainPairs fits the pair classifier on the development split when run with -train, choosing its
// threshold by cross-validation within the split, and otherwise checks that pairs_model.go is exactly what
// the corpus and the rules give: go test ./extract -run TestTrainPairs -train -v.
func TestTrainPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("training reads the whole development split")
	}
	docs := pairDocs(t)
	pos, neg := 0, 0
	for _, pd := range docs {
		for _, l := range pd.labels {
			pos += b2i(l == 1)
			neg += b2i(l == 0)
		}
	}
	threshold, scale, shift := trainedThreshold()
	if *train || os.Getenv("ACTORGRAPH_PAIRS_CV") != "" {
		var curve []string
		curve, threshold, scale, shift = crossValidate(docs)
		t.Logf("development split, %d-fold cross-validation by article (relationship pairs):\n%s", pairFolds, strings.Join(curve, "\n"))
	}
	m := trainPairModel(docs, threshold)
	m.forest.scale, m.forest.shift = scale, shift
	src := pairModelSource(m, pos, neg)
	if *train {
		if err := os.WriteFile(pairModelFile, src, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d positive and %d negative pairs, %d trees of %d nodes, threshold %.3f", pairModelFile, pos, neg, len(m.forest.roots), len(m.forest.nodes), threshold)
		return
	}
	old, err := os.ReadFile(pairModelFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Fatalf("%s is not what the development split gives; run go test ./extract -run TestTrainPairs -train", pairModelFile)
	}
}

// trainedThreshold is the committed model's threshold and calibration, which the check without -train
// keeps.
func trainedThreshold() (threshold, scale, shift float64) {
	if trainedPairs == nil {
		return pairNever, 1, 0
	}
	return trainedPairs.threshold, trainedPairs.forest.scale, trainedPairs.forest.shift
}

// pairModelSource writes the model as Go source, in sorted order.
func pairModelSource(m *pairModel, pos, neg int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by go test ./extract -run TestTrainPairs -train; DO NOT EDIT.\n\npackage extract\n\n")
	fmt.Fprintf(&b, "// trainedPairs is the pair classifier fitted on the development split: %d pairs an analyst marks in\n", pos)
	fmt.Fprintf(&b, "// their sentence and %d pairs nobody relates; its threshold is the cross-validated one.\n", neg)
	fmt.Fprintf(&b, "var trainedPairs = &pairModel{\n\tthreshold: %v,\n\tclasses: []pairClass{\n", m.threshold)
	for _, c := range m.classes {
		fmt.Fprintf(&b, "\t\t{%q, %v},\n", string(c.typ), c.reverse)
	}
	fmt.Fprintf(&b, "\t},\n\tforest: pairForest{\n\t\tbase: %v, scale: %v, shift: %v,\n\t\troots: []int32{", m.forest.base, m.forest.scale, m.forest.shift)
	for i, r := range m.forest.roots {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, r)
	}
	fmt.Fprintf(&b, "},\n\t\tnodes: []pairNode{\n")
	for _, n := range m.forest.nodes {
		fmt.Fprintf(&b, "\t\t\t{%q, %d, %d, %v},\n", n.feature, n.yes, n.no, n.value)
	}
	fmt.Fprintf(&b, "\t\t},\n")
	fmt.Fprintf(&b, "\t},\n\ttypeWeights: map[string][]float64{\n")
	for _, f := range sortedKeys(m.typeWeights) {
		var ws []string
		for _, v := range m.typeWeights[f] {
			ws = append(ws, fmt.Sprint(v))
		}
		fmt.Fprintf(&b, "\t\t%q: {%s},\n", f, strings.Join(ws, ", "))
	}
	fmt.Fprintf(&b, "\t},\n}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		panic(err)
	}
	return src
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// dropPrefixes leaves out of training every feature whose name starts with one of these prefixes, to
// measure what a family of features is worth: ACTORGRAPH_PAIRS_DROP=before:,after: ACTORGRAPH_PAIRS_CV=1 go
// test ./extract -run TestTrainPairs -v (with -train it would write a model without them).
var dropPrefixes = strings.Split(os.Getenv("ACTORGRAPH_PAIRS_DROP"), ",")

// dropped says whether ACTORGRAPH_PAIRS_DROP leaves the feature f out.
func dropped(f string) bool {
	for _, p := range dropPrefixes {
		if p != "" && strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}
