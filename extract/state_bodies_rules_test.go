package extract_test

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// bodyCase is a sentence of general news naming a state's body or a group named by its state or place: the
// actors it must give (by id) with aliases each must carry, the actors and aliases it must not give, and
// relationships it must and must not give.
type bodyCase struct {
	name     string
	text     string
	want     map[string][]string // entity id → aliases it must have (none: the actor alone)
	not      []string            // entity ids
	notAlias map[string][]string // entity id → aliases it must not have
	rels, no []rel
}

func checkBodies(t *testing.T, tests []bodyCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := mustExtract(t, tt.text)
			for id, aliases := range tt.want {
				e := entityByID(b, id)
				if e == nil {
					t.Errorf("want entity %s", id)
					continue
				}
				for _, a := range aliases {
					if !hasAlias(e, a) {
						t.Errorf("want %s to have the alias %q, got %q", id, a, e.Aliases)
					}
				}
			}
			for id, aliases := range tt.notAlias {
				if e := entityByID(b, id); e != nil {
					for _, a := range aliases {
						if hasAlias(e, a) {
							t.Errorf("do not want %s to have the alias %q", id, a)
						}
					}
				}
			}
			checkEntitiesAndRelations(t, b, nil, tt.not, tt.rels)
			for _, n := range tt.no {
				if r := hasRelation(b, n.from, n.t, n.to); r != nil {
					t.Errorf("do not want %s", r.ID)
				}
			}
			if t.Failed() {
				for _, e := range b.Entities {
					t.Logf("entity %s %q", e.ID, e.Aliases)
				}
				for _, r := range b.Relations {
					t.Logf("got %s", r.ID)
				}
			}
		})
	}
}

// hasAlias reports whether e has the alias a, as search and the evaluation compare names (graph.Fold).
func hasAlias(e *graph.Entity, a string) bool {
	return slices.ContainsFunc(e.Aliases, func(x string) bool { return graph.Fold(x) == graph.Fold(a) })
}

func entityByID(b graph.Batch, id string) *graph.Entity {
	for i := range b.Entities {
		if b.Entities[i].ID == id {
			return &b.Entities[i]
		}
	}
	return nil
}

// TestStateBodiesAsWritten (issue 11, u12b): a state's body or group is one actor under every form the
// text writes for it, the place form ("Uganda police"), the possessive and the "of" forms, the words as
// written ("UK lawmakers", "Public Ministry") and a body written with a capital after its state
// ("Ghana's Parliament" is the Parliament), so that search, merging and the evaluation find it.
func TestStateBodiesAsWritten(t *testing.T) {
	checkBodies(t, []bodyCase{
		{
			name: "a body named by its state's name rather than its demonym",
			text: "KAMPALA, Uganda — Uganda police arrested 14 opposition supporters on Saturday, a day after the rally in Jinja.",
			want: map[string][]string{"organization:ugandan-police": {"Uganda police", "Uganda's police", "Police of Uganda"}},
			rels: []rel{{"organization:ugandan-police", graph.PartOf, "state:uganda"}},
		},
		{
			name: "the article's own word for a parliament's members, with its state written as letters",
			text: "UK lawmakers urged the government to halt arms sales to the kingdom. Peruvian legislators voted to remove the president.",
			want: map[string][]string{"organization:british-parliament": {"UK lawmakers"}, "organization:peruvian-parliament": {"Peruvian legislators"}},
			rels: []rel{{"organization:peruvian-parliament", graph.PartOf, "state:peru"}},
		},
		{
			name:     "a body written with a capital after its state is also the Parliament; in lower case it is not",
			text:     "Ghana's Parliament approved the $3 billion loan on Thursday. Kenya's police said six people had been arrested.",
			want:     map[string][]string{"organization:ghanaian-parliament": {"Parliament", "Ghana's Parliament", "Parliament of Ghana", "Ghana parliament"}},
			notAlias: map[string][]string{"organization:kenyan-police": {"Police"}},
		},
		{
			name: "a ministry written in full after its state's possessive keeps the state's forms of that name",
			text: "Ethiopia's Ministry of Foreign Affairs summoned Sudan's ambassador on Monday.",
			want: map[string][]string{"organization:ethiopian-foreign-ministry": {"Ethiopia's Ministry of Foreign Affairs",
				"Ethiopian Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Ethiopia", "Ministry of Foreign Affairs"}},
			rels: []rel{{"organization:ethiopian-foreign-ministry", graph.PartOf, "state:ethiopia"}},
		},
		{
			name: "a ministry named by a capitalised head keeps its name as written",
			text: "Paraguay's Public Ministry charged the former senator with money laundering on Wednesday.",
			want: map[string][]string{"organization:paraguayan-public-ministry": {"Public Ministry", "Paraguay's Public Ministry"}},
		},
		{
			name: "a mission abroad named by its state's possessive keeps the words as written",
			text: "Ghana's high commission in Abuja asked Nigerian authorities for consular access to the detained traders.",
			want: map[string][]string{"organization:ghanaian-high-commission-in-abuja": {"Ghana's high commission in Abuja"}},
			rels: []rel{{"organization:ghanaian-high-commission-in-abuja", graph.PartOf, "state:ghana"}},
		},
	})
}

// TestStateBodiesByTheirNoun (issue 11, u12b): a state's intelligence service, state security and central
// bank named by the common noun, and gangs tied to their state, are actors of their own; the body's people
// act for it ("intelligence officers arrested"); an adjective may stand between the state and the body
// ("Sudan's transitional government") or after "the" ("The federal government" is the one named so before).
func TestStateBodiesByTheirNoun(t *testing.T) {
	checkBodies(t, []bodyCase{
		{
			name: "gangs tied to their state are an actor; gangs of no state are none",
			text: "Ecuadorian gangs attacked the prison in Guayaquil on Monday. Armed gangs also blocked the highway to Machala.",
			want: map[string][]string{"organization:ecuadorian-gangs": nil},
			not:  []string{"organization:ecuadorian-armed-gangs", "organization:armed-gangs"},
		},
		{
			name: "intelligence officers act for their state's intelligence service",
			text: "Colombian intelligence officers arrested Jhon Mario Ospina at a checkpoint near Cucuta.",
			want: map[string][]string{"organization:colombian-intelligence": {"Colombia's intelligence"}},
			rels: []rel{{"organization:colombian-intelligence", graph.Detained, "person:jhon-mario-ospina"},
				{"organization:colombian-intelligence", graph.PartOf, "state:colombia"}},
		},
		{
			name: "state security officers act for their state's security service",
			text: "Vietnamese state security officers detained the blogger Pham Doan Trang in Hanoi.",
			rels: []rel{{"organization:vietnamese-state-security", graph.Detained, "person:pham-doan-trang"},
				{"organization:vietnamese-state-security", graph.PartOf, "state:vietnam"}},
		},
		{
			name: "a central bank named by its state's demonym is part of the state; its reserves name no actor",
			text: "The Ghanaian central bank raised its policy rate to 30 percent. Sanctions froze Afghan central bank reserves.",
			want: map[string][]string{"organization:ghanaian-central-bank": {"Ghana's central bank"}},
			not:  []string{"organization:afghan-central-bank"},
			rels: []rel{{"organization:ghanaian-central-bank", graph.PartOf, "state:ghana"}},
		},
		{
			name: "an adjective between a state and its government",
			text: "Sudan's transitional government accused Chad of arming the Rapid Support Forces.",
			want: map[string][]string{"organization:government-of-sudan": {"Sudan's transitional government"}},
			rels: []rel{{"organization:government-of-sudan", graph.Accuses, "state:chad"}},
		},
		{
			name: "a bare government with an adjective is the one the text named so, not the dateline's state",
			text: "NAIROBI, Kenya — Ethiopia's federal government and the Tigray People's Liberation Front signed a truce in Pretoria. " +
				"The federal government later accused Eritrea of keeping troops in Tigray.",
			rels: []rel{{"organization:government-of-ethiopia", graph.Accuses, "state:eritrea"}},
			not:  []string{"organization:government-of-kenya"},
		},
		{
			name: "police officers of no state named are people, not the article's state's police",
			text: "Rwanda said it had begun deploying 1,000 soldiers and police officers to Mozambique.",
			rels: []rel{{"state:rwanda", graph.DeployedForcesTo, "state:mozambique"}},
			not:  []string{"organization:mozambican-police", "organization:rwandan-police"},
		},
	})
}

// TestPlaceBodiesAsWritten (issue 11, u12b): a region's or a city's government, parliament and protesters
// are actors of their own, named by the place as written: after its possessive too ("Balochistan's
// provincial government" is the Balochistan provincial government, the possessive form an alias), a bare
// "government" after a place that is no capital ("the Sindh government"; "the Kyiv government" stays
// Ukraine's), and a place's protesters, who are its people, not a body located there.
func TestPlaceBodiesAsWritten(t *testing.T) {
	checkBodies(t, []bodyCase{
		{
			name: "a region's government named by the region; a capital's is its state's",
			text: "The Sindh government closed schools in Karachi on Monday. The Kyiv government rejected the offer.",
			want: map[string][]string{"organization:sindh-government": nil},
			not:  []string{"organization:kyiv-government"},
			rels: []rel{{"organization:sindh-government", graph.LocatedIn, "place:sindh"}},
		},
		{
			name: "a region's government after its possessive",
			text: "Balochistan's provincial government accused Kabul of sheltering militants.",
			want: map[string][]string{"organization:balochistan-provincial-government": {"Balochistan's provincial government"}},
			rels: []rel{{"organization:balochistan-provincial-government", graph.LocatedIn, "place:balochistan"},
				{"organization:balochistan-provincial-government", graph.Accuses, "state:afghanistan"}},
		},
		{
			name: "a prefecture's government",
			text: "The Hokkaido prefectural government asked the central government for emergency funds after the earthquake.",
			want: map[string][]string{"organization:hokkaido-prefectural-government": nil},
			rels: []rel{{"organization:hokkaido-prefectural-government", graph.LocatedIn, "place:hokkaido"}},
		},
		{
			name: "a city's protesters are an actor, not a body located in the city",
			text: "Mombasa protesters blocked the port road on Tuesday, and police fired tear gas.",
			want: map[string][]string{"organization:mombasa-protesters": nil},
			no:   []rel{{"organization:mombasa-protesters", graph.LocatedIn, "place:mombasa"}},
		},
	})
}
