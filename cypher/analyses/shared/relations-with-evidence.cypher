// The relations an analysis points to, with their evidence (live first), for reading the
// claims behind a result: unbalanced triads, sign changes, flagged relations.
UNWIND $relationIds AS relationId
MATCH (r:Relation {id: relationId})
CALL (r) {
  OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(r)
  WITH e ORDER BY coalesce(e.retracted, false), e.confidence DESC, e.id
  RETURN [item IN collect(e {
    .id, .quote, .attribution, .stance, .status, .confidence,
    anonymous: coalesce(e.anonymous, false),
    retracted: coalesce(e.retracted, false),
    relationId: r.id,
    sourceId: [(e)-[:FOUND_IN]->(s) | s.id][0],
    citedSourceId: [(e)-[:RELAYS]->(s) | s.id][0]
  }) WHERE item IS NOT NULL] AS evidence
}
RETURN r {
  .id, .type, .polarity, .sign, .confidence, .status, .validFrom, .datePrecision, .validTo, .validToPrecision,
  fromId: [(r)-[:FROM]->(a) | a.id][0],
  toId: [(r)-[:TO]->(b) | b.id][0],
  evidence: evidence
} AS relation
