/**
 * Finding a card by what the reader types, in any script: the names a matcher over every card finds
 * in the query (so بأردوغان, Erdoğan'ın and Эрдогану all find Erdoğan, as they would on a page),
 * then cards with a name that starts with what was typed so far. The database lookups are the
 * background's (lib/background/card-search.ts); the reading and the ranking are here.
 */
import { findMentions, type Matcher } from './text/matcher';
import { fold } from './text/normalise';

export const MAX_RESULTS = 50;

/** The folded query the prefix lookup uses; empty when nothing searchable was typed. */
export const searchKey = (query: string) => fold(query);

/** Ids of the cards whose names the query holds, each once, in the order they appear. */
export function namedIn(matcher: Matcher, query: string): string[] {
  return [...new Set(findMentions(matcher, query).map((m) => m.entity))];
}

/** Whole names before name starts (the query is more likely the name than part of another); each card once. */
export function rankResults<T extends { id: string }>(
  named: readonly T[],
  prefixed: readonly T[],
  max = MAX_RESULTS,
): T[] {
  const seen = new Set<string>();
  return [...named, ...prefixed].filter((row) => !seen.has(row.id) && seen.add(row.id)).slice(0, max);
}
