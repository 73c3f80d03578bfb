import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type ExtensionBrowser, type PageDriver } from '../../scripts/lib/browsers';
import { pointOnMark, readCard, readMarks, scansDone } from '../../scripts/lib/page-probes';
import { serveDir, type StaticServer } from '../../scripts/lib/serve';
import { waitFor } from './wait';

// Chrome stops an idle extension service worker after about 30 seconds; the next hover must still
// show a card. (Firefox runs Backstory's background as an event page, which has no such stop to test.)
describe('when Chrome stops the service worker', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: PageDriver;

  beforeAll(async () => {
    server = await serveDir('tests/fixtures');
    browser = await launch('chromium');
    page = await browser.newPage();
    await page.goto(server.url('demo-ar.html'));
    await waitFor(page, scansDone, (n) => n > 0, { what: 'the first scan', timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the next hover still shows a card, and a new page is still marked', async () => {
    await browser.stopServiceWorker!();
    // A card this tab has not fetched yet: the request wakes the worker, which reopens the database.
    const p = (await page.evaluate(pointOnMark, { index: 0, names: ['backstory-agreement', 'backstory-organisation'] }))!;
    await page.mouseMove(p.x - 1, p.y);
    await page.mouseMove(p.x, p.y);
    const card = await waitFor(page, readCard, (c) => c !== null, { what: 'a card after the worker stopped', timeout: 10_000 });
    expect(card!.title.length).toBeGreaterThan(0);

    await browser.stopServiceWorker!();
    await page.goto(server.url('demo-en.html'));
    await waitFor(page, scansDone, (n) => n > 0, { what: 'a scan with a woken worker', timeout: 15_000 });
    expect((await page.evaluate(readMarks)).length).toBeGreaterThan(10);
  });
});
