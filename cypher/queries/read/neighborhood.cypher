// The neighbourhood of an actor in one query: the actors within $depth hops (1 to 4; breadth
// first, either direction, over relations that pass the filter), at most $maxActors counting the
// centre (a hop stops adding actors once the cap is reached), and the relations among them that
// pass the filter, oldest first. No row when the actor does not exist.
// Each hop is its own block, run only while $depth asks for it; `WITH DISTINCT o LIMIT` stops the
// expansion as soon as a hop has found as many new actors as could still fit, so a hub in the
// frontier costs at most the cap, not its whole degree.
MATCH (center:Actor {id: $actorId})
WITH center, [center] AS visited, [center] AS frontier
CALL (visited, frontier) {
  UNWIND CASE WHEN $depth >= 1 THEN frontier ELSE [] END AS f
  MATCH (f)-[x:RELATES]-(o:Actor)
  WHERE /*include relation-filter(x)*/
    AND NOT o IN visited
  WITH DISTINCT o LIMIT $maxActors
  RETURN collect(o) AS found
}
WITH center, visited + found[..($maxActors - size(visited))] AS visited, found[..($maxActors - size(visited))] AS frontier
CALL (visited, frontier) {
  UNWIND CASE WHEN $depth >= 2 AND size(visited) < $maxActors THEN frontier ELSE [] END AS f
  MATCH (f)-[x:RELATES]-(o:Actor)
  WHERE /*include relation-filter(x)*/
    AND NOT o IN visited
  WITH DISTINCT o LIMIT $maxActors
  RETURN collect(o) AS found
}
WITH center, visited + found[..($maxActors - size(visited))] AS visited, found[..($maxActors - size(visited))] AS frontier
CALL (visited, frontier) {
  UNWIND CASE WHEN $depth >= 3 AND size(visited) < $maxActors THEN frontier ELSE [] END AS f
  MATCH (f)-[x:RELATES]-(o:Actor)
  WHERE /*include relation-filter(x)*/
    AND NOT o IN visited
  WITH DISTINCT o LIMIT $maxActors
  RETURN collect(o) AS found
}
WITH center, visited + found[..($maxActors - size(visited))] AS visited, found[..($maxActors - size(visited))] AS frontier
CALL (visited, frontier) {
  UNWIND CASE WHEN $depth >= 4 AND size(visited) < $maxActors THEN frontier ELSE [] END AS f
  MATCH (f)-[x:RELATES]-(o:Actor)
  WHERE /*include relation-filter(x)*/
    AND NOT o IN visited
  WITH DISTINCT o LIMIT $maxActors
  RETURN collect(o) AS found
}
WITH visited + found[..($maxActors - size(visited))] AS visited
CALL (visited) {
  UNWIND visited AS a
  MATCH (a)-[x:RELATES]->(b:Actor)
  WHERE b IN visited
    AND /*include relation-filter(x)*/
  MATCH (r:Relation {id: x.id})
  WITH r, x ORDER BY x.validFrom IS NULL, x.validFrom, x.id
  RETURN collect(/*include relation-fields(r)*/) AS relations
}
RETURN [a IN visited | /*include actor-fields(a)*/] AS actors, relations
