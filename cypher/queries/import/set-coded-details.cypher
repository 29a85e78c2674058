// What an event coder says of its record beyond the claim, kept on the coded evidence: the coder,
// its event code, and, where the format has them, GDELT's counts of sources and articles and
// ACLED's fatalities. Absent values (null) are not stored.
UNWIND $rows AS row
MATCH (e:Evidence {id: row.id})
SET e.coder = row.coder, e.codedId = row.codedId, e.eventCode = row.eventCode,
    e.numSources = row.numSources, e.numArticles = row.numArticles, e.fatalities = row.fatalities
