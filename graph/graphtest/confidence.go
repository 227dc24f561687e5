package graphtest

import (
	"maps"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The rumours article: what the extractor read with less confidence, and claims. Lukashenko makes a claim
// and takes part in no relationship: an actor the article names and relates to nothing.
const rumoursID = "rumours-2022-01-09"

var (
	belarusID       = graph.EntityID(graph.State, "Belarus")
	lukashenkoID    = graph.EntityID(graph.Person, "Alexander Lukashenko")
	belarusDeployed = graph.RelationID(belarusID, graph.DeployedForcesTo, kazakhstanID)
	russiaSupports  = graph.RelationID(russiaID, graph.Supports, tokayevID)
)

func rumoursDoc() graph.Document {
	return newDocument(rumoursID, "Rumours from Minsk", "2022-01-09",
		"Belarus reportedly sent troops to Kazakhstan. Lukashenko said that Russia stands behind Tokayev. "+
			"Russia leads the CSTO without a doubt.")
}

// rumoursText is the text layer of the rumours article: a sentence at 0.45 that nobody is said to claim,
// one at 0.65 that Lukashenko claims, and a fact at 0.95.
func rumoursText() graph.Batch {
	d := rumoursDoc()
	at := func(text string, stance graph.Stance, confidence float64, claim string) graph.Evidence {
		ev := quote(d, text, stance)
		ev.Confidence, ev.Claim = confidence, claim
		return ev
	}
	return graph.Batch{Document: d, Origin: graph.OriginText,
		Entities: []graph.Entity{
			entity(graph.State, "Belarus", ""),
			entity(graph.State, "Kazakhstan", ""),
			entity(graph.Person, "Alexander Lukashenko", "President of Belarus", "Lukashenko"),
			entity(graph.State, "Russia", ""),
			entity(graph.Person, "Kassym-Jomart Tokayev", "", "Tokayev"),
			entity(graph.Organization, "Collective Security Treaty Organization", "", "CSTO"),
		},
		Relations: []graph.Relation{
			rel(belarusID, graph.DeployedForcesTo, kazakhstanID, at("Belarus reportedly sent troops to Kazakhstan.", graph.Neutral, 0.45, graph.ClaimUnattributed)),
			rel(russiaID, graph.Supports, tokayevID, at("Lukashenko said that Russia stands behind Tokayev.", graph.Cooperation, 0.65, lukashenkoID)),
			rel(russiaID, graph.Leads, cstoID, at("Russia leads the CSTO without a doubt.", graph.Structural, 0.95, "")),
		},
	}
}

// testConfidence covers Filter.MinConfidence: every view keeps only the evidence at least that confident,
// and the relationships left with none. Both stores answer with the same filter code (graph.Filter.Apply),
// so the same questions must get the same answers here, whatever the store.
func testConfidence(t *testing.T, open func(t *testing.T) graph.Store) {
	s := newStore(t, open)
	mustIngest(t, s, append(corpus(), troopsOverlay(), rumoursText())...)
	ctx := t.Context()

	// confidences lists the confidence of each piece of evidence, by relationship.
	confidences := func(rs []graph.Relation) map[string][]float64 {
		out := map[string][]float64{}
		for _, r := range rs {
			for _, ev := range r.Evidence {
				out[r.ID] = append(out[r.ID], ev.Confidence)
			}
		}
		return out
	}
	equal := func(a, b map[string][]float64) bool { return maps.EqualFunc(a, b, slices.Equal) }

	t.Run("the neighbourhood keeps only evidence at least as confident as asked", func(t *testing.T) {
		tests := []struct {
			min       float64
			entities  []string
			evidence  map[string][]float64
			documents []string
		}{
			{0, sorted(russiaID, cstoID, kazakhstanID, putinID, kremlinWatchID, tokayevID),
				// Tokayev comes in through the claim at 0.65, and with him his ties to the others shown.
				map[string][]float64{leadsCSTO: {0.8, 0.8, 0.95}, deployed: {1, 0.8, 0.8}, leadsRU: {0.8}, criticizes: {0.8}, russiaSupports: {0.65},
					askedHelp: {0.8}, leadsKZ: {0.8}, called: {0.8}},
				[]string{unrestID, troopsID, rumoursID, hostileID}},
			{0.7, sorted(russiaID, cstoID, kazakhstanID, putinID, kremlinWatchID),
				map[string][]float64{leadsCSTO: {0.8, 0.8, 0.95}, deployed: {1, 0.8, 0.8}, leadsRU: {0.8}, criticizes: {0.8}},
				[]string{unrestID, troopsID, rumoursID, hostileID}},
			{0.9, sorted(russiaID, cstoID, kazakhstanID),
				map[string][]float64{leadsCSTO: {0.95}, deployed: {1}},
				[]string{troopsID, rumoursID}},
			{1, sorted(russiaID, kazakhstanID), map[string][]float64{deployed: {1}}, []string{troopsID}},
		}
		for _, tt := range tests {
			sg := mustNeighborhood(t, s, graph.NeighborhoodQuery{Focus: []string{russiaID}, Depth: 1,
				Filter: graph.Filter{MinConfidence: tt.min}})
			if got := entityIDs(sg.Entities); !slices.Equal(got, tt.entities) {
				t.Errorf("min %v: entities = %v, want %v", tt.min, got, tt.entities)
			}
			if got := confidences(sg.Relations); !equal(got, tt.evidence) {
				t.Errorf("min %v: confidences = %v, want %v", tt.min, got, tt.evidence)
			}
			if got := documentIDs(sg.Documents); !slices.Equal(got, tt.documents) {
				t.Errorf("min %v: documents = %v, want %v", tt.min, got, tt.documents)
			}
		}
	})

	t.Run("the stance is that of the confident evidence", func(t *testing.T) {
		// Russia's deployment is conflict by its latest sentence (the hostile article, at 0.8) and
		// cooperation by the analyst's (curated, 1): the analyst's reading wins either way.
		sg := mustNeighborhood(t, s, graph.NeighborhoodQuery{Focus: []string{russiaID}, Depth: 1,
			Filter: graph.Filter{MinConfidence: 0.9, Stances: []graph.Stance{graph.Cooperation}}})
		if got := relationIDs(sg.Relations); !slices.Equal(got, []string{deployed}) {
			t.Errorf("cooperation at 0.9 = %v, want only the curated deployment", got)
		}
	})

	t.Run("confidence combines with the minimum of sentences", func(t *testing.T) {
		sg := mustNeighborhood(t, s, graph.NeighborhoodQuery{Focus: []string{russiaID}, Depth: 1,
			Filter: graph.Filter{MinConfidence: 0.9, MinEvidence: 2}})
		if len(sg.Relations) != 0 {
			t.Errorf("two sentences at 0.9 or more: got %v, want none", relationIDs(sg.Relations))
		}
	})

	t.Run("the snapshot and the adjacency filter the same way", func(t *testing.T) {
		sg, err := s.Snapshot(ctx, graph.Filter{MinConfidence: 0.5})
		if err != nil {
			t.Fatal(err)
		}
		checkSubgraph(t, sg)
		if slices.Contains(relationIDs(sg.Relations), belarusDeployed) {
			t.Errorf("the snapshot at 0.5 keeps %s, stated only at 0.45", belarusDeployed)
		}
		if got := confidences(sg.Relations)[russiaSupports]; !slices.Equal(got, []float64{0.65}) {
			t.Errorf("the snapshot at 0.5 has %s at %v, want [0.65]", russiaSupports, got)
		}
		for _, tt := range []struct {
			min  float64
			want []string
		}{{0.5, []string{}}, {0.45, []string{belarusDeployed}}} {
			rs, err := s.Adjacent(ctx, []string{belarusID}, graph.Filter{MinConfidence: tt.min})
			if err != nil {
				t.Fatal(err)
			}
			if got := relationIDs(rs); !slices.Equal(got, tt.want) {
				t.Errorf("Adjacent(Belarus) at %v = %v, want %v", tt.min, got, tt.want)
			}
		}
	})

	t.Run("claims come back with their claimant whatever the filter", func(t *testing.T) {
		sg := mustNeighborhood(t, s, graph.NeighborhoodQuery{Focus: []string{kazakhstanID, tokayevID}, Depth: 1,
			Filter: graph.Filter{MinConfidence: 0.4}})
		claims := map[string][]string{}
		for _, r := range sg.Relations {
			for _, ev := range r.Evidence {
				if ev.Claim != "" {
					claims[r.ID] = append(claims[r.ID], ev.Claim)
				}
			}
		}
		want := map[string][]string{belarusDeployed: {graph.ClaimUnattributed}, russiaSupports: {lukashenkoID}}
		if len(claims) != len(want) || !slices.Equal(claims[belarusDeployed], want[belarusDeployed]) ||
			!slices.Equal(claims[russiaSupports], want[russiaSupports]) {
			t.Errorf("claims = %v, want %v", claims, want)
		}
	})

	t.Run("a minimum outside 0..1 is invalid", func(t *testing.T) {
		for _, min := range []float64{-0.1, 1.01} {
			_, err := s.Neighborhood(ctx, graph.NeighborhoodQuery{Focus: []string{russiaID}, Depth: 1, Filter: graph.Filter{MinConfidence: min}})
			wantCode(t, err, graph.EINVALID)
			_, err = s.Snapshot(ctx, graph.Filter{MinConfidence: min})
			wantCode(t, err, graph.EINVALID)
			_, err = s.Adjacent(ctx, []string{russiaID}, graph.Filter{MinConfidence: min})
			wantCode(t, err, graph.EINVALID)
		}
	})
}
