// The sign of one actor pair (p, q) in the window, by the rule of fragments/pair-sign-rule (the
// latest group of supported signed relations decides). Returns pairSign (+1, -1, or 0 when the
// pair has no supported signed relation, or all its groups cancel out) and pairRelationIds (the
// relations of the deciding group, none when the sign is 0).
CALL (p, q) {
  CALL (p, q) {
    WITH p AS a, q AS b
    MATCH (a)-[x:RELATES]-(b)
    /*use pair-sign-rule*/
    RETURN last(signGroups) AS latest
  }
  // Zero or one row above; collecting it gives exactly one row, so an unsigned pair keeps its hop.
  WITH collect(latest) AS found
  RETURN coalesce(found[0].sign, 0) AS pairSign,
         coalesce(found[0].relationIds, []) AS pairRelationIds
}
