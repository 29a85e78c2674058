// Bench floor of `shortestPaths(fromId, toId)`: the same paths with the actors' and relations'
// fields the bench asks for, in one query.
MATCH path = ALL SHORTEST (:Actor {id: $fromId})-[:RELATES]-{1,4}(:Actor {id: $toId})
RETURN [node IN nodes(path) | node {.id, .name}] AS actors,
       [edge IN relationships(path) | edge {.id, .type, .polarity}] AS relations
LIMIT $limit
