/** What the popup and the "In this article" panel list: each entity once, with its mention count. */
import type { PageSummary } from '../protocol';
import type { MarkLike } from './mark-filters';

export type EntityCount = PageSummary['entities'][number];

/** One entry per entity, in order of its first mention; the kind is that of the first mention. */
export function countEntities(marks: Iterable<MarkLike>): EntityCount[] {
  const counts = new Map<string, EntityCount>();
  for (const m of marks) {
    const entry = counts.get(m.entity) ?? { id: m.entity, kind: m.kind, count: 0 };
    entry.count++;
    counts.set(m.entity, entry);
  }
  return [...counts.values()];
}
