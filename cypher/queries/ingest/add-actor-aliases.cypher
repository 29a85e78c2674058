// Adds names to actors' aliases (used when a file describes an actor merged into another:
// its name and aliases stay findable, the kept actor's own fields are not overwritten). An alias
// a curator removed stays removed.
UNWIND $additions AS row
MATCH (a:Actor {id: row.id})
WITH a, reduce(acc = coalesce(a.aliases, []), alias IN row.aliases |
       CASE WHEN alias IN acc OR alias = a.name OR alias IN coalesce(a.removedAliases, []) THEN acc
            ELSE acc + alias END) AS aliases
SET a.aliases = aliases,
    a.aliasText = reduce(text = '', alias IN aliases | text + ' | ' + alias)
