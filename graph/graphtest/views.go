package graphtest

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analyze"
)

// testViews covers what the analyst views read from a store: Snapshot (the whole filtered graph, for blocs
// and centrality), Adjacent (a path search's frontier) and the shortest paths found through it.
func testViews(t *testing.T, open func(t *testing.T) graph.Store) {
	s := newCorpusStore(t, open, false)
	ctx := t.Context()

	t.Run("SnapshotAll", func(t *testing.T) {
		sg, err := s.Snapshot(ctx, graph.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		checkSubgraph(t, sg)
		if got := entityIDs(sg.Entities); !slices.Equal(got, allEntityIDs()) {
			t.Errorf("entities = %v, want %v", got, allEntityIDs())
		}
		want := sorted(askedHelp, leadsKZ, leadsCSTO, almatyIn, deployed, called, leadsRU, supports, criticizes)
		if got := relationIDs(sg.Relations); !slices.Equal(got, want) {
			t.Errorf("relations = %v, want %v", got, want)
		}
		if got, want := documentIDs(sg.Documents), []string{unrestID, troopsID, hostileID}; !slices.Equal(got, want) {
			t.Errorf("documents = %v, want %v (by publication date)", got, want)
		}
	})

	t.Run("SnapshotFiltered", func(t *testing.T) {
		tests := []struct {
			name      string
			f         graph.Filter
			entities  []string
			relations []string
			stance    map[string]graph.Stance
		}{
			{"states only", graph.Filter{Kinds: []graph.Kind{graph.State}},
				sorted(kazakhstanID, russiaID), sorted(deployed), map[string]graph.Stance{deployed: graph.Conflict}},
			// Russia's deployment is conflict by its latest sentence (the hostile article), cooperation before.
			{"cooperation", graph.Filter{Stances: []graph.Stance{graph.Cooperation}},
				allEntityIDs(), sorted(askedHelp, supports), nil},
			{"cooperation judged on the evidence kept", graph.Filter{Stances: []graph.Stance{graph.Cooperation}, To: "2022-01-07"},
				allEntityIDs(), sorted(askedHelp, deployed, supports), map[string]graph.Stance{deployed: graph.Cooperation}},
			{"one document", graph.Filter{Documents: []string{hostileID}},
				allEntityIDs(), sorted(deployed, criticizes), nil},
			{"dates", graph.Filter{From: "2022-01-06", To: "2022-01-07"},
				allEntityIDs(), sorted(deployed, called, leadsRU, supports, leadsCSTO), map[string]graph.Stance{deployed: graph.Cooperation}},
			{"two sentences or more", graph.Filter{MinEvidence: 2},
				allEntityIDs(), sorted(deployed, leadsCSTO), nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				sg, err := s.Snapshot(ctx, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				checkSubgraph(t, sg)
				if got := entityIDs(sg.Entities); !slices.Equal(got, tt.entities) {
					t.Errorf("entities = %v, want %v", got, tt.entities)
				}
				if got := relationIDs(sg.Relations); !slices.Equal(got, tt.relations) {
					t.Errorf("relations = %v, want %v", got, tt.relations)
				}
				for _, r := range sg.Relations {
					if want, ok := tt.stance[r.ID]; ok && r.Stance != want {
						t.Errorf("%s stance = %s, want %s", r.ID, r.Stance, want)
					}
				}
			})
		}
	})

	t.Run("SnapshotBadFilter", func(t *testing.T) {
		_, err := s.Snapshot(ctx, graph.Filter{Types: []graph.RelType{"LOVES"}})
		wantCode(t, err, graph.EINVALID)
	})

	t.Run("Adjacent", func(t *testing.T) {
		tests := []struct {
			name string
			ids  []string
			f    graph.Filter
			want []string
		}{
			{"one actor", []string{tokayevID}, graph.Filter{}, sorted(askedHelp, leadsKZ, called, supports)},
			{"a frontier, each relationship once", []string{tokayevID, putinID}, graph.Filter{},
				sorted(askedHelp, leadsKZ, called, supports, leadsRU)},
			{"unknown ids add nothing", []string{"person:nobody", almatyID}, graph.Filter{}, sorted(almatyIn)},
			{"kinds drop the far end", []string{tokayevID}, graph.Filter{Kinds: []graph.Kind{graph.State}}, sorted(leadsKZ)},
			{"types", []string{russiaID}, graph.Filter{Types: []graph.RelType{graph.Leads}}, sorted(leadsCSTO, leadsRU)},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				rs, err := s.Adjacent(ctx, tt.ids, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				if got := relationIDs(rs); !slices.Equal(got, tt.want) {
					t.Errorf("relations = %v, want %v", got, tt.want)
				}
				for _, r := range rs {
					if len(r.Evidence) == 0 {
						t.Errorf("%s has no evidence", r.ID)
					}
				}
			})
		}
	})

	t.Run("Paths", func(t *testing.T) {
		tests := []struct {
			name string
			q    analyze.PathQuery
			want [][]string
		}{
			{"all shortest", analyze.PathQuery{From: xiID, To: russiaID}, [][]string{
				{xiID, tokayevID, cstoID, russiaID},
				{xiID, tokayevID, putinID, russiaID},
				{xiID, tokayevID, kazakhstanID, russiaID},
			}},
			{"limit", analyze.PathQuery{From: xiID, To: russiaID, Limit: 1}, [][]string{
				{xiID, tokayevID, cstoID, russiaID},
			}},
			{"through people and states only", analyze.PathQuery{From: xiID, To: russiaID,
				Filter: graph.Filter{Kinds: []graph.Kind{graph.Person, graph.State}}}, [][]string{
				{xiID, tokayevID, putinID, russiaID},
				{xiID, tokayevID, kazakhstanID, russiaID},
			}},
			{"ends kept whatever their kind", analyze.PathQuery{From: tokayevID, To: russiaID,
				Filter: graph.Filter{Kinds: []graph.Kind{graph.State}}}, [][]string{
				{tokayevID, kazakhstanID, russiaID},
			}},
			{"cooperation only finds none", analyze.PathQuery{From: xiID, To: russiaID, CooperationOnly: true}, [][]string{}},
			{"too short", analyze.PathQuery{From: xiID, To: russiaID, MaxLength: 2}, [][]string{}},
			{"against the direction", analyze.PathQuery{From: kazakhstanID, To: almatyID}, [][]string{
				{kazakhstanID, almatyID},
			}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				paths, err := analyze.ShortestPaths(ctx, s, tt.q)
				if err != nil {
					t.Fatal(err)
				}
				got := [][]string{}
				for _, p := range paths {
					got = append(got, p.Entities)
					if len(p.Steps) != len(p.Entities)-1 {
						t.Errorf("path %v has %d steps", p.Entities, len(p.Steps))
					}
				}
				if !slices.EqualFunc(got, tt.want, slices.Equal) {
					t.Errorf("paths = %v, want %v", got, tt.want)
				}
			})
		}
		_, err := analyze.ShortestPaths(ctx, s, analyze.PathQuery{From: xiID, To: "person:nobody"})
		wantCode(t, err, graph.ENOTFOUND)
	})
}
