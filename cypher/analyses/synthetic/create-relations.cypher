// Benchmarks and load tests only: creates a batch of synthetic relations in bulk, each with its
// evidence and its mirrored RELATES edge, in the shape ingest and refreshRelations write. Every
// date is a day, so the bounds of the edge's dates (ingest/sync-relates-edges) are the dates.
UNWIND $relations AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
CREATE (r:Relation {
  id: row.id, type: row.type, polarity: row.polarity, sign: toInteger(row.sign), intensity: row.intensity,
  quad: row.quad, summary: row.summary, isEvent: row.isEvent, datePrecision: 'DAY',
  validFrom: date(row.validFrom), validTo: CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END,
  validToPrecision: CASE WHEN row.validTo IS NULL THEN null ELSE 'DAY' END,
  status: row.status, confidence: row.confidence, evidenceCount: size(row.evidence), sourceIds: row.sourceIds,
  createdAt: datetime()
})
CREATE (r)-[:FROM]->(a)
CREATE (r)-[:TO]->(b)
CREATE (a)-[:RELATES {
  id: row.id, type: row.type, polarity: row.polarity, sign: toInteger(row.sign), intensity: row.intensity,
  status: row.status, confidence: row.confidence, validFrom: date(row.validFrom),
  validTo: CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END,
  datePrecision: 'DAY', validToPrecision: CASE WHEN row.validTo IS NULL THEN null ELSE 'DAY' END,
  validFromLast: date(row.validFrom),
  validToFirst: CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END,
  validToLast: CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END,
  isEvent: row.isEvent, sourceIds: row.sourceIds, evidenceCount: size(row.evidence)
}]->(b)
WITH r, row
UNWIND row.evidence AS item
MATCH (s:Source {id: item.source})
CREATE (e:Evidence {
  id: item.id, quote: item.quote, attribution: item.attribution, anonymous: item.anonymous,
  stance: item.stance, status: item.status, confidence: item.confidence, retracted: false,
  createdAt: datetime()
})
CREATE (e)-[:SUPPORTS]->(r)
CREATE (e)-[:FOUND_IN]->(s)
RETURN count(DISTINCT r) AS relations
