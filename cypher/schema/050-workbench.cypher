// The analyst's workbench: notes on actors and relations, and named views colleagues can open.
CREATE CONSTRAINT annotation_id IF NOT EXISTS FOR (n:Annotation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE;
CREATE INDEX annotation_target IF NOT EXISTS FOR (n:Annotation) ON (n.targetId);
// Search reaches the words of the evidence, of its sources and of relations' summaries, not only
// actors' names: a quote is found by any word in it. The analyzer folds accents and case as
// actor_names does, so server/graphql/search-query.ts builds the query for every index alike.
CREATE FULLTEXT INDEX evidence_quotes IF NOT EXISTS FOR (e:Evidence) ON EACH [e.quote, e.attribution]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX source_texts IF NOT EXISTS FOR (s:Source) ON EACH [s.title, s.publisher, s.author]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX relation_summaries IF NOT EXISTS FOR (r:Relation) ON EACH [r.summary]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// A new full-text index fills in the background; searches wait until it holds every node.
CALL db.awaitIndex('evidence_quotes', 600);
CALL db.awaitIndex('source_texts', 600);
CALL db.awaitIndex('relation_summaries', 600);
