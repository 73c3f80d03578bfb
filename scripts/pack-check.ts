/**
 * `npm run pack:check [-- PACK.json…]` — checks every bundled pack (or the files given, alongside the
 * bundled packs they ship with) against the schema and the content rules (lib/core/knowledge/pack-rules.ts),
 * including one-word names that the dictionaries list as ordinary words (scripts/lib/common-words.ts),
 * printing each problem with its path. Exit 1 when anything is wrong.
 */
import { readFileSync } from 'node:fs';
import { GIVEN_NAMES_FILE, bundledGivenNames } from './lib/given-names-file';
import { ALIAS_GUARDS } from '../lib/core/knowledge/alias-guards';
import { BUNDLED_PACK_FILES, GENERATED_PACK_IDS } from '../lib/node/bundled-packs';
import { validatePack, type Pack } from '../lib/core/knowledge/pack-schema';
import { contentProblems, crossPackProblems, wordProblems } from '../lib/core/knowledge/pack-rules';
import { commonWords } from './lib/common-words';
import { isoDay } from '../lib/core/base/dates';
import { fold } from '../lib/core/text/normalise';

const files = process.argv.slice(2).filter((a) => a !== '--');
const problems: string[] = [];

function validated(name: string, json: unknown): Pack | undefined {
  const result = validatePack(json);
  if (result.ok) return result.pack;
  problems.push(...result.errors.map((e) => `${name}: ${e}`));
  return undefined;
}

const bundled = Object.entries(BUNDLED_PACK_FILES).flatMap(([file, json]) => validated(file, json) ?? []);
const given = files.flatMap((file) => {
  try {
    return validated(file, JSON.parse(readFileSync(file, 'utf8'))) ?? [];
  } catch (error) {
    problems.push(`${file}: not readable JSON: ${(error as Error).message}`);
    return [];
  }
});
const checked = files.length ? given : bundled;
const together = [...bundled.filter((p) => !given.some((g) => g.id === p.id)), ...given];

const today = isoDay(new Date());
// Folded, as the matcher compares: a name that differs from a word only in its accents is that word.
const wordLangs = commonWords(fold);
for (const pack of checked) {
  const generated = GENERATED_PACK_IDS.has(pack.id);
  problems.push(...contentProblems(pack, { today, generated }));
  // The generators drop such names themselves (scripts/lib/place-names.ts).
  if (!generated) problems.push(...wordProblems(pack, wordLangs, ALIAS_GUARDS));
}
// Problems between packs are reported when they involve a checked pack.
problems.push(...crossPackProblems(together, ALIAS_GUARDS, new Set(checked.map((p) => p.id))));
// The given names the matcher learns from the bundled packs' people (given-names.ts).
if (!files.length && readFileSync(GIVEN_NAMES_FILE, 'utf8') !== bundledGivenNames(bundled, wordLangs))
  problems.push(`${GIVEN_NAMES_FILE}: not the given names of the bundled packs: run npm run record:packs`);

for (const line of problems) console.log(line);
const cards = checked.reduce((n, p) => n + p.cards.length, 0);
console.log(
  problems.length
    ? `pack:check: ${problems.length} problem(s) in ${checked.length} pack(s)`
    : `pack:check: ${checked.length} pack(s), ${cards} cards, no problems`,
);
process.exit(problems.length ? 1 : 0);
