/**
 * Runs a build written as a generator that yields wherever it may stop, at once (tests, the scan
 * CLI, the bench). The background runs the same builds in slices (lib/background/run-in-slices.ts).
 */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
