// One page of the relations an export writes: those whose RELATES edge passes the relation filter
// (cypher/fragments/relation-filter.cypher, the API's rule), in id order after `$after` (null:
// from the start), `$limit` at a time, so an export of any size is read in bounded pages.
MATCH (:Actor)-[x:RELATES]->(:Actor)
WHERE /*include relation-filter(x)*/
  AND ($after IS NULL OR x.id > $after)
WITH x ORDER BY x.id LIMIT $limit
MATCH (r:Relation {id: x.id})
RETURN r {
  .*,
  fromId: [(r)-[:FROM]->(source) | source.id][0],
  toId: [(r)-[:TO]->(target) | target.id][0],
  locationId: [(r)-[:AT]->(place) | place.id][0],
  links: [(r)-[link:LINKED]->(other:Relation) | {kind: link.kind, relationId: other.id}]
} AS relation
ORDER BY relation.id
