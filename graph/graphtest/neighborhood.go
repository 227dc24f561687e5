package graphtest

import (
	"reflect"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func testNeighborhood(t *testing.T, open func(t *testing.T) graph.Store) {
	type want struct {
		entities, relations, documents []string
		omitted                        map[graph.Kind]int
	}
	for _, tc := range []struct {
		name string
		q    graph.NeighborhoodQuery
		want want
	}{
		{
			name: "depth 1 shows the direct neighbours and the relations among them",
			q:    graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 1},
			want: want{
				entities:  sorted(tokayevID, cstoID, kazakhstanID, putinID, xiID),
				relations: sorted(askedHelp, leadsKZ, called, supports),
				documents: []string{unrestID, troopsID},
			},
		},
		{
			name: "depth 2 adds the neighbours of neighbours",
			q:    graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 2},
			want: want{
				entities:  sorted(tokayevID, cstoID, kazakhstanID, putinID, xiID, russiaID, almatyID),
				relations: sorted(askedHelp, leadsKZ, called, supports, leadsCSTO, almatyIn, deployed, leadsRU),
				documents: []string{unrestID, troopsID, hostileID},
			},
		},
		{
			name: "depth 3 reaches the whole corpus",
			q:    graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 3},
			want: want{
				entities:  allEntityIDs(),
				relations: sorted(askedHelp, leadsKZ, called, supports, leadsCSTO, almatyIn, deployed, leadsRU, criticizes),
				documents: []string{unrestID, troopsID, hostileID},
			},
		},
		{
			name: "several focus entities share one view",
			q:    graph.NeighborhoodQuery{Focus: []string{xiID, almatyID}, Depth: 1},
			want: want{
				entities:  sorted(xiID, tokayevID, almatyID, kazakhstanID),
				relations: sorted(supports, almatyIn, leadsKZ),
				documents: []string{unrestID, troopsID},
			},
		},
		{
			name: "a kind filter keeps the focus and neighbours of that kind",
			q:    graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 2, Filter: graph.Filter{Kinds: []graph.Kind{graph.Person}}},
			want: want{
				entities:  sorted(tokayevID, putinID, xiID),
				relations: sorted(called, supports),
				documents: []string{troopsID},
			},
		},
		{
			name: "a type filter walks only relations of those types",
			q: graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 3,
				Filter: graph.Filter{Types: []graph.RelType{graph.Leads, graph.Called}}},
			want: want{
				entities:  sorted(tokayevID, kazakhstanID, putinID, russiaID, cstoID),
				relations: sorted(leadsKZ, called, leadsRU, leadsCSTO),
				documents: []string{unrestID, troopsID},
			},
		},
		{
			name: "a stance filter keeps relations of that stance",
			q: graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 2,
				Filter: graph.Filter{Stances: []graph.Stance{graph.Cooperation}}},
			want: want{
				entities:  sorted(tokayevID, cstoID, xiID),
				relations: sorted(askedHelp, supports),
				documents: []string{unrestID, troopsID},
			},
		},
		{
			name: "a stance filter judges the evidence the document filter keeps",
			q: graph.NeighborhoodQuery{Focus: []string{russiaID}, Depth: 1,
				Filter: graph.Filter{Documents: []string{hostileID}, Stances: []graph.Stance{graph.Conflict}}},
			want: want{
				entities:  sorted(russiaID, kazakhstanID, kremlinWatchID),
				relations: sorted(deployed, criticizes),
				documents: []string{hostileID},
			},
		},
		{
			name: "a document filter keeps only evidence from those documents",
			q: graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 2,
				Filter: graph.Filter{Documents: []string{unrestID}}},
			want: want{
				entities:  sorted(tokayevID, cstoID, kazakhstanID, russiaID, almatyID),
				relations: sorted(askedHelp, leadsKZ, leadsCSTO, almatyIn),
				documents: []string{unrestID},
			},
		},
		{
			name: "a date range keeps only evidence published within it",
			q: graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 1,
				Filter: graph.Filter{From: "2022-01-06", To: "2022-01-08"}},
			want: want{
				entities:  sorted(tokayevID, putinID, xiID),
				relations: sorted(called, supports),
				documents: []string{troopsID},
			},
		},
		{
			name: "a minimum of evidence drops thinly supported relations",
			q: graph.NeighborhoodQuery{Focus: []string{russiaID}, Depth: 1,
				Filter: graph.Filter{MinEvidence: 2}},
			want: want{
				entities:  sorted(russiaID, cstoID, kazakhstanID),
				relations: sorted(leadsCSTO, deployed),
				documents: []string{unrestID, troopsID, hostileID},
			},
		},
		{
			name: "the node cap keeps the best tied neighbours and counts the rest by kind",
			q: graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 2,
				Filter: graph.Filter{MaxNodes: 3}},
			want: want{
				entities:  sorted(tokayevID, cstoID, putinID),
				relations: sorted(askedHelp, called),
				documents: []string{unrestID, troopsID},
				omitted:   map[graph.Kind]int{graph.Person: 1, graph.State: 1},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newCorpusStore(t, open, true)
			sg := mustNeighborhood(t, s, tc.q)
			got := want{entityIDs(sg.Entities), relationIDs(sg.Relations), documentIDs(sg.Documents), sg.Omitted}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n%+v\nwant\n%+v", got, tc.want)
			}
			if sg.Depth != tc.q.Depth || !slices.Equal(sg.Focus, tc.q.Focus) {
				t.Errorf("view says focus %q depth %d, want %q %d", sg.Focus, sg.Depth, tc.q.Focus, tc.q.Depth)
			}
		})
	}

	t.Run("relations keep their evidence and the documents it cites", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		sg := mustNeighborhood(t, s, graph.NeighborhoodQuery{Focus: []string{russiaID}, Depth: 1})
		var r graph.Relation
		for _, x := range sg.Relations {
			if x.ID == deployed {
				r = x
			}
		}
		troops, hostile := troopsDoc(), hostileDoc()
		wantEv := []graph.Evidence{
			curate(troops, "Russia deployed paratroopers to Kazakhstan on Thursday.", graph.Cooperation, 7),
			quote(troops, "Russia deployed paratroopers to Kazakhstan on Thursday.", graph.Cooperation),
			quote(hostile, "It said Russia deployed forces to Kazakhstan against the will of its people.", graph.Conflict),
		}
		if !reflect.DeepEqual(r.Evidence, wantEv) {
			t.Errorf("evidence of %s =\n%+v\nwant\n%+v", deployed, r.Evidence, wantEv)
		}
		for _, d := range sg.Documents {
			full := mustDocument(t, s, d.ID)
			full.Text = ""
			if d != full {
				t.Errorf("view lists document %+v, want %+v", d, full)
			}
		}
		for _, ev := range r.Evidence {
			text := mustDocument(t, s, ev.Document).Text
			if got, ok := graph.Slice(text, ev.Start, ev.End); !ok || got != ev.Text {
				t.Errorf("evidence %q is not at characters %d..%d of %s", ev.Text, ev.Start, ev.End, ev.Document)
			}
		}
	})

	t.Run("every view is the one graph.Expand computes from the stored graph", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		ref := referenceSource(t, s)
		for _, q := range []graph.NeighborhoodQuery{
			{Focus: []string{kremlinWatchID}, Depth: 1},
			{Focus: []string{kremlinWatchID}, Depth: 2},
			{Focus: []string{kremlinWatchID}, Depth: 3},
			{Focus: []string{almatyID, xiID}, Depth: 2},
			{Focus: []string{russiaID}, Depth: 2, Filter: graph.Filter{MaxNodes: 4}},
			{Focus: []string{russiaID}, Depth: 3, Filter: graph.Filter{MaxNodes: 1}},
			{Focus: []string{kazakhstanID}, Depth: 2, Filter: graph.Filter{Kinds: []graph.Kind{graph.State, graph.Place}}},
			{Focus: []string{kazakhstanID}, Depth: 3, Filter: graph.Filter{To: "2022-01-07"}},
			{Focus: []string{kazakhstanID}, Depth: 3, Filter: graph.Filter{From: "2022-01-06", Stances: []graph.Stance{graph.Structural, graph.Neutral}}},
			{Focus: []string{putinID, putinID}, Depth: 1},
		} {
			want, err := graph.Expand(q, ref)
			if err != nil {
				t.Fatal(err)
			}
			if got := mustNeighborhood(t, s, q); !reflect.DeepEqual(got, want) {
				t.Errorf("Neighborhood(%+v) =\n%+v\nwant\n%+v", q, got, want)
			}
		}
	})

	t.Run("a bad query is invalid and an unknown focus is not found", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		for _, tc := range []struct {
			name string
			q    graph.NeighborhoodQuery
			code string
		}{
			{"depth 0", graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 0}, graph.EINVALID},
			{"depth 4", graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: graph.MaxDepth + 1}, graph.EINVALID},
			{"no focus", graph.NeighborhoodQuery{Depth: 1}, graph.EINVALID},
			{"unknown kind", graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 1, Filter: graph.Filter{Kinds: []graph.Kind{"ship"}}}, graph.EINVALID},
			{"unknown type", graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 1, Filter: graph.Filter{Types: []graph.RelType{"LIKES"}}}, graph.EINVALID},
			{"dates the wrong way round", graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 1, Filter: graph.Filter{From: "2022-02-01", To: "2022-01-01"}}, graph.EINVALID},
			{"node cap too high", graph.NeighborhoodQuery{Focus: []string{tokayevID}, Depth: 1, Filter: graph.Filter{MaxNodes: graph.MaxMaxNodes + 1}}, graph.EINVALID},
			{"unknown focus", graph.NeighborhoodQuery{Focus: []string{"person:nobody"}, Depth: 1}, graph.ENOTFOUND},
			{"one unknown focus among known ones", graph.NeighborhoodQuery{Focus: []string{tokayevID, "person:nobody"}, Depth: 1}, graph.ENOTFOUND},
		} {
			_, err := s.Neighborhood(t.Context(), tc.q)
			if got := graph.ErrorCode(err); got != tc.code {
				t.Errorf("%s: got %v, want code %q", tc.name, err, tc.code)
			}
		}
	})
}

// referenceSource reads the whole stored graph through the Store interface, as a graph.Source.
func referenceSource(t *testing.T, s graph.Store) graph.Source {
	t.Helper()
	all := mustNeighborhood(t, s, graph.NeighborhoodQuery{Focus: allEntityIDs(), Depth: 1,
		Filter: graph.Filter{MaxNodes: graph.MaxMaxNodes}})
	ref := refSource{entities: map[string]graph.Entity{}, relations: map[string][]graph.Relation{}, docs: map[string]graph.Document{}}
	for _, e := range all.Entities {
		ref.entities[e.ID] = e
	}
	for _, r := range all.Relations {
		ref.relations[r.From] = append(ref.relations[r.From], r)
		ref.relations[r.To] = append(ref.relations[r.To], r)
	}
	for _, d := range all.Documents {
		ref.docs[d.ID] = mustDocument(t, s, d.ID)
	}
	return ref
}

type refSource struct {
	entities  map[string]graph.Entity
	relations map[string][]graph.Relation
	docs      map[string]graph.Document
}

func (r refSource) Entity(id string) (graph.Entity, bool) { e, ok := r.entities[id]; return e, ok }
func (r refSource) Relations(id string) []graph.Relation  { return r.relations[id] }
func (r refSource) Document(id string) (graph.Document, bool) {
	d, ok := r.docs[id]
	return d, ok
}
