// Creates or updates relation nodes (the claims) and ties them to their two actors and place.
// Old FROM/TO/AT edges are replaced, so a corrected data file moves the relation.
UNWIND $relations AS row
MATCH (source:Actor {id: row.from})
MATCH (target:Actor {id: row.to})
MERGE (r:Relation {id: row.id})
ON CREATE SET r.createdAt = datetime()
SET r.type = row.type, r.polarity = row.polarity, r.sign = row.sign, r.intensity = row.intensity,
    r.quad = row.quad, r.mode = row.mode, r.summary = row.summary,
    r.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
    r.validTo = CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END,
    r.datePrecision = row.datePrecision, r.validToPrecision = row.validToPrecision,
    r.isEvent = row.isEvent, r.dateAsWritten = row.dateAsWritten
WITH r, row, source, target
CALL (r) {
  MATCH (r)-[old:FROM|TO|AT]->()
  DELETE old
}
CREATE (r)-[:FROM]->(source)
CREATE (r)-[:TO]->(target)
WITH r, row
CALL (r, row) {
  MATCH (place:Actor {id: row.location})
  CREATE (r)-[:AT]->(place)
}
