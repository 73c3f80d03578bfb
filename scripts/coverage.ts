/**
 * `npx vite-node scripts/coverage.ts DIR` — how many of the places and weapons a reader meets in real
 * news the bundled packs find, on a development set of your own: DIR holds `NN.LANG.txt` files (a
 * first line `# URL DATE`, then the text) and `present.json`, which lists, per file and in order, each
 * mention of a place or a weapon: `{ "kind": "place" | "weapon", "surface": "…", "name": "…" }`.
 * A mention counts as found when `npm run scan`'s matcher draws a mark over it of the right kind, and
 * is counted apart when a longer name of another kind covers it (the invasion's card over «России»).
 * Generic words ("drones", «صواريخ») are listed but not counted: Backstory marks names, not nouns,
 * and a name is what the annotation spells with a capital (`name`).
 *
 * Then the other way: every mark of a place or weapon kind that covers no listed mention, with the
 * words around it, for a reviewer to call a wrong mark or a mention the list lacks.
 *
 * The news texts are not in the repository (they are other publishers' words); the script is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packsMatcher, packsView } from '../lib/core/knowledge/pack-matcher';
import { bundledPacks } from '../lib/node/bundled-packs';
import { plainText, scanSegments } from '../lib/node/scan';

interface Present {
  kind: 'place' | 'weapon';
  surface: string;
  name: string;
}

const dir = process.argv.slice(2).find((a) => a !== '--');
if (!dir) throw new Error('usage: npx vite-node scripts/coverage.ts DIR');
const present = JSON.parse(readFileSync(join(dir, 'present.json'), 'utf8')) as Record<string, Present[]>;
const packs = bundledPacks();
const view = packsView(packs);
const kinds = new Map(view.cards.map((c) => [c.id, c.kind]));
const labels = new Map(view.cards.map((c) => [c.id, c.label.en]));
const matcher = packsMatcher(packs);
const KINDS: Record<Present['kind'], readonly string[]> = {
  place: ['place', 'country'],
  weapon: ['weapon-system', 'programme'],
};
const LETTER = /[\p{L}\p{M}]/u;
/** Where the k-th whole-word occurrence of `word` starts (لبنان, not the لبنان inside اللبنانية), or -1. */
function nthWord(text: string, word: string, k: number): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[at + word.length] ?? '')) continue;
    if (k-- === 0) return at;
  }
  return -1;
}
const isName = (p: Present) => /^[\p{Lu}\p{N}]/u.test(p.name);

const tally = { place: { found: 0, within: 0, all: 0 }, weapon: { found: 0, within: 0, all: 0 } };
const misses: string[] = [];
/** Marks of a place or weapon kind over no listed mention: each a wrong mark, or a mention the list lacks. */
const unlisted: string[] = [];
let drawn = 0;
for (const [file, list] of Object.entries(present)) {
  const lang = file.split('.')[1];
  const raw = readFileSync(join(dir, file), 'utf8');
  const body = raw.slice(raw.indexOf('\n\n') + 2);
  const marks = scanSegments(matcher, labels, plainText(body, lang));
  // The k-th entry of a surface is its k-th occurrence in the text.
  const seen = new Map<string, number>();
  const listed: [number, number][] = [];
  for (const p of list) {
    const at = nthWord(body, p.surface, seen.get(p.surface) ?? 0);
    seen.set(p.surface, (seen.get(p.surface) ?? 0) + 1);
    if (at >= 0) listed.push([at, at + p.surface.length]);
    if (at < 0 || !isName(p)) continue;
    const end = at + p.surface.length;
    const over = marks.filter((m) => m.start < end && m.end > at);
    tally[p.kind].all++;
    if (over.some((m) => KINDS[p.kind].includes(kinds.get(m.id) ?? ''))) tally[p.kind].found++;
    // Inside a longer name of another kind: «вторжения России в Украину» is the invasion's card, «İsrail ordusu» the army's.
    else if (over.length > 0) tally[p.kind].within++;
    else misses.push(`${file}\t${p.kind}\t${p.surface}\t(${p.name})`);
  }
  for (const m of marks) {
    if (![...KINDS.place, ...KINDS.weapon].includes(kinds.get(m.id) ?? '')) continue;
    drawn++;
    if (!listed.some(([s, e]) => m.start < e && m.end > s))
      unlisted.push(`${file}\t${m.id}\t${body.slice(Math.max(0, m.start - 30), m.end + 30).replace(/\s+/g, ' ')}`);
  }
}
for (const u of unlisted) console.log(`unlisted\t${u}`);
for (const m of misses) console.log(`missed\t${m}`);
const share = ({ found, within, all }: { found: number; within: number; all: number }) =>
  `${found}/${all} (${((100 * found) / all).toFixed(1)}%), and ${within} inside a longer name of another kind`;
console.log(`places found: ${share(tally.place)}; weapons found: ${share(tally.weapon)}`);
console.log(
  `place and weapon marks: ${drawn}, of which over no listed mention: ${unlisted.length} (read them: wrong marks, or mentions the list lacks)`,
);
