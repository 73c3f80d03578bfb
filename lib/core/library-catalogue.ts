/**
 * The library's catalogue: one small entry per card — what the list shows and what it is browsed
 * and filtered by — kept in memory for every card (50,000 of them in a few megabytes), while the
 * card itself is read only when it is opened.
 */
import type { CardRow } from './knowledge/pack-merge';
import type { Kind } from './knowledge/pack-schema';
import { fold } from './text/normalise';
import { countryIsIn } from './world-regions';

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
  /** A continent or a part of one (UN M.49 code, lib/core/world-regions.ts). */
  region?: string;
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
 * The entries the browsing shows, in the catalogue's order: those of the kind, pack, region and
 * country chosen; with a query, those named by it (`named`, the matcher's answer, first) and those with
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
    (!filter.region || countryIsIn(e.country, filter.region)) &&
    (!filter.country || e.country === filter.country);
  const words = query ? fold(query.text).split(' ').filter(Boolean) : [];
  if (!query || words.length === 0) return entries.filter(fits);
  // Each named card once, at its first (best) place.
  const named = new Set(query.named);
  const { placeOf } = searchOf(entries);
  const first: CatalogueEntry[] = [];
  for (const id of named) {
    const at = placeOf.get(id);
    if (at !== undefined && fits(entries[at]!)) first.push(entries[at]!);
  }
  const rest = withWords(entries, words)
    .map((at) => entries[at]!)
    .filter((e) => !named.has(e.id) && fits(e));
  // The named in the matcher's order (its best first), then the rest in the catalogue's.
  return [...first, ...rest];
}

/**
 * What a list of entries is searched with, built once per list, when it is first searched (or ahead,
 * `prepareSearch`): every entry's words in one string and where each entry's start, so a query word
 * is found with one `indexOf` per entry that has it, not one `includes` per entry (50,000 of them at
 * each keystroke); and each entry's place by its id, for the named.
 */
interface Search {
  text: string;
  starts: Uint32Array;
  placeOf: Map<string, number>;
}

const searches = new WeakMap<readonly CatalogueEntry[], Search>();

function searchOf(entries: readonly CatalogueEntry[]): Search {
  let search = searches.get(entries);
  if (!search) {
    const starts = new Uint32Array(entries.length + 1);
    let at = 0;
    entries.forEach((e, i) => {
      starts[i] = at;
      at += e.words.length;
    });
    starts[entries.length] = at;
    const text = entries.map((e) => e.words).join('');
    search = { text, starts, placeOf: new Map(entries.map((e, i) => [e.id, i])) };
    searches.set(entries, search);
  }
  return search;
}

/** Builds what `browse` searches these entries with, ahead of the first query. */
export function prepareSearch(entries: readonly CatalogueEntry[]): void {
  searchOf(entries);
}

/**
 * The places of the entries with every word at the start of one of theirs ("nucl" finds "nuclear"),
 * ascending. Each entry's words begin and end with a space and a query word has none, so a hit
 * never runs from one entry into the next.
 */
function withWords(entries: readonly CatalogueEntry[], words: readonly string[]): number[] {
  const { text, starts } = searchOf(entries);
  let hits: number[] | undefined;
  for (const word of words) {
    const needle = ` ${word}`;
    const found: number[] = [];
    for (let p = text.indexOf(needle); p >= 0;) {
      // The entry the hit is in: the last start at or before it.
      let lo = 0;
      let hi = entries.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= p) lo = mid;
        else hi = mid - 1;
      }
      found.push(lo);
      // One hit is enough: go on from the next entry.
      p = text.indexOf(needle, starts[lo + 1]!);
    }
    if (hits) {
      const has = new Set(found);
      hits = hits.filter((at) => has.has(at));
    } else hits = found;
    if (hits.length === 0) break;
  }
  return hits ?? [];
}
