import type { InCard, PageDriver } from '../../scripts/lib/browsers';

/** Polls a page-world function until `ok` holds for its result; fails with the last value seen. */
export async function waitFor<R, A = undefined>(
  page: PageDriver,
  fn: (arg: A) => R | Promise<R>,
  ok: (r: R) => boolean,
  options: { arg?: A; timeout?: number; what?: string; read?: () => Promise<R> } = {},
): Promise<R> {
  const deadline = Date.now() + (options.timeout ?? 5000);
  let last: R;
  for (;;) {
    last = await (options.read ? options.read() : page.evaluate(fn, options.arg as A));
    if (ok(last)) return last;
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${options.what ?? 'condition'}; last value: ${JSON.stringify(last)?.slice(0, 300)}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The same, for a function run with the card's closed shadow root (PageDriver.inCard); `frame` reads a frame's card. */
export async function waitForCard<R, A = undefined>(
  page: PageDriver,
  fn: InCard<R, A>,
  ok: (r: R) => boolean,
  options: { arg?: A; frame?: string; timeout?: number; what?: string } = {},
): Promise<R> {
  return waitFor(page, () => undefined as R, ok, {
    ...options,
    read: () => page.inCard(fn, options.arg as A, options.frame),
  });
}

/**
 * How long to wait for the first answer after a write (an edit, an import, a pack switched): the
 * background rebuilds its reading view of every enabled card, which takes seconds on two shared
 * cores while the other browser and the test runner work too.
 */
export const AFTER_A_WRITE = 30_000;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
