// Which of the referenced ids already exist, so a file may refer to knowledge loaded before it.
RETURN
  [id IN $actorIds WHERE EXISTS { MATCH (:Actor {id: id}) }] AS actorIds,
  [id IN $sourceIds WHERE EXISTS { MATCH (:Source {id: id}) }] AS sourceIds,
  [id IN $relationIds WHERE EXISTS { MATCH (:Relation {id: id}) }] AS relationIds
