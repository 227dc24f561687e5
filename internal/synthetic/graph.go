package synthetic

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// Graph returns a made-up graph of the given numbers of entities and relationships, the same for the
// same arguments on every run, for benchmarks and load tests.
//
// It is the corpus's kind of graph without its text, for what reads a whole subgraph at once (blocs,
// centrality, paths), and it has sides to find: it is shaped like news. Every entity belongs to one of about entities/1000 hidden camps of skewed sizes.
// A relationship's first end is drawn with a cubic skew towards low-numbered entities, so a few hubs (the
// first entities, all states and organisations, as the great powers and the alliances) take part in a
// large share of the relationships and most entities in a handful; its other end is drawn the same way
// from the first end's camp 70% of the time, and from everyone otherwise. Relationships inside a camp are
// mostly cooperation and structural, across camps mostly conflict and neutral, so bloc detection has sides
// to find. Types are drawn from the vocabulary for the stance.
//
// Evidence is cheap on purpose: one to a few pieces per relationship (70% have one), all of them the same
// short generated sentence, citing one of relationships/50 synthetic documents with dates from 2015 on;
// documents have no text, so offsets do not point into one. Entities have generated names and no aliases.
// Two relationships never share an id, so relations is capped at half the ids possible between that many
// entities (none for fewer than two).
func Graph(entities, relations int, seed int64) graph.Subgraph {
	entities = max(0, entities)
	relations = max(0, min(relations, entities*(entities-1)*len(graph.RelTypes)/2))
	rng := rand.New(rand.NewPCG(uint64(seed), 0x5eed_a11a_9e00))
	sg := graph.Subgraph{Entities: make([]graph.Entity, entities), Relations: make([]graph.Relation, 0, relations)}
	camps := max(2, entities/1000)
	camp := make([]int, entities)
	for i := range entities {
		u := rng.Float64()
		camp[i] = int(u * u * float64(camps))
		sg.Entities[i] = graph.NewEntity(kindOf(i, entities, 1), Name(i))
	}
	docs := max(1, relations/50)
	day0 := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range docs {
		d := day0.AddDate(0, 0, i*3650/docs)
		sg.Documents = append(sg.Documents, graph.Document{ID: fmt.Sprintf("synthetic-%07d", i),
			Title: fmt.Sprintf("Synthetic report %d", i), Source: "Synthetic", Published: d.Format(graph.DateLayout)})
	}
	byStance := map[graph.Stance][]graph.RelTypeInfo{}
	for _, t := range graph.RelTypes {
		byStance[t.Stance] = append(byStance[t.Stance], t)
	}
	members := make([][]int, camps) // in index order, so a camp's first members are its hubs
	for i, c := range camp {
		members[c] = append(members[c], i)
	}
	skew := func(n int) int {
		u := rng.Float64()
		return int(u * u * u * float64(n))
	}
	type key struct {
		from, to int32
		t        graph.RelType
	}
	seen := make(map[key]bool, relations)
	for len(sg.Relations) < relations {
		from, to := skew(entities), skew(entities)
		if rng.Float64() < 0.7 {
			m := members[camp[from]]
			to = m[skew(len(m))]
		}
		if from == to {
			continue
		}
		stance := stanceOf(rng.Float64(), camp[from] == camp[to])
		types := byStance[stance]
		info := types[rng.IntN(len(types))]
		k := key{int32(from), int32(to), info.Type}
		if seen[k] {
			continue
		}
		seen[k] = true
		f, t := sg.Entities[from], sg.Entities[to]
		text := f.Name + " " + info.Phrase + " " + t.Name + "."
		n := 1
		for n < 5 && rng.Float64() < 0.3 {
			n++
		}
		ev := make([]graph.Evidence, n)
		for j := range ev {
			d := sg.Documents[rng.IntN(docs)]
			ev[j] = graph.Evidence{Document: d.ID, Text: text, Start: 0, End: len(text), Published: d.Published,
				Stance: stance, Origin: graph.Extracted, Rule: "synthetic", Confidence: 0.7}
		}
		ev = graph.SortEvidence(ev)
		sg.Relations = append(sg.Relations, graph.Relation{ID: graph.RelationID(f.ID, info.Type, t.ID),
			From: f.ID, To: t.ID, Type: info.Type, Stance: stance, Evidence: ev})
	}
	slices.SortFunc(sg.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(sg.Relations, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return sg
}

// stanceOf draws a stance: mostly cooperation and structural within a camp, mostly conflict and neutral
// across camps.
func stanceOf(u float64, sameCamp bool) graph.Stance {
	type share struct {
		s graph.Stance
		p float64
	}
	shares := []share{{graph.Cooperation, 0.10}, {graph.Structural, 0.15}, {graph.Conflict, 0.50}, {graph.Neutral, 0.25}}
	if sameCamp {
		shares = []share{{graph.Cooperation, 0.45}, {graph.Structural, 0.40}, {graph.Conflict, 0.05}, {graph.Neutral, 0.10}}
	}
	for _, s := range shares {
		if u < s.p {
			return s.s
		}
		u -= s.p
	}
	return graph.Neutral
}
