// Evidence that does not hang off exactly one relation and exactly one source (it should never).
MATCH (e:Evidence)
WITH e, COUNT { (e)-[:SUPPORTS]->() } AS relations, COUNT { (e)-[:FOUND_IN]->() } AS sources
WHERE relations <> 1 OR sources <> 1
RETURN e.id AS evidenceId, relations, sources
