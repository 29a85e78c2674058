import { benchDirect, generatedPayload, serveBenchPage } from '../client.ts';
import type { BenchTimings } from '../client-page.ts';
import { figure, quantile, type Figure } from '../figures.ts';
import type { Progress } from '../progress.ts';
import { launchChromium } from '../../test/support/browser.ts';

const ACTORS = 1000;
const RELATIONS = 3000;
const RUNS = 3;
/** The targets of issue 12, the only yardstick a browser figure has. */
const LAYOUT_TARGET_MS = 2000;
const FPS_TARGET = 30;

/**
 * `browser.layout1000` and `browser.fps1000`: a generated graph of 1,000 actors and 3,000
 * relations drawn by the client's own view code in headless Chromium (bench/client.ts), from
 * nothing to the laid-out graph on screen, then panned; the median of three runs. The browser
 * does not depend on the bench's scale: it draws what one view shows.
 */
export async function measureBrowser(scale: string, progress: Progress): Promise<Figure[]> {
  progress.stage('browser: 1,000 actors in Chromium', RUNS);
  const browser = await launchChromium();
  const runs: BenchTimings[] = [];
  try {
    const page = await serveBenchPage();
    try {
      const payload = generatedPayload(ACTORS, RELATIONS);
      for (let run = 0; run < RUNS; run++) {
        progress.tick(run);
        runs.push(await benchDirect(browser, page.url, payload));
      }
    } finally {
      await page.close();
    }
  } finally {
    await browser.close();
  }
  progress.done();
  const median = (pick: (timings: BenchTimings) => number) => quantile(runs.map(pick), 0.5);
  return [
    figure(
      'browser.layout1000',
      scale,
      median((t) => t.laidOutPaintMs),
      'ms to the laid-out graph on screen (time: ratio = value / target, above 1 misses it)',
      { name: 'issue 12 target, ms', value: LAYOUT_TARGET_MS },
      `${ACTORS} actors, ${RELATIONS} relations; layout ${median((t) => t.layoutMs).toFixed(0)} ms of it; headless Chromium, software rendering`,
    ),
    figure(
      'browser.fps1000',
      scale,
      median((t) => t.panFps),
      'frames/s while panning (throughput: ratio = value / target, above 1 meets it)',
      { name: 'issue 12 target, frames/s', value: FPS_TARGET },
      'headless Chromium, software rendering',
    ),
  ];
}
