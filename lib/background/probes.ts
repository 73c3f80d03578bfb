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
export function timePageRequest(answer: unknown): void {
  if (!TEST_BUILD || !(answer instanceof Promise)) return;
  const start = performance.now();
  void answer.finally(() => performance.measure('backstory:page-request', { start, end: performance.now() }));
}
