/** The card a page shows, rendered below the browser: what it says and in which direction. */
import { describe, expect, it } from 'vitest';
import { Card, type CardView } from '../../components/Card';
import type { Card as CardData } from '../../lib/core/knowledge/pack-schema';
import { mount, texts } from './mount';

const fact = (asOf: string, en: string) => ({ asOf, text: { en, ar: `عربي ${en}` }, sources: ['wire'] });

const CARD: CardData = {
  id: 'ada-example',
  kind: 'person',
  label: { en: 'Ada Example', ar: 'آدا مثال' },
  aliases: {},
  summary: { en: 'A minister of examples.', ar: 'وزيرة الأمثلة.' },
  facts: [
    fact('2019-03-01', 'Took office'),
    fact('2024-05-02', 'Re-elected'),
    fact('2021-07', 'Wrote a book'),
    fact('2016', 'Entered parliament'),
    fact('2023-01-15', 'Visited Ankara'),
  ],
  timeline: [fact('2025-02-10', 'Resigned')],
  sources: [
    {
      id: 'wire',
      title: 'A wire report',
      publisher: 'Example Wire',
      url: 'https://news.example.org/2024/report',
      accessed: '2025-03-01',
    },
    { id: 'unused', title: 'Never cited', url: 'https://unused.example.net/', accessed: '2025-03-01' },
  ],
  reviewed: '2025-03-01',
};

const view = (over: Partial<CardView> = {}): CardView => ({
  card: CARD,
  lang: 'en',
  edited: [],
  today: new Date('2025-06-01T00:00:00Z'),
  theme: 'light',
  fontSize: 15,
  pinned: false,
  ...over,
});
const show = (over: Partial<CardView> = {}) =>
  mount(<Card view={view(over)} onClose={() => undefined} onPin={() => undefined} />);
const section = (root: HTMLElement, label: RegExp) =>
  [...root.querySelectorAll('section')].find((s) => label.test(s.getAttribute('aria-label') ?? ''));

describe('Card', () => {
  it('shows the title, the kind and the summary', async () => {
    const root = await show();
    expect(root.querySelector('h2')?.textContent).toBe('Ada Example');
    expect(root.querySelector('.kind')?.textContent).toBe('Person');
    expect(root.querySelector('.summary')?.textContent).toBe('A minister of examples.');
    expect(root.querySelector('.card')?.getAttribute('dir')).toBe('ltr');
  });

  it('lists the newest four facts, newest first', async () => {
    const root = await show();
    const facts = texts(section(root, /^Key facts$/)!, 'li span');
    expect(facts).toEqual(['Re-elected', 'Visited Ankara', 'Wrote a book', 'Took office']);
  });

  it('"since this article" shows only what happened after the published date', async () => {
    const root = await show({ published: '2023-06-30' });
    const since = section(root, /^Since this article/)!;
    expect(since).toBeDefined();
    expect(texts(since, 'li span')).toEqual(['Re-elected', 'Resigned']);
    expect(section(await show(), /^Since this article/)).toBeUndefined();
    expect(section(await show({ published: '2025-03-01' }), /^Since this article/)).toBeUndefined();
  });

  it('shows a cited source with its host beside the title, and leaves out the sources no fact cites', async () => {
    const root = await show();
    const items = [...root.querySelectorAll('.sources li')];
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('a')?.textContent).toBe('A wire report — Example Wire');
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('https://news.example.org/2024/report');
    expect(items[0]!.querySelector('.host')?.textContent).toBe('(news.example.org)');
  });

  it('says "Your card" for the reader\'s own card and "Edited by you" for an edited one', async () => {
    expect((await show({ own: true })).querySelector('.kind .edited')?.textContent).toContain('Your card');
    expect((await show({ edited: ['summary'] })).querySelector('.kind .edited')?.textContent).toContain(
      'Edited by you',
    );
    expect((await show()).querySelector('.kind .edited')).toBeNull();
  });

  it('reads right to left in Arabic', async () => {
    const root = await show({ lang: 'ar' });
    const card = root.querySelector('.card')!;
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('h2')?.textContent).toBe('آدا مثال');
    expect(root.querySelector('.summary')?.textContent).toBe('وزيرة الأمثلة.');
  });
});
