/**
 * `npm run bench:browser`: the content script's cost on every real page and the demo page, in real
 * Chromium and real Firefox: its main-thread time (scan, match, mark — all slices), its longest
 * task (pages' own scripts off, so each page is the same every run), and the time from hover intent
 * to a visible card (the dwell itself not counted) on the demo pages with scripts on. Prints a table,
 * then one JSON line with medians and maxima.
 */
import { readdirSync } from 'node:fs';
import { launch, type BrowserName } from '../scripts/lib/browsers';
import { pointOnMark, readCard, scansDone, workTimes } from '../scripts/lib/page-probes';
import { serveDir } from '../scripts/lib/serve';

const REAL = 'tests/fixtures/real-pages';
const ALL = [
  'person',
  'place',
  'country',
  'organisation',
  'armed-group',
  'political-party',
  'weapon-system',
  'programme',
  'agreement',
  'event',
].map((k) => `backstory-${k}`);

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

/** Scan cost on every page, with the pages' own scripts off so each page is the same every run. */
async function measureScans(browserName: BrowserName): Promise<Row[]> {
  const real = await serveDir(REAL, { sameOriginOnly: true });
  const fixtures = await serveDir('tests/fixtures');
  const browser = await launch(browserName, { pageScripts: false });
  const rows: Row[] = [];
  try {
    const page = await browser.newPage();
    const measure = async (url: string) => {
      await page.goto(url);
      await until(
        () => page.evaluate(scansDone),
        (n) => n > 0,
      );
      const work = await page.evaluate(workTimes);
      return { busyMs: work.slices.reduce((a, b) => a + b, 0), longestMs: Math.max(0, ...work.slices) };
    };
    // The demo page three times: the first load after start-up runs cold code; the row is the median.
    const demo = [];
    for (let i = 0; i < 3; i++) demo.push(await measure(fixtures.url('demo-ar.html')));
    console.log(
      `${browserName}: demo page loads ${demo.map((d) => d.busyMs.toFixed(1)).join(', ')} ms (the first after start-up)`,
    );
    const mid = [...demo].sort((a, b) => a.busyMs - b.busyMs)[1]!;
    rows.push({ browser: browserName, page: 'demo-ar.html', ...mid, cardMs: undefined });
    for (const f of readdirSync(REAL)
      .filter((f) => f.endsWith('.html'))
      .sort())
      rows.push({ browser: browserName, page: f, ...(await measure(real.url(f))), cardMs: undefined });
  } finally {
    await browser.close();
    await real.close();
    await fixtures.close();
  }
  return rows;
}

/** Hover intent to visible card, on the demo pages as a reader has them (scripts on): the first names of each. */
async function measureCards(browserName: BrowserName): Promise<number[]> {
  const fixtures = await serveDir('tests/fixtures');
  const browser = await launch(browserName);
  const times: number[] = [];
  try {
    const page = await browser.newPage();
    for (const file of ['demo-ar.html', 'demo-en.html']) {
      await page.goto(fixtures.url(file));
      await until(
        () => page.evaluate(scansDone),
        (n) => n > 0,
      );
      for (let index = 0; index < 6; index++) {
        await page.mouseMove(1, 1);
        await until(
          () => page.inCard(readCard),
          (c) => c === null,
          3000,
        );
        const p = await page.evaluate(pointOnMark, { index, names: ALL });
        if (!p) continue;
        await page.mouseMove(p.x - 1, p.y);
        await page.mouseMove(p.x, p.y);
        await until(
          () => page.inCard(readCard),
          (c) => c !== null,
          3000,
        );
        await sleep(50);
      }
      times.push(...(await page.evaluate(workTimes)).cards);
    }
  } finally {
    await browser.close();
    await fixtures.close();
  }
  return times;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
};
const r1 = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));

const rows: Row[] = [];
const cards: Record<BrowserName, number[]> = { chromium: [], firefox: [] };
for (const b of ['chromium', 'firefox'] as const) {
  rows.push(...(await measureScans(b)));
  cards[b] = await measureCards(b);
}
console.log('| browser  | page                 | main thread (ms) | longest task (ms) |');
console.log('|----------|----------------------|------------------|-------------------|');
for (const r of rows)
  console.log(
    `| ${r.browser.padEnd(8)} | ${r.page.padEnd(20)} | ${r1(r.busyMs).padStart(16)} | ${r1(r.longestMs).padStart(17)} |`,
  );
for (const b of ['chromium', 'firefox'] as const)
  console.log(
    `${b}: hover intent → visible card, ${cards[b].length} cards on the demo pages: median ${r1(median(cards[b]))} ms, max ${r1(Math.max(...cards[b]))} ms`,
  );
const summary: Record<string, number> = {};
for (const b of ['chromium', 'firefox'] as const) {
  const mine = rows.filter((r) => r.browser === b);
  Object.assign(summary, {
    [`${b}_demo_ms`]: Number(r1(mine.find((r) => r.page === 'demo-ar.html')?.busyMs)),
    [`${b}_busy_median_ms`]: Number(r1(median(mine.map((r) => r.busyMs)))),
    [`${b}_busy_max_ms`]: Number(r1(Math.max(...mine.map((r) => r.busyMs)))),
    [`${b}_longest_task_max_ms`]: Number(r1(Math.max(...mine.map((r) => r.longestMs)))),
    [`${b}_card_median_ms`]: Number(r1(median(cards[b]))),
    [`${b}_card_max_ms`]: Number(r1(Math.max(...cards[b]))),
  });
}
console.log(JSON.stringify(summary));
