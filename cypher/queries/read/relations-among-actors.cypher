// The relations that pass the filter between any two of the given actors.
MATCH (a:Actor)-[x:RELATES]->(b:Actor)
WHERE a.id IN $actorIds AND b.id IN $actorIds
  AND /*include relation-filter(x)*/
MATCH (r:Relation {id: x.id})
RETURN /*include relation-fields(r)*/ AS relation
ORDER BY x.validFrom IS NULL, x.validFrom, x.id
