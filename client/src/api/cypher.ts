import type { CypherSchemaWords } from '../graph/cypher-text.ts';
import type { ParamDeclaration } from '../graph/saved-analysis-params.ts';
import {
  CypherDocument,
  RunSavedAnalysisDocument,
  SaveAnalysisDocument,
  SavedAnalysesDocument,
  type CypherResultFieldsFragment,
  type SavedAnalysisFieldsFragment,
} from './generated/operations.ts';
import type { Request } from './graphql.ts';

export type CypherResultPayload = CypherResultFieldsFragment;
export type SavedAnalysisPayload = SavedAnalysisFieldsFragment;

export interface SaveAnalysisInput {
  name: string;
  title: string;
  question: string;
  query: string;
  params: readonly ParamDeclaration[];
  replace: boolean;
}

/**
 * The Cypher panel's way to the API: ad-hoc queries, the saved analyses, and the database's own
 * lists of labels, relationship types and property keys for completion. Every call goes through
 * the one request it is given (the one that carries the analyst's token).
 */
export function createCypherApi(request: Request) {
  return {
    async run(query: string, params: Record<string, unknown>): Promise<CypherResultPayload> {
      return (await request(CypherDocument, { query, params })).cypher;
    },
    async savedAnalyses(): Promise<SavedAnalysisPayload[]> {
      return (await request(SavedAnalysesDocument)).savedAnalyses;
    },
    async runSaved(name: string, params: Record<string, unknown>): Promise<CypherResultPayload> {
      return (await request(RunSavedAnalysisDocument, { name, params })).runSavedAnalysis;
    },
    async save(input: SaveAnalysisInput): Promise<SavedAnalysisPayload> {
      const params = input.params.map((param) => ({
        name: param.name,
        type: param.type,
        ...(param.default !== undefined ? { default: param.default } : {}),
        ...(param.description ? { description: param.description } : {}),
      }));
      return (await request(SaveAnalysisDocument, { ...input, params })).saveAnalysis;
    },
    /**
     * The database's labels, relationship types and property keys, each read by its own
     * procedure through the read-only `cypher` query. A list that cannot be read (no token, a
     * procedure the server does not allow) comes back empty; the panel then completes from the
     * words of the saved analyses and the examples.
     */
    async schemaWords(): Promise<CypherSchemaWords> {
      const list = async (query: string, column: string): Promise<string[]> => {
        try {
          const result = await request(CypherDocument, { query, params: {} });
          return result.cypher.rows
            .map((row) => (typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[column] : null))
            .filter((value): value is string => typeof value === 'string');
        } catch {
          return [];
        }
      };
      const [labels, relationshipTypes, propertyKeys] = await Promise.all([
        list('CALL db.labels() YIELD label RETURN label', 'label'),
        list('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType', 'relationshipType'),
        list('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey', 'propertyKey'),
      ]);
      return { labels, relationshipTypes, propertyKeys };
    },
  };
}

export type CypherApi = ReturnType<typeof createCypherApi>;
