package neo4jstore

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Every Cypher statement the package runs is built here, once, when the package loads. Relationship types and
// kind labels cannot be query parameters, so the statements that need them are stamped out from a template
// for each word of the fixed vocabularies (graph.RelTypes, graph.Kinds); nothing else is ever spliced into
// Cypher, and everything a caller gives travels as a parameter.

// Names of the statements that exist once. Per-type and per-kind variants are named by the functions below.
const (
	stmtLock            = "lock"
	stmtNewVersion      = "newVersion"
	stmtVersion         = "version"
	stmtDocuments       = "documents"
	stmtDocumentsMeta   = "documentsMeta"
	stmtDocumentList    = "documentList"
	stmtLayers          = "layers"
	stmtLayerMentions   = "layerMentions"
	stmtLayerEvidence   = "layerEvidence"
	stmtEntityMentions  = "entityMentions"
	stmtEntities        = "entities"
	stmtRelEvidence     = "relationEvidence"
	stmtCountDocuments  = "countDocuments"
	stmtCountEntities   = "countEntities"
	stmtCountRelations  = "countRelations"
	stmtCountEvidence   = "countEvidence"
	stmtSearchCutoff    = "searchCutoff"
	stmtSearchHits      = "searchHits"
	stmtSearchSpelling  = "searchSpelling"
	stmtSpellingMissing = "spellingMissing"
	stmtSetSpelling     = "setSpelling"
	stmtAdjacency       = "adjacency"
	stmtAllEntities     = "allEntities"
	stmtAllRelations    = "allRelations"
	stmtUpsertDocuments = "upsertDocuments"
	stmtUpsertLayers    = "upsertLayers"
	stmtClearLayers     = "clearLayers"
	stmtDeleteEvidence  = "deleteEvidence"
	stmtDeleteRelations = "deleteRelations"
	stmtDeleteEntities  = "deleteEntities"
	stmtCreateMentions  = "createMentions"
	stmtCreateEvidence  = "createEvidence"
	stmtClear           = "clear"
	stmtDocEntities     = "documentEntities"
	stmtEntityDocuments = "entityDocuments"
	stmtRelationCounts  = "relationCounts"
)

// stmtNeighborhood names the statement that fetches the adjacency around the focus for a view of the depth.
func stmtNeighborhood(depth int) string { return fmt.Sprintf("neighborhood/%d", depth) }

// stmtUpsertEntities names the statement that writes entities of the kind.
func stmtUpsertEntities(k graph.Kind) string { return "upsertEntities/" + kindLabel(k) }

// stmtUpsertRelations names the statement that writes relationships of the type.
func stmtUpsertRelations(t graph.RelType) string { return "upsertRelations/" + string(t) }

// schemaStatements set up constraints and indexes. Each runs in a transaction of its own (Neo4j does not mix
// schema and data changes in one transaction) and all are idempotent.
var schemaStatements = []struct{ name, cypher string }{
	{"schema/entityID", `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE`},
	{"schema/documentID", `CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE`},
	{"schema/layerKey", `CREATE CONSTRAINT layer_key IF NOT EXISTS FOR (l:Layer) REQUIRE (l.document, l.origin) IS UNIQUE`},
	{"schema/evidenceKey", `CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (ev:Evidence) REQUIRE ev.key IS UNIQUE`},
	{"schema/ingestLock", `CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.id IS UNIQUE`},
	{"schema/entityName", `CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)`},
	// Search matches folded names and aliases anywhere inside them: a TEXT index answers CONTAINS.
	{"schema/entitySearch", `CREATE TEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON (e.search)`},
	{"schema/entitySpelling", `CREATE TEXT INDEX entity_spelling IF NOT EXISTS FOR (e:Entity) ON (e.spelling)`},
	// For analysts in Neo4j Browser: CALL db.index.fulltext.queryNodes('entity_names', 'tokayev').
	{"schema/entityNames", `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]`},
	{"schema/evidenceRelation", `CREATE INDEX evidence_relation IF NOT EXISTS FOR (ev:Evidence) ON (ev.relation)`},
	{"schema/documentPublished", `CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published)`},
}

// evidenceMap projects an Evidence node into the map decodeEvidence reads.
const evidenceMap = `ev {.document, .text, .start, .end, .published, .stance, .origin, .rule, .confidence, .claim}`

// entityMap projects an Entity node into the map decodeEntity reads.
const entityMap = `{.id, .name, .kind, .aliases, .description}`

// documentFields returns a Document node's properties as columns; the text only when asked, since listings
// leave it out and it is the bulk of a document.
func documentFields(text bool) string {
	s := `d.id AS id, d.title AS title, d.source AS source, d.url AS url, d.published AS published, d.hash AS hash`
	if text {
		s += `, d.text AS text`
	}
	return s
}

var statements = buildStatements()

func buildStatements() map[string]string {
	types := relTypeUnion()
	adjacency := func(head string) string {
		return head + `
MATCH (n)-[r:` + types + `]-(b:Entity)
MATCH (ev:Evidence {relation: r.id})
WITH n, r, b, collect(` + evidenceMap + `) AS evidence
RETURN n.id AS id, r.id AS relation, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
  b ` + entityMap + ` AS other, evidence`
	}
	m := map[string]string{
		// Holding a write lock on one node for the whole transaction serialises ingests, also across
		// processes: each ingest reads the layers it merges with, so two at once could lose each other's work.
		stmtLock: `MERGE (l:IngestLock {id: 'graph'})
SET l.held = true
REMOVE l.held`,
		// The lock node also carries the graph's version (see Store.Version): a number each ingest that writes
		// raises, and an epoch drawn when the node is made, so the numbers of a graph emptied by Clear, which
		// deletes the node, never repeat those from before.
		stmtNewVersion: `MATCH (l:IngestLock {id: 'graph'})
SET l.epoch = coalesce(l.epoch, randomUUID()), l.version = coalesce(l.version, 0) + 1`,
		stmtVersion: `OPTIONAL MATCH (l:IngestLock {id: 'graph'})
RETURN l.epoch AS epoch, l.version AS version`,

		stmtDocuments: `UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN ` + documentFields(true),
		stmtDocumentsMeta: `UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN ` + documentFields(false),
		stmtDocumentList: `MATCH (d:Document)
RETURN ` + documentFields(false),

		stmtLayers: `UNWIND $documents AS document
MATCH (:Document {id: document})-[:HAS_LAYER]->(l:Layer)
RETURN l.document AS document, l.origin AS origin`,
		stmtLayerMentions: `UNWIND $documents AS document
MATCH (:Document {id: document})-[:HAS_LAYER]->(l:Layer)-[m:MENTIONS]->(e:Entity)
RETURN l.document AS document, l.origin AS origin, e.id AS entity, e.kind AS kind,
  m.name AS name, m.aliases AS aliases, m.description AS description`,
		stmtLayerEvidence: `UNWIND $documents AS document
MATCH (:Document {id: document})-[:HAS_LAYER]->(l:Layer)-[:STATES]->(ev:Evidence)
MATCH (ev)-[:SUBJECT]->(a:Entity)
MATCH (ev)-[:OBJECT]->(b:Entity)
RETURN l.document AS document, l.origin AS origin, ev.type AS type, a.id AS from, b.id AS to,
  ` + evidenceMap + ` AS evidence`,
		stmtEntityMentions: `UNWIND $ids AS id
MATCH (e:Entity {id: id})<-[m:MENTIONS]-(l:Layer)<-[:HAS_LAYER]-(d:Document)
RETURN e.id AS entity, e.kind AS kind, l.document AS document, l.origin AS origin, d.published AS published,
  m.name AS name, m.aliases AS aliases, m.description AS description`,
		stmtEntities: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e ` + entityMap + ` AS entity`,
		stmtRelEvidence: `UNWIND $relations AS relation
MATCH (ev:Evidence {relation: relation})
RETURN relation, ev.key AS key, ` + evidenceMap + ` AS evidence,
  [(l:Layer)-[:STATES]->(ev) | [l.document, l.origin]] AS layers`,

		// What a document names, and who is named where: through the layers, so an entity the text names
		// and relates to nothing counts. A row without an entity (or document) says the other one exists.
		stmtDocEntities: `MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_LAYER]->(:Layer)-[:MENTIONS]->(e:Entity)
WITH DISTINCT d, e
RETURN d.id AS document, e ` + entityMap + ` AS entity`,
		stmtEntityDocuments: `MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)<-[:MENTIONS]-(:Layer)<-[:HAS_LAYER]-(d:Document)
WITH DISTINCT e, d
RETURN e.id AS entity, ` + documentFields(false),
		// With no label on the far end Neo4j reads the count from the node's degree (GetDegree) rather than
		// expanding every relationship; the typed relationships only ever join entities.
		stmtRelationCounts: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { (e)-[:` + types + `]-() } AS n`,

		// Counts in the shapes Neo4j's count store answers in constant time (NodeCountFromCountStore,
		// RelationshipCountFromCountStore): one label, or a relationship type union with at most one label on
		// either end, no WHERE and no properties, count() alone in RETURN. A label on both ends, as the
		// relationship count had, makes Neo4j scan every relationship, and Ingest counts three times per
		// transaction. The typed relationships only ever join entities, so labelling the start is enough.
		stmtCountDocuments: `MATCH (d:Document)
RETURN count(d) AS n`,
		stmtCountEntities: `MATCH (e:Entity)
RETURN count(e) AS n`,
		stmtCountRelations: `MATCH (:Entity)-[r:` + types + `]->()
RETURN count(r) AS n`,
		stmtCountEvidence: `MATCH (ev:Evidence)
RETURN count(ev) AS n`,

		// The search key is "|" + the folded name and aliases joined by "|" + "|", so one CONTAINS finds
		// every candidate and three more give graph.MatchScore's best score over the name and aliases:
		// "|q|" a whole name, "|q" a name's start, " q" a word's start, anything else inside a word.
		stmtSearchCutoff: `MATCH (e:Entity)
WHERE e.search CONTAINS $query
WITH ` + searchScore + ` AS score
ORDER BY score
LIMIT $limit
RETURN max(score) AS cutoff`,
		stmtSearchHits: `MATCH (e:Entity)
WHERE e.search CONTAINS $query
WITH e, ` + searchScore + ` AS score
WHERE score <= $cutoff
RETURN e ` + entityMap + ` AS entity, score`,
		stmtSpellingMissing: `MATCH (e:Entity)
WHERE e.spelling IS NULL
RETURN e ` + entityMap + ` AS entity
LIMIT $limit`,
		stmtSetSpelling: `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.spelling = row.spelling`,
		// A query that finds nothing is tried by its spelling key against the entities' (graph.SpellingKey).
		stmtSearchSpelling: `MATCH (e:Entity)
WHERE e.spelling CONTAINS $query
RETURN e ` + entityMap + ` AS entity
LIMIT $scan`,

		stmtAdjacency: adjacency(`UNWIND $ids AS id
MATCH (n:Entity {id: id})`),
		stmtAllEntities: `MATCH (e:Entity)
RETURN e ` + entityMap + ` AS entity`,
		// Each relationship once, from its source: the rows read like adjacency rows of the source.
		stmtAllRelations: `MATCH (n:Entity)-[r:` + types + `]->(b:Entity)
MATCH (ev:Evidence {relation: r.id})
WITH n, r, b, collect(` + evidenceMap + `) AS evidence
RETURN n.id AS id, r.id AS relation, type(r) AS type, n.id AS from, b.id AS to,
  b ` + entityMap + ` AS other, evidence`,

		stmtUpsertDocuments: `UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title, d.source = row.source, d.url = row.url, d.published = row.published,
  d.hash = row.hash, d.text = row.text`,
		stmtUpsertLayers: `UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (l:Layer {document: row.document, origin: row.origin})
MERGE (d)-[:HAS_LAYER]->(l)`,
		stmtClearLayers: `UNWIND $rows AS row
MATCH (:Layer {document: row.document, origin: row.origin})-[s:MENTIONS|STATES]->()
DELETE s`,
		stmtDeleteEvidence: `UNWIND $keys AS key
MATCH (ev:Evidence {key: key})
DETACH DELETE ev`,
		// Only the relationships between entities carry an id, so the type need not be named.
		stmtDeleteRelations: `UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity {id: row.to})
WHERE r.id = row.id
DELETE r`,
		stmtDeleteEntities: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
DETACH DELETE e`,
		stmtCreateMentions: `UNWIND $rows AS row
MATCH (l:Layer {document: row.document, origin: row.origin})
MATCH (e:Entity {id: row.entity})
CREATE (l)-[:MENTIONS {name: row.name, aliases: row.aliases, description: row.description}]->(e)`,
		// The key is a hash of the relationship id and every field, so layers that state the same sentence
		// share one node and ON CREATE SET writes what any later MERGE would find there already.
		stmtCreateEvidence: `UNWIND $rows AS row
MATCH (l:Layer {document: row.document, origin: row.layer})
MATCH (d:Document {id: row.document})
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (ev:Evidence {key: row.key})
ON CREATE SET ev.relation = row.relation, ev.type = row.type, ev.document = row.document,
  ev.text = row.text, ev.start = row.start, ev.end = row.end, ev.published = row.published,
  ev.stance = row.stance, ev.origin = row.origin, ev.rule = row.rule, ev.confidence = row.confidence, ev.claim = row.claim
MERGE (ev)-[:QUOTES]->(d)
MERGE (ev)-[:SUBJECT]->(a)
MERGE (ev)-[:OBJECT]->(b)
CREATE (l)-[:STATES]->(ev)`,

		stmtClear: `MATCH (n:Entity|Document|Layer|Evidence|IngestLock)
WITH n
LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted`,
	}
	// The view of depth d walks breadth first from the focus; graph.Expand reads the relationships of every
	// entity up to d-1 steps away, so one statement fetches those (capped) and later rounds fetch what is
	// missing. A bound cannot be a parameter, hence one statement per depth.
	for d := 1; d <= graph.MaxDepth; d++ {
		m[stmtNeighborhood(d)] = adjacency(fmt.Sprintf(`MATCH (f:Entity)
WHERE f.id IN $focus
MATCH (f)-[:%s*0..%d]-(n:Entity)
WITH DISTINCT n
LIMIT $cap`, types, d-1))
	}
	for _, k := range graph.Kinds {
		m[stmtUpsertEntities(k)] = `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:` + kindLabel(k) + `, e.kind = row.kind, e.name = row.name, e.aliases = row.aliases,
  e.description = row.description, e.search = row.search, e.spelling = row.spelling`
	}
	for _, t := range graph.RelTypes {
		m[stmtUpsertRelations(t.Type)] = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:` + relType(t.Type) + `]->(b)
SET r.id = row.id, r.stance = row.stance, r.weight = row.weight, r.first = row.first, r.last = row.last`
	}
	for _, s := range schemaStatements {
		m[s.name] = s.cypher
	}
	return m
}

const searchScore = `CASE
  WHEN e.search CONTAINS $exact THEN 0
  WHEN e.search CONTAINS $prefix THEN 1
  WHEN e.search CONTAINS $word THEN 2
  ELSE 3
END`

// Statements returns every Cypher statement the package can run, by name: the schema set-up, the reads, the
// writes and each variant built for a relationship type, a kind or a depth. The Cypher lint test checks all
// of them with Neo4j's own linter.
func Statements() map[string]string {
	return maps.Clone(statements)
}

// StatementNames returns the names of Statements, sorted.
func StatementNames() []string {
	return slices.Sorted(maps.Keys(statements))
}

// cypher returns the statement with the name; a missing one is a bug in this package.
func cypher(name string) string {
	s, ok := statements[name]
	if !ok {
		panic("neo4jstore: no statement named " + name)
	}
	return s
}

var (
	relTypePattern = regexp.MustCompile(`^[A-Z][A-Z_]*$`)
	labelPattern   = regexp.MustCompile(`^[A-Z][a-z]+$`)
)

// relType returns t for use in Cypher, after checking that it is a plain upper-case word: the vocabulary is
// code, but a malformed entry must stop the program rather than reach a statement.
func relType(t graph.RelType) string {
	if !relTypePattern.MatchString(string(t)) {
		panic(fmt.Sprintf("neo4jstore: relationship type %q is not a plain upper-case word", t))
	}
	return string(t)
}

func relTypeUnion() string {
	names := make([]string, len(graph.RelTypes))
	for i, t := range graph.RelTypes {
		names[i] = relType(t.Type)
	}
	return strings.Join(names, "|")
}

// kindLabel returns the node label of entities of the kind: "person" → "Person".
func kindLabel(k graph.Kind) string {
	s := string(k)
	if s == "" {
		panic("neo4jstore: empty kind")
	}
	label := strings.ToUpper(s[:1]) + s[1:]
	if !labelPattern.MatchString(label) {
		panic(fmt.Sprintf("neo4jstore: kind %q does not make a plain label", k))
	}
	return label
}

// Labels returns every node label the package writes.
func Labels() []string {
	out := []string{"Entity", "Document", "Layer", "Evidence", "IngestLock"}
	for _, k := range graph.Kinds {
		out = append(out, kindLabel(k))
	}
	return out
}

// RelationshipTypes returns every relationship type the package writes: the vocabulary and the links of
// layers and evidence.
func RelationshipTypes() []string {
	out := []string{"HAS_LAYER", "MENTIONS", "STATES", "QUOTES", "SUBJECT", "OBJECT"}
	for _, t := range graph.RelTypes {
		out = append(out, relType(t.Type))
	}
	return out
}
