package graphtest

import (
	"reflect"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// testMentions covers which entities a document names and which documents name an entity, through every
// layer of the document, and how many relationships each entity takes part in: what lets a reader find an
// actor that an article names and relates to nothing (Lukashenko in the rumours article).
func testMentions(t *testing.T, open func(t *testing.T) graph.Store) {
	ctx := t.Context()

	t.Run("a document names the entities of all its layers, those related to nothing included", func(t *testing.T) {
		s := newStore(t, open)
		mustIngest(t, s, append(corpus(), troopsOverlay(), rumoursText())...)
		for doc, want := range map[string][]string{
			rumoursID: sorted(belarusID, kazakhstanID, lukashenkoID, russiaID, tokayevID, cstoID),
			troopsID:  sorted(russiaID, kazakhstanID, putinID, tokayevID, xiID, cstoID),
			hostileID: sorted(kremlinWatchID, russiaID, kazakhstanID),
		} {
			got, err := s.DocumentEntities(ctx, doc)
			if err != nil {
				t.Fatal(err)
			}
			if ids := entityIDs(got); !slices.Equal(ids, want) {
				t.Errorf("%s names %v, want %v", doc, ids, want)
			}
			// Each as the store merged it from every layer: Kazakhstan with the overlay's description.
			for _, e := range got {
				if stored := mustEntity(t, s, e.ID); !reflect.DeepEqual(e, stored) {
					t.Errorf("%s lists %+v, the store holds %+v", doc, e, stored)
				}
			}
		}
		_, err := s.DocumentEntities(ctx, "no-such-document")
		wantCode(t, err, graph.ENOTFOUND)
	})

	t.Run("an entity is named by the documents of every layer that names it", func(t *testing.T) {
		s := newStore(t, open)
		mustIngest(t, s, append(corpus(), troopsOverlay(), rumoursText())...)
		for id, want := range map[string][]string{
			lukashenkoID: {rumoursID},
			russiaID:     {unrestID, troopsID, rumoursID, hostileID},
			xiID:         {troopsID},
		} {
			docs, err := s.EntityDocuments(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if got := documentIDs(docs); !slices.Equal(got, want) {
				t.Errorf("%s is named in %v, want %v (by date)", id, got, want)
			}
			for _, d := range docs {
				if d.Text != "" || d.Title == "" {
					t.Errorf("document %s is listed with text %d bytes long and title %q; want its title and no text", d.ID, len(d.Text), d.Title)
				}
			}
		}
		_, err := s.EntityDocuments(ctx, "person:nobody")
		wantCode(t, err, graph.ENOTFOUND)
	})

	t.Run("relation counts include every relationship and 0 for the unrelated", func(t *testing.T) {
		s := newStore(t, open)
		mustIngest(t, s, append(corpus(), troopsOverlay(), rumoursText())...)
		ids := []string{lukashenkoID, russiaID, "person:nobody", russiaID, almatyID}
		got, err := s.RelationCounts(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		// Russia: leads the CSTO, deployed forces, led by Putin, criticised by Kremlin Watch, supports Tokayev.
		if want := []int{0, 5, 0, 5, 1}; !slices.Equal(got, want) {
			t.Errorf("RelationCounts(%v) = %v, want %v", ids, got, want)
		}
		if got, err := s.RelationCounts(ctx, nil); err != nil || len(got) != 0 {
			t.Errorf("RelationCounts(nil) = %v, %v", got, err)
		}
	})

	t.Run("a layer ingested again changes what its document names", func(t *testing.T) {
		s := newStore(t, open)
		mustIngest(t, s, append(corpus(), rumoursText())...)
		mustIngest(t, s, without(rumoursText(), lukashenkoID, russiaSupports)) // and the claim he made
		got, err := s.DocumentEntities(ctx, rumoursID)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(entityIDs(got), lukashenkoID) {
			t.Errorf("the rumours still name Lukashenko after their layer dropped him: %v", entityIDs(got))
		}
		_, err = s.EntityDocuments(ctx, lukashenkoID)
		wantCode(t, err, graph.ENOTFOUND) // no layer names him: he is gone

		// The overlay alone still names Kazakhstan in the troops article when the text no longer does.
		mustIngest(t, s, troopsOverlay())
		mustIngest(t, s, without(troopsText(), kazakhstanID, graph.RelationID(russiaID, graph.DeployedForcesTo, kazakhstanID)))
		docs, err := s.EntityDocuments(ctx, kazakhstanID)
		if err != nil {
			t.Fatal(err)
		}
		if got := documentIDs(docs); !slices.Contains(got, troopsID) {
			t.Errorf("Kazakhstan is named in %v, want the troops article through its overlay", got)
		}
		counts, err := s.RelationCounts(ctx, []string{xiID})
		if err != nil {
			t.Fatal(err)
		}
		if counts[0] != 1 {
			t.Errorf("Xi takes part in %d relationships, want 1", counts[0])
		}
	})
}
