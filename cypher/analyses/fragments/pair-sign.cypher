// The sign of one actor pair (p, q) in the window (fragments/signed-pairs gives every pair at once): the relations between them (either direction)
// that pass the filter and carry a sign are grouped by start date, and the latest group decides:
// the sign of the sum of sign x confidence of its relations (an unknown start counts as the
// earliest). So a pair that was hostile in 2018 and cooperative in 2020 is cooperative now, and
// asOf / to show it as it was. Returns pairSign (+1, -1, or 0 when the latest group cancels out,
// or the pair has no signed relation) and pairRelationIds (the relations of that group).
CALL (p, q) {
  OPTIONAL MATCH (p)-[x:RELATES]-(q)
  WHERE x.sign <> 0 AND /*include relation-filter(x)*/
  WITH x.validFrom AS day, sum(x.sign * x.confidence) AS weight, collect(x.id) AS ids
  ORDER BY day IS NULL, day DESC
  LIMIT 1
  RETURN CASE WHEN size(ids) = 0 THEN 0 ELSE toInteger(sign(weight)) END AS pairSign,
         ids AS pairRelationIds
}
