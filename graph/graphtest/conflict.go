package graphtest

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// testConflict covers a document whose text changes under the evidence another origin stored.
func testConflict(t *testing.T, open func(t *testing.T) graph.Store) {
	// retexted returns the troops text layer for a new text, with its quotes found again in it.
	retexted := func(text string) graph.Batch {
		b := troopsText()
		d := b.Document
		d.Text, d.Hash = text, graph.ContentHash(text)
		b.Document = d
		for i := range b.Relations {
			for j := range b.Relations[i].Evidence {
				ev := &b.Relations[i].Evidence[j]
				ev.Text = strings.Replace(ev.Text, "deployed paratroopers", "sent paratroopers", 1)
				ev.Start, ev.End, _ = graph.Locate(text, ev.Text, 1)
			}
		}
		return b
	}

	t.Run("a new text that drops another origin's quote is a conflict and changes nothing", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		doc := mustDocument(t, s, troopsID)
		b := retexted(strings.Replace(doc.Text, "deployed paratroopers", "sent paratroopers", 1))
		if err := b.Validate(b.Document.Text); err != nil {
			t.Fatalf("the new text layer itself is not valid: %v", err)
		}
		_, err := s.Ingest(t.Context(), b)
		wantCode(t, err, graph.ECONFLICT)
		if got := mustDocument(t, s, troopsID); got != doc {
			t.Errorf("the document changed to %+v", got)
		}
		want := corpusStats
		want.Evidence++
		if got := mustStats(t, s); got != want {
			t.Errorf("Stats = %+v, want %+v", got, want)
		}
	})

	t.Run("a new text with the overlay's new reading in the same call is accepted", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		text := strings.Replace(troopsDoc().Text, "deployed paratroopers", "sent paratroopers", 1)
		b := retexted(text)
		overlay := troopsOverlay()
		ev := &overlay.Relations[0].Evidence[0]
		ev.Text = "Russia sent paratroopers to Kazakhstan on Thursday."
		ev.Start, ev.End, _ = graph.Locate(text, ev.Text, 1)
		mustIngest(t, s, b, overlay)
		if got := mustDocument(t, s, troopsID); got.Text != text || got.Hash != graph.ContentHash(text) {
			t.Errorf("document = %+v, want the new text", got)
		}
	})

	t.Run("a new text that keeps every quote in place is accepted", func(t *testing.T) {
		s := newCorpusStore(t, open, true)
		text := troopsDoc().Text + " Shops reopened in Almaty."
		b := troopsText()
		b.Document.Text, b.Document.Hash = text, graph.ContentHash(text)
		mustIngest(t, s, b)
		if got := mustDocument(t, s, troopsID); got.Text != text {
			t.Errorf("text = %q, want %q", got.Text, text)
		}
		if got := len(mustRelation(t, s, deployed).Evidence); got != 3 {
			t.Errorf("%s has %d pieces of evidence, want 3", deployed, got)
		}
	})

	t.Run("an overlay that quotes a text the same call replaces is a conflict", func(t *testing.T) {
		s := newCorpusStore(t, open, false)
		text := strings.Replace(troopsDoc().Text, "deployed paratroopers", "sent paratroopers", 1)
		_, err := s.Ingest(t.Context(), troopsOverlay(), retexted(text))
		wantCode(t, err, graph.ECONFLICT)
		if got := mustStats(t, s); got != corpusStats {
			t.Errorf("Stats = %+v, want %+v", got, corpusStats)
		}
	})
}
