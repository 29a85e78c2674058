// Merges actor $mergeId into actor $keepId: the relations' FROM/TO edges, the places of events
// (AT) and the attributions of evidence (ATTRIBUTED_TO) move to the kept actor; the merged
// actor's name and aliases become aliases; fields the kept actor lacks are taken over; then the
// merged actor is deleted with its RELATES edges (a MergedActor redirect keeps its id), which the caller redraws between the moved
// relations' new ends (refreshRelations) in the same transaction. Returns the moved relations.
// What the merge decided outranks later files (docs/data-model.md, "Merge rules"): the fields
// taken over join the kept actor's curatedFields, and the aliases a curator removed from either
// actor stay removed.
MATCH (keep:Actor {id: $keepId})
MATCH (gone:Actor {id: $mergeId})
CALL (keep, gone) {
  MATCH (r:Relation)-[old:FROM]->(gone)
  CREATE (r)-[:FROM]->(keep)
  DELETE old
  RETURN collect(r.id) AS fromIds
}
CALL (keep, gone) {
  MATCH (r:Relation)-[old:TO]->(gone)
  CREATE (r)-[:TO]->(keep)
  DELETE old
  RETURN collect(r.id) AS toIds
}
CALL (keep, gone) {
  MATCH (r:Relation)-[old:AT]->(gone)
  CREATE (r)-[:AT]->(keep)
  DELETE old
  RETURN count(old) AS places
}
CALL (keep, gone) {
  MATCH (e:Evidence)-[old:ATTRIBUTED_TO]->(gone)
  CREATE (e)-[:ATTRIBUTED_TO]->(keep)
  DELETE old
  RETURN count(old) AS attributions
}
WITH keep, gone, fromIds + [id IN toIds WHERE NOT id IN fromIds] AS relationIds,
     reduce(acc = [], alias IN coalesce(keep.aliases, []) + [gone.name] + coalesce(gone.aliases, []) |
       CASE WHEN alias IN acc OR alias = keep.name THEN acc ELSE acc + alias END) AS aliases
WITH keep, gone, relationIds, aliases,
     [field IN ['country', 'description', 'wikidata'] WHERE keep[field] IS NULL AND gone[field] IS NOT NULL]
       AS takenOver
SET keep.aliases = aliases,
    keep.aliasText = reduce(text = '', alias IN aliases | text + ' | ' + alias),
    keep.curatedFields = reduce(acc = coalesce(keep.curatedFields, []),
      field IN takenOver | CASE WHEN field IN acc THEN acc ELSE acc + field END),
    keep.removedAliases = reduce(acc = [],
      alias IN coalesce(keep.removedAliases, []) + coalesce(gone.removedAliases, []) |
      CASE WHEN alias IN acc OR alias IN aliases THEN acc ELSE acc + alias END),
    keep.country = coalesce(keep.country, gone.country),
    keep.description = coalesce(keep.description, gone.description),
    keep.wikidata = coalesce(keep.wikidata, gone.wikidata),
    keep.updatedAt = datetime()
// Leave a redirect for the merged id, and move the redirects that pointed at the merged actor.
MERGE (redirect:MergedActor {id: gone.id})
SET redirect.name = gone.name, redirect.mergedAt = datetime()
MERGE (redirect)-[:MERGED_INTO]->(keep)
WITH keep, gone, relationIds
CALL (keep, gone) {
  MATCH (earlier:MergedActor)-[:MERGED_INTO]->(gone)
  MERGE (earlier)-[:MERGED_INTO]->(keep)
}
DETACH DELETE gone
RETURN relationIds
