/**
 * The bundled packs as a list: file, id, version and SHA-256 of each, in the order their cards win
 * overlaps (the hand-written story, the world's who's who, the generated countries). The background
 * reads this small file at every start and a pack file only when its version is new, so a woken
 * service worker never parses megabytes of cards; `npm test` checks it against the files
 * (tests/unit/pack-versions.test.ts), and `npm run record:packs` rewrites it after a pack changes.
 */
import index from '../../../assets/packs/index.json';

export interface PackIndexEntry {
  file: string;
  id: string;
  version: string;
  sha256: string;
  /** Its number of cards: large packs install in slices, after the others (install-packs.ts). */
  cards: number;
}

/**
 * The scale-test build (`wxt build --mode e2e-large`) ships one more: 200,000 made-up names
 * (bench/large-pack.ts), generated into the package at build time and never in the one that ships.
 */
export const LARGE_PACK_ENTRY: PackIndexEntry = {
  file: 'bench-large.json',
  id: 'bench-large',
  version: '1',
  sha256: '',
  cards: 50_000,
};

export const PACK_INDEX: readonly PackIndexEntry[] =
  import.meta.env?.MODE === 'e2e-large' ? [...index, LARGE_PACK_ENTRY] : index;

/** Packs a script generates from data packages (`npm run build:countries`, `npm run build:places`): their facts are the package's. */
export const GENERATED_PACK_IDS: ReadonlySet<string> = new Set(['countries', 'places']);
