// Creates or updates evidence: the quote, where it was found, who it is attributed to.
UNWIND $evidence AS row
MATCH (r:Relation {id: row.relationId})
MATCH (s:Source {id: row.sourceId})
MERGE (e:Evidence {id: row.id})
ON CREATE SET e.createdAt = datetime(), e.retracted = false
SET e.quote = row.quote, e.attribution = row.attribution, e.anonymous = row.anonymous,
    e.stance = row.stance, e.status = row.status, e.reliability = row.reliability,
    e.credibility = row.credibility, e.confidence = row.confidence, e.note = row.note
MERGE (e)-[:SUPPORTS]->(r)
MERGE (e)-[:FOUND_IN]->(s)
WITH e, row
CALL (e) {
  MATCH (e)-[old:ATTRIBUTED_TO|RELAYS]->()
  DELETE old
}
WITH e, row
CALL (e, row) {
  MATCH (speaker:Actor {id: row.attributedTo})
  CREATE (e)-[:ATTRIBUTED_TO]->(speaker)
}
WITH e, row
CALL (e, row) {
  MATCH (cited:Source {id: row.citedSourceId})
  CREATE (e)-[:RELAYS]->(cited)
}
