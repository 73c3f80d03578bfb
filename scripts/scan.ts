/**
 * `npm run scan -- [--pack PACK.json]… [--lang LANG] [--date YYYY-MM-DD] FILE…` — the mentions Backstory finds in
 * .html or .txt files, one JSON line per file: {"file", "date", "dated", "mentions": [{"id", "label", "surface",
 * "start", "end", "office"?}]}. A title ("the Turkish foreign minister") is a mention of the person who held
 * the office on the article's date (--date, else the HTML page's own, else today: `dated` false), with
 * `office` the office card's id.
 * Offsets are UTF-16 offsets into the extracted text (for HTML, the body's text as the content
 * script reads it, runs joined by newlines). Without --pack it uses the packs that ship switched on;
 * a pack author passes their own pack to check it against an article. A .txt file is read line by
 * line, each line's language guessed unless --lang gives it (an HTML file says its own, with `lang`).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import * as v from 'valibot';
import { bundledPacks } from '../lib/node/bundled-packs';
import { packsReading } from '../lib/core/titles/packs-reading';
import { DaySchema, validatePack, type Pack } from '../lib/core/knowledge/pack-schema';
import { extractHtmlText } from '../lib/node/html-text';
import { plainText, scanSegments, titleContext } from '../lib/node/scan';

const args = process.argv.slice(2);
const packFiles: string[] = [];
const files: string[] = [];
let lang: string | undefined;
let date: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--pack') packFiles.push(args[++i] ?? '');
  else if (args[i] === '--lang') lang = args[++i] ?? usage(2);
  else if (args[i] === '--date') date = args[++i] ?? usage(2);
  else if (args[i] === '--help' || args[i] === '-h') usage(0);
  else files.push(args[i]!);
}
if (!files.length) usage(2);
if (date !== undefined && !v.is(DaySchema, date)) {
  console.error(`--date ${date}: expected a date like 2021-09-29`);
  process.exit(2);
}

function usage(code: number): never {
  console.error('usage: npm run scan -- [--pack PACK.json]… [--lang LANG] [--date YYYY-MM-DD] FILE.html|FILE.txt…');
  process.exit(code);
}

function loadPack(file: string): Pack {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: not readable JSON: ${(error as Error).message}`);
    process.exit(2);
  }
  const result = validatePack(json);
  if (!result.ok) {
    console.error(`${file}: not a valid pack:\n  ${result.errors.join('\n  ')}`);
    process.exit(2);
  }
  return result.pack;
}

const packs = packFiles.length ? packFiles.map(loadPack) : bundledPacks().filter((p) => p.enabledByDefault !== false);
// One card per thing (identity.ts): mentions carry the id and label of the card that speaks for it.
const { view, matcher, offices } = packsReading(packs);
const labels = new Map(view.cards.map((c) => [c.id, c.label.en] as const));

let failed = false;
for (const file of files) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const doc = /^\.x?html?$/i.test(extname(file)) ? extractHtmlText(source) : plainText(source, lang);
  // Titles resolve by the article's day: --date, else the page's own (HTML), else today's holder.
  const titles = titleContext(offices, date ?? doc.published);
  const mentions = scanSegments(matcher, labels, doc, titles);
  console.log(JSON.stringify({ file, date: titles.day, dated: titles.dated, mentions }));
}
process.exit(failed ? 1 : 0);
