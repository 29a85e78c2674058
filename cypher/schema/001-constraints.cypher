// Every merge key is unique, so MERGE never creates a twin and lookups use an index.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT relation_id IF NOT EXISTS FOR (r:Relation) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
// The actor-to-actor RELATES edge mirrors one Relation node; its id is the relation's id.
CREATE CONSTRAINT relates_id IF NOT EXISTS FOR ()-[x:RELATES]-() REQUIRE x.id IS UNIQUE;
