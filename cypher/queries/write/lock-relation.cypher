// Takes the relation's write lock until the transaction ends (setting and removing a property
// locks the node without changing it), so concurrent additions of evidence to one relation run
// one after another and each sees what the previous one committed. Returns nothing when the
// relation does not exist.
MATCH (r:Relation {id: $id})
SET r.lockedForWrite = true
REMOVE r.lockedForWrite
RETURN r.id AS id
