/**
 * Backstory's own pages — the options page, the welcome page, the popup and the library — in both browsers, in
 * English and in Arabic: axe-core finds no serious or critical violation, the keyboard reaches every
 * control with a visible focus ring, the page's language and direction follow the interface, and
 * each page is photographed light and dark.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type PageDriver } from '../../scripts/lib/browsers';
import { scansDone } from '../../scripts/lib/page-probes';
import { serveDir, type StaticServer } from '../../scripts/lib/serve';
import { axeOnPage, focusedNow, textOf } from '../../scripts/lib/ui-probes';
import { openControl, type Control } from './extension-control';
import { waitFor } from './wait';

const SCREENSHOT_DIR = 'output/screenshots';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

type Lang = 'en' | 'ar';
const cases = (['chromium', 'firefox'] as const).flatMap((b) => (['en', 'ar'] as const).map((l) => [b, l] as const));

describe.each<readonly [BrowserName, Lang]>(cases)(
  "Backstory's own pages, in %s, interface in %s",
  (browserName, lang) => {
    let server: StaticServer;
    let browser: ExtensionBrowser;
    let control: Control;
    let tab: number;
    /** Each page under test, opened once: options, welcome, the card editor, the popup for the demo page's tab, and the library. */
    const pages: Record<string, PageDriver> = {};

    beforeAll(async () => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      server = await serveDir('tests/fixtures');
      browser = await launch(browserName, { uiLanguage: lang });
      const demo = await browser.newPage();
      await demo.goto(server.url(lang === 'ar' ? 'demo-ar.html' : 'demo-en.html'));
      await waitFor(demo, scansDone, (n) => n > 0, { what: 'the first scan', timeout: 15_000 });
      control = await openControl(browser, server.url(''));
      tab = await control.tabId();
      // The options page as the reader opens it later (the control page is the welcome opened on install).
      pages.options = await open('options.html?from=test');
      pages.welcome = await open('options.html#welcome');
      pages.popup = await open(`popup.html?tab=${tab}`);
      await waitFor(pages.popup, textOf, (t) => /\d/.test(t), { arg: '.count', what: 'the popup’s count' });
      // The card manager open on a card, as the library's "Correct this card" opens it.
      pages.editor = await open('options.html#edit=s-400');
      await waitFor(
        pages.editor,
        () => document.querySelectorAll('.editor [data-entry]').length,
        (n) => n > 0,
        {
          what: 'the card editor with its entries',
          timeout: 15_000,
        },
      );
      // The library with a card open, as a link to one opens it.
      pages.library = await open('library.html#card=s-400');
      await waitFor(
        pages.library,
        () => document.querySelector('.reader .card-preview')?.shadowRoot?.querySelector('.card h2')?.textContent ?? '',
        (t) => t !== '',
        { what: 'the library’s card', timeout: 15_000 },
      );
    });

    afterAll(async () => {
      await control?.setSettings({ theme: 'auto' }).catch(() => undefined);
      await browser?.close();
      await server?.close();
    });

    /** Runs `fn` on each page in the light theme, then in the dark, each page drawn in it first; back to auto after. */
    async function inEachTheme(
      fn: (name: string, page: PageDriver, theme: 'light' | 'dark') => Promise<void>,
    ): Promise<void> {
      for (const theme of ['light', 'dark'] as const) {
        await control.setSettings({ theme });
        for (const [name, page] of Object.entries(pages)) {
          await waitFor(
            page,
            () => document.documentElement.dataset.theme ?? '',
            (t) => t === theme,
            { what: `${name} in the ${theme} theme` },
          );
          await fn(name, page, theme);
        }
      }
      await control.setSettings({ theme: 'auto' });
    }

    /** One of Backstory's pages in a tab of its own, as the reader opens it. */
    async function open(path: string): Promise<PageDriver> {
      await control.page.evaluate(async (url) => {
        type Tabs = { tabs: { create(p: { url: string; active: boolean }): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
        await (g.browser ?? g.chrome).tabs.create({ url, active: false });
      }, path);
      return browser.extensionPage(path);
    }

    it('speaks the interface language, right to left in Arabic', async () => {
      for (const [name, page] of Object.entries(pages)) {
        const { dir, htmlLang, heading } = await page.evaluate(() => ({
          dir: document.documentElement.dir,
          htmlLang: document.documentElement.lang,
          // The popup's heading is the name, the same in both: its count says the rest.
          heading: document.querySelector('.options h1, .popup .count, .library h1')?.textContent ?? '',
        }));
        expect({ name, dir, lang: htmlLang.slice(0, 2) }).toEqual({ name, dir: lang === 'ar' ? 'rtl' : 'ltr', lang });
        // In the interface's own script.
        expect(/[\u0600-\u06ff]/.test(heading), `${name}: ${heading}`).toBe(lang === 'ar');
      }
      // Pack names and kinds of names too, not only the headings.
      const packs = await waitFor(
        pages.options!,
        () => [...document.querySelectorAll('.packs label span')].map((e) => e.textContent ?? ''),
        (p) => p.length > 3,
        { what: 'the packs listed' },
      );
      expect(packs.length).toBeGreaterThan(3);
      for (const p of packs) expect(/[\u0600-\u06ff]/.test(p), p).toBe(lang === 'ar');
    });

    it('welcomes a new reader with three steps and a live card, drawn as a page draws it', async () => {
      const welcome = await waitFor(
        pages.welcome!,
        () => ({
          steps: document.querySelectorAll('.steps li').length,
          card:
            document.querySelector('.example-card .card-preview')?.shadowRoot?.querySelector('.card h2')?.textContent ??
            '',
          facts:
            document.querySelector('.example-card .card-preview')?.shadowRoot?.querySelectorAll('.card a[href]')
              .length ?? 0,
          // Drawn, not only there: a card of its full size on the page.
          height:
            document
              .querySelector('.example-card .card-preview')
              ?.shadowRoot?.querySelector('.card')
              ?.getBoundingClientRect().height ?? 0,
        }),
        (w) => w.card !== '',
        { what: 'the example card' },
      );
      expect(welcome.steps).toBe(3);
      expect(welcome.height).toBeGreaterThan(150);
      expect(welcome.card).toMatch(lang === 'ar' ? /إس-400/ : /S-400/);
      // Its sources are links, as on a page.
      expect(welcome.facts).toBeGreaterThan(0);
    });

    it('passes axe-core with no serious or critical violation, light and dark', async () => {
      await inEachTheme(async (name, page, theme) => {
        await page.addScript(AXE);
        expect(await page.evaluate(axeOnPage), `${name}, ${theme}`).toEqual([]);
      });
    });

    it('reaches every control of the options page, the card editor, the popup and the library by keyboard, each with a visible focus ring', async () => {
      for (const name of ['options', 'editor', 'popup', 'library']) {
        const page = pages[name]!;
        await page.bringToFront();
        await page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          window.scrollTo(0, 0);
        });
        // A click in the top corner, on no control, so Tab starts from the page's top: after a blur,
        // Chromium would start from where focus last was (the editor scrolls to its card), and its
        // wrap from the last control to the first passes through the browser's own window.
        await page.click(2, 2);
        expect(await page.evaluate(focusedNow), `${name}: the corner clicked holds no control`).toBeNull();
        // Tab stops: each control once, a group of radio buttons once (arrow keys move within it).
        const controls = await page.evaluate(() => {
          const all = [
            ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
          ].filter((e) => !e.hasAttribute('disabled') && e.tabIndex >= 0 && e.getClientRects().length > 0);
          const radios = new Set(
            all.filter((e) => (e as HTMLInputElement).type === 'radio').map((e) => e.getAttribute('name')),
          );
          return all.filter((e) => (e as HTMLInputElement).type !== 'radio').length + radios.size;
        });
        const seen: string[] = [];
        for (let i = 0; i < controls; i++) {
          await page.press('Tab');
          const now = await page.evaluate(focusedNow);
          expect(now, `${name}: Tab ${i + 1} reached nothing`).not.toBeNull();
          expect(now!.visible, `${name}: no visible focus on ${now!.what}`).toBe(true);
          seen.push(now!.what);
        }
        // Tab went through them all, not round one corner.
        expect(new Set(seen).size, name).toBeGreaterThan(controls * 0.8);
      }
    });

    it('saves screenshots of each page, light and dark, at the stores’ size (1280×800)', async () => {
      for (const page of Object.values(pages)) await page.setViewport(1280, 800);
      await inEachTheme(async (name, page, theme) => {
        await page.bringToFront();
        // The editor where it opens, its first facts in view; the other pages from their top.
        await page.evaluate(() => {
          const editor = document.querySelector('form.editor');
          if (editor) editor.querySelector('.entry-field')?.scrollIntoView({ block: 'start' });
          else window.scrollTo(0, 0);
        });
        await page.screenshot(`${SCREENSHOT_DIR}/${browserName}-${name}-${lang}-${theme}.png`);
      });
    });

    // Last: the popup closes itself once it has opened a page.
    it('opens the library from the popup, in a tab of its own, and from the options page', async () => {
      /** The library pages open in tabs, as the extension itself sees them (run in its page). */
      const libraries = () => {
        type Extension = { extension: { getViews(p: { type: 'tab' }): Window[] } };
        const g = globalThis as unknown as { browser?: Extension; chrome: Extension };
        return (g.browser ?? g.chrome).extension
          .getViews({ type: 'tab' })
          .filter((w) => w.location.pathname === '/library.html').length;
      };
      const before = await control.page.evaluate(libraries);
      await pages.popup!.evaluate(() => (document.querySelector('[data-open="library"]') as HTMLElement).click());
      await waitFor(control.page, libraries, (n) => n === before + 1, { what: 'a library tab opened by the popup' });

      await pages.options!.evaluate(() => (document.querySelector('a.library-link') as HTMLElement).click());
      const libraryHeading = () =>
        location.pathname === '/library.html' ? (document.querySelector('.library h1')?.textContent ?? '') : '';
      const heading = await waitFor(pages.options!, libraryHeading, (t) => t !== '', {
        what: 'the library, opened from the options page',
        // Asked again while the page is replaced under the question.
        read: () => pages.options!.evaluate(libraryHeading).catch(() => ''),
      });
      expect(heading).toBe(lang === 'ar' ? 'المكتبة' : 'Library');
    });
  },
);
