package boltstore

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// hubArticle is a document in which members join the Hub Alliance, which it calls by the given alias.
func hubArticle(id string, alias string, members ...string) graph.Batch {
	hub := graph.NewEntity(graph.Organization, "Hub Alliance", alias)
	b := graph.Batch{Origin: graph.OriginText, Entities: []graph.Entity{hub}}
	var text strings.Builder
	for _, m := range members {
		p := graph.NewEntity(graph.Person, m)
		sentence := m + " joined the Hub Alliance."
		start := text.Len()
		text.WriteString(sentence + " ")
		b.Entities = append(b.Entities, p)
		b.Relations = append(b.Relations, graph.Relation{From: p.ID, To: hub.ID, Type: graph.MemberOf,
			Evidence: []graph.Evidence{{Document: id, Text: sentence, Start: start, End: start + len(sentence),
				Stance: graph.Structural, Origin: graph.Extracted, Confidence: 0.9}}})
	}
	b.Document = graph.Document{ID: id, Title: "Article " + id, Source: "Test", Published: "2022-01-07",
		Hash: graph.ContentHash(text.String()), Text: text.String()}
	return b
}

// TestFailedWriteLeavesNoTrace: the indexes of an ingest are computed while the file is written, so when
// the write fails the store must forget what the computation noted (an alias only the failed document
// gives, the members it adds): what it serves afterwards, and what later ingests make of it, is exactly
// what a store that never saw the failed document holds.
func TestFailedWriteLeavesNoTrace(t *testing.T) {
	ctx := t.Context()
	before := []graph.Batch{hubArticle("a1", "HA", "Ann Lee", "Bo Chen"), hubArticle("a2", "HA", "Bo Chen", "Cy Diaz")}
	failed := hubArticle("ghost", "Ghost Alliance", "Ann Lee", "Dee Ghost")
	after := hubArticle("a3", "The Hub", "Eve Ray") // changes the hub's aliases: its mentions are merged again

	s := openFresh(t, "failed.db")
	if _, err := s.Ingest(ctx, before...); err != nil {
		t.Fatal(err)
	}
	s.failWrite = func() error { return errors.New("injected write failure") }
	res, err := s.Ingest(ctx, failed)
	if err == nil || graph.ErrorCode(err) != graph.EINTERNAL || !strings.Contains(err.Error(), "injected write failure") {
		t.Fatalf("ingest with a failing write: %v (code %s), want EINTERNAL with the cause", err, graph.ErrorCode(err))
	}
	if res.After != res.Before {
		t.Errorf("the failed ingest reports %+v -> %+v", res.Before, res.After)
	}
	// A write that panics (bbolt does on some damage to the file) panics in the caller, after the same
	// clean-up, and leaves the store ingesting.
	s.failWrite = func() error { panic("injected write panic") }
	func() {
		defer func() {
			if r := recover(); r != "injected write panic" {
				t.Errorf("ingest with a panicking write: recovered %v, want the panic", r)
			}
		}()
		s.Ingest(ctx, failed)
	}()
	s.failWrite = nil
	if _, err := s.Ingest(ctx, after); err != nil {
		t.Fatal(err)
	}

	clean := openFresh(t, "clean.db")
	if _, err := clean.Ingest(ctx, append(before, after)...); err != nil {
		t.Fatal(err)
	}
	got, want := dump(t, s), dump(t, clean)
	if got != want {
		t.Errorf("after a failed write and another ingest the store serves\n%s\nwant (never saw the failed document)\n%s", got, want)
	}
	if strings.Contains(got, "Ghost") {
		t.Errorf("the failed document left a trace:\n%s", got)
	}
	// And the file holds the same.
	path := s.Path()
	s.Close()
	reopened, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	if got := dump(t, reopened); got != want {
		t.Errorf("reopened, the store holds\n%s\nwant\n%s", got, want)
	}
}

// dump is everything a reader sees of the store, as text.
func dump(t *testing.T, s *Store) string {
	t.Helper()
	sg, err := s.Snapshot(t.Context(), graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%+v\n", stats)
	for _, e := range sg.Entities {
		fmt.Fprintf(&b, "%s %q aliases %q\n", e.ID, e.Name, e.Aliases)
	}
	for _, r := range sg.Relations {
		fmt.Fprintf(&b, "%s %s\n", r.ID, r.Stance)
		for _, ev := range r.Evidence {
			fmt.Fprintf(&b, "  %s %d-%d %q\n", ev.Document, ev.Start, ev.End, ev.Text)
		}
	}
	return b.String()
}

// openFresh opens a new store file of that name in the test's temporary folder, closed when the test ends.
func openFresh(t *testing.T, name string) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), name), NoSync())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
