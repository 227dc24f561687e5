package neo4jstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// row is one record of a result, by column name.
type row map[string]any

// run runs the named statement in tx and returns all its records. Every statement the package sends goes
// through here, so none can be sent that Statements does not list.
func run(ctx context.Context, tx neo4j.ManagedTransaction, name string, params map[string]any) ([]row, error) {
	res, err := tx.Run(ctx, cypher(name), params)
	if err != nil {
		return nil, statementError(name, err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, statementError(name, err)
	}
	out := make([]row, len(recs))
	for i, rec := range recs {
		r := make(row, len(rec.Keys))
		for j, k := range rec.Keys {
			r[k] = rec.Values[j]
		}
		out[i] = r
	}
	return out, nil
}

// runRows runs a write statement over rows, size at a time: UNWIND takes a batch per round trip, and a
// bounded batch keeps each request's memory in check on the server. When Neo4j runs out of memory for a
// batch, the error names the batch size, which the operator can lower (NEO4J_BATCH_SIZE).
func runRows[T any](ctx context.Context, tx neo4j.ManagedTransaction, name, param string, rows []T, size int) error {
	for len(rows) > 0 {
		n := min(size, len(rows))
		if _, err := run(ctx, tx, name, map[string]any{param: rows[:n]}); err != nil {
			if graph.ErrorCode(err) == graph.ETOOLARGE {
				return graph.Wrap(errors.Unwrap(err), graph.ETOOLARGE, fmt.Sprintf(
					"Neo4j ran out of memory writing %s in batches of %d rows; lower NEO4J_BATCH_SIZE or give Neo4j more memory (%s)",
					name, size, memorySettings))
			}
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// Values come back from the driver as int64, float64, string, []any and map[string]any, and as nil where a
// property is missing; these read them leniently, since a missing property means the empty value here.

func str(v any) string {
	s, _ := v.(string)
	return s
}

func integer(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case int:
		return n
	case float64:
		return int(n)
	}
	return 0
}

func float(v any) float64 {
	switch n := v.(type) {
	case float64:
		return n
	case int64:
		return float64(n)
	case int:
		return float64(n)
	}
	return 0
}

// strs returns a list of strings, never nil, so entities always carry an alias list.
func strs(v any) []string {
	out := []string{}
	switch l := v.(type) {
	case []any:
		for _, x := range l {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
	case []string:
		out = append(out, l...)
	}
	return out
}

func dict(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// orNil stores an empty string as a missing property, which reads back as "" through str.
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func decodeEntity(m map[string]any) graph.Entity {
	return graph.Entity{ID: str(m["id"]), Name: str(m["name"]), Kind: graph.Kind(str(m["kind"])),
		Aliases: strs(m["aliases"]), Description: str(m["description"])}
}

func decodeEvidence(m map[string]any) graph.Evidence {
	return graph.Evidence{Document: str(m["document"]), Text: str(m["text"]), Start: integer(m["start"]), End: integer(m["end"]),
		Published: str(m["published"]), Stance: graph.Stance(str(m["stance"])), Origin: str(m["origin"]),
		Rule: str(m["rule"]), Confidence: float(m["confidence"]), Claim: str(m["claim"])}
}

func decodeDocument(r row) graph.Document {
	return graph.Document{ID: str(r["id"]), Title: str(r["title"]), Source: str(r["source"]), URL: str(r["url"]),
		Published: str(r["published"]), Hash: str(r["hash"]), Text: str(r["text"])}
}
