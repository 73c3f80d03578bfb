/**
 * When the article on this page was published, so the card can say what changed since. In the
 * order sites state it most reliably: Open Graph article metadata, JSON-LD, then a <time> element
 * in the article. Read once per page; JSON-LD is parsed as data, never run.
 */
import { toIsoDay } from '../core/base/dates';
import { jsonLdPublished, PUBLISHED_METAS } from '../core/knowledge/timeline';

export function readPublishedDate(doc: Document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>(
    PUBLISHED_METAS.map(([attr, value]) => `meta[${attr}="${value}"]`).join(', '),
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
