/**
 * What a title's card says above the person's own card: the office, on the article's date (or today,
 * where the page gives none), the record's sources, and who holds it today when that is someone else.
 * Pure, so the rules are tested in Node.
 */
import type { Card, Localised, Source } from '../knowledge/pack-schema';
import { holderOn } from './title-resolve';

export interface OfficeHeader {
  office: Localised;
  /** The article's date; none: the page gives none, and the holder is today's. */
  published?: string;
  acting: boolean;
  /** The sources of the tenure shown. */
  sources: Source[];
  /** Today's holder, when not the article's: their card id and since when. */
  today?: { person: string; since: string };
}

/** `officeCard`'s header for `person`, named by title in an article of `published` (or undated), seen on `today`. */
export function officeHeader(officeCard: Card, published: string | undefined, today: string): OfficeHeader | undefined {
  const office = officeCard.office;
  if (!office) return undefined;
  const then = holderOn(office.holders, published ?? today);
  if (!then?.person) return undefined;
  const now = holderOn(office.holders, today);
  const cited = new Set(then.sources);
  return {
    office: officeCard.label,
    ...(published ? { published } : {}),
    acting: !!then.acting,
    sources: officeCard.sources.filter((s) => cited.has(s.id)),
    ...(now && now !== then && now.person && now.person !== then.person
      ? { today: { person: now.person, since: now.from } }
      : {}),
  };
}
