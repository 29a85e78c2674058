// blocs: the signed actor graph that communities are found in. Every pair of actors with a
// signed relation in the window gets the pair's sign (fragments/pair-sign); cooperative pairs
// are the edges Louvain groups, hostile pairs are reported when they cross blocs.
MATCH (a:Actor)-[x:RELATES]-(b:Actor)
WHERE a.id < b.id AND x.sign <> 0 AND /*include relation-filter(x)*/
WITH DISTINCT a AS p, b AS q
/*use pair-sign*/
WITH p, q, pairSign, pairRelationIds
WHERE pairSign <> 0
RETURN p.id AS a, q.id AS b, pairSign AS sign, pairRelationIds AS relationIds
ORDER BY a, b
