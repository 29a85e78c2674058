// Every pair of actors with a sign in the window (the rule is fragments/pair-sign-rule: the
// latest group of supported signed relations decides), with the relations of that group, in one
// pass over all pairs instead of one lookup per pair. One row per pair, a.id < b.id.
MATCH (a:Actor)-[x:RELATES]-(b:Actor)
WHERE a.id < b.id
/*use pair-sign-rule*/
WITH a, b, last(signGroups) AS latest
WHERE latest IS NOT NULL
RETURN a.id AS a, b.id AS b, latest.sign AS sign, latest.relationIds AS relationIds
ORDER BY a, b
