package boltstore_test

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Synthetic articles, the same on every run. Names are ASCII, so code-point offsets are byte offsets and
// the generator can compute them as it writes instead of searching the text.

// syllables form a prefix code, so different sequences always spell different names.
var syllables = []string{"ka", "ro", "mi", "ne", "to", "sa", "li", "vu", "de", "ga", "po", "ze", "ti", "mo", "ra", "ke", "bu", "shi", "fa", "no"}

func word(x int) string {
	s := syllables[x%20] + syllables[x/20%20]
	return strings.ToUpper(s[:1]) + s[1:]
}

// synthName is the name of entity i of a pool: unique for i below 160,000.
func synthName(i int) string { return word(i%400) + " " + word(i/400) }

var synthKinds = []graph.Kind{graph.Person, graph.Organization, graph.State, graph.Place}

func synthEntity(i int) graph.Entity {
	name := synthName(i)
	var aliases []string
	if i%5 == 0 { // some have an alias, as "K. Rumi" for "Karo Rumi"
		aliases = append(aliases, name[:1]+". "+name[strings.IndexByte(name, ' ')+1:])
	}
	return graph.NewEntity(synthKinds[i%len(synthKinds)], name, aliases...)
}

func synthDocument(id, published, text string) graph.Document {
	return graph.Document{ID: id, Title: "Synthetic " + id, Source: "Synth", Published: published,
		Hash: graph.ContentHash(text), Text: text}
}

// article is article i for tests that count: n people of its own, each a member of one shared hub, so a
// store holding k of them holds exactly their relations and evidence.
func article(i, n int) graph.Batch {
	hub := graph.NewEntity(graph.Organization, "Hub Alliance")
	var text strings.Builder
	b := graph.Batch{Origin: graph.OriginText, Entities: []graph.Entity{hub}}
	for j := range n {
		p := graph.NewEntity(graph.Person, fmt.Sprintf("Member %d of %d", j, i))
		sentence := p.Name + " is a member of Hub Alliance."
		start := text.Len()
		text.WriteString(sentence + " ")
		b.Entities = append(b.Entities, p)
		b.Relations = append(b.Relations, graph.Relation{From: p.ID, To: hub.ID, Type: graph.MemberOf,
			Evidence: []graph.Evidence{{Document: articleID(i), Text: sentence, Start: start, End: start + len(sentence),
				Stance: graph.Structural, Origin: graph.Extracted, Confidence: 0.9}}})
	}
	b.Document = synthDocument(articleID(i), publishedOn(i), text.String())
	return b
}

func articleID(i int) string { return fmt.Sprintf("article-%06d", i) }

func publishedOn(i int) string {
	return fmt.Sprintf("20%02d-%02d-%02d", 10+i/336%15, 1+i/28%12, 1+i%28)
}

// synthCorpus makes articles about a pool of entities, a few of which (the low numbers) most articles
// mention, as news mentions a few states and leaders again and again.
type synthCorpus struct {
	entities  int // size of the pool
	relations int // per article
}

func (c synthCorpus) article(i int) graph.Batch {
	rng := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	pick := func() int {
		u := rng.Float64()
		return int(u * u * u * float64(c.entities))
	}
	id := fmt.Sprintf("synth-%07d", i)
	var text strings.Builder
	text.WriteString("Synthetic report. ")
	b := graph.Batch{Origin: graph.OriginText}
	seen := map[int]bool{}
	for range c.relations {
		from, to := pick(), pick()
		for to == from {
			to = rng.IntN(c.entities)
		}
		info := graph.RelTypes[rng.IntN(len(graph.RelTypes))]
		for _, e := range []int{from, to} {
			if !seen[e] {
				seen[e] = true
				b.Entities = append(b.Entities, synthEntity(e))
			}
		}
		sentence := synthName(from) + " " + info.Phrase + " " + synthName(to) + "."
		start := text.Len()
		text.WriteString(sentence + " ")
		f, t := synthEntity(from), synthEntity(to)
		b.Relations = append(b.Relations, graph.Relation{From: f.ID, To: t.ID, Type: info.Type,
			Evidence: []graph.Evidence{{Document: id, Text: sentence, Start: start, End: start + len(sentence),
				Stance: info.Stance, Origin: graph.Extracted, Rule: "synth", Confidence: 0.7}}})
	}
	b.Document = synthDocument(id, publishedOn(i), text.String())
	return b
}
