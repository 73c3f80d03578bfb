import { readFileSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type PageDriver } from '../../scripts/lib/browsers';
import {
  axeOnCopy,
  copyCardForAxe,
  cardGeometry,
  clickPanelEntry,
  countMarks,
  focusInfo,
  markRects,
  pointOnMark,
  readCard,
  readMarks,
  readPanel,
  scansDone,
} from '../../scripts/lib/page-probes';
import { serveDir, type StaticServer } from '../../scripts/lib/serve';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { openControl, type Control } from './extension-control';
import { sleep, waitFor, waitForCard } from './wait';

const core = bundledPack('core');
const label = (id: string, lang: 'ar' | 'en') => core.cards.find((c) => c.id === id)!.label[lang]!;
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
export const SCREENSHOT_DIR = 'output/screenshots';

describe.each<BrowserName>(['chromium', 'firefox'])('reading in %s', (browserName) => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: PageDriver;
  let control: Control;

  const open = async (file: string) => {
    await page.goto(server.url(file));
    await page.bringToFront();
    await waitFor(page, scansDone, (n) => n > 0, { what: 'the first scan', timeout: 15_000 });
  };
  const settle = async () => {
    await page.mouseMove(1, 1);
    await page.press('Escape');
    await waitForCard(page, readCard, (c) => c === null, { what: 'no card open' });
  };
  const settings = async (patch: Partial<typeof DEFAULT_SETTINGS>) => {
    await control.setSettings(patch);
    await page.bringToFront();
    await sleep(300);
  };

  beforeAll(async () => {
    server = await serveDir('tests/fixtures');
    browser = await launch(browserName);
    page = await browser.newPage();
    await page.goto(server.url('demo-ar.html'));
    control = await openControl(browser, server.url(''));
    await open('demo-ar.html');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens nothing when the pointer sweeps across names, and the card after a rest', async () => {
    await settle();
    const points = [];
    for (let i = 0; i < 5; i++) points.push((await page.evaluate(pointOnMark, { index: i, names: ALL }))!);
    for (const p of points.slice(0, 3)) {
      await page.mouseMove(p.x, p.y);
      await sleep(60);
    }
    await page.mouseMove(1, 1);
    await sleep(600);
    expect(await page.inCard(readCard)).toBeNull();
    await page.mouseMove(points[0]!.x, points[0]!.y);
    await waitForCard(page, readCard, (c) => c !== null, { what: 'card after resting' });
  });

  it('keeps a pinned card open when the pointer leaves', async () => {
    await settle();
    const p = (await page.evaluate(pointOnMark, { index: 0, names: ALL }))!;
    await page.click(p.x, p.y);
    await waitForCard(page, readCard, (c) => c !== null, { what: 'card' });
    const pinned = await page.inCard((root) => {
      const pin = root!.querySelector('.pin') as HTMLButtonElement;
      pin.click();
      return true;
    });
    expect(pinned).toBe(true);
    await page.mouseMove(1, 1);
    await sleep(800);
    expect(await page.inCard(readCard)).not.toBeNull();
    await page.press('Escape');
    await waitForCard(page, readCard, (c) => c === null, { what: 'Escape closes a pinned card' });
  });

  it('travels through the mentions from the keyboard, in reading order, with the card focused', async () => {
    await settle();
    await control.send({ type: 'command', name: 'next-mention' });
    await page.bringToFront();
    const first = await waitForCard(page, readCard, (c) => c !== null, { what: 'card of the first mention' });
    expect(first!.title).toBe(label('erdogan', 'ar')); // the headline's first word
    await waitForCard(page, focusInfo, (f) => f.host && f.role === 'dialog', { what: 'focus in the card' });
    await control.send({ type: 'command', name: 'next-mention' });
    await page.bringToFront();
    const second = await waitForCard(page, readCard, (c) => c !== null && c.title !== first!.title, {
      what: 'card of the second mention',
    });
    expect(second!.title).toBe(label('putin', 'ar')); // أردوغان وبوتين
    await page.press('Escape');
    await waitForCard(page, readCard, (c) => c === null, { what: 'closed' });
  });

  it('captures nothing while the reader types in a field', async () => {
    await settle();
    await page.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).focus());
    await control.send({ type: 'command', name: 'next-mention' });
    await page.bringToFront();
    await sleep(400);
    expect(await page.inCard(readCard)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('textarea');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  });

  for (const [file, lang] of [
    ['demo-ar.html', 'ar'],
    ['demo-en.html', 'en'],
  ] as const) {
    it(`places the card inside the window and off the line being read (${lang}, ${lang === 'ar' ? 'RTL' : 'LTR'}, narrow and wide windows)`, async () => {
      await open(file);
      for (const width of [1280, 520]) {
        await page.setViewport(width, 800);
        for (let index = 0; index < 6; index++) {
          await settle();
          const p = await page.evaluate(pointOnMark, { index, names: ALL });
          if (!p) continue;
          await page.mouseMove(p.x, p.y);
          await waitForCard(page, readCard, (c) => c !== null, { what: `card ${index} at ${width}px` });
          await sleep(100);
          const g = (await page.inCard(cardGeometry))!;
          const lines = await page.evaluate(markRects, { index, names: ALL });
          const hovered = lines.find((r) => p.y >= r.top && p.y <= r.bottom)!;
          expect(g.card.left).toBeGreaterThanOrEqual(0);
          expect(g.card.right).toBeLessThanOrEqual(g.viewport.width);
          expect(g.card.top).toBeGreaterThanOrEqual(0);
          expect(g.card.bottom).toBeLessThanOrEqual(g.viewport.height);
          const overlaps =
            g.card.left < hovered.right &&
            hovered.left < g.card.right &&
            g.card.top < hovered.bottom &&
            hovered.top < g.card.bottom;
          expect(overlaps, `card over the hovered line (${width}px, mention ${index})`).toBe(false);
        }
      }
      await page.setViewport(1280, 900);
      await open('demo-ar.html');
    });
  }

  it('follows the theme setting, and in auto follows a dark page', async () => {
    await settle();
    const theme = async () => {
      const p = (await page.evaluate(pointOnMark, { index: 0, names: ALL }))!;
      await page.click(p.x, p.y);
      await waitForCard(page, readCard, (c) => c !== null, { what: 'card' });
      const t = await page.inCard((root) => root!.querySelector('.card')!.getAttribute('data-theme'));
      await settle();
      return t;
    };
    await settings({ theme: 'dark' });
    expect(await theme()).toBe('dark');
    await settings({ theme: 'light' });
    expect(await theme()).toBe('light');
    await settings({ theme: 'auto' });
    await page.evaluate(() => (document.body.style.background = 'rgb(18, 18, 18)'));
    expect(await theme()).toBe('dark');
    await page.evaluate(() => (document.body.style.background = ''));
  });

  it('marks only the first mention of each entity, or nothing, as the reader chooses', async () => {
    await settings({ density: 'all' });
    await settle();
    const all = await page.evaluate(readMarks);
    // The default: a place or a country is marked at its first mention only, everything else at every mention.
    await settings({ density: 'countries-once' });
    await waitFor(page, countMarks, (n) => n < all.length, { what: 'places and countries marked once' });
    const once = await page.evaluate(readMarks);
    const places = (ms: typeof all) => ms.filter((m) => m.name === 'backstory-country' || m.name === 'backstory-place');
    expect(once.length - places(once).length).toBe(all.length - places(all).length);
    expect(places(once).length).toBeLessThanOrEqual(new Set(places(all).map((m) => m.text)).size);
    expect(places(once).length).toBeGreaterThan(0);
    const entities = new Set(all.map((m) => `${m.name}|${m.text}`)).size;
    await settings({ density: 'first' });
    const first = await waitFor(page, countMarks, (n) => n < all.length, { what: 'fewer marks' });
    expect(first).toBeLessThanOrEqual(entities);
    await settings({ density: 'none' });
    expect(await waitFor(page, countMarks, (n) => n === 0, { what: 'no marks' })).toBe(0);
    // With nothing marked, the keyboard still reaches the cards.
    await control.send({ type: 'command', name: 'next-mention' });
    await page.bringToFront();
    await waitForCard(page, readCard, (c) => c !== null, { what: 'card from the keyboard with no marks shown' });
    await settings({ density: 'all' });
    expect(await waitFor(page, countMarks, (n) => n === all.length, { what: 'all marks back' })).toBe(all.length);
  });

  it('lists the article’s entities by kind with counts, and opens the card of the one chosen', async () => {
    await settle();
    await control.send({ type: 'command', name: 'toggle-panel' });
    await page.bringToFront();
    const panel = (await waitForCard(page, readPanel, (p) => p !== null, { what: 'panel' }))!;
    expect(panel.title).toBe('في هذا المقال');
    const entries = panel.groups.flatMap((g) => g.entries);
    const erdogan = entries.find((e) => e.label === label('erdogan', 'ar'));
    expect(erdogan?.count).toMatch(/\d+/);
    expect(panel.groups.map((g) => g.kind)).toContain('شخصية');
    expect(await page.inCard(clickPanelEntry, label('s-400', 'ar'))).toBe(true);
    const card = await waitForCard(page, readCard, (c) => c !== null, { what: 'card from the panel' });
    expect(card!.title).toBe(label('s-400', 'ar'));
  });

  it('passes axe-core with no serious or critical violation in the card and the panel', async () => {
    expect(await page.inCard(readPanel)).not.toBeNull();
    expect(await page.inCard(readCard)).not.toBeNull();
    await page.addScript(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    expect(await page.inCard(copyCardForAxe)).toBe(true);
    expect(await page.evaluate(axeOnCopy)).toEqual([]);
    await control.send({ type: 'command', name: 'toggle-panel' });
  });

  it('saves screenshots of the card in Arabic and English, light and dark', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const [file, lang] of [
      ['demo-ar.html', 'ar'],
      ['demo-en.html', 'en'],
    ] as const) {
      await open(file);
      for (const theme of ['light', 'dark'] as const) {
        await settings({ theme });
        await settle();
        const p = (await page.evaluate(pointOnMark, {
          index: 3,
          names: ['backstory-weapon-system', 'backstory-armed-group', 'backstory-programme'],
        }))!;
        await page.mouseMove(p.x, p.y);
        await waitForCard(page, readCard, (c) => c !== null, { what: 'card' });
        await sleep(150);
        await page.screenshot(`${SCREENSHOT_DIR}/${browserName}-card-${lang}-${theme}.png`);
      }
    }
    await settings({ theme: 'auto' });
  });

  it('opens a title’s card on the holder at the article’s date, with today’s holder, a state’s office and an organisation’s; screenshots in Arabic and English, light and dark', async () => {
    const cards = bundledPacks().flatMap((p) => p.cards);
    const nameOf = (id: string, lang: 'ar' | 'en') => cards.find((c) => c.id === id)!.label[lang]!;
    const officeOf = (root: ShadowRoot | null) => ({
      then: root?.querySelector('.card .office-then')?.textContent ?? '',
      now: root?.querySelector('.card .office-now')?.textContent ?? '',
    });
    const hoverTitle = async (index: number) => {
      await settle();
      const p = (await page.evaluate(pointOnMark, { index, names: ['backstory-person-title'] }))!;
      expect(p, 'a title drawn as a title').toBeTruthy();
      await page.mouseMove(p.x, p.y);
      return waitForCard(page, readCard, (c) => c !== null, { what: 'the title’s card' });
    };
    for (const [file, lang, at] of [
      ['titles-ar.html', 'ar', 'وقت نشر هذا المقال'],
      ['titles-en.html', 'en', 'at the time of this article'],
    ] as const) {
      await open(file);
      // «وزير الخارجية التركي» and «الرئيس الروسي»; «الوزير» and «الرئيس» alone name no state and stay unmarked.
      const titles = () => CSS.highlights.get('backstory-person-title')?.size ?? 0;
      expect(await page.evaluate(titles)).toBe(2);
      for (const theme of ['light', 'dark'] as const) {
        await settings({ theme });
        const card = await hoverTitle(0);
        // 29 September 2021: Mevlüt Çavuşoğlu; today Hakan Fidan, since 3 June 2023.
        expect(card!.title).toBe(nameOf('mevlut-cavusoglu', lang));
        const office = await page.inCard(officeOf);
        expect(office.then).toContain(at);
        expect(office.then).toContain(nameOf('mevlut-cavusoglu', lang));
        expect(office.now).toContain(nameOf('hakan-fidan', lang));
        expect(office.now).toContain('2023');
        await sleep(150);
        await page.screenshot(`${SCREENSHOT_DIR}/${browserName}-title-card-${lang}-${theme}.png`);
      }
    }
    // A page without a date: today's holder, and the card says the date is unknown.
    await open('titles-undated-en.html');
    const card = await hoverTitle(0);
    expect(card!.title).toBe(nameOf('hakan-fidan', 'en'));
    const office = await page.inCard(officeOf);
    expect(office.then).toContain("the article's date is unknown");
    expect(office.now).toBe('');
    // An organisation's head, on 10 May 2019: "The NATO Secretary General" and "the UN chief"; "the
    // secretary-general of another body" names no body and stays unmarked.
    await open('titles-org-en.html');
    expect(await page.evaluate(() => CSS.highlights.get('backstory-person-title')?.size ?? 0)).toBe(2);
    const head = await hoverTitle(0);
    expect(head!.title).toBe(nameOf('jens-stoltenberg', 'en'));
    const nato = await page.inCard(officeOf);
    expect(nato.then).toContain('Secretary General of NATO at the time of this article');
    expect(nato.now).toContain(nameOf('mark-rutte', 'en'));
    expect(nato.now).toContain('2024');
    await page.screenshot(`${SCREENSHOT_DIR}/${browserName}-title-card-organisation-en.png`);
    await settings({ theme: 'auto' });
  });

  it('shows a locator map on a country card, none on a weapon card; screenshots in Arabic and English, light and dark', async () => {
    const mapOf = (root: ShadowRoot | null) => {
      const figure = root?.querySelector('.card .map');
      if (!figure) return null;
      return {
        focus: figure.querySelector('path.focus')?.getAttribute('d')?.length ?? 0,
        land: figure.querySelector('path.land')?.getAttribute('d')?.length ?? 0,
        inset: figure.querySelector('path.inset-land')?.getAttribute('d')?.length ?? 0,
        label: figure.querySelector('svg')?.getAttribute('aria-label') ?? '',
        credit: figure.querySelector('figcaption')?.textContent ?? '',
      };
    };
    /** The card of the first mark of `kind`, opened by resting the pointer on it after closing any other. */
    const hoverFirst = async (kind: string) => {
      await page.mouseMove(1, 1);
      await waitForCard(page, readCard, (c) => c === null, { what: 'no card open' });
      const p = (await page.evaluate(pointOnMark, { index: 0, names: [`backstory-${kind}`] }))!;
      await page.mouseMove(p.x, p.y);
      return waitForCard(page, readCard, (c) => c !== null, { what: `a ${kind} card` });
    };
    for (const [file, lang] of [
      ['demo-ar.html', 'ar'],
      ['demo-en.html', 'en'],
    ] as const) {
      await open(file);
      for (const theme of ['light', 'dark'] as const) {
        await settings({ theme });
        await settle();
        const card = await hoverFirst('country');
        const map = await page.inCard(mapOf);
        // The country outlined among its neighbours, and the world inset: path data from the background.
        expect(map, `${card!.title}: no map`).not.toBeNull();
        expect(map!.focus).toBeGreaterThan(100);
        expect(map!.land).toBeGreaterThan(100);
        expect(map!.inset).toBeGreaterThan(1000);
        expect(map!.label).toContain(card!.title);
        expect(map!.credit).toContain('Natural Earth');
        await sleep(150);
        await page.screenshot(`${SCREENSHOT_DIR}/${browserName}-map-card-${lang}-${theme}.png`);
      }
      // A weapon system is not on the map.
      await hoverFirst('weapon-system');
      expect(await page.inCard(mapOf)).toBeNull();
    }
    // A city: its dot on its country, from GeoNames' point. Kharkiv, in Arabic and English.
    for (const [file, lang] of [
      ['places-ar.html', 'ar'],
      ['places-en.html', 'en'],
    ] as const) {
      await open(file);
      for (const theme of ['light', 'dark'] as const) {
        await settings({ theme });
        await settle();
        const card = await hoverFirst('place');
        const dot = await page.inCard((root) => {
          const c = root?.querySelector('.card .map circle.dot');
          return c ? [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))] : null;
        });
        expect(dot, `${card!.title}: no dot`).not.toBeNull();
        expect((await page.inCard(mapOf))!.focus).toBeGreaterThan(100);
        await sleep(150);
        await page.screenshot(`${SCREENSHOT_DIR}/${browserName}-map-place-${lang}-${theme}.png`);
      }
    }
    await settings({ theme: 'auto' });
  });
});
