/**
 * The library's catalogue: one small entry per card — what the list shows and what it is browsed
 * and filtered by — kept in memory for every card (50,000 of them in a few megabytes), while the
 * card itself is read only when it is opened.
 */
import type { CardRow } from './knowledge/pack-merge';
import type { Kind } from './knowledge/pack-schema';
import { fold } from './text/normalise';

export interface CatalogueEntry {
  id: string;
  kind: Kind;
  pack: string;
  /** ISO 3166-1 code of the country the card is in or is, where the card says. */
  country?: string;
  label: { en: string; ar?: string };
  /** The folded words of its labels and descriptions, for "words of its description". */
  words: string;
  edited: boolean;
}

export interface CatalogueFilter {
  kind?: Kind;
  pack?: string;
  country?: string;
}

export function catalogueEntry(row: Pick<CardRow, 'id' | 'packId' | 'card' | 'edits'>): CatalogueEntry {
  const { card } = row;
  const country = card.geo?.country ?? card.sameAs?.find((k) => k.startsWith('iso3166:'))?.slice('iso3166:'.length);
  const words = [card.label.en, card.label.ar, card.description?.en, card.description?.ar]
    .filter((w): w is string => !!w)
    .map(fold)
    .join(' ');
  return {
    id: row.id,
    kind: card.kind,
    pack: row.packId,
    ...(country ? { country } : {}),
    label: { en: card.label.en, ...(card.label.ar ? { ar: card.label.ar } : {}) },
    words: ` ${words} `,
    edited: Object.keys(row.edits).length > 0,
  };
}

export const labelIn = (entry: CatalogueEntry, lang: 'ar' | 'en') =>
  lang === 'ar' ? (entry.label.ar ?? entry.label.en) : entry.label.en;

/**
 * The entries the browsing shows, in the catalogue's order: those of the kind, pack and country
 * chosen; with a query, those named by it (`named`, the matcher's answer, first) and those with
 * every word of it in their labels or descriptions.
 */
export function browse(
  entries: readonly CatalogueEntry[],
  filter: CatalogueFilter,
  query?: { text: string; named: readonly string[] },
): CatalogueEntry[] {
  const fits = (e: CatalogueEntry) =>
    (!filter.kind || e.kind === filter.kind) &&
    (!filter.pack || e.pack === filter.pack) &&
    (!filter.country || e.country === filter.country);
  const words = query ? fold(query.text).split(' ').filter(Boolean) : [];
  if (!query || words.length === 0) return entries.filter(fits);
  const named = new Map(query.named.map((id, i) => [id, i]));
  const first: CatalogueEntry[] = [];
  const rest: CatalogueEntry[] = [];
  for (const e of entries) {
    if (!fits(e)) continue;
    if (named.has(e.id)) first.push(e);
    // A word of the query at the start of a word of the card's: "nucl" finds "nuclear".
    else if (words.every((w) => e.words.includes(` ${w}`))) rest.push(e);
  }
  // The named in the matcher's order (its best first), then the rest in the catalogue's.
  first.sort((a, b) => named.get(a.id)! - named.get(b.id)!);
  return [...first, ...rest];
}
