import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/lib/browsers';
import { extensionErrors, workTimes } from '../../scripts/lib/page-probes';
import { bundledPacks } from '../../lib/knowledge/bundled-packs';
import { extensionSession } from './session';
import { sleep, waitFor } from './wait';

const core = bundledPacks().find((p) => p.id === 'core')!;
const label = (id: string) => core.cards.find((c) => c.id === id)!.label.en!;

interface Pristine {
  marks(): { text: string; x: number; y: number }[];
  cards(): { site: boolean; title: string | null; shown: boolean }[];
  ticks(): number;
}
interface Hostile {
  attempts: Record<string, unknown>;
}
// The page breaks its own DOM; it kept these readers (tests/fixtures/hostile/hostile.html) for the test.
const marks = () => (window as unknown as { pristine: Pristine }).pristine.marks();
const cards = () => (window as unknown as { pristine: Pristine }).pristine.cards();
const ticks = () => (window as unknown as { pristine: Pristine }).pristine.ticks();
const attempts = () => JSON.parse(JSON.stringify((window as unknown as { hostile: Hostile }).hostile.attempts)) as Record<string, unknown>;
const ourCard = (list: { site: boolean; title: string | null }[]) => list.find((c) => !c.site && c.title)?.title ?? null;

/**
 * A page that redefines the DOM's prototypes, floods the document with mutations, imitates
 * `<backstory-card>` (takes its name in the custom-element registry, styles it away), and reaches
 * for the extension's data. The content script runs in its own world, so none of it reaches Backstory.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('a hostile page in %s', (browserName) => {
  const s = extensionSession(browserName, 'tests/fixtures/hostile', 'hostile.html');

  it('still marks the article while the page floods itself with mutations', async () => {
    const found = await waitFor(s.page, marks, (m) => m.length >= 7, { what: 'the article marked', timeout: 15_000 });
    expect(found.map((m) => m.text)).toEqual(expect.arrayContaining(['Washington', 'Turkey', 'F-35', 'S-400', 'Ankara', 'YPG', 'PKK']));
    const before = await s.page.evaluate(ticks);
    await sleep(1500);
    // The flood went on all along (thousands of changes), and no task of ours grew long under it.
    expect((await s.page.evaluate(ticks)) - before).toBeGreaterThan(5000);
    const work = await s.page.evaluate(workTimes);
    expect(Math.max(0, ...work.slices)).toBeLessThan(50);
    expect(await s.page.evaluate(extensionErrors)).toEqual([]);
  });

  it('opens no card for the page’s synthetic pointer events or clicks, so it cannot read one', async () => {
    const pkk = (await s.page.evaluate(marks)).find((m) => m.text === 'PKK')!;
    await s.page.evaluate((p) => {
      const target = document.elementFromPoint(p.x, p.y)!;
      for (let i = 0; i < 5; i++) target.dispatchEvent(new PointerEvent('pointermove', { clientX: p.x, clientY: p.y, pointerType: 'mouse', bubbles: true, composed: true }));
      target.dispatchEvent(new MouseEvent('click', { clientX: p.x, clientY: p.y, bubbles: true, composed: true }));
    }, pkk);
    await sleep(1000);
    expect(ourCard(await s.page.evaluate(cards))).toBeNull();
  });

  it('opens the right card for the reader, beside the page’s fake host, which stays as the page made it', async () => {
    const s400 = (await s.page.evaluate(marks)).find((m) => m.text === 'S-400')!;
    await s.page.mouseMove(s400.x - 2, s400.y);
    await s.page.mouseMove(s400.x, s400.y);
    const shown = await waitFor(s.page, cards, (c) => ourCard(c) !== null, { what: 'our card', timeout: 8000 });
    expect(ourCard(shown)).toBe(label('s-400'));
    // The page's rules that hide anything named like our host do not reach into it.
    expect(shown.find((c) => !c.site)?.shown).toBe(true);
    expect(shown.find((c) => c.site)?.title).toBe('FAKE CARD');
  });

  it('gives the page no way to the extension’s data', async () => {
    const tried = await s.page.evaluate(attempts);
    // No externally_connectable: the page has no runtime to message Backstory with.
    expect(tried.runtime).toBe('undefined');
    // IndexedDB from the page is the page's own origin: Backstory's database is not there.
    expect(tried.pageDatabaseStores).toEqual([]);
    expect(await s.page.evaluate(extensionErrors)).toEqual([]);
  });
});
