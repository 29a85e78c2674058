import type { RelationDetailsPayload } from '../api/payloads.ts';
import { h } from './dom.ts';

type Assessment = RelationDetailsPayload['assessment'];

/**
 * The flags a relation carries about its sourcing ("single source", "anonymous only"), as badges.
 * They come from the server's rule (server/domain/confidence.ts); nothing is re-derived here.
 */
export function renderSourcingFlags(relation: { singleSource: boolean; anonymousOnly: boolean }): HTMLElement | null {
  const flags = [
    relation.singleSource ? h('span', { class: 'badge flag-single-source' }, 'single source') : null,
    relation.anonymousOnly ? h('span', { class: 'badge flag-anonymous-only' }, 'anonymous only') : null,
  ].filter((flag) => flag !== null);
  return flags.length > 0 ? h('span', { class: 'sourcing-flags' }, ...flags) : null;
}

/**
 * "How sure, and why": the server's derivation of status and confidence, one step a line, in the
 * order the rule applies them, each step naming its source and the evidence it is about.
 */
export function renderAssessment(assessment: Assessment): HTMLElement {
  return h(
    'details',
    { class: 'assessment', attrs: { open: true } },
    h(
      'summary',
      {},
      `How sure, and why: ${assessment.status.toLowerCase()}, ${Math.round(assessment.confidence * 100)}% from ${assessment.supportingSources} supporting source${assessment.supportingSources === 1 ? '' : 's'}`,
    ),
    h(
      'ol',
      { class: 'assessment-steps' },
      ...assessment.steps.map((step) =>
        h(
          'li',
          {
            dataset: { kind: step.kind, evidence: step.evidenceIds.join(' ') },
          },
          step.text,
        ),
      ),
    ),
  );
}
