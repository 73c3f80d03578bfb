import { readFileSync } from 'node:fs';
import { bundledPacks } from '../../lib/node/bundled-packs';
import { packsReading } from '../../lib/core/titles/packs-reading';
import { byDensity } from '../../lib/core/page/mark-filters';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { extractHtmlText } from '../../lib/node/html-text';
import { scanSegments, titleContext } from '../../lib/node/scan';

/**
 * What `npm run scan` finds in a saved page with the packs that ship switched on (`found`, every
 * mention with its kind), and the surfaces the content script draws of them at the default density.
 */
export function scannedMarks(file: string) {
  const packs = bundledPacks().filter((p) => p.enabledByDefault !== false);
  const { view, matcher, offices } = packsReading(packs);
  const kinds = new Map(view.cards.map((c) => [c.id, c.kind]));
  const doc = extractHtmlText(readFileSync(file, 'utf8'));
  // Titles resolved as the background resolves them: by the page's date, else today's holders.
  const titles = titleContext(offices, doc.published);
  const found = scanSegments(matcher, new Map(), doc, titles).map((m) => ({
    ...m,
    entity: m.id,
    kind: kinds.get(m.id)!,
  }));
  return { found, drawn: byDensity(found, DEFAULT_SETTINGS.density).map((m) => m.surface) };
}
