/**
 * `npx vite-node scripts/place-marks.ts [PACK_ID]` — every mark one bundled pack (default: the
 * generated places pack) makes on the saved real pages, with the words around it, then the count per
 * page: what a reviewer reads to count the wrong marks (README, "The places pack").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { packsMatcher, packsView } from '../lib/core/knowledge/pack-matcher';
import { bundledPacks } from '../lib/node/bundled-packs';
import { extractHtmlText } from '../lib/node/html-text';
import { scanSegments } from '../lib/node/scan';

const DIR = 'tests/fixtures/real-pages';
const packId = process.argv.slice(2).find((a) => a !== '--') ?? 'places';
const packs = bundledPacks();
const own = packs.find((p) => p.id === packId);
if (!own) throw new Error(`no bundled pack ${packId}`);
const ids = new Set(own.cards.map((c) => c.id));
const labels = new Map(packsView(packs).cards.map((c) => [c.id, c.label.en]));
// Every pack on, as shipped: a name another pack wins is not this pack's mark.
const matcher = packsMatcher(packs);
let total = 0;
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.html'))) {
  const page = extractHtmlText(readFileSync(`${DIR}/${file}`, 'utf8'));
  const marks = scanSegments(matcher, labels, page).filter((m) => ids.has(m.id));
  for (const m of marks) {
    const around = page.text.slice(Math.max(0, m.start - 50), m.end + 30).replace(/\s+/g, ' ');
    console.log(`${file}\t${m.label}\t«${m.surface}»\t${around}`);
  }
  total += marks.length;
}
console.log(`${packId}: ${total} marks on the saved real pages`);
