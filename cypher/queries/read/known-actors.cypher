// Every actor with the fields the extractor resolves names against (server/extraction/actor-directory.ts).
// Merged actors are MergedActor redirects, not Actor nodes, so they are not proposed again.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country, coalesce(a.aliases, []) AS aliases
ORDER BY a.id
