// The dated relations that pass the filter, for one actor (either side) or all.
MATCH (a:Actor)-[x:RELATES]->(b:Actor)
WHERE ($actorId IS NULL OR a.id = $actorId OR b.id = $actorId)
  AND (x.validFrom IS NOT NULL OR x.validTo IS NOT NULL)
  AND /*include relation-filter(x)*/
MATCH (r:Relation {id: x.id})
RETURN /*include relation-fields(r)*/ AS relation
