// A new annotation tied to its actor or relation. The caller has checked that the id is free
// and the target exists, in the same transaction; MERGE keeps a repeated request to one node.
OPTIONAL MATCH (a:Actor {id: $targetId})
OPTIONAL MATCH (r:Relation {id: $targetId})
WITH coalesce(a, r) AS t
WHERE t IS NOT NULL
MERGE (n:Annotation {id: $id})
  ON CREATE SET n.targetId = $targetId, n.targetKind = $targetKind, n.text = $text, n.author = $author,
                n.createdAt = datetime($createdAt)
MERGE (n)-[:ANNOTATES]->(t)
RETURN n.id AS id
