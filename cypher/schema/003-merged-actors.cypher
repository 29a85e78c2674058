// An actor merged into another leaves a redirect behind, so files loaded later that still use
// the old id land on the kept actor instead of bringing the merged one back.
CREATE CONSTRAINT merged_actor_id IF NOT EXISTS FOR (m:MergedActor) REQUIRE m.id IS UNIQUE;
