package render_test

import (
	"cmp"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// seedSource is a small graph of the January 2022 unrest in Kazakhstan, shaped like what the seed articles
// give: people, states, organisations and places, every relationship with its sentences. The sentences are
// test fixtures written for these tests, not quotations.
type seedSource struct {
	entities  map[string]graph.Entity
	relations map[string][]graph.Relation // by entity id, both ends
	documents map[string]graph.Document
}

func (s *seedSource) Entity(id string) (graph.Entity, bool) { e, ok := s.entities[id]; return e, ok }
func (s *seedSource) Relations(id string) []graph.Relation  { return s.relations[id] }
func (s *seedSource) Document(id string) (graph.Document, bool) {
	d, ok := s.documents[id]
	return d, ok
}

var seedDocs = []graph.Document{
	{ID: "reuters-2022-01-05-kazakhstan-csto", Title: "Kazakh president asks Russia-led bloc for help", Source: "Reuters", Published: "2022-01-05"},
	{ID: "ap-2022-01-06-csto-troops", Title: "Russia-led alliance sends troops into Kazakhstan", Source: "AP", Published: "2022-01-06"},
	{ID: "bbc-2022-01-07-shoot-without-warning", Title: "Kazakhstan unrest: president authorises shooting", Source: "BBC", Published: "2022-01-07"},
	{ID: "rferl-2022-01-08-massimov", Title: "Former security chief detained", Source: "RFE/RL", Published: "2022-01-08"},
	{ID: "ft-2022-01-11-tengiz", Title: "Oil output at Tengiz recovers", Source: "FT", Published: "2022-01-11"},
}

// Entity ids of the fixture, for tests to name focus entities.
var (
	tokayevID = graph.EntityID(graph.Person, "Kassym-Jomart Tokayev")
	cstoID    = graph.EntityID(graph.Organization, "Collective Security Treaty Organization")
	russiaID  = graph.EntityID(graph.State, "Russia")
)

func newSeedSource(tb testing.TB) *seedSource {
	tb.Helper()
	s := &seedSource{entities: map[string]graph.Entity{}, relations: map[string][]graph.Relation{}, documents: map[string]graph.Document{}}
	for _, d := range seedDocs {
		s.documents[d.ID] = d
	}
	ent := func(k graph.Kind, name, desc string, aliases ...string) {
		e := graph.NewEntity(k, name, aliases...)
		e.Description = desc
		s.entities[e.ID] = e
	}
	ent(graph.Person, "Kassym-Jomart Tokayev", "President of Kazakhstan", "Tokayev", "Kasym-Zhomart Tokayev")
	ent(graph.Person, "Nursultan Nazarbayev", "First President of Kazakhstan", "Nazarbayev", "Elbasy")
	ent(graph.Person, "Vladimir Putin", "President of Russia", "Putin")
	ent(graph.Person, "Xi Jinping", "President of China", "Xi")
	ent(graph.Person, "Nikol Pashinyan", "Prime Minister of Armenia, chair of the CSTO council", "Pashinyan")
	ent(graph.Person, "Karim Massimov", "former head of the National Security Committee", "Massimov")
	ent(graph.Person, "Antony Blinken", "US Secretary of State", "Blinken")
	ent(graph.Person, "Maria Zakharova", "spokeswoman of the Russian Foreign Ministry", "Zakharova")
	ent(graph.Person, "Alikhan Smailov", "Prime Minister of Kazakhstan", "Smailov")
	ent(graph.State, "Kazakhstan", "", "Republic of Kazakhstan")
	ent(graph.State, "Russia", "", "Russian Federation", "Moscow")
	ent(graph.State, "China", "", "People's Republic of China", "Beijing")
	ent(graph.State, "United States", "", "US", "USA", "Washington")
	ent(graph.State, "Armenia", "")
	ent(graph.State, "Belarus", "")
	ent(graph.State, "Kyrgyzstan", "")
	ent(graph.State, "Tajikistan", "")
	ent(graph.Organization, "Collective Security Treaty Organization", "Russia-led military alliance", "CSTO", "ODKB")
	ent(graph.Organization, "National Security Committee", "Kazakhstan's security service", "KNB")
	ent(graph.Organization, "Security Council of Kazakhstan", "", "Security Council")
	ent(graph.Organization, "Russian Foreign Ministry", "", "MID")
	ent(graph.Organization, "Chevron", "US oil company", "Chevron Corp")
	ent(graph.Organization, "Tengizchevroil", "oil venture at the Tengiz field", "TCO")
	ent(graph.Organization, "European Union", "", "EU")
	ent(graph.Organization, "Kazakh protesters", "demonstrators against fuel prices and the government")
	ent(graph.Place, "Almaty", "largest city of Kazakhstan", "Alma-Ata")
	ent(graph.Place, "Zhanaozen", "oil town where the protests began", "Zhanaozen town")
	ent(graph.Place, "Almaty International Airport", "", "Almaty airport")
	ent(graph.Place, "Baikonur Cosmodrome", "space port leased by Russia", "Baikonur")
	ent(graph.Place, "Nur-Sultan", "capital of Kazakhstan", "Astana")

	id := func(k graph.Kind, name string) string {
		id := graph.EntityID(k, name)
		if _, ok := s.entities[id]; !ok {
			tb.Fatalf("fixture: no entity %s", id)
		}
		return id
	}
	P, S, O, L := graph.Person, graph.State, graph.Organization, graph.Place
	rel := func(fk graph.Kind, from string, t graph.RelType, tk graph.Kind, to string, stance graph.Stance, evidence ...graph.Evidence) {
		info, ok := t.Info()
		if !ok {
			tb.Fatalf("fixture: unknown type %s", t)
		}
		r := graph.Relation{From: id(fk, from), To: id(tk, to), Type: t}
		r.ID = graph.RelationID(r.From, t, r.To)
		for i := range evidence {
			evidence[i].Stance = cmp.Or(stance, info.Stance)
			evidence[i].Published = s.documents[evidence[i].Document].Published
		}
		r.Evidence = graph.SortEvidence(evidence)
		r.Stance = graph.MergeStance(r.Evidence)
		s.relations[r.From] = append(s.relations[r.From], r)
		if r.To != r.From {
			s.relations[r.To] = append(s.relations[r.To], r)
		}
	}
	next := map[string]int{} // each document's sentences follow one another
	ev := func(doc, text string) graph.Evidence {
		start := next[doc]
		next[doc] = start + len([]rune(text)) + 1
		return graph.Evidence{Document: doc, Text: text, Start: start, End: next[doc] - 1, Origin: graph.Extracted, Rule: "fixture", Confidence: 0.9}
	}
	const (
		reu = "reuters-2022-01-05-kazakhstan-csto"
		ap  = "ap-2022-01-06-csto-troops"
		bbc = "bbc-2022-01-07-shoot-without-warning"
		rfe = "rferl-2022-01-08-massimov"
		ft  = "ft-2022-01-11-tengiz"
	)
	rel(P, "Kassym-Jomart Tokayev", graph.Leads, S, "Kazakhstan", "",
		ev(reu, "Kazakhstan's President Kassym-Jomart Tokayev declared a state of emergency on Wednesday."),
		ev(bbc, "President Tokayev said order had largely been restored in the country."))
	rel(P, "Kassym-Jomart Tokayev", graph.RequestedHelpFrom, O, "Collective Security Treaty Organization", "",
		ev(reu, "Tokayev appealed to the Collective Security Treaty Organization for help to overcome what he called a terrorist threat."),
		ev(ap, "The troops arrived after Tokayev asked the CSTO for assistance."),
		ev(bbc, "Tokayev again thanked the CSTO for answering his request."))
	rel(O, "Collective Security Treaty Organization", graph.DeployedForcesTo, S, "Kazakhstan", graph.Cooperation,
		ev(ap, "The CSTO said it would send peacekeeping forces to Kazakhstan for a limited period."))
	rel(S, "Russia", graph.DeployedForcesTo, S, "Kazakhstan", graph.Cooperation,
		ev(ap, "Russian paratroopers were flown into Kazakhstan as part of the CSTO force."))
	rel(S, "Russia", graph.MemberOf, O, "Collective Security Treaty Organization", "",
		ev(reu, "The CSTO groups Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan."))
	for _, m := range []string{"Kazakhstan", "Armenia", "Belarus", "Kyrgyzstan", "Tajikistan"} {
		rel(S, m, graph.MemberOf, O, "Collective Security Treaty Organization", "",
			ev(reu, "The CSTO groups Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan."))
	}
	rel(P, "Nikol Pashinyan", graph.OfficialOf, O, "Collective Security Treaty Organization", "",
		ev(ap, "Armenian Prime Minister Nikol Pashinyan, who chairs the CSTO's collective security council, announced the deployment."))
	rel(P, "Nikol Pashinyan", graph.Leads, S, "Armenia", "",
		ev(ap, "Armenian Prime Minister Nikol Pashinyan said the force would stay for a limited time."))
	rel(P, "Vladimir Putin", graph.Leads, S, "Russia", "",
		ev(bbc, "Russian President Vladimir Putin said the alliance would not allow a revolution in the region."))
	rel(P, "Kassym-Jomart Tokayev", graph.Called, P, "Vladimir Putin", "",
		ev(reu, "Tokayev spoke by telephone with Vladimir Putin on Thursday, the Kremlin said."))
	rel(P, "Xi Jinping", graph.Leads, S, "China", "",
		ev(bbc, "Chinese President Xi Jinping sent a message to Tokayev."))
	rel(P, "Xi Jinping", graph.Supports, P, "Kassym-Jomart Tokayev", "",
		ev(bbc, "Xi Jinping praised Tokayev for taking strong measures at a critical moment."))
	rel(S, "China", graph.InvestsIn, S, "Kazakhstan", "",
		ev(ft, "China has invested heavily in Kazakhstan's pipelines and railways."))
	rel(S, "Kazakhstan", graph.Borders, S, "Russia", "",
		ev(reu, "Kazakhstan shares a long border with Russia."))
	rel(S, "Kazakhstan", graph.Borders, S, "China", "",
		ev(reu, "The country borders China to the east."))
	rel(P, "Antony Blinken", graph.OfficialOf, S, "United States", "",
		ev(bbc, "US Secretary of State Antony Blinken questioned the need for foreign troops."))
	rel(P, "Antony Blinken", graph.Criticizes, P, "Kassym-Jomart Tokayev", "",
		ev(bbc, "Blinken criticised Tokayev's order to shoot without warning."),
		ev(rfe, "Blinken said the shoot-to-kill order was wrong and should be rescinded."))
	rel(P, "Maria Zakharova", graph.SpokespersonFor, O, "Russian Foreign Ministry", "",
		ev(rfe, "Russian Foreign Ministry spokeswoman Maria Zakharova replied on Telegram."))
	rel(P, "Maria Zakharova", graph.Criticizes, P, "Antony Blinken", "",
		ev(rfe, "Zakharova called Blinken's remarks offensive."))
	rel(O, "Russian Foreign Ministry", graph.PartOf, S, "Russia", "",
		ev(rfe, "The Russian Foreign Ministry issued a statement."))
	rel(S, "United States", graph.RivalOf, S, "Russia", "",
		ev(bbc, "The crisis added to tension between Washington and Moscow."))
	rel(P, "Karim Massimov", graph.Leads, O, "National Security Committee", "",
		ev(rfe, "Karim Massimov, who headed the National Security Committee until this week, was detained."))
	rel(S, "Kazakhstan", graph.Accuses, P, "Karim Massimov", "",
		ev(rfe, "Kazakhstan detained Massimov on suspicion of high treason."))
	rel(P, "Nursultan Nazarbayev", graph.Leads, O, "Security Council of Kazakhstan", "",
		ev(reu, "Nazarbayev had chaired the Security Council since stepping down as president."))
	rel(P, "Kassym-Jomart Tokayev", graph.Leads, O, "Security Council of Kazakhstan", "",
		ev(reu, "Tokayev said he had taken over as head of the Security Council."))
	rel(P, "Alikhan Smailov", graph.OfficialOf, S, "Kazakhstan", "",
		ev(rfe, "Alikhan Smailov was confirmed as prime minister."))
	rel(O, "Kazakh protesters", graph.ProtestsAgainst, S, "Kazakhstan", "",
		ev(reu, "Protesters took to the streets after the government lifted price caps on fuel."))
	rel(O, "Kazakh protesters", graph.Attacked, L, "Almaty International Airport", "",
		ev(ap, "Protesters briefly seized Almaty airport."))
	rel(P, "Kassym-Jomart Tokayev", graph.Accuses, O, "Kazakh protesters", "",
		ev(bbc, "Tokayev called the protesters terrorists trained abroad."),
		ev(bbc, "He ordered security forces to shoot without warning."))
	rel(O, "Chevron", graph.OwnsStakeIn, O, "Tengizchevroil", "",
		ev(ft, "Chevron owns half of Tengizchevroil."))
	rel(O, "Tengizchevroil", graph.LocatedIn, S, "Kazakhstan", "",
		ev(ft, "Tengizchevroil runs the Tengiz field in western Kazakhstan."))
	rel(S, "Russia", graph.LeasesFrom, S, "Kazakhstan", "",
		ev(ft, "Russia leases the Baikonur Cosmodrome from Kazakhstan."))
	rel(L, "Baikonur Cosmodrome", graph.LocatedIn, S, "Kazakhstan", "",
		ev(ft, "The Baikonur Cosmodrome lies in the steppe of southern Kazakhstan."))
	for _, p := range []string{"Almaty", "Zhanaozen", "Nur-Sultan"} {
		rel(L, p, graph.LocatedIn, S, "Kazakhstan", "", ev(reu, p+" is in Kazakhstan."))
	}
	rel(L, "Almaty International Airport", graph.LocatedIn, L, "Almaty", "",
		ev(ap, "The airport lies on the edge of Almaty."))
	rel(O, "European Union", graph.Monitors, S, "Kazakhstan", "",
		ev(bbc, "The European Union said it was following events closely and called for restraint."))
	return s
}

// mustExpand returns the neighbourhood of the focus entities in the seed graph.
func mustExpand(tb testing.TB, depth, maxNodes int, focus ...string) graph.Subgraph {
	tb.Helper()
	sg, err := graph.Expand(graph.NeighborhoodQuery{Focus: focus, Depth: depth, Filter: graph.Filter{MaxNodes: maxNodes}}, newSeedSource(tb))
	if err != nil {
		tb.Fatalf("Expand: %v", err)
	}
	return sg
}

// seedSubgraph is what a reader sees first: Tokayev and his neighbours.
func seedSubgraph(tb testing.TB) graph.Subgraph {
	tb.Helper()
	return mustExpand(tb, 2, 20, tokayevID)
}

// largeSeedSubgraph is the whole seed graph, about as large as a default view gets.
func largeSeedSubgraph(tb testing.TB) graph.Subgraph {
	tb.Helper()
	sg := mustExpand(tb, 3, graph.MaxMaxNodes, tokayevID)
	if n := len(sg.Entities); n < 25 {
		tb.Fatalf("large seed subgraph has %d entities, want at least 25", n)
	}
	return sg
}

// Hostile names: everything an article, an overlay or an attacker could put in a name, an alias, a
// description or a sentence.
const (
	quoteName     = `Robert "Bobby" Tables"]; x [shapefile="/etc/passwd`
	scriptName    = `<script>alert('x')</script>`
	ampName       = `AT&T &amp; &#10; &lt;b&gt;`
	backslashName = `C:\Users\N \N \G \E \T \H \L \n \l \r end\`
	cyrillicName  = "Касым-Жомарт Токаев"
	chineseName   = "习近平"
	rtlName       = "\u202Eevil\u202C عبد الله\u200F"
	controlName   = "tab\there\nnew line\r\x00nul\x1b[31m red"
	invalidName   = "bad \xff\xfe bytes"
	hostileTitle  = `<<b>title</b>> "quoted" \N & \G`
	htmlTitle     = `<table><tr><td>x</td></tr></table>`
)

// longName is 10,000 characters.
var longName = func() string {
	b := make([]byte, 0, 10000)
	for len(b) < 10000 {
		b = append(b, "Long name "...)
	}
	return string(b)
}()

func hostileSubgraph(tb testing.TB) graph.Subgraph {
	tb.Helper()
	ents := []graph.Entity{
		{ID: graph.EntityID(graph.Person, "Robert Bobby Tables"), Name: quoteName, Kind: graph.Person,
			Aliases: []string{`"]; node [image="/etc/passwd"]; a [label="`}, Description: `"]; node [stylesheet="http://evil/"]`},
		{ID: graph.EntityID(graph.Organization, "script"), Name: scriptName, Kind: graph.Organization,
			Description: `<img src=x onerror=alert(1)>`},
		{ID: graph.EntityID(graph.Organization, "AT&T"), Name: ampName, Kind: graph.Organization, Aliases: []string{"&nbsp;"}},
		{ID: `person:back\slash\N`, Name: backslashName, Kind: graph.Person, Description: `\G \E \T`},
		{ID: graph.EntityID(graph.Person, cyrillicName), Name: cyrillicName, Kind: graph.Person, Aliases: []string{"Тоқаев"}},
		{ID: graph.EntityID(graph.Person, chineseName), Name: chineseName, Kind: graph.Person, Description: "中华人民共和国主席"},
		{ID: "person:rtl", Name: rtlName, Kind: graph.Person},
		{ID: "place:long", Name: longName, Kind: graph.Place, Description: longName, Aliases: []string{longName}},
		{ID: "person:control", Name: controlName, Kind: graph.Person},
		{ID: "person:invalid", Name: invalidName, Kind: graph.Person},
		{ID: `weapon:"x"`, Name: "Unknown kind", Kind: "weapon\"];"},
	}
	slices.SortFunc(ents, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	focus := ents[0].ID
	for _, e := range ents {
		if e.Name == quoteName {
			focus = e.ID
		}
	}
	var rels []graph.Relation
	for i, e := range ents {
		if e.ID == focus {
			continue
		}
		t := graph.Criticizes
		switch i % 3 {
		case 1:
			t = graph.Borders
		case 2:
			t = `HACKS"]; x [image="/etc/passwd"]; y [label="\N`
		}
		r := graph.Relation{From: focus, To: e.ID, Type: t, Stance: graph.Stance(`evil"\`)}
		if i%2 == 0 {
			r.Stance = graph.Conflict
		}
		r.ID = graph.RelationID(r.From, r.Type, r.To)
		r.Evidence = []graph.Evidence{
			{Document: `doc"]; \N`, Published: "2022-01-05", Text: e.Name + ` said "\N" & <b>` + "\n" + longName},
			{Document: "doc-2", Published: "2022-01-06\n", Text: scriptName},
		}
		rels = append(rels, r)
	}
	slices.SortFunc(rels, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return graph.Subgraph{Focus: []string{focus}, Depth: 1, Entities: ents, Relations: rels,
		Omitted: map[graph.Kind]int{graph.Person: 3, `x"];`: 2}}
}

// surenessSubgraph is Tokayev's neighbourhood at depth 1 as the extractor might read it less surely: a
// relationship stated only at 0.5, one only claimed (by Putin, who is in the view), one only claimed by
// nobody named and at 0.4, one claimed by someone the view does not show, and one both claimed and stated
// as a fact, which is therefore not a claim only.
func surenessSubgraph(tb testing.TB) graph.Subgraph {
	tb.Helper()
	sg := mustExpand(tb, 1, 0, tokayevID)
	sg.Relations = slices.Clone(sg.Relations)
	putin := graph.EntityID(graph.Person, "Vladimir Putin")
	change := map[string]func(ev []graph.Evidence){
		graph.RelationID(tokayevID, graph.Called, putin): func(ev []graph.Evidence) { ev[0].Confidence = 0.5 },
		graph.RelationID(graph.EntityID(graph.Person, "Xi Jinping"), graph.Supports, tokayevID): func(ev []graph.Evidence) {
			ev[0].Claim = putin
		},
		graph.RelationID(graph.EntityID(graph.Person, "Antony Blinken"), graph.Criticizes, tokayevID): func(ev []graph.Evidence) {
			for i := range ev {
				ev[i].Claim, ev[i].Confidence = graph.ClaimUnattributed, 0.4
			}
		},
		graph.RelationID(graph.EntityID(graph.Organization, "Kazakh protesters"), graph.ProtestsAgainst, graph.EntityID(graph.State, "Kazakhstan")): func(ev []graph.Evidence) {
			ev[0].Claim = `person:"ghost" & \N`
		},
		graph.RelationID(tokayevID, graph.Leads, graph.EntityID(graph.State, "Kazakhstan")): func(ev []graph.Evidence) {
			ev[0].Claim = putin
		},
	}
	for i, r := range sg.Relations {
		if f, ok := change[r.ID]; ok {
			r.Evidence = slices.Clone(r.Evidence)
			f(r.Evidence)
			sg.Relations[i] = r
			delete(change, r.ID)
		}
	}
	if len(change) > 0 {
		tb.Fatalf("the fixture lacks %v", change)
	}
	return sg
}
