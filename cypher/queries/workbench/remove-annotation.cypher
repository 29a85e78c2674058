// Deletes an annotation; removing one that is not there removes nothing.
OPTIONAL MATCH (n:Annotation {id: $id})
WITH n, n IS NOT NULL AS existed
DETACH DELETE n
RETURN existed
