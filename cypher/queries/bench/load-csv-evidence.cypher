// Bench baseline: the evidence of the bench rows, tied to its relation and source.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (r:Relation {id: row.relationId})
  MATCH (s:Source {id: row.sourceId})
  CREATE (e:Evidence {
    id: row.id, quote: row.quote, attribution: row.attribution, anonymous: row.anonymous = 'true',
    stance: row.stance, status: row.status, confidence: toFloat(row.confidence), retracted: false,
    createdAt: datetime()
  })
  CREATE (e)-[:SUPPORTS]->(r)
  CREATE (e)-[:FOUND_IN]->(s)
} IN TRANSACTIONS OF 10000 ROWS
