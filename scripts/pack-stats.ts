/**
 * `npm run pack:stats [-- PACK.json…]` — what the bundled packs (or the files given) hold: cards per
 * kind, aliases per language, and sources, facts and timeline events per card.
 */
import { readFileSync } from 'node:fs';
import { bundledPacks } from '../lib/node/bundled-packs';
import { KINDS, LANGS, validatePack, type Pack } from '../lib/core/knowledge/pack-schema';

const files = process.argv.slice(2).filter((a) => a !== '--');
const packs: Pack[] = files.length
  ? files.map((file) => {
      const result = validatePack(JSON.parse(readFileSync(file, 'utf8')));
      if (!result.ok)
        throw new Error(`${file} is not a valid pack (npm run pack:check -- ${file}):\n${result.errors.join('\n')}`);
      return result.pack;
    })
  : bundledPacks();

/** min / median / max of a list of counts. */
function spread(values: number[]): string {
  if (!values.length) return '-';
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0]} / ${sorted[Math.floor(sorted.length / 2)]} / ${sorted.at(-1)}`;
}

const table = (rows: (string | number)[][]) => {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, c) =>
          String(cell)
            .padStart(c ? widths[c]! : 0)
            .padEnd(c ? 0 : widths[c]!),
        )
        .join('  '),
    );
  console.log();
};

const names = packs.map((p) => p.id);
console.log(`Packs: ${packs.map((p) => `${p.id} ${p.version}`).join(', ')}\n`);

console.log('Cards per kind');
table([
  ['kind', ...names, 'total'],
  ...KINDS.map((kind) => {
    const counts = packs.map((p) => p.cards.filter((c) => c.kind === kind).length);
    return [kind, ...counts, counts.reduce((a, b) => a + b, 0)];
  }).filter((row) => row.at(-1) !== 0),
  ['all', ...packs.map((p) => p.cards.length), packs.reduce((n, p) => n + p.cards.length, 0)],
]);

console.log('Aliases per language (labels not counted)');
table([
  ['lang', ...names, 'total'],
  ...LANGS.map((lang) => {
    const counts = packs.map((p) => p.cards.reduce((n, c) => n + (c.aliases[lang]?.length ?? 0), 0));
    return [lang, ...counts, counts.reduce((a, b) => a + b, 0)];
  }),
]);

console.log('Per card: min / median / max');
table([
  ['', ...names],
  ['sources', ...packs.map((p) => spread(p.cards.map((c) => c.sources.length)))],
  ['facts', ...packs.map((p) => spread(p.cards.map((c) => c.facts.length)))],
  ['timeline events', ...packs.map((p) => spread(p.cards.map((c) => c.timeline?.length ?? 0)))],
  ['designations', ...packs.map((p) => spread(p.cards.map((c) => c.designations?.length ?? 0)))],
  [
    'aliases',
    ...packs.map((p) => spread(p.cards.map((c) => Object.values(c.aliases).reduce((n, l) => n + (l?.length ?? 0), 0)))),
  ],
]);
