// Creates or updates actors. Aliases only grow: names added by curation survive a re-ingest.
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.createdAt = datetime(), a.aliases = []
WITH a, row,
     reduce(acc = coalesce(a.aliases, []), alias IN row.aliases |
       CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases
SET a.name = row.name, a.kind = row.kind, a.country = row.country, a.description = row.description,
    a.wikidata = row.wikidata, a.aliases = aliases,
    a.aliasText = reduce(text = '', alias IN aliases | text + ' | ' + alias)
