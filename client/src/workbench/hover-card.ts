import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { formatDate } from '../graph/dates.ts';
import { toTypeLabel } from '../graph/elements.ts';
import { kindStyleOf } from '../graph/kind-style.ts';
import { h, replaceContent } from '../ui/dom.ts';

/** Long enough that sweeping the pointer across the graph does not flash cards. */
const SHOW_DELAY_MS = 250;
const OFFSET = 14;

/** The lines of an actor's card: name, kind and country, relations in view (of all it has). */
export function actorCardLines(node: NodeSingular): [string, string, string] {
  const kind = kindStyleOf(String(node.data('kind'))).label;
  const country = node.data('country') as string | null;
  const inView = node.connectedEdges(':visible').length;
  const degree = node.data('degree') as number | null;
  const count =
    degree !== null && degree !== undefined && degree !== inView
      ? `${inView} relation${inView === 1 ? '' : 's'} in view, ${degree} in all`
      : `${inView} relation${inView === 1 ? '' : 's'}`;
  return [String(node.data('label')), country ? `${kind} · ${country}` : kind, count];
}

/** The lines of a relation's card: who did what to whom, how sure, when, on how much evidence. */
export function relationCardLines(edge: EdgeSingular): [string, string, string] {
  const from = String(edge.source().data('label'));
  const to = String(edge.target().data('label'));
  const confidence = Math.round(Number(edge.data('confidence')) * 100);
  const evidence = Number(edge.data('evidenceCount') ?? 0);
  const when = formatDate(edge.data('validFrom') as string | null, edge.data('datePrecision') as string | null);
  return [
    `${from} ${toTypeLabel(String(edge.data('type')))} ${to}`,
    `${String(edge.data('status')).toLowerCase()}, confidence ${confidence}% · ${when}`,
    `${evidence} piece${evidence === 1 ? '' : 's'} of evidence`,
  ];
}

/**
 * A small card beside the pointer over an actor or a relation, so the analyst can read what a
 * mark is without selecting it. It never takes the focus and goes when the pointer leaves, the
 * view moves or a button is pressed.
 */
export function wireHoverCards(cy: Core): void {
  const card = h('div', { class: 'hover-card', attrs: { role: 'tooltip', hidden: true } });
  document.body.append(card);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    clearTimeout(timer);
    card.hidden = true;
  };
  const showFor = (lines: [string, string, string], x: number, y: number, kind: string) => {
    replaceContent(card, h('strong', {}, lines[0]), h('span', {}, lines[1]), h('span', {}, lines[2]));
    card.dataset['kind'] = kind;
    card.hidden = false;
    // Beside the pointer, kept inside the window.
    const box = cy.container()?.getBoundingClientRect();
    const left = Math.min((box?.left ?? 0) + x + OFFSET, window.innerWidth - card.offsetWidth - 4);
    const top = Math.min((box?.top ?? 0) + y + OFFSET, window.innerHeight - card.offsetHeight - 4);
    card.style.left = `${Math.max(4, left)}px`;
    card.style.top = `${Math.max(4, top)}px`;
  };

  cy.on('mouseover', 'node, edge', (event) => {
    clearTimeout(timer);
    const target = event.target as NodeSingular | EdgeSingular;
    const { x, y } = event.renderedPosition;
    timer = setTimeout(() => {
      if (target.removed()) return;
      if (target.isNode()) showFor(actorCardLines(target), x, y, 'actor');
      else showFor(relationCardLines(target as EdgeSingular), x, y, 'relation');
    }, SHOW_DELAY_MS);
  });
  cy.on('mouseout', 'node, edge', hide);
  cy.on('pan zoom tapstart cxttapstart remove', hide);
  // Leaving the canvas straight from an actor sends Cytoscape no mouseout.
  cy.container()?.addEventListener('mouseleave', hide);
}
