import { launch } from './lib/browsers';
import { scansDone } from './lib/page-probes';
import { serveDir } from './lib/serve';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fixtures = await serveDir('tests/fixtures');
const browser = await launch('chromium', { pageScripts: false, build: 'e2e-large' });
try {
  // settle: wait until stored view revision equals revision
  const deadline = Date.now() + 240_000;
  for (;;) {
    const r = await browser.inBackground!(async () => {
      const get = (name: string, store: string, key: string) =>
        new Promise<any>((done) => {
          const o = indexedDB.open(name);
          o.onsuccess = () => {
            try {
              const g = o.result.transaction(store).objectStore(store).get(key);
              g.onsuccess = () => {
                done(g.result);
                o.result.close();
              };
              g.onerror = () => done(undefined);
            } catch {
              done(undefined);
            }
          };
          o.onerror = () => done(undefined);
        });
      const v = await get('backstory-view', 'views', 'current');
      return v?.revision ?? -1;
    });
    const rev = await browser.inBackground!(async () => (globalThis as any).chrome.runtime.getManifest().version);
    console.log('stored view revision', r, rev);
    if (r > 1) break;
    if (Date.now() > deadline) throw new Error('not settled');
    await sleep(3000);
  }
  await sleep(5000);
  const page = await browser.newPage();
  for (let i = 0; i < 6; i++) {
    await browser.stopServiceWorker!();
    await sleep(800);
    await page.goto(fixtures.url('demo-ar.html'));
    const t0 = Date.now();
    while ((await page.evaluate(scansDone)) === 0 && Date.now() - t0 < 20000) await sleep(50);
    const pg = await page.evaluate(() => {
      const m = performance.getEntriesByName('backstory:first-marks')[0] as PerformanceMeasure | undefined;
      return { origin: performance.timeOrigin, start: m?.startTime, dur: m?.duration };
    });
    const bg = await browser.inBackground!(() => ({
      origin: performance.timeOrigin,
      marks: performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('backstory:'))
        .map((m) => [m.name.slice(10), m.startTime] as [string, number]),
    }));
    const cs = pg.origin + (pg.start ?? 0);
    const line = bg.marks.map(([n, t]) => `${n}=${Math.round(bg.origin + t - cs)}`).join(' ');
    console.log(`first-marks=${Math.round(pg.dur ?? -1)} workerOrigin=${Math.round(bg.origin - cs)} | ${line}`);
  }
} finally {
  await browser.close();
  await fixtures.close();
}
