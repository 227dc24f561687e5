// Package neo4jstore is actorgraph's Neo4j store: the graph where analysts can query it with Cypher, look at
// it in Neo4j Browser or Bloom, and run it on a cluster or Aura. It is the only package that imports the
// Neo4j driver, and it passes the same conformance suite (graph/graphtest) as the embedded store.
//
// # Data model
//
// The merged graph, as an analyst reads it:
//
//	(:Entity:Person|State|Organization|Outlet|Place {id, name, kind, aliases, description, search})
//	(:Entity)-[:LEADS|SUPPORTS|DEPLOYED_FORCES_TO|... {id, stance, weight, first, last}]->(:Entity)
//	(:Evidence {key, relation, type, document, text, start, end, published, stance, origin, rule, confidence, claim})
//	(:Evidence)-[:SUBJECT]->(:Entity), (:Evidence)-[:OBJECT]->(:Entity), (:Evidence)-[:QUOTES]->(:Document)
//	(:Document {id, title, source, url, published, hash, text})
//
// Relationship types are the fixed vocabulary graph.RelTypes; weight counts the evidence, first and last are
// the earliest and latest publication dates among it, stance is graph.MergeStance of it. Evidence.relation
// is the relationship's id ("from|TYPE|to"), indexed, so "says who?" of an edge is one look-up.
//
// What each source said, kept so that a re-ingest replaces exactly its own contribution:
//
//	(:Document)-[:HAS_LAYER]->(:Layer {document, origin})
//	(:Layer)-[:MENTIONS {name, aliases, description}]->(:Entity)
//	(:Layer)-[:STATES]->(:Evidence)
//
// A layer is one (document, origin) batch (package graph/layer): "text" for what the extractor read,
// "overlay:NAME" for an analyst's overlay. layer.PlanIngest plans every ingest; entities and relationships
// are derived from the layers by the merge rules of package graph/layer (layer.MergeEntity,
// layer.MergeEvidence). Layers that quote the same sentence in the same way share one Evidence node.
//
// # Transactions
//
// One Ingest is one write transaction: it takes a lock node (:IngestLock), reads the layers it merges
// with, and writes with batched UNWIND ... MERGE statements, so a failed call leaves nothing behind. Reads
// run in read transactions, a session per operation. Every statement is listed by Statements, built once
// from templates over the fixed vocabularies, and checked by Neo4j's Cypher linter in the tests.
package neo4jstore
