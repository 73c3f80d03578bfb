/**
 * The mentions of one text with its titles resolved: what `npm run scan` and the tests read, the same
 * rules the background applies (matcher-cache.ts, which works on entity numbers for speed).
 */
import { findMentions, type Matcher, type Mention } from '../text/matcher';
import type { OfficeTerms } from './office-terms';
import { resolveTitles } from './title-resolve';

export function mentionsWithTitles(
  m: Matcher,
  text: string,
  lang: string | null | undefined,
  offices: OfficeTerms,
  day: string,
  /** The cards named so far in the text this one belongs to (see eachMention). */
  named?: Set<number>,
  /** Whether `day` is the text's own date (see resolveTitles). */
  dated = true,
): Mention[] {
  const found = findMentions(m, text, lang, undefined, named);
  if (!found.some((f) => offices.has(f.entity))) return found;
  // Inside a title that names no one: the names found there with titles left out.
  const isOffice = (e: number) => offices.has(m.entities.at(e));
  const inner = (start: number, end: number) =>
    findMentions(m, text.slice(start, end), lang, isOffice, named).map((f) => ({
      entity: f.entity,
      start: f.start + start,
      end: f.end + start,
    }));
  return resolveTitles(text, found, offices, day, inner, dated);
}
