/**
 * `npm run record:packs` — rewrites assets/packs/index.json (file, id, version, SHA-256 and card count of each
 * bundled pack, in the order their cards win overlaps) from the pack files. It refuses a pack whose
 * file changed while its version did not: installed copies update only when the version moves.
 * A new pack file is appended at the end; reorder the index by hand to make it win overlaps.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const DIR = 'assets/packs';
const INDEX = `${DIR}/index.json`;
type Entry = { file: string; id: string; version: string; sha256: string; cards: number };

const old = JSON.parse(readFileSync(INDEX, 'utf8')) as Entry[];
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');
const order = [
  ...old.map((e) => e.file).filter((f) => files.includes(f)),
  ...files.filter((f) => !old.some((e) => e.file === f)).sort(),
];

const problems: string[] = [];
const next: Entry[] = order.map((file) => {
  const text = readFileSync(`${DIR}/${file}`);
  const { id, version, cards } = JSON.parse(text.toString('utf8')) as { id: string; version: string; cards: unknown[] };
  const sha256 = createHash('sha256').update(text).digest('hex');
  const was = old.find((e) => e.file === file);
  if (was && was.sha256 !== sha256 && was.version === version)
    problems.push(`${file} changed but is still version ${version}: bump its version first`);
  return { file, id, version, sha256, cards: cards.length };
});
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(INDEX, JSON.stringify(next, null, 2) + '\n');
for (const e of next) console.log(`${e.file}  ${e.id} ${e.version}`);
