/**
 * `npm run bench:browser`: Backstory at scale — every bundled pack plus 200,000 made-up names
 * (`npm run build:large`, bench/large-pack.ts) — in real Chromium and real Firefox:
 *   - per real page and the demo page, the content script's main-thread time (read, mark — all its
 *     tasks) and its longest task, pages' own scripts off so each page is the same every run;
 *   - time from the content script's start to the first marks on the demo article, warm (background
 *     running) and cold (service worker stopped first: Chromium; Firefox's background page is never
 *     stopped), and a cold start's steps in the worker (lib/background/probes.ts);
 *   - the memory Backstory adds to a tab, with the extension minus without it, same page, after a full
 *     collection (Chromium: the tab's JS heap, over CDP; Firefox: the tab's explicit memory in its
 *     memory reporters, as about:memory shows it, in a Firefox of its own: scripts/lib/firefox-memory.ts);
 *   - hover intent to a visible card (the dwell itself not counted), median and the first after start-up;
 *   - beside Chromium's cold start, the same start of an extension that does nothing
 *     (bench/baseline-extension): when its stopped worker answers a ping, and when 300 kB read from
 *     storage.local arrive instead — the floor under any design that asks the worker, and the
 *     other way a tab could get its first index; and, its worker running, the ping alone: a warm
 *     start's floor.
 * Prints tables, then one JSON line.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import {
  BROWSER_PATHS,
  EXTENSION_DIRS,
  FIREFOX_EXTENSION_ID,
  FIREFOX_UUID,
  QUIET_FIREFOX_PREFS,
  heapUsedOf,
  launch,
  stopServiceWorkers,
  type BrowserName,
  type ExtensionBrowser,
  type PageDriver,
} from '../scripts/lib/browsers';
import { firefoxTabMemory } from '../scripts/lib/firefox-memory';
import {
  backgroundRequests,
  contentScriptBegan,
  pageSteps,
  readAgainMs,
  storedStartIndexRevisions,
  storedViewRevision,
  pointOnMark,
  readCard,
  scansDone,
  workTimes,
  workerSteps,
} from '../scripts/lib/page-probes';
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
const BUILD = 'e2e-large';

/**
 * Waits until the large pack is installed and the background's view of it is built: no install in
 * progress, and the text of a request read with the newest revision.
 */
async function settled(browser: ExtensionBrowser, keepOpen = false): Promise<PageDriver | undefined> {
  // The welcome page the extension opened on install: Firefox lets automation open none of its pages.
  const page = await browser.extensionPage('options.html');
  await until(
    () =>
      page
        .evaluate(async () => {
          type Api = { runtime: { sendMessage(m: unknown): Promise<Record<string, unknown>> } };
          const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome)
            .runtime;
          const status = await api.sendMessage({ type: 'status/get' });
          const setup = await api.sendMessage({ type: 'page/setup' });
          const found = await api.sendMessage({ type: 'mentions/find', runs: [{ text: 'x' }] });
          return !status.progress && setup.revision === found.revision && (setup.revision as number) > 1;
        })
        // Found by its address while Firefox still runs the blank document it replaces: asked again.
        .catch(() => false),
    (ok) => ok,
    180_000,
  );
  // And until that view is stored (read here, in the extension's origin): a stopped worker wakes to
  // it (one stopped while it writes the view wakes to the one before, and builds again: not the start
  // measured here), and the background is done building and storing it (its quick view too), which
  // would otherwise run beside the warm starts measured next.
  // In Chromium from the service worker: with the pages' scripts off, an extension page runs none of
  // its callbacks either (its IndexedDB requests never answer).
  await until(
    () => (browser.inBackground ? browser.inBackground(storedViewRevision) : page.evaluate(storedViewRevision)),
    ({ data, view }) => view === data,
    120_000,
  );
  // In Chromium, and its start index for the demo page's language too (written after the view): a
  // cold start reads it while the worker wakes (lib/core/mentions/start-index.ts).
  const inBackground = browser.stopServiceWorker && browser.inBackground;
  if (inBackground)
    await until(
      async () => ({
        data: (await inBackground(storedViewRevision)).data,
        index: (await inBackground(storedStartIndexRevisions)).ar,
      }),
      ({ data, index }) => index === data,
      120_000,
    );
  // Closed again: what is measured is a reader reading news, not the settings open beside it — unless
  // the caller needs it to read the background page's timeline (Firefox, `keepOpen`).
  if (keepOpen) return page;
  await page.close();
  return undefined;
}

/**
 * A Chromium of the bench's own, pages' scripts off, in a fresh profile that `close` removes: without
 * Backstory (the heap baseline), or with only `extension` loaded (the empty extension's cold start).
 */
async function bareChromium(extension?: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-baseline-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_PATHS.chromium,
    headless: false,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The same page's JS heap in Chromium without the extension. */
async function baselineHeap(url: string): Promise<number> {
  const { context, close } = await bareChromium();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await sleep(1000);
    return await heapUsedOf(page);
  } finally {
    await close();
  }
}

/**
 * What Backstory adds to the demo page's tab in Firefox: the tab's explicit memory with the extension
 * (its bundled packs all in) minus without it, each in a Firefox of its own, pages' scripts off.
 */
async function firefoxMemoryAdded(): Promise<number> {
  const fixtures = await serveDir('tests/fixtures');
  try {
    const page = {
      exe: BROWSER_PATHS.firefox,
      url: fixtures.url('demo-ar.html'),
      prefs: {
        ...QUIET_FIREFOX_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_UUID }),
      },
    };
    const statusPage = `moz-extension://${FIREFOX_UUID}/options.html`;
    const withIt = await firefoxTabMemory({ ...page, extension: { dir: EXTENSION_DIRS[BUILD].firefox, statusPage } });
    return withIt - (await firefoxTabMemory(page));
  } finally {
    await fixtures.close();
  }
}

interface StartUp {
  warm: number[];
  cold: number[];
  /** Per cold start answered first from the quick view: when the page was read again with the full one. */
  whole: number[];
  /** Per cold start, when each of the woken worker's steps came, in ms after the content script began. */
  steps: Record<string, number>[];
  /** Per warm start, when each of the page's own steps came (lib/page/probes.ts), likewise. */
  warmSteps: Record<string, number>[];
  heapAdded?: number;
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > deadline) return v;
    await sleep(50);
  }
}

/** The empty extension's times, ms after its content script began, one entry per load. */
interface Baseline {
  ping: number[];
  read: number[];
  /** Chromium: the ping alone, its worker running (as for a warm start). */
  warmPing?: number[];
}

/** What the empty extension's content script wrote on the page it ran in (bench/baseline-extension/content.js). */
const baselineDataset = () => ({ ...document.documentElement.dataset });

/**
 * Waits for one load's times and adds them to `out` (none to add for the load that only warms up).
 * Only a time the page recorded: a read that found no stored value says 'missing'.
 */
async function addBaselineLoad(
  dataset: () => Promise<Record<string, string | undefined>>,
  out: Baseline | undefined,
): Promise<void> {
  const times = await until(dataset, (d) => d.baselinePingMs !== undefined && d.baselineReadMs !== undefined);
  if (!out) return;
  for (const [to, value] of [
    [out.ping, times.baselinePingMs],
    [out.read, times.baselineReadMs],
  ] as const)
    if (Number.isFinite(Number(value))) to.push(Number(value));
}

/**
 * The baseline a cold start is measured against, side by side in the same run: an extension that
 * does nothing (bench/baseline-extension), its service worker stopped as Backstory's is, on the same
 * demo page. Per load, from its content script's start: the worker's answer to a ping (what any
 * design that asks a stopped worker waits for, before doing any work) and a read of 300 kB from
 * storage.local (which the browser answers without the worker). Chromium; Firefox has its own below.
 */
async function measureBaseline(): Promise<Baseline> {
  const fixtures = await serveDir('tests/fixtures');
  const { context, close } = await bareChromium(resolve('bench/baseline-extension'));
  const out: Baseline = { ping: [], read: [] };
  try {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    await sleep(1000);
    const page = await context.newPage();
    for (let i = 0; i < 5; i++) {
      await stopServiceWorkers(context);
      await sleep(500);
      await page.goto(fixtures.url('demo-ar.html'));
      await addBaselineLoad(() => page.evaluate(baselineDataset), out);
    }
    // Warm, as Backstory's warm starts: the worker running (woken by the first load, unmeasured),
    // the ping alone, five loads.
    const warm: Baseline = { ping: [], read: [] };
    for (let i = 0; i < 6; i++) {
      await page.goto(fixtures.url('demo-ar.html?ping-only'));
      await addBaselineLoad(() => page.evaluate(baselineDataset), i === 0 ? undefined : warm);
    }
    out.warmPing = warm.ping;
  } finally {
    await close();
    await fixtures.close();
  }
  return out;
}

/**
 * Firefox's side of the same baseline, warm: its background page is never stopped, so this is the
 * floor under any design that asks the background for a tab's first marks there. The empty
 * extension loaded into a Firefox of its own, as a background page (Manifest V2, as Backstory's
 * Firefox build), five loads of the demo page.
 */
async function measureFirefoxBaseline(): Promise<Baseline> {
  const source = resolve('bench/baseline-extension');
  const dir = mkdtempSync(join(tmpdir(), 'backstory-baseline-firefox-'));
  const profile = mkdtempSync(join(tmpdir(), 'backstory-baseline-profile-'));
  const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ ...manifest, manifest_version: 2, background: { scripts: ['background.js'] } }),
  );
  for (const file of ['background.js', 'content.js']) copyFileSync(join(source, file), join(dir, file));
  const fixtures = await serveDir('tests/fixtures');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_PATHS.firefox,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { 'javascript.enabled': false, 'app.update.enabled': false },
  });
  const out: Baseline = { ping: [], read: [] };
  try {
    await browser.installExtension(dir);
    await sleep(1000);
    const page = await browser.newPage();
    for (let i = 0; i < 6; i++) {
      await page.goto(fixtures.url('demo-ar.html'), { waitUntil: 'load' });
      // The first load is the extension's first content script in the tab's process, not a warm start.
      await addBaselineLoad(() => page.evaluate(baselineDataset), i === 0 ? undefined : out);
    }
  } finally {
    await browser.close();
    await fixtures.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

/** Scan cost on every page, with the pages' own scripts off so each page is the same every run; start-up times and memory on the demo page. */
async function measureScans(browserName: BrowserName, startUp: StartUp): Promise<Row[]> {
  const real = await serveDir(REAL, { sameOriginOnly: true });
  const fixtures = await serveDir('tests/fixtures');
  const browser = await launch(browserName, { pageScripts: false, build: BUILD });
  const rows: Row[] = [];
  try {
    // The background's time over the page's first request, beside the page's own steps: read from
    // the worker (Chromium) or, through an extension page kept open, from the background page
    // (Firefox, where automation cannot open one).
    const extension = await settled(browser, !browser.inBackground);
    const page = await browser.newPage();
    /** The page's steps of the start just measured, and the background's time over its first request. */
    const startSteps = async (): Promise<Record<string, number>> => ({
      ...(await page.evaluate(pageSteps)),
      ...(await requestSteps()),
    });
    const requestSteps = async (): Promise<Record<string, number>> => {
      const began = await page.evaluate(contentScriptBegan);
      const requests = await (browser.inBackground
        ? browser.inBackground(backgroundRequests)
        : extension!.evaluate(backgroundRequests));
      // The setup request is the one with steps: a woken worker may first answer another that
      // waited for it (a frame's badge report), in no time.
      const after = began === undefined ? [] : requests.filter((r) => r.at >= began);
      const first = after.find((r) => r.steps.length) ?? after[0];
      if (!first) return {};
      return {
        'bg-received': first.at - began!,
        ...Object.fromEntries(first.steps.map(([name, at]) => [`bg-${name}`, at - began!])),
        'bg-answered': first.at + first.ms - began!,
      };
    };
    const measure = async (url: string) => {
      await page.goto(url);
      await until(
        () => page.evaluate(scansDone),
        (n) => n > 0,
      );
      const work = await page.evaluate(workTimes);
      return {
        busyMs: work.slices.reduce((a, b) => a + b, 0),
        longestMs: Math.max(0, ...work.slices),
        firstMarksMs: work.firstMarks[0],
      };
    };
    const demoUrl = fixtures.url('demo-ar.html');
    // Cold: the service worker stopped before each load (Chromium); the woken worker loads its stored view.
    if (browser.stopServiceWorker)
      for (let i = 0; i < 5; i++) {
        await browser.stopServiceWorker();
        await sleep(500);
        const cold = await measure(demoUrl);
        if (cold.firstMarksMs !== undefined) startUp.cold.push(cold.firstMarksMs);
        const began = await page.evaluate(contentScriptBegan);
        if (browser.inBackground && began !== undefined && cold.firstMarksMs !== undefined) {
          const steps = await browser.inBackground(workerSteps);
          // Answered first from the quick view (matcher-cache.ts): the page is read again with the
          // full one, and that is when every name is marked.
          const again =
            steps['full-view-loaded'] === undefined
              ? undefined
              : await until(
                  () => page.evaluate(readAgainMs),
                  (ms) => ms !== undefined,
                );
          if (again !== undefined) startUp.whole.push(again);
          startUp.steps.push({
            ...Object.fromEntries(Object.entries(steps).map(([step, at]) => [step, at - began])),
            ...(await startSteps()),
            'first-marks': cold.firstMarksMs,
            ...(again === undefined ? {} : { 'read-again': again }),
          });
        }
      }
    // Warm: the demo page five times; the table row is the median. Where no cold start came first
    // (Firefox), one load more goes before them, unmeasured: the first content script in the tab's
    // process is no warm start, as the empty extension's baseline counts it (measureFirefoxBaseline).
    if (!browser.stopServiceWorker) await measure(demoUrl);
    const demo = [];
    for (let i = 0; i < 5; i++) {
      const d = await measure(demoUrl);
      demo.push(d);
      startUp.warmSteps.push({ ...(await startSteps()), 'first-marks': d.firstMarksMs ?? NaN });
    }
    for (const d of demo) if (d.firstMarksMs !== undefined) startUp.warm.push(d.firstMarksMs);
    if (page.heapUsed) startUp.heapAdded = (await page.heapUsed()) - (await baselineHeap(demoUrl));
    const mid = [...demo].sort((a, b) => a.busyMs - b.busyMs)[2]!;
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
  const browser = await launch(browserName, { build: BUILD });
  const times: number[] = [];
  try {
    await settled(browser);
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
let baseline: Baseline | undefined;
let firefoxBaseline: Baseline | undefined;
const cards: Record<BrowserName, number[]> = { chromium: [], firefox: [] };
const startUps: Record<BrowserName, StartUp> = {
  chromium: { warm: [], cold: [], whole: [], steps: [], warmSteps: [] },
  firefox: { warm: [], cold: [], whole: [], steps: [], warmSteps: [] },
};
// BENCH_BROWSERS=chromium (or firefox) runs one browser only, for a quicker comparison of two builds.
const only = process.env.BENCH_BROWSERS?.split(',');
for (const b of ['chromium', 'firefox'] as const) {
  if (only && !only.includes(b)) continue;
  // The browser measured before has just closed: its processes end and write out their profiles
  // for a few seconds, and the first loads measured here would share the two cores with them.
  if (rows.length) await sleep(5000);
  rows.push(...(await measureScans(b, startUps[b])));
  if (b === 'chromium') baseline = await measureBaseline();
  else firefoxBaseline = await measureFirefoxBaseline();
  cards[b] = await measureCards(b);
  if (b === 'firefox') startUps.firefox.heapAdded = await firefoxMemoryAdded();
  const ms = (values: number[]) => values.map((v) => Math.round(v)).join(', ') || '–';
  console.log(`${b}: first marks cold ${ms(startUps[b].cold)}; warm ${ms(startUps[b].warm)} (ms, in order)`);
  if (b === 'chromium' && baseline)
    console.log(
      `chromium, baseline (an empty extension, worker stopped): ping answered ${ms(baseline.ping)}; 300 kB read from storage.local ${ms(baseline.read)}; worker running: ping answered ${ms(baseline.warmPing ?? [])} (ms after its content script began, in order)`,
    );
  if (b === 'firefox' && firefoxBaseline)
    console.log(
      `firefox, baseline (an empty extension, background page running): ping answered ${ms(firefoxBaseline.ping)}; 300 kB read from storage.local ${ms(firefoxBaseline.read)} (ms after its content script began, in order)`,
    );
  if (startUps[b].whole.length)
    console.log(
      `${b}: cold, every name marked (read again with the full view) ${ms(startUps[b].whole)} (ms, in order)`,
    );
  // A cold start step by step (median ms after the content script began; negative: before it, the
  // worker woken by the tab's navigation).
  const stepMedians = (runs: Record<string, number>[], names: string[]) =>
    names
      .map((step) => {
        const at = runs.flatMap((s) => (step in s ? [s[step]!] : []));
        return `${step} ${at.length ? Math.round(median(at)) : '–'}`;
      })
      .join(', ');
  const { steps, warmSteps } = startUps[b];
  const PAGE_STEPS = [
    'read-ahead',
    'setup-sent',
    'bg-received',
    'bg-settings',
    'bg-revision',
    'bg-view',
    'bg-walked',
    'bg-titled',
    'bg-found',
    'bg-data',
    'bg-answered',
    'start-index-read',
    'start-index-waited',
    'start-index-used',
    'setup-received',
    'setup-answered',
    'settings',
    'first-found',
    'first-marks',
  ];
  if (steps.length)
    console.log(
      `${b}: cold starts whose first slice was marked from the start index: ${steps.filter((s) => 'start-index-used' in s).length} of ${steps.length}`,
    );
  if (steps.length)
    console.log(
      `${b}: cold start, median ms after the content script began: ` +
        stepMedians(steps, [
          'worker-begun',
          'worker-start',
          'view-read',
          'view-loaded',
          'answered',
          ...PAGE_STEPS,
          'full-view-loaded',
          'read-again',
        ]),
    );
  // The page's side of a warm start: where the tab's first marks wait.
  if (warmSteps.length) {
    console.log(`${b}: warm start, median ms after the content script began: ${stepMedians(warmSteps, PAGE_STEPS)}`);
    for (const s of warmSteps)
      console.log(`  ${PAGE_STEPS.map((step) => `${step} ${step in s ? Math.round(s[step]!) : '–'}`).join(', ')}`);
  }
}
console.log('| browser  | page                 | main thread (ms) | longest task (ms) |');
console.log('|----------|----------------------|------------------|-------------------|');
for (const r of rows)
  console.log(
    `| ${r.browser.padEnd(8)} | ${r.page.padEnd(20)} | ${r1(r.busyMs).padStart(16)} | ${r1(r.longestMs).padStart(17)} |`,
  );
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : (bytes / 1e6).toFixed(2));
const summary: Record<string, number | null> = {};
console.log('');
console.log('With every bundled pack and 200,000 more names on:');
console.log(
  '| browser  | tab memory added (MB) | first marks cold (ms) | first marks warm (ms) | longest task (ms) | hover → card median (ms) | first card (ms) |',
);
console.log(
  '|----------|-----------------------|-----------------------|-----------------------|-------------------|--------------------------|-----------------|',
);
for (const b of ['chromium', 'firefox'] as const) {
  const mine = rows.filter((r) => r.browser === b);
  const s = startUps[b];
  const longest = Math.max(...mine.map((r) => r.longestMs));
  const cold = s.cold.length ? median(s.cold) : undefined;
  console.log(
    `| ${b.padEnd(8)} | ${mb(s.heapAdded).padStart(21)} | ${(cold === undefined ? 'n/a' : r1(cold)).padStart(21)} | ${r1(median(s.warm)).padStart(21)} | ${r1(longest).padStart(17)} | ${r1(median(cards[b])).padStart(24)} | ${r1(cards[b][0]).padStart(15)} |`,
  );
  Object.assign(summary, {
    [`${b}_tab_memory_added_mb`]: s.heapAdded === undefined ? null : Number(mb(s.heapAdded)),
    [`${b}_first_marks_cold_ms`]: cold === undefined ? null : Number(r1(cold)),
    [`${b}_first_marks_warm_ms`]: Number(r1(median(s.warm))),
    [`${b}_whole_marks_cold_ms`]: s.whole.length ? Number(r1(median(s.whole))) : null,
    [`${b}_demo_ms`]: Number(r1(mine.find((r) => r.page === 'demo-ar.html')?.busyMs)),
    [`${b}_busy_median_ms`]: Number(r1(median(mine.map((r) => r.busyMs)))),
    [`${b}_busy_max_ms`]: Number(r1(Math.max(...mine.map((r) => r.busyMs)))),
    [`${b}_longest_task_max_ms`]: Number(r1(longest)),
    [`${b}_card_median_ms`]: Number(r1(median(cards[b]))),
    [`${b}_card_first_ms`]: Number(r1(cards[b][0])),
    [`${b}_card_max_ms`]: Number(r1(Math.max(...cards[b]))),
  });
}
if (baseline)
  Object.assign(summary, {
    chromium_baseline_cold_ping_ms: Number(r1(median(baseline.ping))),
    chromium_baseline_storage_read_ms: Number(r1(median(baseline.read))),
    chromium_baseline_warm_ping_ms: baseline.warmPing?.length ? Number(r1(median(baseline.warmPing))) : null,
  });
if (firefoxBaseline)
  Object.assign(summary, {
    firefox_baseline_warm_ping_ms: Number(r1(median(firefoxBaseline.ping))),
    firefox_baseline_storage_read_ms: Number(r1(median(firefoxBaseline.read))),
  });
console.log(JSON.stringify(summary));
