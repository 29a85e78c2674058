import type { ExplorerCommands } from '../explorer/commands.ts';
import { kindStyleOf, POLARITY_STYLES, SHAPE_OUTLINES } from '../graph/kind-style.ts';
import { h, replaceContent, svg } from './dom.ts';

/**
 * What the marks mean: the kinds in view (shape and colour), the polarities (colour, sign and
 * arrow head), the line styles (doubt) and what an edge's width says.
 */
export function mountLegend(container: HTMLElement, explorer: ExplorerCommands): void {
  let drawnKey = '';
  explorer.subscribe(() => {
    const kinds = [...new Set(explorer.model.actors.map((actor) => actor.kind))].sort();
    // Under an overlay with groups (blocs), colour is the group's, not the kind's: the legend says so.
    const groups = explorer.model.analysis?.layer.groups ?? [];
    const key = `${kinds.join()}|${explorer.model.state.edgeWidth}|${groups.map((group) => `${group.group}:${group.colour}`).join()}`;
    if (key === drawnKey) return;
    drawnKey = key;
    replaceContent(
      container,
      h('h3', {}, 'Actors'),
      kinds.length === 0
        ? h('p', { class: 'muted' }, 'None in view.')
        : h(
            'ul',
            { class: 'plain legend-list' },
            ...kinds.map((kind) => {
              const style = kindStyleOf(kind);
              return h(
                'li',
                { dataset: { kind } },
                shapeSwatch(style.shape, groups.length > 0 ? OVERLAID_KIND_COLOUR : style.colour),
                ` ${style.label}`,
              );
            }),
          ),
      groups.length > 0 ? h('h3', {}, 'Colours: overlay groups') : null,
      groups.length > 0
        ? h(
            'ul',
            { class: 'plain legend-list overlay-legend' },
            ...groups.map((group) =>
              h(
                'li',
                { dataset: { group: group.group, colour: group.colour } },
                shapeSwatch('ellipse', group.colour),
                ` ${group.group} (${group.count})`,
              ),
            ),
          )
        : null,
      h('h3', {}, 'Relations'),
      h(
        'ul',
        { class: 'plain legend-list' },
        ...Object.values(POLARITY_STYLES).map((style) =>
          h('li', {}, lineSwatch(style.colour, 'solid'), ` ${style.label}`),
        ),
        h('li', {}, lineSwatch('#374151', 'dashed'), ' Alleged or confidence below 50%'),
        h('li', {}, lineSwatch('#374151', 'dotted'), ' Disputed or denied'),
        h('li', {}, lineSwatch('#374151', 'solid'), ' Hollow arrowhead: anonymous sources only'),
        h(
          'li',
          {},
          lineSwatch('#374151', 'wide'),
          explorer.model.state.edgeWidth === 'intensity' ? ' Wider: more intense' : ' Wider: more pieces of evidence',
        ),
        h('li', {}, lineSwatch('#f59e0b', 'wide'), ' Highlight: focus or path'),
      ),
    );
  });
}

/** The grey a kind's swatch takes while an overlay colours the actors by group. */
const OVERLAID_KIND_COLOUR = '#d1d5db';

function shapeSwatch(shape: string, colour: string): SVGElement {
  return svg(
    'svg',
    { width: 18, height: 18, viewBox: '0 0 20 20', 'aria-hidden': 'true', class: 'swatch-svg' },
    svg('path', { d: SHAPE_OUTLINES[shape] ?? SHAPE_OUTLINES['ellipse']!, fill: colour }),
  );
}

function lineSwatch(colour: string, style: 'solid' | 'dashed' | 'dotted' | 'wide'): SVGElement {
  const dash = style === 'dashed' ? '6 3' : style === 'dotted' ? '1.5 3' : '';
  return svg(
    'svg',
    { width: 30, height: 12, viewBox: '0 0 30 12', 'aria-hidden': 'true', class: 'swatch-svg' },
    svg('line', {
      x1: 1,
      y1: 6,
      x2: 29,
      y2: 6,
      stroke: colour,
      'stroke-width': style === 'wide' ? 5 : 2.5,
      'stroke-dasharray': dash,
      'stroke-linecap': 'round',
    }),
  );
}
