// Tests only: makes every RELATES edge look as it was written before edges carried the bounds of
// their dates, so that the migration that backfills them can be tested.
MATCH ()-[x:RELATES]->()
REMOVE x.validFromLast, x.validToFirst, x.validToLast, x.datePrecision, x.validToPrecision
RETURN count(x) AS edges
