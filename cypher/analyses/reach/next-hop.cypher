// reach (neighbourhood), one hop of a breadth-first walk: the actors linked to the frontier by a
// relation (either direction) that passes the filter and not yet visited. Called once per hop, in
// one read transaction, so a hub's neighbourhood is read once instead of once per path through it.
UNWIND $frontier AS actorId
MATCH (:Actor {id: actorId})-[x:RELATES]-(other:Actor)
WHERE NOT other.id IN $visited AND /*include relation-filter(x)*/
RETURN DISTINCT other.id AS id
ORDER BY id
