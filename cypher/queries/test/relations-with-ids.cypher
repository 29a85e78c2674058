// How many of the given relation ids the graph holds: for recovery tests.
MATCH (r:Relation)
WHERE r.id IN $ids
RETURN count(r) AS found
