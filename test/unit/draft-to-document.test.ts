import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDraftAsKnowledgeFile } from '../../server/cli/extract-out.ts';
import { draftToDocument, UNKNOWN_PUBLISHER } from '../../server/extraction/draft-to-document.ts';
import { knowledgeDocumentSchema } from '../../server/ingest/document-schema.ts';
import { readKnowledgeFile } from '../../server/ingest/ingest-document.ts';
import { ARTICLE, reviewedDraft } from '../support/draft-fixture.ts';

describe('draftToDocument', () => {
  it('gives a document that passes the knowledge file schema unchanged', () => {
    const document = draftToDocument(reviewedDraft(), ARTICLE);
    const parsed = knowledgeDocumentSchema.safeParse(document);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data).toEqual(document);
  });

  it('describes the article as one ARTICLE source named by publisher, title and date', () => {
    const { sources } = draftToDocument(reviewedDraft(), ARTICLE);
    expect(sources).toEqual([
      {
        id: 'northport-courier-veloria-signs-fisheries-pact-with-pakistan-2021-03-12',
        kind: 'ARTICLE',
        title: ARTICLE.title,
        publisher: ARTICLE.publisher,
        published: '2021-03-12',
        cites: [],
      },
    ]);
  });

  it('restates an existing actor with only what the draft knows', () => {
    const { actors } = draftToDocument(reviewedDraft(), ARTICLE);
    expect(actors.find((actor) => actor.id === 'pakistan')).toEqual({
      id: 'pakistan',
      name: 'Pakistan',
      kind: 'STATE',
      aliases: ['Islamabad'],
      country: 'PK',
    });
    // No country in the draft: none in the file, so a known one is kept.
    expect(actors.find((actor) => actor.id === 'veloria')).not.toHaveProperty('country');
  });

  it('gives every relation an id from dyad, type and date, told apart in draft order', () => {
    const { relations } = draftToDocument(reviewedDraft(), ARTICLE);
    expect(relations.map((relation) => relation.id)).toEqual([
      'veloria-agree-pakistan-2021-03-08',
      'veloria-agree-pakistan-2021-03-08-2',
      'coral-coast-front-attack-veloria-2021-02',
    ]);
  });

  it('dates each relation and keeps its one piece of evidence, citing the article', () => {
    const draft = reviewedDraft();
    const { relations, sources } = draftToDocument(draft, ARTICLE);
    const attack = relations[2]!;
    expect(attack.when).toEqual({ date: '2021-02' });
    expect(attack.polarity).toBe('HOSTILE');
    expect(attack.evidence).toEqual([
      {
        source: sources[0]!.id,
        quote: draft.relations[2]!.quote,
        attribution: 'Northport Courier',
        stance: 'HEDGES',
        status: 'ALLEGED',
        confidence: 0.4,
      },
    ]);
  });

  it('writes a date sent back as the first day of its period at the precision the draft gives', () => {
    const draft = reviewedDraft();
    draft.relations[2] = { ...draft.relations[2]!, date: '2021-02-01', datePrecision: 'MONTH' };
    const { relations } = draftToDocument(draft, ARTICLE);
    expect(relations[2]!.when).toEqual({ date: '2021-02' });
    expect(relations[2]!.id).toBe('coral-coast-front-attack-veloria-2021-02');
  });

  it('leaves out when for an undated relation', () => {
    const draft = reviewedDraft();
    draft.relations[2] = { ...draft.relations[2]!, date: null, datePrecision: null };
    const { relations } = draftToDocument(draft, ARTICLE);
    expect(relations[2]).not.toHaveProperty('when');
    expect(relations[2]!.id).toBe('coral-coast-front-attack-veloria');
  });

  it('is deterministic: the same draft and article give the same document', () => {
    expect(draftToDocument(reviewedDraft(), ARTICLE)).toEqual(draftToDocument(reviewedDraft(), ARTICLE));
  });

  it('names a source without publisher or title by its text, so two such articles stay two sources', () => {
    const first = draftToDocument(reviewedDraft(), { text: 'One text.', date: '2021-03-12' });
    const second = draftToDocument(reviewedDraft(), { text: 'Another text.', date: '2021-03-12' });
    expect(first.sources[0]!.id).toMatch(/^article-2021-03-12-[0-9a-f]{12}$/);
    expect(first.sources[0]!.id).not.toBe(second.sources[0]!.id);
    expect(first.sources[0]).toMatchObject({ title: 'One text.', publisher: UNKNOWN_PUBLISHER });
    expect(knowledgeDocumentSchema.safeParse(first).success).toBe(true);
  });

  it('uses the source id the caller gives', () => {
    const { sources, relations } = draftToDocument(reviewedDraft(), { ...ARTICLE, sourceId: 'courier-2021-03-12' });
    expect(sources[0]!.id).toBe('courier-2021-03-12');
    expect(relations.every((relation) => relation.evidence[0]!.source === 'courier-2021-03-12')).toBe(true);
  });
});

describe('writeDraftAsKnowledgeFile', () => {
  it('writes a commented YAML knowledge file that reads back as the same document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'actorgraph-draft-'));
    try {
      const path = join(dir, 'draft.yaml');
      await writeDraftAsKnowledgeFile(reviewedDraft(), ARTICLE, path);
      const text = await readFile(path, 'utf8');
      expect(text.split('\n')[0]).toBe(
        '# Extracted from: Veloria signs fisheries pact with Pakistan, Northport Courier, 2021-03-12',
      );
      expect(text).toMatch(/^format: actorgraph\/v1$/m);
      expect(await readKnowledgeFile(path)).toEqual(draftToDocument(reviewedDraft(), ARTICLE));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
