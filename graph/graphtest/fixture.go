package graphtest

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
)

// The fixture: three short articles about Kazakhstan in January 2022, what the extractor read from each
// (text layers), and an analyst's overlay on the second. Each batch is built afresh on every call, so tests
// may change what they get.
//
// The texts have curly apostrophes, Cyrillic and Chinese before some quotes, so code-point offsets differ
// from byte offsets; the third names an organisation with quotes, markup, an ampersand and Cyrillic.

// Document ids.
const (
	unrestID  = "unrest-2022-01-05"
	troopsID  = "troops-2022-01-07"
	hostileID = "hostile-2022-01-10"
)

// overlayOrigin is the origin of the analyst's overlay.
const overlayOrigin = graph.OriginOverlay + "kazakhstan.overlay.yaml"

// hostileName is an organisation name that must survive every store and every view as written.
const hostileName = `"Kremlin Watch" <script>alert('x')</script> & Кремль`

// Entity ids.
var (
	tokayevID      = graph.EntityID(graph.Person, "Kassym-Jomart Tokayev")
	kazakhstanID   = graph.EntityID(graph.State, "Kazakhstan")
	cstoID         = graph.EntityID(graph.Organization, "Collective Security Treaty Organization")
	russiaID       = graph.EntityID(graph.State, "Russia")
	almatyID       = graph.EntityID(graph.Place, "Almaty")
	putinID        = graph.EntityID(graph.Person, "Vladimir Putin")
	xiID           = graph.EntityID(graph.Person, "Xi Jinping")
	kremlinWatchID = graph.EntityID(graph.Organization, hostileName)
)

// Relation ids.
var (
	askedHelp  = graph.RelationID(tokayevID, graph.RequestedHelpFrom, cstoID)
	leadsKZ    = graph.RelationID(tokayevID, graph.Leads, kazakhstanID)
	leadsCSTO  = graph.RelationID(russiaID, graph.Leads, cstoID)
	almatyIn   = graph.RelationID(almatyID, graph.LocatedIn, kazakhstanID)
	deployed   = graph.RelationID(russiaID, graph.DeployedForcesTo, kazakhstanID)
	called     = graph.RelationID(putinID, graph.Called, tokayevID)
	leadsRU    = graph.RelationID(putinID, graph.Leads, russiaID)
	supports   = graph.RelationID(xiID, graph.Supports, tokayevID)
	criticizes = graph.RelationID(kremlinWatchID, graph.Criticizes, russiaID)
)

// corpusStats is what a store holds after the text layers of the corpus; the overlay adds one piece of
// evidence.
var corpusStats = graph.Stats{Documents: 3, Entities: 8, Relations: 9, Evidence: 11}

func newDocument(id, title, published, text string) graph.Document {
	return graph.Document{ID: id, Title: title, Source: "Example Wire", URL: "https://example.org/" + id,
		Published: published, Hash: graph.ContentHash(text), Text: text}
}

func unrestDoc() graph.Document {
	return newDocument(unrestID, "Kazakhstan asks Russia-led bloc for help", "2022-01-05",
		"Kazakhstan’s president, Kassym-Jomart Tokayev, asked the Collective Security Treaty Organization for help on Wednesday. "+
			"Tokayev leads Kazakhstan. Russia leads the CSTO, a bloc of six former Soviet states. "+
			"Protests spread to Almaty, the largest city of Kazakhstan.")
}

func troopsDoc() graph.Document {
	return newDocument(troopsID, "Russian paratroopers land in Kazakhstan", "2022-01-07",
		"Russia deployed paratroopers to Kazakhstan on Thursday. Владимир Путин, the president of Russia, called Tokáyev. "+
			"Putin leads Russia. Xi Jinping (习近平) supported Tokayev. Russia leads the CSTO.")
}

func hostileDoc() graph.Document {
	return newDocument(hostileID, `<script>alert("x")</script> & "Кремль"`, "2022-01-10",
		`The "Kremlin Watch" <script>alert('x')</script> & Кремль group criticized Russia. `+
			"It said Russia deployed forces to Kazakhstan against the will of its people.")
}

// quote returns extracted evidence: the first occurrence of text in the document.
func quote(d graph.Document, text string, stance graph.Stance) graph.Evidence {
	start, end, ok := graph.Locate(d.Text, text, 1)
	if !ok {
		panic(fmt.Sprintf("graphtest fixture: %q is not in document %s", text, d.ID))
	}
	return graph.Evidence{Document: d.ID, Text: text, Start: start, End: end, Published: d.Published,
		Stance: stance, Origin: graph.Extracted, Rule: "verb-pattern", Confidence: 0.8}
}

// curate returns the analyst's evidence for the same quote.
func curate(d graph.Document, text string, stance graph.Stance, line int) graph.Evidence {
	ev := quote(d, text, stance)
	ev.Origin, ev.Rule, ev.Confidence = graph.Curated, fmt.Sprintf("kazakhstan.overlay.yaml:%d", line), 1
	return ev
}

func rel(from string, t graph.RelType, to string, evidence ...graph.Evidence) graph.Relation {
	return graph.Relation{ID: graph.RelationID(from, t, to), From: from, To: to, Type: t,
		Stance: graph.MergeStance(evidence), Evidence: evidence}
}

func entity(kind graph.Kind, name, description string, aliases ...string) graph.Entity {
	e := graph.NewEntity(kind, name, aliases...)
	e.Description = description
	return e
}

func unrestText() graph.Batch {
	d := unrestDoc()
	return graph.Batch{Document: d, Origin: graph.OriginText,
		Entities: []graph.Entity{
			entity(graph.Person, "Kassym-Jomart Tokayev", "President of Kazakhstan", "Tokayev"),
			entity(graph.State, "Kazakhstan", ""),
			entity(graph.Organization, "Collective Security Treaty Organization", "", "CSTO"),
			entity(graph.State, "Russia", ""),
			entity(graph.Place, "Almaty", "", "Alma-Ata"),
		},
		Relations: []graph.Relation{
			rel(tokayevID, graph.RequestedHelpFrom, cstoID, quote(d, "Kazakhstan’s president, Kassym-Jomart Tokayev, asked the Collective Security Treaty Organization for help on Wednesday.", graph.Cooperation)),
			rel(tokayevID, graph.Leads, kazakhstanID, quote(d, "Tokayev leads Kazakhstan.", graph.Structural)),
			rel(russiaID, graph.Leads, cstoID, quote(d, "Russia leads the CSTO, a bloc of six former Soviet states.", graph.Structural)),
			rel(almatyID, graph.LocatedIn, kazakhstanID, quote(d, "Protests spread to Almaty, the largest city of Kazakhstan.", graph.Structural)),
		},
	}
}

func troopsText() graph.Batch {
	d := troopsDoc()
	return graph.Batch{Document: d, Origin: graph.OriginText,
		Entities: []graph.Entity{
			entity(graph.State, "Russia", ""),
			entity(graph.State, "Kazakhstan", ""),
			entity(graph.Person, "Vladimir Putin", "", "Владимир Путин", "Putin"),
			entity(graph.Person, "Kassym-Jomart Tokayev", "Kazakh president", "Tokáyev", "Касым-Жомарт Токаев"),
			entity(graph.Person, "Xi Jinping", "", "习近平"),
			entity(graph.Organization, "Collective Security Treaty Organization", "", "CSTO"),
		},
		Relations: []graph.Relation{
			rel(russiaID, graph.DeployedForcesTo, kazakhstanID, quote(d, "Russia deployed paratroopers to Kazakhstan on Thursday.", graph.Cooperation)),
			rel(putinID, graph.Called, tokayevID, quote(d, "Владимир Путин, the president of Russia, called Tokáyev.", graph.Neutral)),
			rel(putinID, graph.Leads, russiaID, quote(d, "Putin leads Russia.", graph.Structural)),
			rel(xiID, graph.Supports, tokayevID, quote(d, "Xi Jinping (习近平) supported Tokayev.", graph.Cooperation)),
			rel(russiaID, graph.Leads, cstoID, quote(d, "Russia leads the CSTO.", graph.Structural)),
		},
	}
}

func hostileText() graph.Batch {
	d := hostileDoc()
	return graph.Batch{Document: d, Origin: graph.OriginText,
		Entities: []graph.Entity{
			entity(graph.Organization, hostileName, ""),
			entity(graph.State, "Russia", ""),
			entity(graph.State, "Kazakhstan", ""),
		},
		Relations: []graph.Relation{
			rel(kremlinWatchID, graph.Criticizes, russiaID, quote(d, `The "Kremlin Watch" <script>alert('x')</script> & Кремль group criticized Russia.`, graph.Conflict)),
			rel(russiaID, graph.DeployedForcesTo, kazakhstanID, quote(d, "It said Russia deployed forces to Kazakhstan against the will of its people.", graph.Conflict)),
		},
	}
}

// troopsOverlay is the analyst's reading of the second article. It carries no text: the store checks its
// quotes against the stored document.
func troopsOverlay() graph.Batch {
	d := troopsDoc()
	return graph.Batch{Document: graph.Document{ID: troopsID}, Origin: overlayOrigin,
		Entities: []graph.Entity{
			entity(graph.State, "Russia", ""),
			entity(graph.State, "Kazakhstan", "Central Asian state"),
		},
		Relations: []graph.Relation{
			rel(russiaID, graph.DeployedForcesTo, kazakhstanID, curate(d, "Russia deployed paratroopers to Kazakhstan on Thursday.", graph.Cooperation, 7)),
		},
	}
}

// corpus returns the text layers of the three articles, oldest first.
func corpus() []graph.Batch {
	return []graph.Batch{unrestText(), troopsText(), hostileText()}
}

// without returns b without the relations and entities with the given ids.
func without(b graph.Batch, ids ...string) graph.Batch {
	drop := map[string]bool{}
	for _, id := range ids {
		drop[id] = true
	}
	var es []graph.Entity
	for _, e := range b.Entities {
		if !drop[e.ID] {
			es = append(es, e)
		}
	}
	var rs []graph.Relation
	for _, r := range b.Relations {
		if !drop[r.ID] {
			rs = append(rs, r)
		}
	}
	b.Entities, b.Relations = es, rs
	return b
}

// allEntityIDs lists every entity of the corpus.
func allEntityIDs() []string {
	return sorted(tokayevID, kazakhstanID, cstoID, russiaID, almatyID, putinID, xiID, kremlinWatchID)
}
