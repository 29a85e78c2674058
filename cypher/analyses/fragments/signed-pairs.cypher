// Every pair of actors with a signed relation in the window, with the pair's sign and the
// relations of that sign: the rule of fragments/pair-sign (the latest group of signed relations,
// by start date, decides by the sign of its sum of sign x confidence; an unknown start counts as
// the earliest), computed here in one pass over all pairs instead of one lookup per pair.
// Pairs whose latest relations cancel out are left out. One row per pair, a.id < b.id.
MATCH (a:Actor)-[x:RELATES]-(b:Actor)
WHERE a.id < b.id AND x.sign <> 0 AND /*include relation-filter(x)*/
WITH a, b, x.validFrom AS day, sum(x.sign * x.confidence) AS weight, collect(x.id) AS ids
ORDER BY day IS NULL, day DESC
WITH a, b, collect({weight: weight, ids: ids})[0] AS latest
WITH a, b, toInteger(sign(latest.weight)) AS sign, latest.ids AS relationIds
WHERE sign <> 0
RETURN a.id AS a, b.id AS b, sign, relationIds
ORDER BY a, b
