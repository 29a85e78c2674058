// Annotations by id, as the API returns them.
UNWIND $ids AS id
MATCH (n:Annotation {id: id})
RETURN n {.id, .targetId, .targetKind, .text, .author, createdAt: toString(n.createdAt)} AS annotation
