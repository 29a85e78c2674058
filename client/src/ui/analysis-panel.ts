import { missingAnalysisInput } from '../graph/analysis-params.ts';
import { ANALYSES, rankMissingActors } from '../graph/overlay.ts';
import { renderActorPrompt } from './analysis-prompt.ts';
import { actorNames, isInView } from '../graph/view-model.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { h, replaceContent, uniqueId } from './dom.ts';

const TOP_LISTED = 10;
const BRING_IN = 10;

/**
 * Analyses as an overlay on the view: node size from the score, colour from the group (bloc),
 * highlighted relations, and the analysis's own summary. They run on the server over the whole
 * graph with the view's filters and date; the overlay shows what of it is in view, and offers to
 * bring in the top-scoring actors that are not.
 */
export function mountAnalysisPanel(container: HTMLElement, explorer: ExplorerCommands): void {
  const selectId = uniqueId('analysis');
  const select = h(
    'select',
    { attrs: { id: selectId } },
    h('option', { attrs: { value: '' } }, 'None'),
    ...ANALYSES.map((analysis) => h('option', { attrs: { value: analysis.name } }, analysis.label)),
  );
  select.addEventListener('change', () => explorer.update({ analysis: select.value || null }, { history: 'push' }));
  const result = h('div', { class: 'analysis-result', attrs: { 'aria-live': 'polite' } });
  replaceContent(container, h('label', { class: 'field-label', attrs: { for: selectId } }, 'Overlay'), select, result);

  explorer.subscribe((model) => {
    select.value = explorer.model.state.analysis ?? '';
    // An overlay opened from a link shows its panel.
    if (explorer.model.state.analysis) container.closest('details')?.setAttribute('open', '');
    if (explorer.model.analysisError)
      return replaceContent(result, h('p', { class: 'error' }, explorer.model.analysisError));
    const analysis = explorer.model.analysis;
    if (!explorer.model.state.analysis) return replaceContent(result);
    const missing = missingAnalysisInput(explorer.model.state);
    if (missing) return replaceContent(result, renderActorPrompt(missing, explorer));
    if (!analysis) return replaceContent(result, h('p', { class: 'muted' }, 'Running…'));
    const { payload, layer } = analysis;
    const inView = (id: string) => isInView(model, id);
    const names = actorNames(model);
    const shown = payload.actors.filter((score) => inView(score.actorId)).length;
    const notInView = rankMissingActors(payload, inView, BRING_IN);
    const top = [...payload.actors]
      .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity))
      .slice(0, TOP_LISTED);
    replaceContent(
      result,
      h('p', { class: 'analysis-summary' }, payload.summary),
      h(
        'p',
        { class: 'muted' },
        `${shown} of ${payload.actors.length} scored actors and ${payload.relationIds.filter(inView).length} of ${payload.relationIds.length} highlighted relations are in view.`,
      ),
      layer.groups.length > 0
        ? h(
            'ul',
            { class: 'plain group-legend', attrs: { 'aria-label': 'Groups' } },
            ...layer.groups.map((group) =>
              h(
                'li',
                {},
                h('span', { class: 'swatch', attrs: { style: `background:${group.colour}`, 'aria-hidden': 'true' } }),
                ` ${group.group} (${group.count})`,
              ),
            ),
          )
        : null,
      top.length > 0
        ? h(
            'ol',
            { class: 'top-scores', attrs: { 'aria-label': 'Highest scores' } },
            ...top.map((score) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    class: 'link-button',
                    attrs: { type: 'button' },
                    on: {
                      click: () =>
                        inView(score.actorId)
                          ? explorer.focusActor(score.actorId, { centre: true })
                          : explorer.bringIn(score.actorId),
                    },
                  },
                  names.get(score.actorId) ?? score.actorId,
                ),
                h(
                  'span',
                  { class: 'muted' },
                  ` ${[...new Set([score.label, score.value !== null ? formatScore(score.value) : null, score.group])].filter(Boolean).join(' · ')}`,
                ),
              ),
            ),
          )
        : null,
      notInView.length > 0
        ? h(
            'button',
            {
              attrs: { type: 'button' },
              on: {
                click: () =>
                  explorer.update(
                    { pinned: [...new Set([...explorer.model.state.pinned, ...notInView])] },
                    { history: 'push' },
                  ),
              },
            },
            `Bring in the top ${notInView.length} not in view`,
          )
        : null,
    );
  });
}

function formatScore(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(2);
}
