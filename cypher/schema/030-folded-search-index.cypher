// Search folds accents and case on both sides: "Salah" finds "Ṣalāḥ Brigade", "Soleimānī" finds
// Soleimani. The standard-folding analyzer is the standard one with Lucene's ASCIIFoldingFilter
// (it also leaves out English stop words; server/graphql/search-query.ts drops them from queries).
// An index's analyzer is fixed when it is created, so the index is made again under its own name;
// each statement is safe to run twice, so an interrupted run can simply be repeated.
DROP INDEX actor_names IF EXISTS;
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// A new full-text index fills in the background; searches wait until it holds every actor.
CALL db.awaitIndex('actor_names', 600);
