package export_test

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The fixture is a small view of the January 2022 unrest in Kazakhstan with one of everything an export
// must carry: every kind, every stance, a symmetric type, evidence from several documents, an entity without
// description or aliases, entities cut by the node limit and a relation whose end is not in the view. The
// sentences are written for these tests, not quoted.
var fixtureDocs = []graph.Document{
	{ID: "reuters-2022-01-05", Title: "Kazakh president asks Russia-led bloc for help", Source: "Reuters", URL: "https://example.com/reuters", Published: "2022-01-05", Hash: "sha256:1"},
	{ID: "ap-2022-01-06", Title: "Russia-led alliance sends troops into Kazakhstan", Source: "AP", Published: "2022-01-06", Hash: "sha256:2"},
	{ID: "bbc-2022-01-07", Title: "Kazakhstan unrest: president authorises shooting", Source: "BBC", Published: "2022-01-07", Hash: "sha256:3"},
}

var (
	tokayevID = graph.EntityID(graph.Person, "Kassym-Jomart Tokayev")
	cstoID    = graph.EntityID(graph.Organization, "Collective Security Treaty Organization")
	russiaID  = graph.EntityID(graph.State, "Russia")
	kazID     = graph.EntityID(graph.State, "Kazakhstan")
	chinaID   = graph.EntityID(graph.State, "China")
	almatyID  = graph.EntityID(graph.Place, "Almaty")
	blinkenID = graph.EntityID(graph.Person, "Antony Blinken")
)

func fixture(tb testing.TB) graph.Subgraph {
	tb.Helper()
	ent := func(k graph.Kind, name, desc string, aliases ...string) graph.Entity {
		e := graph.NewEntity(k, name, aliases...)
		e.Description = desc
		return e
	}
	ents := []graph.Entity{
		ent(graph.Person, "Kassym-Jomart Tokayev", "President of Kazakhstan", "Tokayev", "Kasym-Zhomart Tokayev"),
		ent(graph.Person, "Antony Blinken", "US Secretary of State", "Blinken"),
		ent(graph.Organization, "Collective Security Treaty Organization", "Russia-led military alliance", "CSTO", "ODKB"),
		ent(graph.State, "Russia", "", "Russian Federation", "Moscow"),
		ent(graph.State, "Kazakhstan", ""),
		ent(graph.State, "China", "", "People's Republic of China"),
		ent(graph.Place, "Almaty", "largest city of Kazakhstan", "Alma-Ata"),
	}
	ev := func(doc, text string, stance graph.Stance) graph.Evidence {
		var pub string
		for _, d := range fixtureDocs {
			if d.ID == doc {
				pub = d.Published
			}
		}
		return graph.Evidence{Document: doc, Text: text, Start: 10, End: 10 + len([]rune(text)), Published: pub,
			Stance: stance, Origin: graph.Curated, Rule: "fixture", Confidence: 1}
	}
	// read makes evidence the extractor's, at a confidence and reporting a claim ("" for a fact).
	read := func(ev graph.Evidence, confidence float64, claim string) graph.Evidence {
		ev.Origin, ev.Confidence, ev.Claim = graph.Extracted, confidence, claim
		return ev
	}
	rel := func(from string, t graph.RelType, to string, evidence ...graph.Evidence) graph.Relation {
		r := graph.Relation{ID: graph.RelationID(from, t, to), From: from, To: to, Type: t, Evidence: graph.SortEvidence(evidence)}
		r.Stance = graph.MergeStance(r.Evidence)
		return r
	}
	co, cf, st, ne := graph.Cooperation, graph.Conflict, graph.Structural, graph.Neutral
	rels := []graph.Relation{
		rel(tokayevID, graph.RequestedHelpFrom, cstoID,
			ev("reuters-2022-01-05", "Tokayev appealed to the CSTO for help; he called it a \"terrorist threat\".", co),
			ev("ap-2022-01-06", "The troops arrived after Tokayev asked the CSTO for assistance.", co),
			ev("bbc-2022-01-07", "Tokayev again thanked the CSTO.", co)),
		rel(cstoID, graph.DeployedForcesTo, kazID, ev("ap-2022-01-06", "The CSTO sent peacekeeping forces to Kazakhstan.", co)),
		rel(russiaID, graph.MemberOf, cstoID, ev("reuters-2022-01-05", "The CSTO groups Russia, Belarus and Kazakhstan.", st)),
		rel(tokayevID, graph.Leads, kazID, ev("reuters-2022-01-05", "Kazakhstan's President Kassym-Jomart Tokayev declared an emergency.", st)),
		rel(kazID, graph.Borders, chinaID, ev("reuters-2022-01-05", "The country borders China to the east.", st)),
		rel(blinkenID, graph.Criticizes, tokayevID,
			read(ev("bbc-2022-01-07", "Blinken criticised the order to shoot without warning.", cf), 0.55, graph.ClaimUnattributed)),
		rel(almatyID, graph.LocatedIn, kazID, ev("reuters-2022-01-05", "Almaty is in Kazakhstan.", st)),
		rel(tokayevID, graph.Called, russiaID, read(ev("ap-2022-01-06", "Tokayev spoke by telephone with Putin.", ne), 0.7, cstoID),
			read(ev("bbc-2022-01-07", "Tokayev and Putin spoke again.", ne), 0.8, "")),
		// Its end is not in the view: left out of every format but JSON.
		rel(tokayevID, graph.MetWith, graph.EntityID(graph.Person, "Xi Jinping"), ev("bbc-2022-01-07", "Tokayev met Xi.", ne)),
	}
	slices.SortFunc(ents, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(rels, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return graph.Subgraph{Focus: []string{cstoID, tokayevID}, Depth: 2, Entities: ents, Relations: rels,
		Documents: slices.Clone(fixtureDocs), Omitted: map[graph.Kind]int{graph.Person: 2, graph.Place: 1}}
}

// Hostile names: everything an article, an overlay or an attacker could put in a name, an alias, a
// description, an id or a sentence.
const (
	quoteName    = `Robert "Bobby" Tables'); DROP TABLE`
	scriptName   = `<script>alert('x')</script>`
	ampName      = `AT&T &amp; &#10; ]]> <!-- -->`
	formulaName  = `=HYPERLINK("http://evil/","click")`
	cyrillicName = "Касым-Жомарт Токаев"
	chineseName  = "习近平"
	controlName  = "tab\there\nnew line\r\x00nul\x1b[31m red\x7f\u0085\u2028end"
	bidiName     = "\u202Eevil\u202C عبد الله\u200F"
	invalidName  = "bad \xff\xfe bytes \uFFFE\uFFFF"
)

// hostile is a view whose every string is hostile, ids included.
func hostile(tb testing.TB) graph.Subgraph {
	tb.Helper()
	ents := []graph.Entity{
		{ID: `person:"quote"`, Name: quoteName, Kind: graph.Person, Aliases: []string{`"]]></data><data key="x">`}, Description: `" onload="x`},
		{ID: "organization:<script>", Name: scriptName, Kind: graph.Organization, Description: `<img src=x onerror=alert(1)>`},
		{ID: "organization:at&t", Name: ampName, Kind: graph.Organization, Aliases: []string{"&nbsp;", "+1 formula", "-1", "@SUM(A1)"}},
		{ID: "person:formula", Name: formulaName, Kind: graph.Person},
		{ID: graph.EntityID(graph.Person, cyrillicName), Name: cyrillicName, Kind: graph.Person, Aliases: []string{"Тоқаев"}},
		{ID: graph.EntityID(graph.Person, chineseName), Name: chineseName, Kind: graph.Person, Description: "中华人民共和国主席"},
		{ID: "person:control\x01\n", Name: controlName, Kind: graph.Person},
		{ID: "person:bidi", Name: bidiName, Kind: graph.Person},
		{ID: "person:invalid", Name: invalidName, Kind: graph.Person},
		{ID: `weapon:"x"`, Name: "Unknown kind", Kind: `weapon"/><x`},
		{ID: "person:pipe|id with spaces", Name: "Pipe", Kind: graph.Person},
	}
	focus := ents[0].ID
	var rels []graph.Relation
	for i, e := range ents[1:] {
		t := graph.Criticizes
		switch i % 3 {
		case 1:
			t = graph.Borders
		case 2:
			t = `HACKS"/><script>`
		}
		r := graph.Relation{From: focus, To: e.ID, Type: t, Stance: graph.Stance(`evil"<`)}
		if i%2 == 0 {
			r.Stance = graph.Conflict
		}
		r.ID = graph.RelationID(r.From, r.Type, r.To)
		r.Evidence = []graph.Evidence{
			{Document: `doc"<&>`, Published: "2022-01-05", Text: e.Name + ` said "hi" & <b>` + "\n\x00" + controlName},
			{Document: "doc-2", Published: "2022-01-06\n", Text: scriptName},
		}
		rels = append(rels, r)
	}
	return graph.Subgraph{Focus: []string{focus}, Depth: 1, Entities: ents, Relations: rels,
		Documents: []graph.Document{
			{ID: `doc"<&>`, Title: scriptName + " " + controlName, Source: ampName, Published: "2022-01-05"},
			{ID: "doc-2", Title: cyrillicName + " " + chineseName, Source: formulaName, Published: "2022-01-06\n"},
		},
		Omitted: map[graph.Kind]int{graph.Person: 3, `x"<`: 2}}
}

// empty is a view of nothing: every format must still be valid.
func empty(tb testing.TB) graph.Subgraph {
	tb.Helper()
	return graph.Subgraph{}
}

// synthetic returns a view of n entities and about 3n relations, each with two sentences.
func synthetic(tb testing.TB, n int) graph.Subgraph {
	tb.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	sg := graph.Subgraph{Focus: []string{}, Depth: 2, Documents: slices.Clone(fixtureDocs)}
	for i := range n {
		k := graph.Kinds[i%len(graph.Kinds)]
		e := graph.NewEntity(k, "Actor number "+strings.Repeat("x", i%7)+" "+strconv.Itoa(i), "alias "+strconv.Itoa(i))
		e.Description = "a synthetic actor for benchmarks"
		sg.Entities = append(sg.Entities, e)
	}
	sg.Focus = append(sg.Focus, sg.Entities[0].ID)
	for i := range 3 * n {
		from, to := sg.Entities[r.IntN(n)], sg.Entities[r.IntN(n)]
		t := graph.RelTypes[r.IntN(len(graph.RelTypes))]
		rel := graph.Relation{ID: graph.RelationID(from.ID, t.Type, to.ID), From: from.ID, To: to.ID, Type: t.Type, Stance: t.Stance}
		for j := range 2 {
			d := fixtureDocs[(i+j)%len(fixtureDocs)]
			rel.Evidence = append(rel.Evidence, graph.Evidence{Document: d.ID, Published: d.Published,
				Text: "Sentence " + strconv.Itoa(i) + " says that " + from.Name + " and " + to.Name + " are related.", Stance: t.Stance})
		}
		sg.Relations = append(sg.Relations, rel)
	}
	return sg
}

// shuffled returns a deep copy of sg with every slice but Focus in a random order, and some entries twice.
func shuffled(sg graph.Subgraph, seed uint64) graph.Subgraph {
	r := rand.New(rand.NewPCG(seed, seed+1))
	out := sg
	out.Entities = slices.Clone(sg.Entities)
	for i := range out.Entities {
		out.Entities[i].Aliases = slices.Clone(out.Entities[i].Aliases)
		r.Shuffle(len(out.Entities[i].Aliases), func(a, b int) {
			out.Entities[i].Aliases[a], out.Entities[i].Aliases[b] = out.Entities[i].Aliases[b], out.Entities[i].Aliases[a]
		})
	}
	out.Relations = slices.Clone(sg.Relations)
	for i := range out.Relations {
		out.Relations[i].Evidence = slices.Clone(out.Relations[i].Evidence)
		ev := out.Relations[i].Evidence
		r.Shuffle(len(ev), func(a, b int) { ev[a], ev[b] = ev[b], ev[a] })
	}
	out.Documents = slices.Clone(sg.Documents)
	if len(out.Entities) > 0 {
		out.Entities = append(out.Entities, out.Entities[r.IntN(len(out.Entities))])
	}
	if len(out.Relations) > 0 {
		out.Relations = append(out.Relations, out.Relations[r.IntN(len(out.Relations))])
	}
	r.Shuffle(len(out.Entities), func(a, b int) { out.Entities[a], out.Entities[b] = out.Entities[b], out.Entities[a] })
	r.Shuffle(len(out.Relations), func(a, b int) { out.Relations[a], out.Relations[b] = out.Relations[b], out.Relations[a] })
	r.Shuffle(len(out.Documents), func(a, b int) { out.Documents[a], out.Documents[b] = out.Documents[b], out.Documents[a] })
	return out
}
