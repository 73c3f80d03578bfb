/**
 * What `npm run scan` reports for one document: every mention with the entity's id and English
 * label, its surface text and its UTF-16 offsets in the extracted text. Uses the matcher the
 * content script uses, segment by segment as the content script reads them.
 */
import { isoDay } from '../core/base/dates';
import type { ExtractedText } from './html-text';
import { findMentions, type Matcher } from '../core/text/matcher';
import { mentionsWithTitles } from '../core/titles/find-with-titles';
import type { OfficeTerms } from '../core/titles/office-terms';

export interface ScanMention {
  id: string;
  label: string;
  surface: string;
  start: number;
  end: number;
  /** A title resolved to its holder on the article's day: the office card's id. */
  office?: string;
}

/** Titles, resolved to their holders on `day` (the article's, else today) as the background does. */
export interface TitleContext {
  offices: OfficeTerms;
  day: string;
  /** Whether `day` is the document's own date rather than today. */
  dated: boolean;
}

/** Titles resolved as the background resolves them: by the document's date if it has one, else today's holders. */
export const titleContext = (offices: OfficeTerms, date: string | undefined): TitleContext => ({
  offices,
  day: date ?? isoDay(new Date()),
  dated: date !== undefined,
});

export function scanSegments(
  matcher: Matcher,
  labels: ReadonlyMap<string, string>,
  doc: ExtractedText,
  titles?: TitleContext,
): ScanMention[] {
  const out: ScanMention[] = [];
  // The cards named so far in the document, as the background keeps them over a page's request.
  const named = new Set<number>();
  for (const segment of doc.segments) {
    const mentions = titles
      ? mentionsWithTitles(matcher, segment.text, segment.lang, titles.offices, titles.day, named, titles.dated)
      : findMentions(matcher, segment.text, segment.lang, undefined, named);
    for (const m of mentions) {
      out.push({
        id: m.entity,
        label: labels.get(m.entity) ?? m.entity,
        surface: segment.text.slice(m.start, m.end),
        start: segment.start + m.start,
        end: segment.start + m.end,
        ...(m.office ? { office: m.office } : {}),
      });
    }
  }
  return out;
}

/** Plain text is one segment per line, in the language given, if any (else each line's is guessed). */
export function plainText(text: string, lang?: string): ExtractedText {
  const segments: ExtractedText['segments'] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (/\S/.test(line)) segments.push({ start, text: line, ...(lang ? { lang } : {}) });
    start += line.length + 1;
  }
  return { text, segments };
}
