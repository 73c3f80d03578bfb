/**
 * Runs a build written as a generator that yields wherever it may stop (lib/core/text/build-steps.ts)
 * in slices of a few milliseconds, with the event loop free between them: a background building a
 * matcher over hundreds of thousands of names still answers its requests meanwhile (from the view
 * before, matcher-cache.ts).
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The next task, through a message rather than a timer: Firefox runs a hidden tab's timers once a
 * second, and an extension page (the options page) is often hidden behind the page being read.
 */
export const nextMessage = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      port2.close();
      resolve();
    };
    port2.postMessage(null);
  });

export async function runInSlices<T>(steps: Generator<void, T>, sliceMs = 20, pause = nextTask): Promise<T> {
  let t0 = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - t0 >= sliceMs) {
      await pause();
      t0 = performance.now();
    }
  }
}
