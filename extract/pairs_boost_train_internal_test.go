package extract

import (
	"math"
	"slices"
)

// Settings of the boosted trees, fixed so that the same corpus always gives the same model.
var (
	boostTrees    = 300
	boostDepth    = 2
	boostRate     = 0.1
	boostLambda   = 1.0 // L2 penalty on a leaf's value
	boostMinHess  = 2.0 // a branch must hold at least this much of the loss's curvature (~8 pairs at p=0.5)
	boostMinCount = 3   // features seen in fewer training pairs than this are not split on
)

// fitBoost fits gradient-boosted trees on indicator features (Newton steps on the logistic loss): each tree
// splits on whether a feature is present, to boostDepth levels, and adds its leaves' values to the score.
func fitBoost(rows []pairRow, names []string) *pairForest {
	n := len(names)
	z := make([]float64, len(rows))
	g := make([]float64, len(rows))
	h := make([]float64, len(rows))
	pos := 0.0
	for _, r := range rows {
		pos += b2f(r.y)
	}
	base := round4(math.Log((pos + 1) / (float64(len(rows)) - pos + 1)))
	for i := range z {
		z[i] = base
	}
	forest := &pairForest{base: base}
	gs, hs := make([]float64, n), make([]float64, n)
	all := make([]int, len(rows))
	for i := range all {
		all[i] = i
	}
	for t := 0; t < boostTrees; t++ {
		for i, r := range rows {
			p := sigmoid(z[i])
			g[i], h[i] = p-b2f(r.y), max(p*(1-p), 1e-6)
		}
		var grow func(idx []int, depth int) int
		grow = func(idx []int, depth int) int {
			G, H := 0.0, 0.0
			for _, i := range idx {
				G, H = G+g[i], H+h[i]
			}
			leaf := func() int {
				forest.nodes = append(forest.nodes, pairNode{value: round4(-boostRate * G / (H + boostLambda))})
				for _, i := range idx {
					z[i] += forest.nodes[len(forest.nodes)-1].value
				}
				return len(forest.nodes) - 1
			}
			if depth == boostDepth {
				return leaf()
			}
			clear(gs)
			clear(hs)
			for _, i := range idx {
				for _, f := range rows[i].x {
					gs[f] += g[i]
					hs[f] += h[i]
				}
			}
			parent := G * G / (H + boostLambda)
			best, bestGain := -1, 1e-9
			for f := 0; f < n; f++ {
				hl, hr := hs[f], H-hs[f]
				if hl < boostMinHess || hr < boostMinHess {
					continue
				}
				gl, gr := gs[f], G-gs[f]
				if gain := gl*gl/(hl+boostLambda) + gr*gr/(hr+boostLambda) - parent; gain > bestGain {
					best, bestGain = f, gain
				}
			}
			if best < 0 {
				return leaf()
			}
			var yes, no []int
			for _, i := range idx {
				if slices.Contains(rows[i].x, best) {
					yes = append(yes, i)
				} else {
					no = append(no, i)
				}
			}
			k := len(forest.nodes)
			forest.nodes = append(forest.nodes, pairNode{feature: names[best]})
			y := grow(yes, depth+1)
			nn := grow(no, depth+1)
			forest.nodes[k].yes, forest.nodes[k].no = int32(y), int32(nn)
			return k
		}
		root := grow(all, 0)
		forest.roots = append(forest.roots, int32(root))
	}
	return forest
}

// trainForest fits boosted trees on the documents' labelled candidates.
func trainForest(docs []pairDoc) *pairForest {
	names, index := featureIndex(docs, boostMinCount)
	f := fitBoost(labelledRows(docs, index, nil), names)
	f.scale = 1
	return f
}
