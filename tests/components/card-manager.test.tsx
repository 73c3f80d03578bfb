/** The card manager, given its reads and writes as functions: it never holds the database. */
import { readFileSync } from 'node:fs';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it, vi } from 'vitest';
import { CardManager, type CardStore } from '../../components/CardManager';
import { KNOWN_MESSAGES, issueMessage } from '../../components/IssueLine';
import { USER_PACK, type CardRow } from '../../lib/core/knowledge/pack-merge';
import type { Card } from '../../lib/core/knowledge/pack-schema';
import type { Exclusion } from '../../lib/core/transfer-schema';
import { click, mount, texts, type } from './mount';

const card = (id: string, en: string): Card => ({
  id,
  kind: 'person',
  label: { en },
  aliases: {},
  summary: { en: `About ${en}.` },
  facts: [],
  sources: [],
  reviewed: '2025-01-01',
});
const ERDOGAN: CardRow = {
  id: 'erdogan',
  packId: 'core',
  packVersion: '1',
  base: card('erdogan', 'Recep Tayyip Erdoğan'),
  edits: { summary: { en: 'Mine.' } },
  card: { ...card('erdogan', 'Recep Tayyip Erdoğan'), summary: { en: 'Mine.' } },
};
const MINE: CardRow = {
  id: 'erdogan-street',
  packId: USER_PACK,
  packVersion: '',
  base: null,
  edits: {},
  card: card('erdogan-street', 'Erdoğan Street'),
};
const EXCLUSION: Exclusion = { site: 'news.example.org', entity: 'turkey', alias: 'turkey' };

function store(over: Partial<CardStore> = {}): CardStore {
  const rows = new Map([ERDOGAN, MINE].map((r) => [r.id, r]));
  return {
    search: vi.fn(async (query: string) => (query.includes('أردوغان') ? [ERDOGAN, MINE] : [])),
    get: vi.fn(async (id: string) => rows.get(id)),
    create: vi.fn(async (c: Card) => ({ ok: true as const, card: c })),
    edit: vi.fn(async (c: Card) => ({ ok: true as const, card: c })),
    revert: vi.fn(async () => undefined),
    remove: vi.fn(async () => undefined),
    watchExclusions: vi.fn((onChange: (x: Exclusion[]) => void) => {
      onChange([EXCLUSION]);
      return () => undefined;
    }),
    removeExclusion: vi.fn(async () => undefined),
    ...over,
  };
}

const searchBox = (root: HTMLElement) => root.querySelector('input[name="card-search"]');

describe('CardManager', () => {
  it("searches through its prop and lists what it answers, marked as edited or the reader's own", async () => {
    const s = store();
    const root = await mount(<CardManager store={s} />);
    await type(searchBox(root), 'بأردوغان');
    expect(s.search).toHaveBeenLastCalledWith('بأردوغان');
    expect(texts(root, '.results bdi')).toEqual(['Recep Tayyip Erdoğan', 'Erdoğan Street']);
    expect(root.querySelector('[data-card="erdogan"]')?.textContent).toContain('edited by you');
    expect(root.querySelector('[data-card="erdogan-street"]')?.textContent).toContain('your card');
  });

  it('has the search made ready when the reader focuses the box, before the first letter', async () => {
    const prepare = vi.fn(async () => undefined);
    const s = store({ prepare });
    const root = await mount(<CardManager store={s} />);
    expect(prepare).not.toHaveBeenCalled();
    searchBox(root)!.dispatchEvent(new FocusEvent('focus'));
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(s.search).not.toHaveBeenCalled();
  });

  it('asks nothing for an empty query and clears the list', async () => {
    const s = store();
    const root = await mount(<CardManager store={s} />);
    await type(searchBox(root), 'بأردوغان');
    await type(searchBox(root), '  ');
    expect(s.search).toHaveBeenCalledTimes(1);
    expect(root.querySelectorAll('.results li')).toHaveLength(0);
  });

  it('shows only the answer to the latest query when an earlier one comes back later', async () => {
    let releaseSlow: (rows: CardRow[]) => void = () => undefined;
    const search = vi.fn((query: string) =>
      query === 'slow' ? new Promise<CardRow[]>((resolve) => (releaseSlow = resolve)) : Promise.resolve([MINE]),
    );
    const root = await mount(<CardManager store={store({ search })} />);
    await type(searchBox(root), 'slow');
    await type(searchBox(root), 'fast');
    releaseSlow([ERDOGAN]);
    await type(searchBox(root), 'fast');
    expect(texts(root, '.results bdi')).toEqual(['Erdoğan Street']);
  });

  it('saves an edit through its prop and reopens the card as stored', async () => {
    const s = store();
    const root = await mount(<CardManager store={s} />);
    await type(searchBox(root), 'أردوغان');
    await click(root.querySelector('[data-card="erdogan"]'));
    await type(root.querySelector('input[name="label-en"]'), 'Erdoğan');
    await click(root.querySelector('form.editor button[type="submit"]'));
    expect(s.edit).toHaveBeenCalledWith(expect.objectContaining({ id: 'erdogan', label: { en: 'Erdoğan' } }));
    expect(s.get).toHaveBeenCalledWith('erdogan');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved. Open pages follow at once.');
  });

  it('adds a fact resting on a new source, edits both through their own fields, and saves them with the card', async () => {
    const s = store();
    const root = await mount(<CardManager store={s} />);
    await type(searchBox(root), 'أردوغان');
    await click(root.querySelector('[data-card="erdogan"]'));
    const field = (name: string) => root.querySelector(`[name="${name}"]`);
    expect(field('facts.0.asOf')).toBeNull();
    await click(root.querySelector('.add-entry[data-field="sources"]'));
    await type(field('sources.0.id'), 'reuters-1');
    await type(field('sources.0.title'), 'A report');
    await type(field('sources.0.url'), 'https://www.reuters.com/world/');
    await click(root.querySelector('.add-entry[data-field="facts"]'));
    await type(field('facts.0.asOf'), '2025-06-01');
    await type(field('facts.0.text.en'), 'A fact.');
    await type(field('facts.0.text.ar'), 'حقيقة.');
    // The fact's sources are the card's, one box each, by id and title.
    expect(texts(root, '[data-entry="facts.0"] .cites label')).toEqual(['reuters-1 — A report']);
    await click(root.querySelector('input[name="facts.0.sources"][value="reuters-1"]'));
    await click(root.querySelector('form.editor button[type="submit"]'));
    const saved = vi.mocked(s.edit).mock.calls[0]![0];
    expect(saved.facts).toEqual([
      { asOf: '2025-06-01', text: { en: 'A fact.', ar: 'حقيقة.' }, sources: ['reuters-1'] },
    ]);
    expect(saved.sources).toEqual([
      { id: 'reuters-1', title: 'A report', url: 'https://www.reuters.com/world/', accessed: expect.any(String) },
    ]);
    // An emptied Arabic text and an emptied optional list are left out, not saved empty.
    await type(field('facts.0.text.ar'), '');
    await click(root.querySelector('.add-entry[data-field="timeline"]'));
    await click(root.querySelector('[data-entry="timeline.0"] .remove-entry'));
    await click(root.querySelector('form.editor button[type="submit"]'));
    const again = vi.mocked(s.edit).mock.calls[1]![0];
    expect(again.facts[0]!.text).toEqual({ en: 'A fact.' });
    expect(again).not.toHaveProperty('timeline');
    // A source renamed: the fact resting on it follows.
    await type(field('sources.0.id'), 'reuters-2025');
    await click(root.querySelector('form.editor button[type="submit"]'));
    const renamed = vi.mocked(s.edit).mock.calls[2]![0];
    expect(renamed.sources[0]!.id).toBe('reuters-2025');
    expect(renamed.facts[0]!.sources).toEqual(['reuters-2025']);
  });

  it("shows each of the schema's errors beside the entry it names, and marks that entry's field", async () => {
    const s = store({
      edit: vi.fn(async () => ({
        ok: false as const,
        errors: ['facts[1].asOf: expected a date like 2019-07-12', 'geo: a country, a point, or both'],
      })),
    });
    const root = await mount(<CardManager store={s} />);
    await type(searchBox(root), 'أردوغان');
    await click(root.querySelector('[data-card="erdogan"]'));
    await click(root.querySelector('.add-entry[data-field="facts"]'));
    await click(root.querySelector('.add-entry[data-field="facts"]'));
    await click(root.querySelector('form.editor button[type="submit"]'));
    expect(texts(root, '[data-entry="facts.1"] .entry-errors li')).toEqual([
      'facts[1].asOf: expected a date like 2019-07-12',
    ]);
    expect(texts(root, '[data-entry="facts.0"] .entry-errors li')).toEqual([]);
    expect(root.querySelector('[name="facts.1.asOf"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[name="facts.0.asOf"]')?.getAttribute('aria-invalid')).toBe('false');
    expect(root.querySelector('[name="geo.lat"]')?.getAttribute('aria-invalid')).toBe('true');
    // And all of them together at the top, as before.
    expect(texts(root, '[role="alert"] li')).toHaveLength(2);
    // The first fact removed: the error of the second follows it to its new place.
    await click(root.querySelector('[data-entry="facts.0"] .remove-entry'));
    expect(texts(root, '[data-entry="facts.0"] .entry-errors li')).toEqual([
      'facts[0].asOf: expected a date like 2019-07-12',
    ]);
    expect(root.querySelector('[name="facts.0.asOf"]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('puts each edited field back as its pack has it, on its own, beside the field, and offers it for no other', async () => {
    const base: Card = {
      ...card('s-400', 'S-400'),
      label: { en: 'S-400', ar: 'إس-400' },
      aliases: { en: ['S-400 Triumf'] },
    };
    const mine: Card = {
      ...base,
      label: { en: 'S-400 (mine)' },
      description: { en: 'A description the pack has not.' },
      summary: { en: 'My summary.' },
      aliases: { en: ['Triumf'] },
    };
    const row: CardRow = {
      id: 's-400',
      packId: 'core',
      packVersion: '1',
      base,
      edits: { label: mine.label, description: mine.description!, summary: mine.summary, aliases: mine.aliases },
      card: mine,
    };
    const s = store({ get: vi.fn(async () => row) });
    const root = await mount(<CardManager store={s} initial="s-400" />);
    const revert = (field: string) => root.querySelector(`.editor .revert-field[data-field="${field}"]`);
    const value = (name: string) => (root.querySelector(`[name="${name}"]`) as HTMLInputElement | null)?.value;

    // One button per edited field, inside that field's group and naming it; none for the fields as the pack has them.
    for (const [field, name] of [
      ['label', 'Name'],
      ['description', 'One-line description'],
      ['summary', 'Summary'],
      ['aliases', 'Other names'],
    ] as const) {
      expect(revert(field)?.closest(`[data-field="${field}"]:not(button)`), field).not.toBeNull();
      expect(revert(field)?.textContent).toBe(`Put “${name}” back as its pack has it`);
      expect(root.querySelector(`fieldset[data-field="${field}"] > legend`)?.textContent).toContain('edited by you');
    }
    for (const field of ['kind', 'facts', 'sources', 'timeline'])
      expect(revert(field), `${field} is as its pack has it`).toBeNull();
    expect(root.querySelector('[data-field="kind"]')?.textContent).not.toContain('edited by you');

    await click(revert('label'));
    expect(value('label-en')).toBe('S-400');
    expect(value('label-ar')).toBe('إس-400');
    // The other edited fields stay as the reader left them until they are put back too.
    expect(value('summary-en')).toBe('My summary.');
    expect(value('aliases-en')).toBe('Triumf');
    await click(revert('aliases'));
    expect(value('aliases-en')).toBe('S-400 Triumf');
    // A field the pack's card has not is left out.
    await click(revert('description'));
    expect(value('description-en')).toBe('');

    // Nothing is written until the reader saves; then the card goes as the form has it.
    expect(s.edit).not.toHaveBeenCalled();
    await click(root.querySelector('form.editor button[type="submit"]'));
    const saved = vi.mocked(s.edit).mock.calls[0]![0];
    expect(saved.label).toEqual(base.label);
    expect(saved.aliases).toEqual(base.aliases);
    expect(saved.summary).toEqual(mine.summary);
    expect(saved).not.toHaveProperty('description');
  });

  it("names kinds in the interface's language, from the locale files (not the card's own strings)", async () => {
    // The browser's i18n, as the setup answers it (tests/components/setup.ts).
    type GetMessage = (name: string, substitutions?: string | string[]) => string;
    const api = (globalThis as unknown as { chrome: { i18n: { getMessage: GetMessage } } }).chrome.i18n;
    const getMessage = api.getMessage;
    // The locale's messages told apart from the card's strings, whose English reads the same.
    const spy = vi
      .spyOn(api, 'getMessage')
      .mockImplementation((name, subs) => (name.startsWith('kind_') ? `<${name}>` : getMessage(name, subs)));
    try {
      const s = store();
      const root = await mount(<CardManager store={s} initial="erdogan" />);
      const kinds = [...root.querySelectorAll('select[name="kind"] option')].map((o) => o.textContent);
      // Every kind but an office, which a card is made as only from its holders' records.
      expect(kinds).toHaveLength(10);
      expect(kinds).toContain('<kind_armedGroup>');
      expect(kinds).toContain('<kind_weaponSystem>');
      await type(searchBox(root), 'أردوغان');
      expect(texts(root, '.results .muted')).toEqual(['<kind_person>', '<kind_person>']);
    } finally {
      spy.mockRestore();
    }
  });

  it('opens the card it is given at once (the library\'s "Correct this card")', async () => {
    const s = store();
    const root = await mount(<CardManager store={s} initial="erdogan" />);
    expect(s.get).toHaveBeenCalledWith('erdogan');
    expect((root.querySelector('input[name="label-en"]') as HTMLInputElement | null)?.value).toBe(
      'Recep Tayyip Erdoğan',
    );
  });

  it('lists the errors a refused write names', async () => {
    const s = store({ create: vi.fn(async () => ({ ok: false as const, errors: ['id: expected a card id'] })) });
    const root = await mount(<CardManager store={s} />);
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'New card') ?? null);
    await click(root.querySelector('form.editor button[type="submit"]'));
    expect(s.create).toHaveBeenCalledTimes(1);
    expect(texts(root, '[role="alert"] li')).toEqual(['id: expected a card id']);
  });

  it("says the schema's problems in the interface's language, from the locale files, and keeps each path as written", async () => {
    const arabic = generateChromeMessages(await parseMessagesFile('locales/ar.yml'));
    type GetMessage = (name: string, substitutions?: string | string[]) => string;
    const api = (globalThis as unknown as { chrome: { i18n: { getMessage: GetMessage } } }).chrome.i18n;
    const getMessage = api.getMessage;
    const spy = vi
      .spyOn(api, 'getMessage')
      .mockImplementation((name, subs) =>
        name.startsWith('issue_')
          ? arabic[name]!.message.replace(/\$(\d)/g, (_, n: string) => [subs ?? []].flat()[Number(n) - 1]!)
          : getMessage(name, subs),
      );
    try {
      const errors = [
        'facts[0].asOf: expected a date like 2019-07-12',
        'label.en: Invalid length: Expected <=200 but received 230',
        'geo: something no table knows',
      ];
      const s = store({ create: vi.fn(async () => ({ ok: false as const, errors })) });
      const root = await mount(<CardManager store={s} />);
      await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'New card') ?? null);
      await click(root.querySelector('form.editor button[type="submit"]'));
      expect(texts(root, '[role="alert"] li')).toEqual([
        'facts[0].asOf: يُتوقع تاريخ مثل 2019-07-12',
        'label.en: 200 حرفًا على الأكثر (أُدخل 230)',
        'geo: something no table knows',
      ]);
      // The path is isolated, so its Latin letters keep their order inside an Arabic line.
      expect(texts(root, '[role="alert"] li bdi')).toEqual(['facts[0].asOf', 'label.en', 'geo']);
    } finally {
      spy.mockRestore();
    }
  });

  it("knows the schema's messages by their exact words, and says them unchanged in English", () => {
    const schema = ['lib/core/knowledge/pack-schema.ts', 'lib/core/knowledge/card-id.ts']
      .map((f) => readFileSync(f, 'utf8'))
      .join('');
    for (const message of KNOWN_MESSAGES) {
      expect(schema).toContain(`'${message}'`);
      expect(issueMessage(message)).toBe(message);
    }
  });

  it("deletes the reader's own card and undoes an exclusion through its props", async () => {
    const s = store();
    const root = await mount(<CardManager store={s} />);
    expect(texts(root, '.exclusions li')).toEqual(['«turkey» is not turkey on news.example.org Mark it again']);
    await click(root.querySelector('.exclusions button'));
    expect(s.removeExclusion).toHaveBeenCalledWith(EXCLUSION);

    await type(searchBox(root), 'أردوغان');
    await click(root.querySelector('[data-card="erdogan-street"]'));
    await click(
      [...root.querySelectorAll('form.editor button')].find((b) => b.textContent === 'Delete this card') ?? null,
    );
    expect(s.remove).toHaveBeenCalledWith('erdogan-street');
    expect(root.querySelector('form.editor')).toBeNull();
  });
});
