import { describe, expect, it } from 'vitest';
import { parseKnowledgeDocument } from '../../server/ingest/ingest-document.ts';
import { InvalidInputError } from '../../server/ingest/errors.ts';
import { evidenceIdOf, toEvidenceRow, toRelationRow } from '../../server/ingest/prepare-rows.ts';

const minimal = () => ({
  format: 'actorgraph/v1',
  sources: [{ id: 'wire-1', title: 'A wire story', publisher: 'Example Wire', published: '2021-05' }],
  actors: [
    { id: 'atlantis', name: 'Atlantis', kind: 'STATE' },
    { id: 'lemuria', name: 'Lemuria', kind: 'STATE' },
  ],
  relations: [
    {
      id: 'atlantis-sanctions-lemuria',
      type: 'SANCTION',
      from: 'atlantis',
      to: 'lemuria',
      when: { from: 2019, to: '2021-05' },
      evidence: [
        {
          source: 'wire-1',
          quote: 'Atlantis froze the programme',
          attribution: 'officials',
          status: 'REPORTED',
          confidence: 0.7,
        },
      ],
    },
  ],
});

function problemsOf(raw: unknown): string[] {
  try {
    parseKnowledgeDocument(raw, 'test.yaml');
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('knowledge documents', () => {
  it('accepts a minimal document and fills in defaults', () => {
    const doc = parseKnowledgeDocument(minimal());
    expect(doc.actors[0]?.aliases).toEqual([]);
  });

  it('leaves an omitted stance unset, so restated evidence keeps its own (new evidence gets ASSERTS on write)', () => {
    const doc = parseKnowledgeDocument(minimal());
    expect(doc.relations[0]?.evidence[0]?.stance).toBeUndefined();
    expect(toEvidenceRow('r', doc.relations[0]!.evidence[0]!)).toMatchObject({
      stance: null,
      defaults: { stance: 'ASSERTS' },
    });
  });

  it('reads a bare YAML year as a partial date', () => {
    const row = toRelationRow(parseKnowledgeDocument(minimal()).relations[0]!);
    expect(row).toMatchObject({
      validFrom: '2019-01-01',
      datePrecision: 'YEAR',
      validTo: '2021-05-01',
      validToPrecision: 'MONTH',
      isEvent: false,
    });
  });

  it("offers the relation type's polarity and intensity as defaults, used only where a relation has none yet", () => {
    const row = toRelationRow(parseKnowledgeDocument(minimal()).relations[0]!);
    expect(row).toMatchObject({
      polarity: null,
      sign: null,
      intensity: null,
      quad: 'MATERIAL_CONFLICT',
      defaults: { polarity: 'HOSTILE', sign: -1, intensity: -5 },
    });
  });

  it('refuses a relation without evidence, naming the field', () => {
    const raw = minimal();
    raw.relations[0]!.evidence = [];
    expect(problemsOf(raw)).toEqual(['relations[0].evidence: a relation needs at least one piece of evidence']);
  });

  it('refuses an empty quote, an unknown type and a confidence above 1', () => {
    const raw = minimal() as any;
    raw.relations[0].type = 'HUG';
    raw.relations[0].evidence[0].quote = '  ';
    raw.relations[0].evidence[0].confidence = 1.5;
    const problems = problemsOf(raw);
    expect(problems.some((p) => p.startsWith('relations[0].type:'))).toBe(true);
    expect(problems).toContain('relations[0].evidence[0].quote: must not be empty');
    expect(problems.some((p) => p.startsWith('relations[0].evidence[0].confidence:'))).toBe(true);
  });

  it('refuses ids that are not slugs and duplicate ids', () => {
    const raw = minimal();
    raw.actors.push({ id: 'atlantis', name: 'Atlantis again', kind: 'STATE' });
    expect(problemsOf(raw)).toEqual(['actors[2].id: duplicate id "atlantis" (first at actors[0])']);
    raw.actors[2]!.id = 'Not A Slug';
    expect(problemsOf(raw)[0]).toMatch(/^actors\[2\]\.id: must be a slug/);
  });

  it('refuses an interval that ends before it starts', () => {
    const raw = minimal() as any;
    raw.relations[0].when = { from: '2021', to: '2019' };
    expect(problemsOf(raw)).toEqual(['relations[0].when: from must not be after to']);
  });

  it('gives the same quote from the same source for the same relation the same evidence id', () => {
    expect(evidenceIdOf('r', 's', 'a  quote ')).toBe(evidenceIdOf('r', 's', 'a quote'));
    expect(evidenceIdOf('r', 's', 'a quote')).not.toBe(evidenceIdOf('r', 's', 'another quote'));
  });
});
