// Each text folded as search folds stored names (cypher/fragments/folded-name.cypher), so a test
// can hold it to foldName in server/graphql/search-query.ts.
UNWIND $texts AS text
RETURN text, /*include folded-name(text)*/ AS folded
