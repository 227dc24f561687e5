package neo4jstore_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// BenchmarkIngestRows measures ingest throughput into Neo4j for UNWIND batches of 100, 1,000 and 10,000
// rows: each ingest is one new document stating `rows` relationships (each with its sentence, a new
// entity and the MENTIONS, STATES and evidence that go with it), written with the store's batch size set
// to the same number, so every write statement takes all its rows in one UNWIND. It reports rows/s, a row
// being one relationship with all it brings. It runs only with NEO4J_URI set, and empties the database:
//
//	docker compose up -d --wait neo4j
//	NEO4J_URI=bolt://localhost:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=... \
//	  go test -run '^$' -bench IngestRows -benchtime 5x ./store/neo4jstore/
func BenchmarkIngestRows(b *testing.B) {
	cfg := neo4jConfig(b)
	for _, rows := range []int{100, 1_000, 10_000} {
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			cfg := cfg
			cfg.BatchSize = rows
			s := mustOpen(b, cfg)
			defer s.Close()
			if err := s.Clear(b.Context()); err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { mustClear(b, cfg) })
			batches := make([]graph.Batch, b.N)
			for i := range batches {
				batches[i] = benchBatch(i, rows)
			}
			var busy time.Duration
			b.ResetTimer()
			for i := range b.N {
				start := time.Now()
				if _, err := s.Ingest(b.Context(), batches[i]); err != nil {
					b.Fatal(err)
				}
				busy += time.Since(start)
			}
			b.ReportMetric(float64(rows*b.N)/busy.Seconds(), "rows/s")
		})
	}
}

// benchBatch returns document n: a hub and `rows` envoys, each of whom met the hub, one sentence each.
func benchBatch(n, rows int) graph.Batch {
	hub := graph.NewEntity(graph.State, fmt.Sprintf("Hubland %d", n))
	var text strings.Builder
	b := graph.Batch{Origin: graph.OriginText, Entities: []graph.Entity{hub}}
	docID := fmt.Sprintf("bench-%d-%d", rows, n)
	for i := range rows {
		e := graph.NewEntity(graph.Person, fmt.Sprintf("Envoy %d of %d", i, n))
		sentence := fmt.Sprintf("%s met the leaders of %s. ", e.Name, hub.Name)
		start := utf8.RuneCountInString(text.String())
		text.WriteString(sentence)
		quote := strings.TrimSpace(sentence)
		b.Entities = append(b.Entities, e)
		b.Relations = append(b.Relations, graph.Relation{From: e.ID, To: hub.ID, Type: graph.MetWith,
			Evidence: []graph.Evidence{{Document: docID, Text: quote, Start: start, End: start + utf8.RuneCountInString(quote),
				Stance: graph.Neutral, Origin: graph.Extracted, Rule: "bench", Confidence: 0.5}}})
	}
	t := text.String()
	b.Document = graph.Document{ID: docID, Title: "Bench", Published: "2022-01-07", Hash: graph.ContentHash(t), Text: t}
	return b
}
