// Changes the given fields of an actor. $changes holds name, kind, country, description and
// wikidata as given (a null removes the property); $aliases, when not null, replaces the aliases
// and the text the full-text index reads. A curator outranks later files (docs/data-model.md,
// "Merge rules"): the fields given ($curated) join curatedFields, which the ingest leaves alone,
// and the aliases taken away join removedAliases, which the ingest does not add back (an alias
// given again leaves that list).
MATCH (a:Actor {id: $id})
SET a += $changes, a.updatedAt = datetime(),
    a.curatedFields = reduce(acc = coalesce(a.curatedFields, []), field IN $curated |
      CASE WHEN field IN acc THEN acc ELSE acc + field END)
WITH a
CALL (a) {
  WITH a WHERE $aliases IS NOT NULL
  WITH a, [alias IN coalesce(a.removedAliases, []) + [old IN coalesce(a.aliases, []) WHERE NOT old IN $aliases]
           WHERE NOT alias IN $aliases] AS removed
  SET a.aliases = $aliases,
      a.aliasText = reduce(text = '', alias IN $aliases | text + ' | ' + alias),
      a.removedAliases = reduce(acc = [], alias IN removed | CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
}
RETURN a.id AS id
