/**
 * Dates on cards against the article's date and today's. Pure, so the rules are tested in Node.
 */
import { isoDay, periodStart, toIsoDay } from '../base/dates';
import type { Card, Fact } from './pack-schema';

/** Facts and timeline events that began after the article was published, newest last. A fact dated
 * only "2021" is not after an article of 2021-09-29: it may be earlier, so it is left out. */
export function sinceArticle(card: Card, published: string): Fact[] {
  const day = published.slice(0, 10);
  const seen = new Set<string>();
  return [...(card.timeline ?? []), ...card.facts]
    .filter((f) => periodStart(f.asOf) > day)
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
