/**
 * The steps of the background's start on its own performance timeline, each the first time only:
 * `npm run bench:browser` reads them from a woken service worker to say where a cold start's time
 * goes. Test builds only (TEST_BUILD).
 */
import { TEST_BUILD } from '../core/base/test-build';

export type StartStep =
  | 'worker-start'
  /** The first tabs.onUpdated event the worker hears (a tab starting to load wakes it). */
  | 'tab-updated'
  /** The first request from a content script (not from Backstory's own pages). */
  | 'page-request'
  | 'view-read'
  | 'view-loaded'
  /** A woken worker that answered from its quick view has loaded the full one (matcher-cache.ts). */
  | 'full-view-loaded'
  | 'answered';

const marked = new Set<StartStep>();

export function markStartStep(step: StartStep): void {
  if (!TEST_BUILD || marked.has(step)) return;
  marked.add(step);
  performance.mark(`backstory:${step}`);
}

/**
 * How long the background took over a page's request, from its arrival to its answer, on its own
 * timeline (`backstory:page-request`): `npm run bench:browser` sets it beside the page's steps to
 * tell the background's time from the message's. Test builds only.
 */
export function timePageRequest(answer: Promise<unknown>): void {
  if (!TEST_BUILD) return;
  const start = performance.now();
  void answer.finally(() => performance.measure('backstory:page-request', { start, end: performance.now() }));
}

/**
 * A step of a page's setup request (`page/setup`), marked as it is answered: `npm run bench:browser`
 * prints them between its arrival and its answer, to say where the background's time over it goes.
 * Test builds only.
 */
export function markRequestStep(
  step: 'settings' | 'revision' | 'view' | 'walked' | 'titled' | 'found' | 'data',
  /** When it came, where not now (MatchingParts). */
  startTime?: number,
): void {
  if (TEST_BUILD) performance.mark(`backstory:request:${step}`, startTime === undefined ? undefined : { startTime });
}

/**
 * The time one request's matching spends walking the text and resolving titles, summed over its
 * runs and marked as two request steps (`walked`, `titled`) as if the parts had run one after the
 * other from its start. Test builds only: elsewhere `time` only calls `fn`.
 */
export class MatchingParts {
  private readonly start = TEST_BUILD ? performance.now() : 0;
  private readonly spent = { walk: 0, titles: 0 };

  time<T>(part: 'walk' | 'titles', fn: () => T): T {
    if (!TEST_BUILD) return fn();
    const t = performance.now();
    try {
      return fn();
    } finally {
      this.spent[part] += performance.now() - t;
    }
  }

  mark(): void {
    if (!TEST_BUILD) return;
    markRequestStep('walked', this.start + this.spent.walk);
    markRequestStep('titled', this.start + this.spent.walk + this.spent.titles);
  }
}
