/**
 * Dates on cards against the article's date and today's. Pure, so the rules are tested in Node.
 */
import { isoDay, periodStart, toIsoDay } from '../base/dates';
import type { Card, Fact } from './pack-schema';

/**
 * Facts and timeline events that began after the article was published, oldest first. A fact dated
 * only "2021" is not after an article of 2021-09-29: it may be earlier, so it is left out. A timeline
 * event that a fact already tells — the same date and a source in common (Putin's ICC warrant of
 * 17 March 2023, in both lists) — is shown once, as the fact, which says more.
 */
export function sinceArticle(card: Card, published: string): Fact[] {
  const day = published.slice(0, 10);
  const after = (f: Fact) => periodStart(f.asOf) > day;
  const facts = card.facts.filter(after);
  const told = (event: Fact) =>
    facts.some((f) => f.asOf === event.asOf && f.sources.some((s) => event.sources.includes(s)));
  const seen = new Set<string>();
  return [...facts, ...(card.timeline ?? []).filter((e) => after(e) && !told(e))]
    .filter((f) => {
      const key = `${f.asOf}|${f.text.en}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
}

/** A card not reviewed for this long says so: news about wars and leaders changes month by month. */
export const STALE_AFTER_MONTHS = 12;

export function isStale(reviewed: string, today: Date): boolean {
  const limit = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - STALE_AFTER_MONTHS, today.getUTCDate()),
  );
  return periodStart(reviewed) < isoDay(limit);
}

/**
 * The meta tags a page states its publication date in, by attribute and value, in the order sites
 * state it most reliably: read in the page (published-date.ts) and from saved HTML (html-text.ts).
 */
export const PUBLISHED_METAS: readonly (readonly ['property' | 'name' | 'itemprop', string])[] = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'date'],
  ['name', 'pubdate'],
];

/** `datePublished` anywhere in JSON-LD: a single object, an array, or an @graph. */
export function jsonLdPublished(data: unknown, depth = 0): string | undefined {
  if (depth > 6 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = jsonLdPublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = data as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return toIsoDay(record.datePublished);
  return jsonLdPublished(record['@graph'], depth + 1);
}
