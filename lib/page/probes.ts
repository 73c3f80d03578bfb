/**
 * Timings and errors the end-to-end tests and `npm run bench:browser` read from the page's
 * performance timeline. The page can read that timeline too — it would timestamp every card the
 * reader opens — so only the test builds write them (`wxt build --mode e2e`, into `dist/*-e2e`, and
 * the scale-test build `--mode e2e-large`). In
 * the build that ships, `PROBES` is the constant `false` and the bundler drops every call's body.
 */
import { TEST_BUILD as PROBES } from '../core/base/test-build';

/** `read-again`: from the content script's start to the page read again after the data moved on (or after a partial first answer). */
export type ProbeName = 'scan' | 'slice' | 'card' | 'first-marks' | 'read-again';

export function probeMeasure(name: ProbeName, options: PerformanceMeasureOptions): void {
  if (PROBES) performance.measure(`backstory:${name}`, options);
}

/**
 * A step of the page's start, marked when it happens (`npm run bench:browser` prints them after the
 * content script's start): the first slice read, the setup request sent with it, its reply arrived
 * (before it is checked) and checked, the settings the tab goes by, the first slice's mentions found,
 * and (Chromium) the start index read from storage and the first slice marked from it before the
 * background answered, or read in it with no one found (start-index-empty).
 */
export type PageStep =
  | 'read-ahead'
  | 'setup-sent'
  | 'setup-received'
  | 'setup-answered'
  | 'settings'
  | 'first-found'
  | 'start-index-wanted'
  | 'start-index-read'
  | 'start-index-waited'
  | 'start-index-used'
  | 'start-index-empty';

export function probeStep(name: PageStep): void {
  if (PROBES) performance.mark(`backstory:step:${name}`);
}

/** `probeStep` once `done` settles well: in the build that ships, not even the promise reaction. */
export function probeStepWhen(name: PageStep, done: Promise<unknown>): void {
  if (PROBES)
    done.then(
      () => probeStep(name),
      () => undefined,
    );
}

/** An error of ours, caught before it could reach the page. */
export function probeError(error: unknown): void {
  if (PROBES) performance.mark('backstory:error', { detail: String(error) });
}
