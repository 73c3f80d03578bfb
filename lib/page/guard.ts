/**
 * Every entry point of ours (event listeners, timers, messages) runs through `guard`, so that an
 * error of ours never reaches the page: it is logged, and (in the test build) marked as
 * `backstory:error` in the performance timeline, where tests look for it.
 */
import { probeError } from './probes';

export function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch(report);
    } catch (error) {
      report(error);
    }
  };
}

function report(error: unknown): void {
  console.error('Backstory:', error);
  probeError(error);
}
