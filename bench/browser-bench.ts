/**
 * `npm run bench:browser`: the content script's cost on every real page and the demo page, in real
 * Chromium and real Firefox: its main-thread time (scan, match, mark — all slices), its longest
 * task, and the time from hover intent to a visible card (the dwell itself not counted). Prints a
 * table, then one JSON line with medians and maxima.
 */
import { readdirSync } from 'node:fs';
import { launch, type BrowserName } from '../scripts/lib/browsers';
import { pointOnMark, readCard, scansDone, workTimes } from '../scripts/lib/page-probes';
import { serveDir } from '../scripts/lib/serve';

const REAL = '../shared/real-pages';
const ALL = ['person', 'place', 'country', 'organisation', 'armed-group', 'political-party', 'weapon-system', 'programme', 'agreement', 'event'].map((k) => `backstory-${k}`);

interface Row {
  browser: BrowserName;
  page: string;
  busyMs: number;
  longestMs: number;
  cardMs: number | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > deadline) return v;
    await sleep(50);
  }
}

async function measure(browserName: BrowserName): Promise<Row[]> {
  const real = await serveDir(REAL);
  const fixtures = await serveDir('tests/fixtures');
  const browser = await launch(browserName, { pageScripts: false });
  const rows: Row[] = [];
  try {
    const page = await browser.newPage();
    const targets = [{ name: 'demo-ar.html', url: fixtures.url('demo-ar.html') }, ...readdirSync(REAL).filter((f) => f.endsWith('.html')).sort().map((f) => ({ name: f, url: real.url(f) }))];
    for (const t of targets) {
      await page.goto(t.url);
      await until(() => page.evaluate(scansDone), (n) => n > 0);
      let cardMs: number | undefined;
      const p = await page.evaluate(pointOnMark, { index: 0, names: ALL });
      if (p) {
        await page.mouseMove(p.x, p.y);
        await until(() => page.evaluate(readCard), (c) => c !== null, 5000);
        await sleep(50);
      }
      const work = await page.evaluate(workTimes);
      cardMs = work.cards[0];
      rows.push({ browser: browserName, page: t.name, busyMs: work.slices.reduce((a, b) => a + b, 0), longestMs: Math.max(0, ...work.slices), cardMs });
    }
  } finally {
    await browser.close();
    await real.close();
    await fixtures.close();
  }
  return rows;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
};
const r1 = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));

const rows = [...(await measure('chromium')), ...(await measure('firefox'))];
console.log('| browser  | page                 | main thread (ms) | longest task (ms) | hover → card (ms) |');
console.log('|----------|----------------------|------------------|-------------------|-------------------|');
for (const r of rows) console.log(`| ${r.browser.padEnd(8)} | ${r.page.padEnd(20)} | ${r1(r.busyMs).padStart(16)} | ${r1(r.longestMs).padStart(17)} | ${r1(r.cardMs).padStart(17)} |`);
const summary: Record<string, number> = {};
for (const b of ['chromium', 'firefox'] as const) {
  const mine = rows.filter((r) => r.browser === b);
  const cards = mine.map((r) => r.cardMs).filter((x): x is number => x !== undefined);
  Object.assign(summary, {
    [`${b}_demo_ms`]: Number(r1(mine.find((r) => r.page === 'demo-ar.html')?.busyMs)),
    [`${b}_busy_median_ms`]: Number(r1(median(mine.map((r) => r.busyMs)))),
    [`${b}_busy_max_ms`]: Number(r1(Math.max(...mine.map((r) => r.busyMs)))),
    [`${b}_longest_task_max_ms`]: Number(r1(Math.max(...mine.map((r) => r.longestMs)))),
    [`${b}_card_median_ms`]: Number(r1(median(cards))),
    [`${b}_card_max_ms`]: Number(r1(Math.max(...cards))),
  });
}
console.log(JSON.stringify(summary));
