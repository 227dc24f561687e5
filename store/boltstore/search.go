package boltstore

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// searchIndex finds entities by the folded forms of their names and aliases ("keys").
//
// graph.MatchScore also accepts a query found inside a word ("stan" in "kazakhstan"), which no prefix index
// answers, and a store that found only prefixes would still have to scan every key to know there is no such
// match. So keys are indexed by their byte trigrams: a query of three bytes or more is checked only against
// the keys listed under its rarest trigram. Shorter queries scan the keys.
//
// Removed keys leave their id behind in the posting lists until enough are dead to rebuild them.
type searchIndex struct {
	keys  map[string]*searchKey
	byID  []*searchKey       // by key id; nil where a key was removed
	grams map[uint32][]int32 // trigram → ids of the keys that contain it
	dead  int                // removed ids still listed in grams
}

type searchKey struct {
	text     string
	spelling string // graph.SpellingKey(text), for the queries that find nothing by their letters
	id       int32
	entities []string // ids of the entities with this name or alias
}

func newSearchIndex() searchIndex {
	return searchIndex{keys: map[string]*searchKey{}, grams: map[uint32][]int32{}}
}

func trigram(s string, i int) uint32 {
	return uint32(s[i])<<16 | uint32(s[i+1])<<8 | uint32(s[i+2])
}

func (x *searchIndex) add(entity, key string) {
	k := x.keys[key]
	if k == nil {
		k = &searchKey{text: key, spelling: graph.SpellingKey(key), id: int32(len(x.byID))}
		x.keys[key] = k
		x.byID = append(x.byID, k)
		x.index(k)
	}
	if i, found := slices.BinarySearch(k.entities, entity); !found {
		k.entities = slices.Insert(k.entities, i, entity)
	}
}

func (x *searchIndex) index(k *searchKey) {
	for i := 0; i+3 <= len(k.text); i++ {
		g := trigram(k.text, i)
		if ids := x.grams[g]; len(ids) == 0 || ids[len(ids)-1] != k.id {
			x.grams[g] = append(ids, k.id)
		}
	}
}

func (x *searchIndex) remove(entity, key string) {
	k := x.keys[key]
	if k == nil {
		return
	}
	if i, found := slices.BinarySearch(k.entities, entity); found {
		k.entities = slices.Delete(k.entities, i, i+1)
	}
	if len(k.entities) > 0 {
		return
	}
	delete(x.keys, key)
	x.byID[k.id] = nil
	x.dead++
	if x.dead > 1024 && x.dead > len(x.byID)/2 {
		x.rebuild()
	}
}

// rebuild renumbers the live keys and rebuilds the posting lists without the dead ones.
func (x *searchIndex) rebuild() {
	live := make([]*searchKey, 0, len(x.keys))
	for _, k := range x.byID {
		if k != nil {
			k.id = int32(len(live))
			live = append(live, k)
		}
	}
	x.byID, x.dead, x.grams = live, 0, make(map[uint32][]int32, len(x.grams))
	for _, k := range live {
		x.index(k)
	}
}

// spellingScores returns, for every entity with a key whose spelling key matches the query's, its best
// graph.SpellingScore. It scans every key: it runs only for a query that found nothing by its letters.
func (x *searchIndex) spellingScores(q string) map[string]int {
	best := map[string]int{}
	sq := graph.SpellingKey(q)
	if len(sq) < graph.MinSpellingQuery {
		return best
	}
	for _, k := range x.byID {
		if k == nil {
			continue
		}
		s := graph.MatchScore(k.spelling, sq)
		if s < 0 {
			continue
		}
		s += graph.SpellingScoreBase
		for _, e := range k.entities {
			if prev, ok := best[e]; !ok || s < prev {
				best[e] = s
			}
		}
	}
	return best
}

// scores returns, for every entity with a key that matches the folded query, its best graph.MatchScore.
func (x *searchIndex) scores(q string) map[string]int {
	best := map[string]int{}
	check := func(k *searchKey) {
		if k == nil {
			return
		}
		s := graph.MatchScore(k.text, q)
		if s < 0 {
			return
		}
		for _, e := range k.entities {
			if prev, ok := best[e]; !ok || s < prev {
				best[e] = s
			}
		}
	}
	if len(q) < 3 {
		for _, k := range x.byID {
			check(k)
		}
		return best
	}
	var rarest []int32
	for i := 0; i+3 <= len(q); i++ {
		ids, ok := x.grams[trigram(q, i)]
		if !ok {
			return best
		}
		if i == 0 || len(ids) < len(rarest) {
			rarest = ids
		}
	}
	for _, id := range rarest {
		check(x.byID[id])
	}
	return best
}

// topHits keeps the best limit hits offered, in graph.CompareSearchHits order, without sorting them all:
// a short query can match thousands of entities.
type topHits struct {
	limit int
	heap  []graph.SearchHit // the worst kept hit first
}

func (t *topHits) offer(h graph.SearchHit) {
	if len(t.heap) < t.limit {
		t.heap = append(t.heap, h)
		for i := len(t.heap) - 1; i > 0; {
			parent := (i - 1) / 2
			if graph.CompareSearchHits(t.heap[parent], t.heap[i]) >= 0 {
				break
			}
			t.heap[parent], t.heap[i] = t.heap[i], t.heap[parent]
			i = parent
		}
		return
	}
	if graph.CompareSearchHits(h, t.heap[0]) >= 0 {
		return
	}
	t.heap[0] = h
	for i := 0; ; {
		worst, l, r := i, 2*i+1, 2*i+2
		if l < len(t.heap) && graph.CompareSearchHits(t.heap[l], t.heap[worst]) > 0 {
			worst = l
		}
		if r < len(t.heap) && graph.CompareSearchHits(t.heap[r], t.heap[worst]) > 0 {
			worst = r
		}
		if worst == i {
			return
		}
		t.heap[i], t.heap[worst] = t.heap[worst], t.heap[i]
		i = worst
	}
}

func (t *topHits) sorted() []graph.SearchHit {
	slices.SortFunc(t.heap, graph.CompareSearchHits)
	return t.heap
}
