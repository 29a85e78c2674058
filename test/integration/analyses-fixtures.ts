import { cypherQuery } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { ingestDocument, parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';

/**
 * Small invented graphs for the analysis tests, written as knowledge documents and loaded
 * through the real ingest, so the RELATES edges, confidences and statuses are the ones the
 * product derives. Unless a relation says otherwise it has one asserting piece of evidence of
 * confidence 0.8 from the source "desk", so its confidence is 0.8.
 */
export interface EvidenceSpec {
  source?: string;
  citedSource?: string;
  quote?: string;
  stance?: 'ASSERTS' | 'DENIES' | 'HEDGES';
  status?: 'REPORTED' | 'ALLEGED' | 'CONFIRMED' | 'DENIED';
  anonymous?: boolean;
  confidence?: number;
}

export interface RelationSpec {
  id: string;
  type: string;
  from: string;
  to: string;
  when?: { date?: string; from?: string; to?: string };
  evidence?: EvidenceSpec[];
}

export interface SourceSpec {
  id: string;
  cites?: string[];
}

export function knowledgeDocument(relations: RelationSpec[], sources: SourceSpec[] = []): unknown {
  const actorIds = [...new Set(relations.flatMap((relation) => [relation.from, relation.to]))].sort();
  const sourceIds = new Set(['desk', ...sources.map((source) => source.id)]);
  return {
    format: 'actorgraph/v1',
    sources: [...sourceIds].map((id) => {
      const spec = sources.find((source) => source.id === id);
      return {
        id,
        kind: 'ARTICLE',
        title: `Invented source ${id}`,
        publisher: `Publisher of ${id}`,
        cites: spec?.cites ?? [],
      };
    }),
    actors: actorIds.map((id) => ({ id, name: `Actor ${id}`, kind: 'STATE' })),
    relations: relations.map((relation) => ({
      id: relation.id,
      type: relation.type,
      from: relation.from,
      to: relation.to,
      ...(relation.when ? { when: relation.when } : {}),
      evidence: (relation.evidence ?? [{}]).map((item, i) => ({
        source: item.source ?? 'desk',
        ...(item.citedSource ? { citedSource: item.citedSource } : {}),
        quote: item.quote ?? `${relation.id}, account ${i + 1}`,
        attribution: item.anonymous ? 'unnamed officials' : `${item.source ?? 'desk'} itself`,
        anonymous: item.anonymous ?? false,
        stance: item.stance ?? 'ASSERTS',
        status: item.status ?? 'REPORTED',
        confidence: item.confidence ?? 0.8,
      })),
    })),
  };
}

export async function loadGraph(db: Database, relations: RelationSpec[], sources: SourceSpec[] = []): Promise<void> {
  await ingestDocument(db, parseKnowledgeDocument(knowledgeDocument(relations, sources), 'analysis test graph'));
}

const wipeDatabase = cypherQuery('test/wipe-database');

/** Empties the database between the graphs of one test file. */
export async function wipe(db: Database): Promise<void> {
  await db.writeTransaction((tx) => tx.run(wipeDatabase));
}
