// Bench baseline: the relations of the bench rows with their FROM/TO edges and the RELATES edge
// that mirrors each, with the same properties ingest writes (status and confidence already
// derived, date bounds already computed, so this is the floor of writing them).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Actor {id: row.from})
  MATCH (b:Actor {id: row.to})
  WITH row, a, b,
       CASE WHEN row.validFrom = '' THEN null ELSE date(row.validFrom) END AS validFrom,
       CASE WHEN row.validTo = '' THEN null ELSE date(row.validTo) END AS validTo,
       CASE WHEN row.datePrecision = '' THEN null ELSE row.datePrecision END AS datePrecision,
       CASE WHEN row.validToPrecision = '' THEN null ELSE row.validToPrecision END AS validToPrecision,
       split(row.sourceIds, '|') AS sourceIds
  CREATE (r:Relation {
    id: row.id, type: row.type, quad: row.quad, polarity: row.polarity, sign: toInteger(row.sign),
    intensity: toFloat(row.intensity), summary: row.summary, isEvent: row.isEvent = 'true',
    validFrom: validFrom, validTo: validTo, datePrecision: datePrecision, validToPrecision: validToPrecision,
    status: row.status, confidence: toFloat(row.confidence), evidenceCount: toInteger(row.evidenceCount),
    sourceIds: sourceIds, createdAt: datetime()
  })
  CREATE (r)-[:FROM]->(a)
  CREATE (r)-[:TO]->(b)
  CREATE (a)-[:RELATES {
    id: row.id, type: row.type, polarity: row.polarity, sign: toInteger(row.sign),
    intensity: toFloat(row.intensity), status: row.status, confidence: toFloat(row.confidence),
    evidenceCount: toInteger(row.evidenceCount), validFrom: validFrom, validTo: validTo,
    isEvent: row.isEvent = 'true', datePrecision: datePrecision, validToPrecision: validToPrecision,
    validFromLast: CASE WHEN row.validFromLast = '' THEN null ELSE date(row.validFromLast) END,
    validToFirst: CASE WHEN row.validToFirst = '' THEN null ELSE date(row.validToFirst) END,
    validToLast: CASE WHEN row.validToLast = '' THEN null ELSE date(row.validToLast) END,
    sourceIds: sourceIds
  }]->(b)
} IN TRANSACTIONS OF 10000 ROWS
