/**
 * The library in both browsers: every card listed, browsed by kind and country, found by an Arabic
 * and a declined Russian name, read in full (timeline, designations, every source), its related
 * cards one click away; and how long the first rows and a search take, printed for the closing note.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import packIndex from '../../assets/packs/index.json';
import { launch, type BrowserName, type ExtensionBrowser, type PageDriver } from '../../scripts/lib/browsers';
import { clickSelector, setField, textOf } from '../../scripts/lib/ui-probes';
import { openControl } from './extension-control';
import { waitFor } from './wait';

const BUNDLED = packIndex.reduce((n, p) => n + p.cards, 0);

/** The card the reader is reading: its title, its sections' headings, its related cards. */
function reading(): { title: string; sections: string[]; related: string[] } {
  const root = document.querySelector('.reader .card-preview')?.shadowRoot;
  return {
    title: root?.querySelector('.card h2')?.textContent ?? '',
    sections: [...(root?.querySelectorAll('.card section h3') ?? [])].map((h) => h.textContent ?? ''),
    related: [...(root?.querySelectorAll('.related-card') ?? [])].map((b) => b.getAttribute('data-card') ?? ''),
  };
}

const listed = () => [...document.querySelectorAll('.entry')].map((e) => e.getAttribute('data-card') ?? '');

describe.each<BrowserName>(['chromium', 'firefox'])('the library, in %s', (browserName) => {
  let browser: ExtensionBrowser;
  let library: PageDriver;

  beforeAll(async () => {
    browser = await launch(browserName);
    const control = await openControl(browser, 'http://127.0.0.1/');
    await control.page.evaluate(async () => {
      type Tabs = { tabs: { create(p: { url: string; active: boolean }): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      await (g.browser ?? g.chrome).tabs.create({ url: 'library.html', active: true });
    });
    library = await browser.extensionPage('library.html');
    await library.bringToFront();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // Each test starts from the whole library, whatever the one before left chosen.
  beforeEach(async () => {
    for (const selector of [
      'select[name=kind]',
      'select[name=country]',
      'select[name=pack]',
      'input[name=library-search]',
    ])
      await library.evaluate(setField, { selector, value: '' });
  });

  it('lists every card, a window of them in the page at a time', async () => {
    const count = await waitFor(
      library,
      () => Number(document.querySelector('[data-count]')?.getAttribute('data-count')),
      (n) => n === BUNDLED,
      {
        what: 'every card listed',
        timeout: 20_000,
      },
    );
    expect(count).toBe(BUNDLED);
    const rows = await library.evaluate(() => document.querySelectorAll('.entry').length);
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThan(200);
    const firstRows = await library.evaluate(
      () => performance.getEntriesByName('library:first-rows')[0]?.startTime ?? -1,
    );
    console.log(
      `[library ${browserName}] ${BUNDLED} cards; first rows ${firstRows.toFixed(0)} ms after the page's start`,
    );
    expect(firstRows).toBeGreaterThan(0);
  });

  it('browses by kind and by country', async () => {
    await library.evaluate(setField, { selector: 'select[name=kind]', value: 'country' });
    await library.evaluate(setField, { selector: 'select[name=country]', value: 'UA' });
    const rows = await waitFor(library, listed, (ids) => ids.length === 1, { what: 'Ukraine alone' });
    expect(rows[0]).toMatch(/ukraine/);
  });

  it('says what a pack holds, kind by kind, and where its data comes from', async () => {
    await library.evaluate(setField, { selector: 'select[name=pack]', value: 'places' });
    const about = await waitFor(library, textOf, (t) => t.includes('GeoNames'), {
      arg: '.pack-about',
      what: "the places pack's origins",
    });
    expect(about).toMatch(/version \d/);
    expect(about).toContain('Natural Earth');
    const kinds = await library.evaluate(textOf, '.pack-about [data-kinds]');
    expect(kinds).toMatch(/Place: [\d,]+/);
    expect((await library.evaluate(listed)).length).toBeGreaterThan(0);
  });

  it('finds a card by its Arabic name and reads it in full; a related card is one click away', async () => {
    await library.evaluate(setField, { selector: 'input[name=library-search]', value: 'حزب العمال الكردستاني' });
    const ids = await waitFor(library, listed, (ids) => ids[0] === 'pkk', { what: 'the PKK first' });
    expect(ids[0]).toBe('pkk');
    expect(await library.evaluate(clickSelector, '.entry[data-card=pkk]')).toBe(true);
    const pkk = await waitFor(library, reading, (r) => r.title !== '', { what: 'the card read' });
    // Read in the interface's language (English here), whatever language it was found by.
    expect(pkk.title).toBe("Kurdistan Workers' Party (PKK)");
    // In full: the timeline and who lists it as what, which a page's short card leaves out.
    expect(pkk.sections).toEqual(expect.arrayContaining(['Timeline', 'Listed as', 'Related']));
    expect(pkk.related).toContain('ypg');
    await library.evaluate(() => {
      const root = document.querySelector('.reader .card-preview')!.shadowRoot!;
      (root.querySelector('.related-card[data-card=ypg]') as HTMLButtonElement).click();
    });
    const ypg = await waitFor(library, reading, (r) => r.title === "People's Protection Units (YPG)", {
      what: 'the related card',
    });
    expect(ypg.related).toContain('pkk');
    expect(await library.evaluate(() => location.hash)).toBe('#card=ypg');
  });

  it('finds a card by a declined Russian name, and says how long typing took to show it', async () => {
    await library.evaluate(() => performance.clearMeasures('library:search'));
    await library.evaluate(setField, { selector: 'input[name=library-search]', value: 'визит Путина' });
    const ids = await waitFor(library, listed, (ids) => ids[0] === 'putin', { what: 'Putin first' });
    expect(ids[0]).toBe('putin');
    const ms = await waitFor(
      library,
      () => performance.getEntriesByName('library:search').map((e) => e.duration),
      (d) => d.length > 0,
      { what: 'the search timed' },
    );
    console.log(`[library ${browserName}] typing to results: ${ms.map((m) => m.toFixed(1)).join(', ')} ms`);
    expect(await library.evaluate(textOf, '[role=status]')).toMatch(/\d/);
  });
});
