#!/usr/bin/env node
// Lints Cypher statements with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
//
// Reads JSON on stdin:
//   {"statements": {"name": "MATCH ...", ...},
//    "schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...], "parameters": {...}}}
// and writes JSON on stdout: {"name": [{"severity": 1|2, "message": "...", "line": 0, "character": 0,
// "offset": 0}, ...], ...} with a list, maybe empty, for every statement. Severity 1 is an error, 2 a
// warning (deprecations, undeclared labels, types and properties, cartesian products...).
//
// The schema declares what the project's database holds; functions and procedures come from the
// package's own catalogue of Neo4j's built-ins, so misspelt or deprecated ones are reported too.
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const input = JSON.parse(await readStdin());
const builtins = testData.mockSchema;
const dbSchema = {
  labels: input.schema.labels ?? [],
  relationshipTypes: input.schema.relationshipTypes ?? [],
  propertyKeys: input.schema.propertyKeys ?? [],
  parameters: input.schema.parameters ?? {},
  functions: builtins.functions,
  procedures: builtins.procedures,
  defaultLanguage: 'CYPHER 5',
};

const out = {};
for (const [name, query] of Object.entries(input.statements)) {
  const { diagnostics } = lintCypherQuery(query, dbSchema);
  out[name] = diagnostics.map((d) => ({
    severity: d.severity,
    message: d.message,
    line: d.range.start.line,
    character: d.range.start.character,
    offset: d.offsets?.start ?? 0,
  }));
}
process.stdout.write(JSON.stringify(out) + '\n');
