/**
 * What `npm run scan` reports for one document: every mention with the entity's id and English
 * label, its surface text and its UTF-16 offsets in the extracted text. Uses the matcher the
 * content script uses, segment by segment as the content script reads them.
 */
import type { ExtractedText } from './html-text';
import { findMentions, type Matcher } from '../core/text/matcher';

export interface ScanMention {
  id: string;
  label: string;
  surface: string;
  start: number;
  end: number;
}

export function scanSegments(matcher: Matcher, labels: ReadonlyMap<string, string>, doc: ExtractedText): ScanMention[] {
  const out: ScanMention[] = [];
  for (const segment of doc.segments) {
    for (const m of findMentions(matcher, segment.text, segment.lang)) {
      out.push({
        id: m.entity,
        label: labels.get(m.entity) ?? m.entity,
        surface: segment.text.slice(m.start, m.end),
        start: segment.start + m.start,
        end: segment.start + m.end,
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
