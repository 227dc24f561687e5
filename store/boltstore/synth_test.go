package boltstore_test

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Articles for tests that count, the same on every run; the made-up corpora of benchmarks and larger
// tests come from internal/synthetic.

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
