// Creates or updates relation nodes (the claims) and ties them to their two actors and place
// (docs/data-model.md, "Merge rules"). Type, from and to are required and replace what the
// relation has, so a corrected file moves it. A null field was left out and keeps its value;
// polarity and intensity fall back to the type's only on a relation that has none yet. The dates,
// their precision, isEvent and the words as written change only when the file gives `when`
// (they describe one statement of time, so they are replaced together); the place (AT) only when
// it gives a location.
UNWIND $relations AS row
MATCH (source:Actor {id: row.from})
MATCH (target:Actor {id: row.to})
MERGE (r:Relation {id: row.id})
ON CREATE SET r.createdAt = datetime(), r.isEvent = false
SET r.type = row.type, r.quad = row.quad,
    r.polarity = coalesce(row.polarity, r.polarity, row.defaults.polarity),
    r.sign = coalesce(row.sign, r.sign, row.defaults.sign),
    r.intensity = coalesce(row.intensity, r.intensity, row.defaults.intensity),
    r.mode = coalesce(row.mode, r.mode), r.summary = coalesce(row.summary, r.summary)
WITH r, row, source, target
CALL (r, row) {
  WITH r, row WHERE row.hasWhen
  SET r.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
      r.validTo = CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END,
      r.datePrecision = row.datePrecision, r.validToPrecision = row.validToPrecision,
      r.isEvent = row.isEvent, r.dateAsWritten = row.dateAsWritten
}
CALL (r) {
  MATCH (r)-[old:FROM|TO]->()
  DELETE old
}
CREATE (r)-[:FROM]->(source)
CREATE (r)-[:TO]->(target)
WITH r, row
CALL (r, row) {
  MATCH (place:Actor {id: row.location})
  OPTIONAL MATCH (r)-[old:AT]->(other)
  WHERE other <> place
  DELETE old
  MERGE (r)-[:AT]->(place)
}
