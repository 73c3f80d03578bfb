/**
 * Real Chromium (playwright-core) and real Firefox ESR (puppeteer-core over WebDriver BiDi), each
 * with the built extension loaded, behind one small interface so every end-to-end test runs the
 * same steps in both. Browsers come from the system (Debian packages); a missing one is an error.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import packIndex from '../../assets/packs/index.json';
import { LARGE_PACK_ENTRY } from '../../lib/core/knowledge/pack-index';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { inCardOverBidi, inCardOverCdp } from './closed-shadow';
import { networkRecorder } from './network-recorder';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_PATHS: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/**
 * Which build a browser loads: the one that ships, or the test build (`npm run build:e2e`), which is
 * the same but for the timings it leaves in the page's performance timeline for the tests to read,
 * or that test build with a generated pack of 200,000 names on (`npm run build:large`).
 */
export type BuildName = 'production' | 'e2e' | 'e2e-large';

/** The test build the suites load: `e2e`, or with BACKSTORY_E2E_BUILD=e2e-large the one with 200,000 more names. */
const TEST_BUILD: BuildName = process.env.BACKSTORY_E2E_BUILD === 'e2e-large' ? 'e2e-large' : 'e2e';

export const EXTENSION_DIRS: Record<BuildName, Record<BrowserName, string>> = {
  production: { chromium: resolve('dist/chrome-mv3'), firefox: resolve('dist/firefox-mv2') },
  e2e: { chromium: resolve('dist/chrome-mv3-e2e'), firefox: resolve('dist/firefox-mv2-e2e') },
  /** The test build with 200,000 more names on (`npm run build:large`, bench/large-pack.ts). */
  'e2e-large': { chromium: resolve('dist/chrome-mv3-e2e-large'), firefox: resolve('dist/firefox-mv2-e2e-large') },
};

/** A function run with the card's closed shadow root (null when no card host is on the page). */
export type InCard<R, A> = (root: ShadowRoot | null, arg: A) => R | Promise<R>;

export interface PageDriver {
  /** Loads the page and makes its tab the visible one. */
  goto(url: string): Promise<void>;
  /** Runs in the page's main world, as the site's own scripts would. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs in the page's main world with the card's shadow root, which is closed: no page script can
   * reach it, so the test reaches it through the browser's remote protocol (CDP in Chromium, WebDriver
   * BiDi in Firefox). `frame` is the id of a same-origin iframe whose card to read. The result must
   * be JSON.
   */
  inCard<R, A = undefined>(fn: InCard<R, A>, arg?: A, frame?: string): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Makes this tab the visible one: hidden tabs get no animation frames, so no hover. */
  bringToFront(): Promise<void>;
  /**
   * The page's JavaScript heap in use after a full garbage collection, in bytes: the page's own
   * objects and those of every content script in it (one V8 heap). Chromium only (CDP).
   */
  heapUsed?(): Promise<number>;
  /** Runs a script in the page (test tools such as axe-core), as the remote protocol does: no page CSP applies. */
  addScript(source: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  newPage(): Promise<PageDriver>;
  /** The URL of a page of the extension itself (popup.html, options.html). */
  extensionUrl(path: string): string;
  /** A tab the extension opened itself (the welcome page on install), waited for. */
  extensionPage(path: string): Promise<PageDriver>;
  close(): Promise<void>;
  /** Settles when the browser goes away, closed by the test or by the person using it. */
  closed: Promise<void>;
  /** Stops the extension's service worker, as Chrome does when it has been idle (Chromium only). */
  stopServiceWorker?(): Promise<void>;
  /** Runs a function in the extension's service worker, as its own code would (Chromium only). */
  inBackground?<R>(fn: () => R | Promise<R>): Promise<R>;
}

/** Waits until the background no longer reports install progress (`status/get`), asked from its own page. */
async function installReported(page: PageDriver): Promise<void> {
  // A page still loading may be replaced under the script (its context destroyed): then ask again.
  for (let attempt = 1; ; attempt++)
    try {
      return await askUntilInstalled(page);
    } catch (error) {
      if (attempt === 3 || /still installing/.test(String(error))) throw error;
      await new Promise((done) => setTimeout(done, 500));
    }
}

async function askUntilInstalled(page: PageDriver): Promise<void> {
  await page.evaluate(async () => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<{ progress?: unknown } | undefined> } };
    const deadline = Date.now() + 80_000;
    for (;;) {
      // The page may still be loading, and the background still starting: both are asked again.
      const api = ((globalThis as unknown as { browser?: Api }).browser ??
        (globalThis as unknown as { chrome?: Api }).chrome) as Api | undefined;
      const reply = await api?.runtime.sendMessage({ type: 'status/get' }).catch(() => undefined);
      if (reply && !reply.progress) return;
      if (Date.now() > deadline) throw new Error('the bundled packs were still installing after 80 s');
      await new Promise((done) => setTimeout(done, 200));
    }
  });
}

/** Every card the build's bundled packs hold (the scale-test build adds 50,000 made-up ones). */
export const bundledCardCount = (build: BuildName = TEST_BUILD) =>
  packIndex.reduce((n, e) => n + e.cards, 0) + (build === 'e2e-large' ? LARGE_PACK_ENTRY.cards : 0);

/**
 * Waits until the extension's database holds `total` card rows and the background has built and
 * stored its reading view of them (it does so once the packs are in), read in its service worker:
 * with page scripts off, Chromium runs none in the extension's pages either, so they cannot ask the
 * background. The view matters with tens of thousands of cards: until it is built a page is answered
 * from the view before (matcher-cache.ts) and told again later, and a test reading marks at once
 * would see the older data's.
 */
async function cardsWritten(browser: ExtensionBrowser, total: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { rows, revision, viewRevision } = await browser.inBackground!(storedRevisions);
    if (rows >= total && revision !== undefined && revision === viewRevision) return;
    if (Date.now() > deadline)
      throw new Error(
        rows < total
          ? `the bundled packs were still installing after 120 s (${rows} of ${total} cards)`
          : `the background's view was still being built after 120 s (revision ${viewRevision} of ${revision})`,
      );
    await new Promise((done) => setTimeout(done, 250));
  }
}

/**
 * The extension's card rows, its data revision and the revision of the reading view the background
 * last stored, read from IndexedDB in any of the extension's own contexts (its service worker or one
 * of its pages). Self-contained: it is sent to the browser as source.
 */
export async function storedRevisions(): Promise<{ rows: number; revision?: number; viewRevision?: number }> {
  /** One request on one object store of a database, undefined where either is not there yet. */
  const ask = (name: string, store: string, request: (s: IDBObjectStore) => IDBRequest) =>
    new Promise<unknown>((ok) => {
      const open = indexedDB.open(name);
      open.onerror = () => ok(undefined);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(store)) return (db.close(), ok(undefined));
        const r = request(db.transaction(store).objectStore(store));
        r.onsuccess = () => (db.close(), ok(r.result));
        r.onerror = () => (db.close(), ok(undefined));
      };
    });
  const rows = ((await ask('backstory', 'cards', (s) => s.count())) as number | undefined) ?? 0;
  const meta = (await ask('backstory', 'meta', (s) => s.get('revision'))) as { value?: number } | undefined;
  const view = (await ask('backstory-view', 'views', (s) => s.get('current'))) as { revision?: number } | undefined;
  return { rows, revision: meta?.value, viewRevision: view?.revision };
}

function requireBuild(name: BrowserName, build: BuildName): { exe: string; dir: string } {
  const exe = BROWSER_PATHS[name];
  if (!existsSync(exe))
    throw new Error(
      `${name} not found at ${exe}: install it (apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}) or set ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}`,
    );
  const dir = EXTENSION_DIRS[build][name];
  if (!existsSync(resolve(dir, 'manifest.json')))
    throw new Error(`no built extension in ${dir}: run npm run build first`);
  return { exe, dir };
}

/** The browser's Arabic interface, where a test asks for it: installed, or a clear error saying how. */
function requireInterface(name: BrowserName, exe: string, uiLanguage: string): void {
  if (uiLanguage === 'en') return;
  const root = dirname(realpathSync(exe));
  const found =
    name === 'chromium'
      ? [join(root, 'locales', `${uiLanguage}.pak`), `/usr/lib/chromium/locales/${uiLanguage}.pak`].some(existsSync)
      : [join(root, 'browser', 'extensions'), '/usr/lib/firefox-esr/browser/extensions'].some(
          (d) => existsSync(d) && readdirSync(d).some((f) => f.startsWith(`langpack-${uiLanguage}@`)),
        );
  if (!found)
    throw new Error(
      `${name} has no ${uiLanguage} interface: apt-get install -y ${name === 'chromium' ? 'chromium-l10n' : `firefox-esr-l10n-${uiLanguage}`}`,
    );
}

export interface LaunchOptions {
  headless?: boolean;
  /** Page scripts off: saved real pages then keep exactly the DOM their HTML describes. */
  pageScripts?: boolean;
  /**
   * A profile whose IndexedDB cannot be opened (its folder is a file), as a damaged or full profile
   * or a locked-down private window would be: the extension must fall back to memory.
   */
  brokenStorage?: boolean;
  /** The test build by default; `production` for what ships (npm start, the privacy checks). */
  build?: BuildName;
  /**
   * The browser's interface language, which Backstory's own pages speak ('ar': Chromium's
   * chromium-l10n and Firefox's firefox-esr-l10n-ar must be installed); the system's by default.
   */
  uiLanguage?: 'en' | 'ar';
  /** The X display a windowed browser (headless: false) draws on, a virtual screen's (screen.ts); the system's by default. */
  display?: string;
}

/**
 * The id Chromium gives an extension loaded unpacked from `dir` (no key in its manifest): the first
 * 32 hex digits of the SHA-256 of its path, each written as a letter from a to p.
 */
export const unpackedExtensionId = (dir: string) =>
  [...createHash('sha256').update(dir).digest('hex').slice(0, 32)]
    .map((h) => String.fromCharCode(0x61 + parseInt(h, 16)))
    .join('');

/**
 * A fresh profile folder; with `brokenStorage`, a file sits where the browser keeps IndexedDB. In
 * Chromium the extension at `extensionDir` is pinned to the toolbar, as a reader would pin it, so a
 * window on a screen shows its button and badge.
 */
function profileDir(name: BrowserName, brokenStorage: boolean, extensionDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), `backstory-${name}-`));
  if (name === 'chromium') {
    // No speculative connections (link prefetch, preconnect for frames) and no form-filling queries
    // to Google: the browser's own requests, which the recording proxy would report as ours.
    mkdirSync(join(dir, 'Default'), { recursive: true });
    const preferences = {
      net: { network_prediction_options: 2 },
      autofill: { enabled: false, profile_enabled: false, credit_card_enabled: false },
      credentials_enable_service: false,
      profile: { password_manager_enabled: false },
      // Spelling dictionaries, page translation and Safe Browsing lookups are fetched on demand.
      browser: { enable_spellchecking: false },
      spellcheck: { dictionaries: [], use_spelling_service: false },
      translate: { enabled: false },
      safebrowsing: { enabled: false },
      extensions: { pinned_extensions: [unpackedExtensionId(extensionDir)] },
    };
    writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(preferences));
  }
  if (brokenStorage) {
    const where = name === 'chromium' ? join(dir, 'Default', 'IndexedDB') : join(dir, 'storage');
    mkdirSync(dirname(where), { recursive: true });
    writeFileSync(where, 'not a folder: IndexedDB cannot open here');
  }
  return dir;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const o: Required<LaunchOptions> = {
    headless: true,
    pageScripts: true,
    brokenStorage: false,
    build: TEST_BUILD,
    uiLanguage: 'en',
    display: '',
    ...options,
  };
  const browser = name === 'chromium' ? await launchChromium(o) : await launchFirefox(o);
  // The welcome tab the extension opens on install comes first, so it cannot later take the front from
  // the page under test: a tab in the background gets no animation frames, and marks are drawn in one.
  const welcome = await browser.extensionPage('options.html');
  // And the bundled packs are all in before a test reads a page: the large places pack installs in
  // slices after the others (install-packs.ts), and the tests hold marks to what `npm run scan` finds
  // with every pack on.
  if (name === 'chromium' && !o.pageScripts) await cardsWritten(browser, bundledCardCount(o.build));
  else await installReported(welcome);
  return browser;
}

/** Stops every service worker of a Chromium context, as the browser does to an idle one (over CDP). */
export async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function launchChromium({
  headless,
  pageScripts,
  brokenStorage,
  build,
  uiLanguage,
  display,
}: Required<LaunchOptions>): Promise<ExtensionBrowser> {
  const { exe, dir } = requireBuild('chromium', build);
  requireInterface('chromium', exe, uiLanguage);
  const profile = profileDir('chromium', brokenStorage, dir);
  // Everything but loopback goes through the recording proxy (network-recorder.ts).
  const proxy = await networkRecorder();
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: false, // extensions need the new headless mode, asked for by flag below
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: pageScripts,
    // On Linux, Chromium takes its interface language from the environment.
    env: { ...process.env, LANGUAGE: uiLanguage, ...(display ? { DISPLAY: display } : {}) },
    args: [
      `--lang=${uiLanguage}`,
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Playwright's own defaults already keep most of the browser's calls home quiet (and its
      // --disable-features list must not be overridden here, or they come back).
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--no-pings',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // Start from the tabs a test opens and the extension's own, no stray blank ones.
  const blank = context.pages().filter((p) => p.url() === 'about:blank');
  const first = await context.newPage();
  for (const p of blank) await p.close();
  let unused: PwPage | undefined = first;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
  return {
    name: 'chromium',
    newPage: async () => {
      const page = unused ?? (await context.newPage());
      unused = undefined;
      return wrapPlaywright(page);
    },
    inBackground: async (fn) => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return worker.evaluate(fn as never) as never;
    },
    stopServiceWorker: () => stopServiceWorkers(context),
    extensionUrl,
    extensionPage: async (path) => {
      const want = extensionUrl(path);
      const found =
        context.pages().find((p) => p.url().startsWith(want)) ??
        (await context.waitForEvent('page', { predicate: (p) => p.url().startsWith(want), timeout: 15_000 }));
      return wrapPlaywright(found);
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    closed: new Promise((ok) => context.once('close', () => ok())),
  };
}

function wrapPlaywright(page: PwPage): PageDriver {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    inCard: (fn, arg, frame) => inCardOverCdp(page, String(fn), arg, frame),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => void (await page.screenshot({ path })),
    heapUsed: () => heapUsedOf(page),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    // Evaluated through the remote protocol rather than as a <script>: Backstory's own pages refuse inline scripts.
    addScript: async (content) => void (await page.evaluate(content)),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function heapUsedOf(page: PwPage): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  } finally {
    await cdp.detach();
  }
}

/** Firefox preferences that keep it from calling home: the test machine has no network, and the tests assert none is used. */
export const QUIET_FIREFOX_PREFS = {
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  // Remote settings (blocklists, URL-classifier lists) as Firefox's own test harness turns them off.
  'services.settings.server': 'data:,#remote-settings-off/v1',
  // No captive-portal or connectivity probes (detectportal.firefox.com), which Firefox sends when it
  // thinks the network changed: seen on a fresh machine, and turned off the same way in Mozilla's harness.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

/** Firefox gives each install a random internal UUID; fixing it makes extension pages addressable. */
export const FIREFOX_EXTENSION_ID = 'backstory@backstory.invalid';
export const FIREFOX_UUID = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

async function launchFirefox({
  headless,
  pageScripts,
  brokenStorage,
  build,
  uiLanguage,
  display,
}: Required<LaunchOptions>): Promise<ExtensionBrowser> {
  const { exe, dir } = requireBuild('firefox', build);
  requireInterface('firefox', exe, uiLanguage);
  const profile = profileDir('firefox', brokenStorage, dir);
  const proxy = await networkRecorder();
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: exe,
    headless,
    userDataDir: profile,
    ...(display ? { env: { ...process.env, DISPLAY: display } } : {}),
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...QUIET_FIREFOX_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      'network.proxy.allow_hijacking_localhost': false,
      'javascript.enabled': pageScripts,
      // The interface language, from the language pack Debian installs beside Firefox.
      'intl.locale.requested': uiLanguage === 'ar' ? 'ar' : 'en-US',
    },
  });
  await browser.installExtension(dir);
  const blank = (await browser.pages()).filter((p) => p.url() === 'about:blank');
  let unused: PpPage | undefined = await browser.newPage();
  for (const p of blank) await p.close();
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_UUID}/${path}`;
  return {
    name: 'firefox',
    newPage: async () => {
      const page = unused ?? (await browser.newPage());
      unused = undefined;
      return wrapPuppeteer(page);
    },
    extensionUrl,
    extensionPage: async (path) => {
      const want = extensionUrl(path);
      const deadline = Date.now() + 20_000;
      // A page still loading may not answer at once; it must not hold up the search.
      const hrefOf = (p: PpPage) =>
        Promise.race([
          p.evaluate(() => location.href).catch(() => ''),
          new Promise<string>((ok) => setTimeout(() => ok(''), 1000)),
        ]);
      let seen: string[] = [];
      for (;;) {
        seen = [];
        // Over BiDi a tab the extension opened can still report about:blank as its URL: ask the page itself.
        for (const p of await browser.pages()) {
          const href = p.url().startsWith(want) ? p.url() : await hrefOf(p);
          if (href.startsWith(want)) return wrapPuppeteer(p);
          seen.push(href || p.url());
        }
        if (Date.now() > deadline) throw new Error(`the extension did not open ${path}; tabs: ${seen.join(', ')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
    closed: new Promise((ok) => browser.once('disconnected', () => ok())),
  };
}

function wrapPuppeteer(page: PpPage): PageDriver {
  return {
    goto: async (url) => {
      try {
        await page.goto(url, { waitUntil: 'load' });
      } catch (error) {
        // Firefox's remote agent sometimes rejects a navigation that follows a page whose own
        // navigations (meta refresh, failed subresources) are still settling: once more from a blank page.
        if (!/Address rejected/.test(String(error))) throw error;
        await page.goto('about:blank');
        await page.goto(url, { waitUntil: 'load' });
      }
      await page.bringToFront();
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    inCard: (fn, arg, frame) => inCardOverBidi(page, String(fn), arg, frame),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setViewport: async (width, height) => {
      // Puppeteer sends a screen-orientation override beside the viewport, a command Firefox ESR 140.12
      // does not know; the viewport itself is still set, which the wait below checks.
      await page.setViewport({ width, height }).catch((error: unknown) => {
        if (!String(error).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
      });
      for (const deadline = Date.now() + 5000; ; await new Promise((r) => setTimeout(r, 50))) {
        const now = await page.evaluate(() => window.innerWidth);
        if (now === width) break;
        if (Date.now() > deadline) throw new Error(`the viewport stayed ${now} px wide, not ${width}`);
      }
    },
    // Evaluated through the remote protocol rather than as a <script>: Backstory's own pages refuse inline scripts.
    addScript: async (content) => void (await page.evaluate(content)),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
