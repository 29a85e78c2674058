// Bench baseline (npm run bench, figure `ingest`): the actors of the bench rows loaded with
// LOAD CSV in batched transactions, the fastest plain Cypher way to write them. Auto-commit only.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (a:Actor {id: row.id, name: row.name, kind: row.kind, createdAt: datetime()})
  SET a.aliases = CASE WHEN row.aliases = '' THEN [] ELSE split(row.aliases, '|') END,
      a.aliasText = reduce(text = '', alias IN a.aliases | text + ' | ' + alias)
} IN TRANSACTIONS OF 10000 ROWS
