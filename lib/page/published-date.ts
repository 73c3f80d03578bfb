/**
 * When the article on this page was published, so the card can say what changed since. In the
 * order sites state it most reliably: Open Graph article metadata, JSON-LD, then a <time> element
 * in the article. Read once per page; JSON-LD is parsed as data, never run.
 */
import { toIsoDay } from '../core/base/dates';
import { jsonLdPublished } from '../core/knowledge/timeline';

export function readPublishedDate(doc: Document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"]',
  );
  const fromMeta = toIsoDay(meta?.content);
  if (fromMeta) return fromMeta;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = jsonLdPublished(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A site's malformed JSON-LD is the site's problem, not a reason to stop.
    }
  }
  const time = doc.querySelector<HTMLTimeElement>(
    'article time[datetime], main time[datetime], time[itemprop="datePublished"], time[pubdate]',
  );
  return toIsoDay(time?.dateTime);
}
