// What an unfiltered export of the graph should hold, for the export tests: the ids of the
// actors, of the relations that are not retracted (and how many of those are dated), of the
// evidence of those relations and of the sources.
CALL () { MATCH (a:Actor) RETURN collect(a.id) AS actorIds }
CALL () {
  MATCH (r:Relation) WHERE r.status <> 'RETRACTED'
  RETURN collect(r.id) AS relationIds,
         count(CASE WHEN r.validFrom IS NOT NULL OR r.validTo IS NOT NULL THEN 1 END) AS datedRelations
}
CALL () {
  MATCH (e:Evidence)-[:SUPPORTS]->(r:Relation) WHERE r.status <> 'RETRACTED'
  RETURN collect(e.id) AS evidenceIds
}
CALL () { MATCH (s:Source) RETURN collect(s.id) AS sourceIds }
RETURN actorIds, relationIds, datedRelations, evidenceIds, sourceIds
