// balance: every triangle of actors whose three pairs each have a signed relation in the window,
// with the pair signs (fragments/pair-sign). A triad is balanced when the product of its signs is
// positive (+++ or +--: "the enemy of my enemy is my friend"), unbalanced otherwise (++-, ---).
// Actors come in id order a < b < c; the sides are a-b, a-c, b-c. Unbalanced triads first.
MATCH (a:Actor)-[x:RELATES]-(b:Actor)
WHERE a.id < b.id AND x.sign <> 0 AND /*include relation-filter(x)*/
WITH DISTINCT a, b
MATCH (b)-[y:RELATES]-(c:Actor)
WHERE b.id < c.id AND y.sign <> 0 AND /*include relation-filter(y)*/
WITH DISTINCT a, b, c
WHERE EXISTS {
  MATCH (a)-[z:RELATES]-(c)
  WHERE z.sign <> 0 AND /*include relation-filter(z)*/
}
CALL (a, b, c) {
  UNWIND [[a, b], [a, c], [b, c]] AS side
  WITH side[0] AS p, side[1] AS q
  /*use pair-sign*/
  RETURN collect({a: p.id, b: q.id, sign: pairSign, relationIds: pairRelationIds}) AS sides
}
WITH a, b, c, sides
WHERE all(side IN sides WHERE side.sign <> 0)
WITH [a.id, b.id, c.id] AS actors, sides, reduce(product = 1, side IN sides | product * side.sign) AS product
RETURN actors,
       reduce(text = '', side IN sides | text + CASE WHEN side.sign > 0 THEN '+' ELSE '-' END) AS signs,
       product > 0 AS balanced,
       sides
ORDER BY balanced, actors
