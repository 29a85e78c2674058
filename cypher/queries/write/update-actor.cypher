// Changes the given fields of an actor. $changes holds name, kind, country, description and
// wikidata as given (a null removes the property); $aliases, when not null, replaces the aliases
// and the text the full-text index reads.
MATCH (a:Actor {id: $id})
SET a += $changes, a.updatedAt = datetime()
WITH a
CALL (a) {
  WITH a WHERE $aliases IS NOT NULL
  SET a.aliases = $aliases,
      a.aliasText = reduce(text = '', alias IN $aliases | text + ' | ' + alias)
}
RETURN a.id AS id
