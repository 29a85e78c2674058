// Full-text search over actor names and aliases ("Suleimani", "Washington", "Revolutionary Guard").
// aliasText is the aliases joined by " | ", because full-text indexes read string properties.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText];
// Range indexes for the filters every relation query applies.
CREATE INDEX relation_type IF NOT EXISTS FOR (r:Relation) ON (r.type);
CREATE INDEX relation_valid_from IF NOT EXISTS FOR (r:Relation) ON (r.validFrom);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX relates_type IF NOT EXISTS FOR ()-[x:RELATES]-() ON (x.type);
