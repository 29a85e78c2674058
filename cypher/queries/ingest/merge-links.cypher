// Ties relations together ("tacit support IN_EXCHANGE_FOR resumed training").
UNWIND $links AS row
MATCH (r:Relation {id: row.fromId})
MATCH (other:Relation {id: row.toId})
MERGE (r)-[link:LINKED {kind: row.kind}]->(other)
