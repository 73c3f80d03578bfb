import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/lib/browsers';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';
import { bodyUnchanged, pointOnMark, readCard, readMarks, scanTimes } from '../../scripts/lib/page-probes';
import { scannedMarks } from './scanned-marks';
import { extensionSession } from './session';
import { sleep, waitFor, waitForCard } from './wait';

const core = bundledPack('core');
const arabicLabel = (id: string) => core.cards.find((c) => c.id === id)!.label.ar!;

/** The six mentions of the four core entities in the seed article, in reading order. */
const ARTICLE_MENTIONS = [
  { id: 'ypg', surface: /^وحدات حماية الشعب/ },
  { id: 'ypg', surface: /^وحدات حماية الشعب$/ },
  { id: 'pkk', surface: /^حزب العمال الكردستاني$/ },
  { id: 's-400', surface: /^إس -400$/ },
  { id: 's-400', surface: /^S-400$/ },
  { id: 'f-35-program', surface: /^F-35$/ },
];
const CORE_KINDS = ['backstory-weapon-system', 'backstory-armed-group', 'backstory-programme'];

describe.each<BrowserName>(['chromium', 'firefox'])('the demo page in %s', (browserName) => {
  const s = extensionSession(browserName, 'tests/fixtures', 'demo-ar.html');

  it('marks each of the six mentions in the article, without the clitic', async () => {
    const marks = (await s.page.evaluate(readMarks)).filter((m) => m.inArticle && CORE_KINDS.includes(m.name));
    expect(marks.map((m) => m.text)).toEqual(ARTICLE_MENTIONS.map((m) => expect.stringMatching(m.surface)));
    const pkk = marks.find((m) => m.text.startsWith('حزب'));
    expect(pkk?.before).toBe('ل');
    const times = await s.page.evaluate(scanTimes);
    expect(times.length).toBe(1);
    console.log(`[${browserName}] content script scan on the demo page: ${times[0]!.toFixed(1)} ms`);
  });

  it('marks exactly what `npm run scan` reports for the same page, at the default density', async () => {
    // The default draws a country at its first mention only (countries-once); the rest at every one.
    const { found, drawn: scanned } = scannedMarks('tests/fixtures/demo-ar.html');
    expect(scanned.length).toBeLessThan(found.length);
    const marked = (await s.page.evaluate(readMarks)).map((m) => m.text);
    expect(marked).toEqual(scanned);
    expect(marked.length).toBeGreaterThan(40); // the whole article, plus names in the headline and sidebar
  });

  it('never marks the comment box, inputs, editable text, scripts or noscript', async () => {
    const trapText = await s.page.evaluate(() =>
      [...document.querySelectorAll('textarea, input, select, [contenteditable], script, noscript')]
        .map((el) => (el as HTMLInputElement).value ?? el.textContent)
        .join(' '),
    );
    expect(trapText).toContain('S-400'); // the traps do hold names that would otherwise be marked
    const marks = await s.page.evaluate(readMarks);
    expect(marks.filter((m) => m.trap)).toEqual([]);
  });

  for (const [index, mention] of ARTICLE_MENTIONS.entries()) {
    it(`opens the ${mention.id} card when the pointer rests on mention ${index + 1}`, async () => {
      await s.page.mouseMove(2, 2);
      await waitForCard(s.page, readCard, (c) => c === null, { what: 'no card open' });
      const point = await s.page.evaluate(pointOnMark, { index, names: CORE_KINDS });
      expect(point).not.toBeNull();
      await s.page.mouseMove(point!.x - 2, point!.y);
      await s.page.mouseMove(point!.x, point!.y);
      const card = await waitForCard(s.page, readCard, (c) => c !== null, { what: `${mention.id} card` });
      expect(card).toMatchObject({ title: arabicLabel(mention.id), role: 'dialog', dir: 'rtl', lang: 'ar' });
    });
  }

  it('says what changed since the article was published (29 September 2021), and when the card was reviewed', async () => {
    await s.page.mouseMove(2, 2);
    await waitForCard(s.page, readCard, (c) => c === null, { what: 'no card open' });
    const point = await s.page.evaluate(pointOnMark, { index: 2, names: CORE_KINDS }); // the PKK
    await s.page.click(point!.x, point!.y);
    const card = await waitForCard(s.page, readCard, (c) => c !== null, { what: 'PKK card' });
    expect(card!.since).toMatch(/منذ نشر هذا المقال/);
    expect(card!.since).toMatch(/2021/);
    expect(card!.sinceDates.length).toBeGreaterThan(0);
    expect(card!.sinceDates.every((d) => d > '2021-09-29')).toBe(true);
    expect(card!.reviewed).toMatch(/2026/);
    // Each source link shows the host it opens beside its title.
    const hosts = await s.page.inCard((root) =>
      [...root!.querySelectorAll('.sources li')].map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        host: li.querySelector('.host')?.textContent ?? '',
      })),
    );
    expect(hosts.length).toBeGreaterThan(0);
    for (const { href, host } of hosts) expect(host).toBe(`(${new URL(href).hostname})`);
    await s.page.press('Escape');
  });

  it('opens a card at once on a tap or click, and closes it on Escape', async () => {
    await s.page.mouseMove(2, 2);
    await waitForCard(s.page, readCard, (c) => c === null, { what: 'no card open' });
    const point = await s.page.evaluate(pointOnMark, { index: 0, names: CORE_KINDS });
    await s.page.click(point!.x, point!.y);
    const card = await waitForCard(s.page, readCard, (c) => c !== null, { what: 'card after click', timeout: 2000 });
    expect(card?.title).toBe(arabicLabel('ypg'));
    await s.page.press('Escape');
    await waitForCard(s.page, readCard, (c) => c === null, { what: 'card closed by Escape', timeout: 2000 });
  });

  it('opens the card when the keyboard reaches a link that holds a mention', async () => {
    await s.page.mouseMove(2, 2);
    await s.page.evaluate(() => (document.querySelector('aside a') as HTMLElement).focus());
    await sleep(400);
    expect(await s.page.inCard(readCard)).toBeNull(); // that first link names nothing
    await s.page.press('Tab');
    const card = await waitForCard(s.page, readCard, (c) => c !== null, { what: 'card after Tab' });
    expect(card?.title).toBe(arabicLabel('s-400'));
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('related-s400'); // focus stays with the reader
  });

  it('leaves the page body exactly as the site wrote it; the card host hangs off <html>', async () => {
    expect(await s.page.inCard(readCard)).not.toBeNull();
    expect(await s.page.evaluate(bodyUnchanged)).toEqual({
      same: true,
      htmlChildren: ['head', 'body', 'backstory-card'],
    });
  });
});
