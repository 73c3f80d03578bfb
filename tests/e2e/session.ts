import { afterAll, beforeAll } from 'vitest';
import {
  launch,
  type BrowserName,
  type ExtensionBrowser,
  type LaunchOptions,
  type PageDriver,
} from '../../scripts/lib/browsers';
import { countMarks, scansDone } from '../../scripts/lib/page-probes';
import { serveDir, type ServeOptions, type StaticServer } from '../../scripts/lib/serve';
import { waitFor } from './wait';

export interface Session {
  server: StaticServer;
  browser: ExtensionBrowser;
  page: PageDriver;
}

/**
 * One browser with the extension, a server for `dir`, and `file` open in the first tab once its
 * first scan is done: set up before a describe block's tests and closed after them. The fields are
 * filled in by the time a test runs.
 */
export function extensionSession(
  browserName: BrowserName,
  dir: string,
  file: string,
  options: { launch?: LaunchOptions; serve?: ServeOptions; ready?: 'scan' | 'marks'; readyTimeout?: number } = {},
): Session {
  const session = {} as Session;
  const readyTimeout = options.readyTimeout ?? 15_000;
  beforeAll(
    async () => {
      session.server = await serveDir(dir, options.serve);
      session.browser = await launch(browserName, options.launch);
      session.page = await session.browser.newPage();
      await session.page.goto(session.server.url(file));
      // The shipped build leaves no timings to read: there the first marks tell that the page was read.
      const [ready, what] = options.ready === 'marks' ? [countMarks, 'the first marks'] : [scansDone, 'the first scan'];
      await waitFor(session.page, ready, (n) => n > 0, { what, timeout: readyTimeout });
    },
    // Launching alone may take most of a minute on a loaded machine; never less than the project's 90 s.
    Math.max(90_000, 60_000 + readyTimeout),
  );
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
