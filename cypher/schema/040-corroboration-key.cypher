// Reports of the same actors and type are looked up by their corroboration key (from|to|type,
// server/domain/corroboration.ts) to become one relation with several pieces of evidence.
// cypher/queries/ingest/sync-relates-edges.cypher writes the key with every refresh; relations
// written before get it here. Their independentSources is filled by their next refresh.
CREATE INDEX relation_corroboration_key IF NOT EXISTS FOR (r:Relation) ON (r.corroborationKey);
MATCH (r:Relation)-[:FROM]->(a:Actor)
MATCH (r)-[:TO]->(b:Actor)
SET r.corroborationKey = a.id + '|' + b.id + '|' + r.type;
