// Ids of actors that were merged into others, with the id of the actor that now stands for each.
UNWIND $ids AS id
MATCH (:MergedActor {id: id})-[:MERGED_INTO]->(kept:Actor)
RETURN id, kept.id AS keptId
