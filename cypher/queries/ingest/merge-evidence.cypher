// Creates or updates evidence: the quote, where it was found, who it is attributed to
// (docs/data-model.md, "Merge rules"). The caller has checked that an existing id is bound to the
// same relation, source and quote (checkEvidenceIdentity), so SUPPORTS and FOUND_IN never gain a
// second end. A null field was left out and keeps its value (stance and anonymous fall back to
// ASSERTS and false only on new evidence); the attribution target and the relayed source are
// replaced only when given. A retraction is never undone here.
UNWIND $evidence AS row
MATCH (r:Relation {id: row.relationId})
MATCH (s:Source {id: row.sourceId})
MERGE (e:Evidence {id: row.id})
ON CREATE SET e.createdAt = datetime(), e.retracted = false
SET e.quote = row.quote, e.attribution = row.attribution,
    e.anonymous = coalesce(row.anonymous, e.anonymous, row.defaults.anonymous),
    e.stance = coalesce(row.stance, e.stance, row.defaults.stance),
    e.kind = coalesce(row.kind, e.kind, row.defaults.kind),
    e.status = row.status, e.confidence = row.confidence,
    e.reliability = coalesce(row.reliability, e.reliability),
    e.credibility = coalesce(row.credibility, e.credibility),
    e.note = coalesce(row.note, e.note)
MERGE (e)-[:SUPPORTS]->(r)
MERGE (e)-[:FOUND_IN]->(s)
WITH e, row
CALL (e, row) {
  MATCH (speaker:Actor {id: row.attributedTo})
  OPTIONAL MATCH (e)-[old:ATTRIBUTED_TO]->(other)
  WHERE other <> speaker
  DELETE old
  MERGE (e)-[:ATTRIBUTED_TO]->(speaker)
}
WITH e, row
CALL (e, row) {
  MATCH (cited:Source {id: row.citedSourceId})
  OPTIONAL MATCH (e)-[old:RELAYS]->(other)
  WHERE other <> cited
  DELETE old
  MERGE (e)-[:RELAYS]->(cited)
}
