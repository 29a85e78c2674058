import { describe, expect, it } from 'vitest';
import { formatCamera, parseCamera, withCamera } from '../../client/src/graph/camera-param.ts';
import { attachEvidence, toEvidenceCsv, CSV_COLUMNS } from '../../client/src/graph/export-evidence.ts';
import type { ExportedSubgraph } from '../../client/src/graph/export-subgraph.ts';
import { toEdgeData } from '../../client/src/graph/elements.ts';
import type { RelationPayload } from '../../client/src/api/payloads.ts';
import { nextSortOrder, sortRows } from '../../client/src/graph/sort-rows.ts';

const relation = toEdgeData({
  id: 'atlantis-attack-lemuria',
  type: 'ATTACK',
  polarity: 'HOSTILE',
  intensity: -8,
  confidence: 0.7,
  status: 'REPORTED',
  validFrom: '2001-03-04',
  validTo: null,
  datePrecision: 'DAY',
  validToPrecision: null,
  isEvent: true,
  evidenceCount: 2,
  from: { id: 'atlantis' },
  to: { id: 'lemuria' },
} as RelationPayload);

const subgraph: ExportedSubgraph = {
  format: 'actorgraph/subgraph',
  exportedAt: '2026-01-01T00:00:00.000Z',
  view: 'http://localhost/?asOf=2001-12-31',
  actors: [
    { id: 'atlantis', label: 'Atlantis', kind: 'STATE', country: null, aliases: [], degree: 1 },
    { id: 'lemuria', label: 'Lemuria', kind: 'STATE', country: null, aliases: [], degree: 1 },
  ],
  relations: [relation],
};

const source = (id: string, title: string) => ({
  id,
  title,
  publisher: 'The Atlantic Courier',
  published: '2001-03-05',
  url: `https://example.org/${id}`,
  kind: 'NEWS',
});

describe('exporting the evidence with the subgraph', () => {
  const withEvidence = attachEvidence(subgraph, [
    {
      relationId: relation.id,
      evidence: [
        {
          id: 'ev-1',
          quote: 'Atlantis shelled the harbour, "without warning", officials said',
          attribution: 'harbour officials',
          anonymous: false,
          stance: 'ASSERTS',
          status: 'REPORTED',
          confidence: 0.7,
          retracted: false,
          source: source('courier-1', 'Harbour shelled'),
        },
        {
          id: 'ev-2',
          quote: '=HYPERLINK("x") is not a formula here',
          attribution: 'a reader',
          anonymous: true,
          stance: 'HEDGES',
          status: 'ALLEGED',
          confidence: 0.4,
          retracted: false,
          source: source('courier-1', 'Harbour shelled'),
        },
      ],
    },
  ]);

  it('puts each relation’s evidence on it and lists every source once', () => {
    expect(withEvidence.relations[0]!.evidence.map((item) => item.id)).toEqual(['ev-1', 'ev-2']);
    expect(withEvidence.relations[0]!.evidence[0]!.sourceId).toBe('courier-1');
    expect(withEvidence.sources.map((item) => item.id)).toEqual(['courier-1']);
  });

  it('writes one CSV row per piece of evidence, quoted where needed, with formulas disarmed', () => {
    const lines = toEvidenceCsv(withEvidence).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(
      'atlantis-attack-lemuria,Atlantis,− attack,Lemuria,HOSTILE,REPORTED,0.7,2001-03-04,,ev-1',
    );
    expect(lines[1]).toContain('"Atlantis shelled the harbour, ""without warning"", officials said"');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"") is not a formula here"`);
  });

  it('still writes a row for a relation with no evidence', () => {
    const lines = toEvidenceCsv(attachEvidence(subgraph, [])).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(',')).toHaveLength(CSV_COLUMNS.length);
  });
});

describe('the camera in a shared link', () => {
  it('round-trips zoom and pan through the link', () => {
    const link = withCamera('http://localhost:4000/?asOf=2020-01-03', { zoom: 1.23456, pan: { x: -40.04, y: 12.5 } });
    expect(link).toContain('asOf=2020-01-03');
    expect(parseCamera(new URL(link).search)).toEqual({ zoom: 1.2346, pan: { x: -40, y: 12.5 } });
    expect(formatCamera({ zoom: 2, pan: { x: 0, y: 0 } })).toBe('2,0,0');
  });

  it('ignores a malformed camera rather than trusting it', () => {
    expect(parseCamera('?camera=abc')).toBeNull();
    expect(parseCamera('?camera=1,2')).toBeNull();
    expect(parseCamera('?camera=-1,0,0')).toBeNull();
    expect(parseCamera('')).toBeNull();
  });
});

describe('sorting a table by a column', () => {
  const rows = [
    { name: 'b', confidence: 0.5 },
    { name: 'a', confidence: null },
    { name: 'c', confidence: 0.9 },
    { name: 'd', confidence: 0.5 },
  ];

  it('sorts numbers as numbers both ways, keeps ties in their order and puts blanks last', () => {
    expect(sortRows(rows, (row) => row.confidence, 'ascending').map((row) => row.name)).toEqual(['b', 'd', 'c', 'a']);
    expect(sortRows(rows, (row) => row.confidence, 'descending').map((row) => row.name)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('sorts text with numbers in it as a reader would', () => {
    const names = [{ name: 'item 10' }, { name: 'item 9' }];
    expect(sortRows(names, (row) => row.name, 'ascending').map((row) => row.name)).toEqual(['item 9', 'item 10']);
  });

  it('flips the direction on a second click of the same header, and starts ascending on another', () => {
    const first = nextSortOrder(null, 2);
    expect(first).toEqual({ column: 2, direction: 'ascending' });
    expect(nextSortOrder(first, 2)).toEqual({ column: 2, direction: 'descending' });
    expect(nextSortOrder({ column: 2, direction: 'descending' }, 3)).toEqual({ column: 3, direction: 'ascending' });
  });
});
