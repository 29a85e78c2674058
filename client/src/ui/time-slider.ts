import { fromDayNumber, toDayNumber, toDayRange, yearStarts, type DayRange } from '../graph/dates.ts';
import type { RelationEdgeData } from '../graph/elements.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { POLARITY_STYLES } from '../graph/kind-style.ts';
import { h, replaceContent, uniqueId } from './dom.ts';

/** One replay takes FRAMES steps, FRAME_MS apart: about twelve seconds whatever the span. */
const FRAMES = 100;
const FRAME_MS = 120;
const BINS = 72;

/**
 * Replays the loaded graph as of a date: a slider over the days the loaded relations span, a
 * date field for an exact day, play/pause, and "All dates" to stop replaying. Above the slider,
 * a histogram of when relations start, split by polarity, shows where the action is.
 */
export function mountTimeSlider(container: HTMLElement, explorer: ExplorerCommands): void {
  const sliderId = uniqueId('as-of');
  const slider = h('input', {
    class: 'time-range',
    attrs: { id: sliderId, type: 'range', min: 0, max: 1, step: 1, value: 1, disabled: true },
  });
  const dateInput = h('input', { attrs: { type: 'date', 'aria-label': 'As of date' } });
  const play = h(
    'button',
    { class: 'play', attrs: { type: 'button', 'aria-pressed': 'false', disabled: true } },
    '▶ Play',
  );
  const all = h('button', { attrs: { type: 'button', disabled: true } }, 'All dates');
  const fade = createFadeChoice(explorer);
  const readout = h('span', { class: 'time-readout', attrs: { 'aria-live': 'polite' } });
  const histogram = h('div', { class: 'histogram', attrs: { 'aria-hidden': 'true' } });
  const years = h('div', { class: 'year-marks', attrs: { 'aria-hidden': 'true' } });
  replaceContent(
    container,
    h('div', { class: 'time-buttons' }, play, all, fade),
    h(
      'div',
      { class: 'time-track' },
      histogram,
      h('label', { class: 'visually-hidden', attrs: { for: sliderId } }, 'Show the graph as of'),
      slider,
      years,
    ),
    h('div', { class: 'time-date' }, dateInput, readout),
  );

  let range: DayRange | null = null;
  let drawnRelations: readonly RelationEdgeData[] | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  const setAsOf = (day: string | null, history: 'replace' | 'none') => explorer.update({ asOf: day }, { history });

  const stop = () => {
    if (timer === undefined) return;
    clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
    // Frames left the URL alone (browsers throttle rapid history writes); the pause writes it.
    explorer.update({}, { history: 'replace' });
  };

  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    if (!range) return;
    const span = range.last - range.first;
    const step = Math.max(1, Math.round(span / FRAMES));
    let day =
      explorer.model.state.asOf && toDayNumber(explorer.model.state.asOf) < range.last
        ? toDayNumber(explorer.model.state.asOf)
        : range.first;
    setAsOf(fromDayNumber(day), 'none');
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      if (!range) return stop();
      day = Math.min(range.last, day + step);
      setAsOf(fromDayNumber(day), 'none');
      if (day >= range.last) stop();
    }, FRAME_MS);
  });
  all.addEventListener('click', () => {
    stop();
    setAsOf(null, 'replace');
  });
  slider.addEventListener('input', () => {
    if (!range) return;
    setAsOf(fromDayNumber(range.first + Number(slider.value)), 'none');
  });
  slider.addEventListener('change', () => {
    stop();
    if (range) setAsOf(fromDayNumber(range.first + Number(slider.value)), 'replace');
  });
  dateInput.addEventListener('change', () => {
    stop();
    setAsOf(dateInput.value || null, 'replace');
  });

  const drawHistogram = () => {
    if (!range) return replaceContent(histogram);
    const span = range.last - range.first + 1;
    const bins = Array.from({ length: BINS }, () => new Map<string, number>());
    for (const { validFrom, polarity } of explorer.model.relations) {
      if (!validFrom) continue;
      const bin = bins[Math.min(BINS - 1, Math.floor(((toDayNumber(validFrom) - range.first) / span) * BINS))];
      bin?.set(polarity, (bin.get(polarity) ?? 0) + 1);
    }
    const highest = Math.max(1, ...bins.map((bin) => [...bin.values()].reduce((a, b) => a + b, 0)));
    replaceContent(
      histogram,
      ...bins.map((bin) =>
        h(
          'div',
          { class: 'bin' },
          ...['HOSTILE', 'NEUTRAL', 'COOPERATIVE'].map((polarity) => {
            const count = bin.get(polarity) ?? 0;
            return count === 0
              ? null
              : h('div', {
                  attrs: {
                    style: `height:${(count / highest) * 100}%;background:${POLARITY_STYLES[polarity]?.colour ?? '#999'}`,
                  },
                });
          }),
        ),
      ),
    );
    replaceContent(
      years,
      ...yearStarts(range).map(({ year, day }) =>
        h('span', { attrs: { style: `left:${((day - range!.first) / span) * 100}%` } }, String(year)),
      ),
    );
  };

  const sync = () => {
    // The range and the histogram follow the relations loaded, not the date: a new list of
    // relations (the model replaces it on every load) redraws them.
    if (explorer.model.relations !== drawnRelations) {
      drawnRelations = explorer.model.relations;
      range = toDayRange(drawnRelations);
      drawHistogram();
    }
    const enabled = range !== null;
    for (const control of [slider, play, all, dateInput]) control.disabled = !enabled;
    if (!range) {
      readout.textContent = 'No dated relations in view';
      return;
    }
    slider.max = String(range.last - range.first);
    dateInput.min = fromDayNumber(range.first);
    dateInput.max = fromDayNumber(range.last);
    const asOf = explorer.model.state.asOf;
    all.disabled = asOf === null;
    slider.value = String(
      asOf ? Math.min(range.last, Math.max(range.first, toDayNumber(asOf))) - range.first : range.last - range.first,
    );
    if (document.activeElement !== dateInput) dateInput.value = asOf ?? '';
    const { active, inactive } = explorer.model.visibility.counts;
    const relations = (count: number) => `${count} relation${count === 1 ? '' : 's'}`;
    const text = asOf
      ? `As of ${asOf}: ${active} of ${relations(active + inactive)} hold`
      : `All dates: ${relations(active)}`;
    slider.setAttribute('aria-valuetext', asOf ? `as of ${asOf}` : 'all dates');
    readout.textContent = text;
  };
  explorer.subscribe(sync);
  sync();
}

/** How long events stay bright after they happened, as the analyst sets it: they fade, not vanish. */
const FADE_CHOICES: readonly { months: number | null; label: string }[] = [
  { months: null, label: 'Events never fade' },
  { months: 3, label: 'Events fade after 3 months' },
  { months: 12, label: 'Events fade after a year' },
  { months: 24, label: 'Events fade after 2 years' },
];

function createFadeChoice(explorer: ExplorerCommands): HTMLSelectElement {
  const select = h(
    'select',
    { class: 'fade-choice', attrs: { 'aria-label': 'How long events stay bright' } },
    ...FADE_CHOICES.map((choice) => h('option', { attrs: { value: choice.months ?? '' } }, choice.label)),
  );
  select.addEventListener('change', () =>
    explorer.update({ fadeAfter: select.value === '' ? null : Number(select.value) }, { history: 'replace' }),
  );
  explorer.subscribe(() => {
    const value = explorer.model.state.fadeAfter === null ? '' : String(explorer.model.state.fadeAfter);
    if (select.value !== value) select.value = value;
  });
  return select;
}
