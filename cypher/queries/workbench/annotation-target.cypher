// What an annotation's target is: an actor or a relation with this id, or nothing.
OPTIONAL MATCH (a:Actor {id: $targetId})
OPTIONAL MATCH (r:Relation {id: $targetId})
RETURN CASE WHEN a IS NOT NULL THEN 'ACTOR' WHEN r IS NOT NULL THEN 'RELATION' END AS kind
