// Creates or updates actors (docs/data-model.md, "Merge rules"). Name and kind are required and
// replace what the actor has; a null field was left out by the file and keeps the actor's value.
// A field a curator set (listed in curatedFields) outranks the file, and an alias a curator
// removed (listed in removedAliases) is not added back; other aliases only grow.
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.createdAt = datetime(), a.aliases = []
WITH a, row, coalesce(a.curatedFields, []) AS curated,
     reduce(acc = coalesce(a.aliases, []), alias IN row.aliases |
       CASE WHEN alias IN acc OR alias IN coalesce(a.removedAliases, []) THEN acc ELSE acc + alias END) AS aliases
SET a.name = CASE WHEN 'name' IN curated THEN a.name ELSE row.name END,
    a.kind = CASE WHEN 'kind' IN curated THEN a.kind ELSE row.kind END,
    a.country = CASE WHEN 'country' IN curated THEN a.country ELSE coalesce(row.country, a.country) END,
    a.description = CASE WHEN 'description' IN curated THEN a.description
                         ELSE coalesce(row.description, a.description) END,
    a.wikidata = CASE WHEN 'wikidata' IN curated THEN a.wikidata ELSE coalesce(row.wikidata, a.wikidata) END,
    a.aliases = aliases,
    a.aliasText = reduce(text = '', alias IN aliases | text + ' | ' + alias)
