/**
 * Nothing leaves the browser: after every end-to-end test, in both browsers, the recording proxy
 * that is their only way out must have seen nothing (scripts/lib/network-recorder.ts).
 */
import { afterAll, afterEach, expect } from 'vitest';
import { browserOwn, forgetPageHosts, networkRecorder, pageOwn } from '../../scripts/lib/network-recorder';

const check = async () => {
  const recorded = (await networkRecorder())
    .take()
    .map((r) => r.request)
    .filter((r) => !browserOwn(r) && !pageOwn(r));
  forgetPageHosts();
  expect(recorded, 'requests that tried to leave the browser').toEqual([]);
};

afterEach(check);
// Also whatever happened while a file's browsers shut down.
afterAll(check);
