/**
 * Which of the found marks the reader gets: only the kinds chosen in the options, and of those, by
 * underline density, every mention, the first of each entity, or none. Works on anything with an
 * entity and a kind, so it runs (and is tested) without a page.
 */
import type { Settings } from '../settings';

export interface MarkLike {
  entity: string;
  kind: string;
}

/** The marks of the kinds the reader wants marked, order kept. */
export function ofKinds<M extends MarkLike>(marks: readonly M[], kinds: Iterable<string>): M[] {
  const wanted = new Set<string>(kinds);
  return marks.filter((m) => wanted.has(m.kind));
}

/**
 * Kinds a story names again and again (Sudan in every paragraph of a report on Sudan; Gaza, Kharkiv)
 * and a reader places at the first mention: drawn once at the default density.
 */
const SEEN_OFTEN: ReadonlySet<string> = new Set(['country', 'place']);

/** The marks drawn at a density: all of them, all but the later mentions of places and countries, the first mention of each entity, or none. */
export function byDensity<M extends MarkLike>(marks: readonly M[], density: Settings['density']): readonly M[] {
  if (density === 'none') return [];
  if (density === 'all') return marks;
  const seen = new Set<string>();
  const once = (m: M) => !seen.has(m.entity) && !!seen.add(m.entity);
  return density === 'first' ? marks.filter(once) : marks.filter((m) => !SEEN_OFTEN.has(m.kind) || once(m));
}
