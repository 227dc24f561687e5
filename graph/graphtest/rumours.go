package graphtest

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
)

// RumoursID is the id of the document of Rumours.
const RumoursID = "rumours-from-freedonia"

// Rumours is the text layer of a short made-up article, for the tests of the server and the page: what the
// extractor gives and a curated overlay does not. Freedonia reportedly armed Ruritania (read at 0.45, a
// claim nobody is said to make); Rufus T. Firefly said that Sylvania opposes Freedonia (0.65, his claim);
// Sylvania borders Ruritania (0.9, a fact). Firefly takes part in no relationship. The countries are made
// up so that no real actor is said to do anything.
func Rumours() graph.Batch {
	text := "Freedonia reportedly armed Ruritania. Rufus T. Firefly said that Sylvania opposes Freedonia. Sylvania borders Ruritania."
	d := graph.Document{ID: RumoursID, Title: "Rumours from Freedonia", Source: "Example Wire", Published: "2022-01-08",
		Hash: graph.ContentHash(text), Text: text}
	ev := func(sentence string, stance graph.Stance, confidence float64, claim string) []graph.Evidence {
		start, end, ok := graph.Locate(text, sentence, 1)
		if !ok {
			panic(fmt.Sprintf("graphtest: %q is not in the rumours", sentence))
		}
		return []graph.Evidence{{Document: d.ID, Text: sentence, Start: start, End: end, Published: d.Published, Stance: stance,
			Origin: graph.Extracted, Rule: "test", Confidence: confidence, Claim: claim}}
	}
	freedonia, ruritania := graph.NewEntity(graph.State, "Freedonia"), graph.NewEntity(graph.State, "Ruritania")
	sylvania, firefly := graph.NewEntity(graph.State, "Sylvania"), graph.NewEntity(graph.Person, "Rufus T. Firefly", "Firefly")
	return graph.Batch{Document: d, Origin: graph.OriginText,
		Entities: []graph.Entity{freedonia, ruritania, sylvania, firefly},
		Relations: []graph.Relation{
			rel(freedonia.ID, graph.Supports, ruritania.ID, ev("Freedonia reportedly armed Ruritania.", graph.Cooperation, 0.45, graph.ClaimUnattributed)...),
			rel(sylvania.ID, graph.Opposes, freedonia.ID, ev("Rufus T. Firefly said that Sylvania opposes Freedonia.", graph.Conflict, 0.65, firefly.ID)...),
			rel(ruritania.ID, graph.Borders, sylvania.ID, ev("Sylvania borders Ruritania.", graph.Structural, 0.9, "")...),
		},
	}
}
