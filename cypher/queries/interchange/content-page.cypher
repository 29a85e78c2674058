// One page of the records of one kind ($label: Actor, Relation, Evidence or Source) for the
// content checksum, in id order after `$after`: every property, and every edge the record starts
// (but RELATES, the mirror of a relation node) as "TYPE:kind:target id".
MATCH (n:Actor|Relation|Evidence|Source)
WHERE $label IN labels(n) AND ($after IS NULL OR n.id > $after)
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, properties(n) AS properties,
       [(n)-[link]->(target) WHERE type(link) <> 'RELATES' |
         type(link) + ':' + coalesce(link.kind, '') + ':' + target.id] AS ends
ORDER BY id
