// Every pair of actors with a signed relation in the window, with the pair's sign
// (fragments/pair-sign: the latest signed relations decide) and the relations of that sign.
// Pairs whose latest relations cancel out are left out. One row per pair, a.id < b.id.
MATCH (a:Actor)-[x:RELATES]-(b:Actor)
WHERE a.id < b.id AND x.sign <> 0 AND /*include relation-filter(x)*/
WITH DISTINCT a AS p, b AS q
/*use pair-sign*/
WITH p, q, pairSign, pairRelationIds
WHERE pairSign <> 0
RETURN p.id AS a, q.id AS b, pairSign AS sign, pairRelationIds AS relationIds
ORDER BY a, b
