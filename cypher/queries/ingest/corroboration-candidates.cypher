// Stored relations that a new report of the same actors and type may corroborate: those with the
// same corroboration key (from|to|type) and a first day in the range the type's window allows, or,
// for an undated report, the undated ones. server/domain/corroboration.ts picks among them.
UNWIND $lookups AS lookup
MATCH (r:Relation {corroborationKey: lookup.key})
WHERE (lookup.earliest IS NULL AND r.validFrom IS NULL)
   OR (r.validFrom >= date(lookup.earliest) AND r.validFrom <= date(lookup.latest))
RETURN DISTINCT lookup.key AS key, r.id AS id, toString(r.validFrom) AS validFrom, r.datePrecision AS datePrecision
