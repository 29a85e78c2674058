// Everything the seed wrote, in a stable order, without creation timestamps: for idempotence tests.
CALL () {
  MATCH (a:Actor)
  WITH a ORDER BY a.id
  RETURN collect(a {.*, createdAt: null}) AS actors
}
CALL () {
  MATCH (r:Relation)
  WITH r ORDER BY r.id
  RETURN collect(r {.*, createdAt: null,
    ends: COLLECT { MATCH (r)-[link:FROM|TO|AT]->(x) WITH type(link) + ':' + x.id AS end ORDER BY end RETURN end }
  }) AS relations
}
CALL () {
  MATCH (e:Evidence)
  WITH e ORDER BY e.id
  RETURN collect(e {.*, createdAt: null,
    ends: COLLECT { MATCH (e)-[link]->(x) WITH type(link) + ':' + x.id AS end ORDER BY end RETURN end }
  }) AS evidence
}
CALL () {
  MATCH (a)-[x:RELATES]->(b)
  WITH a, x, b ORDER BY x.id
  RETURN collect([a.id, x {.*}, b.id]) AS relates
}
CALL () {
  MATCH ()-[link:LINKED|CITES]->()
  WITH startNode(link).id AS start, type(link) AS type, link.kind AS kind, endNode(link).id AS end
  ORDER BY start, end, type, kind
  RETURN collect([start, type, kind, end]) AS links
}
RETURN actors, relations, evidence, relates, links
