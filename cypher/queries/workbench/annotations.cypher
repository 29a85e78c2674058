// Every annotation, or those of one actor or relation, oldest first.
MATCH (n:Annotation)
WHERE $targetId IS NULL OR n.targetId = $targetId
WITH n ORDER BY n.createdAt, n.id
RETURN n {.id, .targetId, .targetKind, .text, .author, createdAt: toString(n.createdAt)} AS annotation
