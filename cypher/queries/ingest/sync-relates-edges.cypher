// Stores each relation's assessment and keeps its actor-to-actor RELATES edge in step, in the same
// transaction: the Relation node carries the provenance, the RELATES edge makes traversal fast.
UNWIND $assessments AS row
MATCH (r:Relation {id: row.relationId})-[:FROM]->(a:Actor)
MATCH (r)-[:TO]->(b:Actor)
SET r.status = row.status, r.confidence = row.confidence, r.evidenceCount = row.evidenceCount,
    r.sourceIds = row.sourceIds
WITH r, a, b
CALL (r, a, b) {
  MATCH (x)-[stale:RELATES {id: r.id}]->(y)
  WHERE x <> a OR y <> b
  DELETE stale
}
MERGE (a)-[edge:RELATES {id: r.id}]->(b)
SET edge.type = r.type, edge.polarity = r.polarity, edge.sign = r.sign, edge.intensity = r.intensity,
    edge.status = r.status, edge.confidence = r.confidence, edge.evidenceCount = r.evidenceCount,
    edge.validFrom = r.validFrom, edge.validTo = r.validTo, edge.isEvent = r.isEvent,
    edge.sourceIds = r.sourceIds
