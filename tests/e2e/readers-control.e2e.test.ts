import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type PageDriver } from '../../scripts/lib/browsers';
import { pointOnMark, readCard, readMarks, scansDone } from '../../scripts/lib/page-probes';
import { serveDir, type StaticServer } from '../../scripts/lib/serve';
import {
  cardRow,
  chooseFile,
  chooseKeptFile,
  clickSelector,
  dumpDatabase,
  keepLinkText,
  linkText,
  setField,
  textOf,
} from '../../scripts/lib/ui-probes';
import { openControl, toolbarButton, type Control } from './extension-control';
import { AFTER_A_WRITE, sleep, waitFor, waitForCard } from './wait';

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

describe.each<BrowserName>(['chromium', 'firefox'])('readers in control, in %s', (browserName) => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: PageDriver;
  let control: Control;
  let options: PageDriver;

  beforeAll(async () => {
    server = await serveDir('tests/fixtures');
    browser = await launch(browserName);
    page = await browser.newPage();
    await page.goto(server.url('demo-ar.html'));
    control = await openControl(browser, server.url(''));
    options = control.page;
    await page.bringToFront();
    await waitFor(page, scansDone, (n) => n > 0, { what: 'the first scan', timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('switches Backstory off for this site from the popup, and on again, without a reload; the toolbar button follows', async () => {
    const tab = await control.tabId();
    await waitFor(options, toolbarButton, (b) => b.text !== '', { arg: tab, what: 'the badge count' });
    // As the popup, opened for the tab under test (a toolbar popup cannot be opened by a test).
    await options.evaluate(async (id) => {
      type Tabs = { tabs: { create(p: { url: string; active: boolean }): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      await (g.browser ?? g.chrome).tabs.create({ url: `popup.html?tab=${id}`, active: false });
    }, tab);
    const popup = await browser.extensionPage(`popup.html?tab=${tab}`);
    await waitFor(popup, textOf, (t) => /\d+/.test(t), { arg: '.count', what: 'the popup’s count' });
    // The badge counts the names marked on the page (it has no frames): as many as the popup lists.
    const names = await popup.evaluate(() => document.querySelector('.count')!.getAttribute('data-count'));
    expect(Number(names)).toBeGreaterThan(1);
    // The count may still grow while the page is read (in Chromium, its first slice read from the
    // start index and then again as the background reads it): the badge follows until it is done.
    const badge = await waitFor(options, toolbarButton, (b) => b.text === names, { arg: tab, what: 'the badge count' });
    const marks = (await page.evaluate(readMarks)).length;
    expect(badge.title).toContain(`${names} names`);
    expect(await popup.evaluate(textOf, '.switch span')).toContain('127.0.0.1');
    await popup.evaluate(clickSelector, '.switch input');
    await page.bringToFront();
    await waitFor(page, readMarks, (m) => m.length === 0, { what: 'marks gone' });
    expect(await page.evaluate(() => location.href)).toContain('demo-ar.html'); // same page, no reload
    // Off here: no count, and a title that says so (the icon is drawn grey).
    const off = await waitFor(options, toolbarButton, (b) => b.text === '', { arg: tab, what: 'the badge cleared' });
    expect(off.title).toMatch(/off on this page/);
    await popup.evaluate(clickSelector, '.switch input');
    await page.bringToFront();
    await waitFor(page, scansDone, (n) => n === 2, { what: 'the page scanned again' });
    expect((await page.evaluate(readMarks)).length).toBe(marks);
    await waitFor(options, toolbarButton, (b) => b.text === names, { arg: tab, what: 'the badge back' });
    await popup.close();
  });

  it('edits a card found by a clitic-joined Arabic name; the card open on the page shows the edit and stays open', async () => {
    // The card is open while the edit is saved elsewhere: the page is read again under it, and the
    // reader keeps the card, now as edited.
    await page.bringToFront();
    const p = (await page.evaluate(pointOnMark, { index: 0, names: ['backstory-person'] }))!;
    await page.click(p.x, p.y);
    const before = await waitForCard(page, readCard, (c) => c !== null, { what: 'card' });
    expect(before!.text).not.toContain('عدّلتها أنت');

    await options.evaluate(setField, { selector: 'input[name=card-search]', value: 'بأردوغان' });
    // The first query builds the search's matcher, reading every card (4.5–5 s in Chromium here; a
    // reader's focus on the box starts it sooner, which setting the field does not do).
    await waitFor(options, textOf, (t) => t.length > 0, {
      arg: '.results',
      what: 'search results',
      timeout: AFTER_A_WRITE,
    });
    expect(await options.evaluate(clickSelector, 'button[data-card=erdogan]')).toBe(true);
    await options.evaluate(setField, { selector: 'input[name=label-ar]', value: 'رجب طيب أردوغان (معدّل)' });
    await options.evaluate(clickSelector, '.editor button[type=submit]');
    await waitFor(options, textOf, (t) => t.length > 0, { arg: '.editor [role=status]', what: 'saved' });

    await page.bringToFront();
    const card = await waitForCard(page, readCard, (c) => c?.title === 'رجب طيب أردوغان (معدّل)', {
      what: 'the open card, edited',
      timeout: AFTER_A_WRITE,
    });
    expect(card!.text).toContain('عدّلتها أنت');
    await page.press('Escape');
    await waitForCard(page, readCard, (c) => c === null, { what: 'no card open' });
    // Opened anew, it is the edited card too.
    await page.click(p.x, p.y);
    expect((await waitForCard(page, readCard, (c) => c !== null, { what: 'card' }))!.title).toBe(
      'رجب طيب أردوغان (معدّل)',
    );
    await page.press('Escape');
  });

  it('shows field errors for an invalid edit and saves nothing', async () => {
    const before = await options.evaluate(dumpDatabase);
    await options.evaluate(setField, { selector: 'input[name=label-en]', value: '' });
    await options.evaluate(clickSelector, '.editor button[type=submit]');
    const alert = await waitFor(options, textOf, (t) => t.length > 0, { arg: '.editor [role=alert]', what: 'errors' });
    expect(alert).toMatch(/label\.en/);
    expect(await options.evaluate(dumpDatabase)).toEqual(before);
  });

  it('refuses a broken import with every error, leaving the database exactly as it was', async () => {
    const before = await options.evaluate(dumpDatabase);
    const broken = JSON.stringify({
      format: 1,
      id: 'x',
      name: 'x',
      version: '1',
      languages: ['en'],
      author: 'x',
      licence: 'x',
      reviewed: '2026-11-29',
      cards: [{ id: 'Bad Id' }],
      backstory: {},
    });
    await options.evaluate(chooseFile, { selector: 'input[name=import]', name: 'broken.json', content: broken });
    const alert = await waitFor(options, textOf, (t) => t.length > 0, {
      arg: '.transfer [role=alert]',
      what: 'import errors',
    });
    expect(alert).toMatch(/cards\[0\]\.id/);
    expect(alert).toMatch(/backstory\.exportedAt/);
    expect(await options.evaluate(dumpDatabase)).toEqual(before);
  });

  it('exports, and importing that file brings back an edit that was reverted', async () => {
    await options.evaluate(clickSelector, '.transfer button');
    await waitFor(
      options,
      (s: string) => !!document.querySelector(s),
      (x) => x,
      { arg: '#export-link', what: 'export link' },
    );
    const exported = JSON.parse(await options.evaluate(linkText, '#export-link')) as {
      backstory: { edits: Record<string, { label?: { ar?: string } }> };
    };
    expect(exported.backstory.edits.erdogan?.label?.ar).toBe('رجب طيب أردوغان (معدّل)');

    const revert = await options.evaluate(() => {
      const b = [...document.querySelectorAll('.editor .buttons button')].find(
        (x) => x.getAttribute('type') === 'button',
      ) as HTMLButtonElement | undefined;
      b?.click();
      return !!b;
    });
    expect(revert).toBe(true);
    await waitFor(options, cardRow, (row) => Object.keys(row.edits ?? {}).length === 0, {
      arg: 'erdogan',
      what: 'reverted',
    });

    await options.evaluate(chooseFile, {
      selector: 'input[name=import]',
      name: 'export.json',
      content: JSON.stringify(exported),
    });
    await waitFor(options, textOf, (t) => /1/.test(t), { arg: '.transfer [role=status]', what: 'import done' });
    const erdogan = await options.evaluate(cardRow, 'erdogan');
    expect(erdogan.card.label.ar).toBe('رجب طيب أردوغان (معدّل)');
  });

  it('backs up the whole database and restores it', async () => {
    const before = await options.evaluate(dumpDatabase);
    await options.evaluate(() => {
      const b = [...document.querySelectorAll('.transfer button')][1] as HTMLButtonElement;
      b.click();
    });
    await waitFor(
      options,
      (s: string) => !!document.querySelector(s),
      (x) => x,
      // The whole database, the 6,500 generated places among it: tens of megabytes to write and read.
      { arg: '#backup-link', what: 'backup link', timeout: 60_000 },
    );
    // The backup stays in the options page, chosen from there as a file: tens of megabytes would
    // take the browser protocol a minute or more to carry to the test and back.
    const url = 'https://en.wikipedia.org/wiki/S-400_missile_system';
    const backup = await options.evaluate(keepLinkText, { selector: '#backup-link', probe: url });
    expect(backup).toMatchObject({ formatName: 'dexie', holdsProbe: true });
    expect(backup.chars).toBeGreaterThan(1_000_000);
    expect(await options.evaluate(chooseKeptFile, { selector: 'input[name=restore]', name: 'backup.json' })).toBe(true);
    const outcome = await waitFor(options, textOf, (t) => t.length > 0, {
      arg: '.transfer [role=status], .transfer [role=alert]',
      what: 'restore outcome',
      timeout: 60_000,
    });
    expect(outcome).not.toMatch(/Nothing/);
    const after = await options.evaluate(dumpDatabase);
    expect(after.cards).toEqual(before.cards);
    expect(after.exclusions).toEqual(before.exclusions);

    // A tampered backup is refused whole, and the database stays as it was.
    expect(
      await options.evaluate(chooseKeptFile, {
        selector: 'input[name=restore]',
        name: 'tampered.json',
        replace: [url, 'javascript:alert(1)'],
      }),
    ).toBe(true);
    await waitFor(options, textOf, (t) => /sources/.test(t), {
      arg: '.transfer [role=alert]',
      what: 'restore refused',
      timeout: 60_000,
    });
    const still = await options.evaluate(dumpDatabase);
    expect(still.cards).toEqual(before.cards);
  }, 180_000);

  it("edits a fact and a source; the page's card shows them; reverting each field puts the pack's back, and importing an export brings the edits again", async () => {
    type Fact = { asOf: string; text: { en: string; ar?: string }; sources: string[] };
    await options.evaluate(setField, { selector: 'input[name=card-search]', value: 'S-400' });
    await waitFor(
      options,
      (sel: string) => !!document.querySelector(sel),
      (x) => x,
      {
        arg: 'button[data-card=s-400]',
        what: 'the S-400 in the results',
        // The restore before this test has the background read every card anew, and the search waits for it.
        timeout: AFTER_A_WRITE,
      },
    );
    expect(await options.evaluate(clickSelector, 'button[data-card=s-400]')).toBe(true);
    await waitFor(
      options,
      () => !!document.querySelector('.editor [data-entry="facts.0"]'),
      (x) => x,
      { what: 'the editor with its facts' },
    );
    // The newest fact (the page's short card shows it), read from its own fields: its place in the
    // list, its Arabic text and a source it rests on, and that source's place among the card's.
    const { fact, was, source } = await options.evaluate(() => {
      const value = (name: string) => (document.querySelector(`[name="${name}"]`) as HTMLInputElement).value;
      const days = [...document.querySelectorAll<HTMLInputElement>('input[name^="facts."][name$=".asOf"]')].map(
        (input) => input.value,
      );
      const fact = days.indexOf([...days].sort().at(-1)!);
      const cited = document.querySelector<HTMLInputElement>(`input[name="facts.${fact}.sources"]:checked`)!.value;
      const ids = [...document.querySelectorAll<HTMLInputElement>('input[name^="sources."][name$=".id"]')];
      return {
        fact,
        was: value(`facts.${fact}.text.ar`),
        source: ids.findIndex((input) => input.value === cited),
      };
    });
    expect(source).toBeGreaterThanOrEqual(0);
    expect(was).not.toBe('');
    await options.evaluate(setField, {
      selector: `textarea[name="facts.${fact}.text.ar"]`,
      value: 'حقيقة عدّلها القارئ للاختبار.',
    });
    await options.evaluate(setField, {
      selector: `input[name="sources.${source}.title"]`,
      value: 'Source title edited by the reader',
    });
    await options.evaluate(clickSelector, '.editor button[type=submit]');
    await waitFor(options, textOf, (t) => t.length > 0, { arg: '.editor [role=status]', what: 'saved' });

    const openS400 = async (timeout?: number) => {
      await page.bringToFront();
      await page.mouseMove(1, 1);
      const p = await page.evaluate(pointOnMark, { index: 0, names: ['backstory-weapon-system'] });
      if (!p) return null;
      await page.click(p.x, p.y);
      return waitForCard(page, readCard, (c) => c?.title === 'منظومة إس-400', { what: 'the S-400 card', timeout });
    };
    /**
     * The S-400 card's text, opened anew until the page has read the new data (it is told, and reads again).
     * A click that lands while the page lays its marks anew opens nothing; the next try clicks the new mark.
     */
    const s400TextWhen = (ok: (text: string) => boolean, what: string) =>
      waitFor(
        page,
        () => '',
        (text) => text !== '' && ok(text),
        {
          what,
          timeout: AFTER_A_WRITE,
          read: async () => {
            await page.press('Escape');
            return (await openS400(2000).catch(() => null))?.text ?? '';
          },
        },
      );
    const edited = await s400TextWhen(
      (text) => text.includes('حقيقة عدّلها القارئ للاختبار.'),
      'the edited fact on the page',
    );
    expect(edited).toContain('Source title edited by the reader');
    await page.press('Escape');

    // An export made now carries both edits (a new link: an earlier test left one).
    const hrefOf = (s: string) => document.querySelector(s)?.getAttribute('href') ?? '';
    const earlier = await options.evaluate(hrefOf, '#export-link');
    await options.evaluate(clickSelector, '.transfer button');
    // An export reads every card row (tens of megabytes with the places pack), here while the
    // background may still be reading them all anew after the restore and the edit.
    await waitFor(options, hrefOf, (href) => href !== '' && href !== earlier, {
      arg: '#export-link',
      what: 'a new export link',
      timeout: AFTER_A_WRITE,
    });
    const exported = await options.evaluate(linkText, '#export-link');
    const carried = (JSON.parse(exported) as { backstory: { edits: Record<string, { facts?: Fact[] }> } }).backstory
      .edits['s-400'];
    expect(JSON.stringify(carried?.facts)).toContain('حقيقة عدّلها القارئ للاختبار.');

    // Each field back to its pack's version, on its own.
    for (const field of ['facts', 'sources'])
      expect(await options.evaluate(clickSelector, `.editor .revert-field[data-field=${field}]`)).toBe(true);
    await options.evaluate(clickSelector, '.editor button[type=submit]');
    const row = await waitFor(options, cardRow, (r) => Object.keys(r.edits ?? {}).length === 0, {
      arg: 's-400',
      what: 'no edits left',
    });
    expect(JSON.stringify(row.card)).toContain(was);
    const reverted = await s400TextWhen(
      (text) => !text.includes('حقيقة عدّلها القارئ للاختبار.'),
      "the pack's fact back on the page",
    );
    expect(reverted).toContain(was);
    await page.press('Escape');

    // Importing the export brings both edits back, on the page too.
    await options.evaluate(chooseFile, { selector: 'input[name=import]', name: 'export.json', content: exported });
    await waitFor(
      options,
      cardRow,
      (r) => JSON.stringify(r.edits ?? {}).includes('Source title edited by the reader'),
      {
        arg: 's-400',
        what: 'the edits imported',
      },
    );
    const imported = await s400TextWhen(
      (text) => text.includes('حقيقة عدّلها القارئ للاختبار.'),
      'the imported fact on the page',
    );
    expect(imported).toContain('Source title edited by the reader');
    await page.press('Escape');
  });
});
