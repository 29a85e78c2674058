// title: Claims on anonymous sources only
// question: Which claims rest only on anonymous sources, with nothing named behind them?
// param: minConfidence Float = 0 -- only claims at least this sure (0..1)
// Retracted evidence does not count; a claim needs at least one live piece to be listed.
MATCH (claim:Relation)<-[:SUPPORTS]-(evidence:Evidence)
WHERE NOT coalesce(evidence.retracted, false)
WITH claim, collect(evidence) AS evidence
WHERE all(item IN evidence WHERE item.anonymous) AND claim.confidence >= $minConfidence
MATCH (claim)-[:FROM]->(from:Actor), (claim)-[:TO]->(to:Actor)
RETURN
  claim.id AS relation,
  claim.type AS type,
  from.id AS from,
  to.id AS to,
  claim.status AS status,
  claim.confidence AS confidence,
  [item IN evidence | item.attribution] AS attributions
ORDER BY confidence DESC, relation
