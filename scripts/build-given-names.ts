/**
 * Writes assets/given-names.json, the given names the matcher learns from the bundled packs' people
 * (lib/core/knowledge/given-names.ts), less the ordinary words of the dictionaries. Run by
 * `npm run record:packs`; `npm run pack:check` says when the file is not what this makes.
 */
import { writeFileSync } from 'node:fs';
import { GIVEN_NAMES_FILE, bundledGivenNames } from './lib/given-names-file';

const text = bundledGivenNames();
writeFileSync(GIVEN_NAMES_FILE, text);
const names = JSON.parse(text) as Record<string, string[]>;
console.log(`${GIVEN_NAMES_FILE}: ${Object.values(names).reduce((n, w) => n + w.length, 0)} given names`);
