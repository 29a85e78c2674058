// Every piece of evidence of each relation, retracted ones included (the API shows them marked).
UNWIND $relationIds AS relationId
MATCH (e:Evidence)-[:SUPPORTS]->(:Relation {id: relationId})
RETURN relationId, e {
  .*,
  relationId: relationId,
  sourceId: [(e)-[:FOUND_IN]->(s) | s.id][0],
  citedSourceId: [(e)-[:RELAYS]->(s) | s.id][0],
  attributedToId: [(e)-[:ATTRIBUTED_TO]->(speaker) | speaker.id][0]
} AS evidence
ORDER BY relationId, e.retracted, e.confidence DESC, e.id
