import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../client/src/graph/elements.ts';
import { exportVisibleSubgraph } from '../../client/src/graph/export-subgraph.ts';
import { applyAsOf } from '../../client/src/graph/filters.ts';
import { createGraphStyle } from '../../client/src/view/style.ts';

describe('exporting the visible subgraph', () => {
  it('exports what is drawn, not what the time slider hides, with the link that reopens it', () => {
    const relation = (id: string, from: string, to: string, validFrom: string) => ({
      id,
      type: 'AID',
      polarity: 'COOPERATIVE',
      intensity: 7,
      status: 'CONFIRMED',
      confidence: 0.9,
      validFrom,
      validTo: null,
      datePrecision: 'DAY',
      isEvent: true,
      evidenceCount: 1,
      from: { id: from },
      to: { id: to },
    });
    const cy = cytoscape({
      headless: true,
      // Headless Cytoscape skips styles unless asked; the hiding is done by the style.
      styleEnabled: true,
      style: createGraphStyle('evidence'),
      elements: toElements(
        [
          { id: 'a', name: 'Atlantis', kind: 'STATE' },
          { id: 'b', name: 'Lemuria', kind: 'STATE' },
        ],
        [relation('early', 'a', 'b', '2018-01-01'), relation('late', 'b', 'a', '2021-01-01')],
      ),
    });
    applyAsOf(cy, '2019-01-01');
    const exported = exportVisibleSubgraph(cy, 'http://localhost/?asOf=2019-01-01', new Date('2024-05-01T00:00:00Z'));
    expect(exported.format).toBe('actorgraph/subgraph');
    expect(exported.exportedAt).toBe('2024-05-01T00:00:00.000Z');
    expect(exported.view).toBe('http://localhost/?asOf=2019-01-01');
    expect(exported.actors.map((actor) => actor.label)).toEqual(['Atlantis', 'Lemuria']);
    expect(exported.relations.map((r) => [r.id, r.source, r.target])).toEqual([['early', 'a', 'b']]);
  });
});
