// Moves the record time of every relation and piece of evidence back to $at, so a test can tell
// what was recorded before a window from what changed in it. Used by tests only.
MATCH (r:Relation)
SET r.createdAt = datetime($at)
WITH r
MATCH (e:Evidence)-[:SUPPORTS]->(r)
SET e.createdAt = datetime($at)
