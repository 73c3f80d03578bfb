import { describe, expect, it } from 'vitest';
import { bundledPacks } from '../../lib/node/bundled-packs';
import { toIsoDay } from '../../lib/core/base/dates';
import { isStale, jsonLdPublished, sinceArticle } from '../../lib/core/knowledge/timeline';

const card = (id: string) =>
  bundledPacks()
    .find((p) => p.id === 'core')!
    .cards.find((c) => c.id === id)!;

describe('cards that know what time it is', () => {
  it('lists what changed after the article, and nothing from before it', () => {
    const since = sinceArticle(card('pkk'), '2021-09-29');
    expect(since.length).toBeGreaterThan(0);
    expect(since.every((f) => f.asOf > '2021-09-29')).toBe(true);
    expect(since.some((f) => f.asOf.startsWith('2025-05'))).toBe(true); // the PKK's May 2025 decision to disband
    expect(sinceArticle(card('pkk'), '2099-01-01')).toEqual([]);
  });

  it('shows an event once when a fact and a timeline event tell it (same date, a source in common)', () => {
    const putin = card('putin');
    const both = [...putin.facts, ...(putin.timeline ?? [])].filter((f) => f.asOf === '2023-03-17');
    expect(both.length).toBe(2); // the ICC warrant, in both lists
    const shown = sinceArticle(putin, '2021-09-29').filter((f) => f.asOf === '2023-03-17');
    expect(shown).toEqual([putin.facts.find((f) => f.asOf === '2023-03-17')]);
    // Without a source in common, two items of one date are two events.
    const other = { ...both[1]!, sources: ['elsewhere'] };
    const c = { ...putin, timeline: [other], sources: [...putin.sources] };
    expect(sinceArticle(c, '2021-09-29').filter((f) => f.asOf === '2023-03-17')).toHaveLength(2);
  });

  it('does not claim a year-only fact is newer than an article from that year', () => {
    const c = { ...card('s-400'), facts: [{ asOf: '2021', text: { en: 'x' }, sources: ['s'] }], timeline: [] };
    expect(sinceArticle(c, '2021-09-29')).toEqual([]);
    expect(sinceArticle(c, '2020-12-31')).toHaveLength(1);
  });

  it('calls a card stale after twelve months without review', () => {
    expect(isStale('2025-11-28', new Date('2026-11-29T00:00:00Z'))).toBe(true);
    expect(isStale('2025-11-30', new Date('2026-11-29T00:00:00Z'))).toBe(false);
  });

  it('reads publication dates as sites write them', () => {
    expect(toIsoDay('2021-09-29T19:40:00+03:00')).toBe('2021-09-29');
    expect(toIsoDay('Wed, 29 Sep 2021 16:40:00 GMT')).toBe('2021-09-29');
    expect(toIsoDay('not a date')).toBeUndefined();
    expect(
      jsonLdPublished({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2021-09-29' }] }),
    ).toBe('2021-09-29');
    expect(jsonLdPublished([{ headline: 'x' }])).toBeUndefined();
  });
});
