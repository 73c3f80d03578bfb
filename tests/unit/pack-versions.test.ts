import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_INDEX } from '../../lib/core/knowledge/pack-index';
import { BUNDLED_PACK_FILES } from '../../lib/node/bundled-packs';

/**
 * An installed copy of a pack updates only when its version changes (install-packs.ts), and the
 * background learns versions from assets/packs/index.json without reading the packs. So the index
 * must say exactly what the files are: change a pack and this fails until its version is bumped and
 * `npm run record:packs` (which refuses a changed pack at an old version) has rewritten the index.
 */
const sha256 = (file: string) =>
  createHash('sha256')
    .update(readFileSync(`assets/packs/${file}`))
    .digest('hex');

describe('the bundled pack index', () => {
  it('lists every pack file in assets/packs, and the Node tools load the same files in the same order', () => {
    const files = readdirSync('assets/packs').filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(PACK_INDEX.map((e) => e.file).sort()).toEqual(files.sort());
    expect(Object.keys(BUNDLED_PACK_FILES)).toEqual(PACK_INDEX.map((e) => e.file));
  });

  for (const entry of PACK_INDEX)
    it(`${entry.file}: the index has its id, version and hash (a changed pack has a new version)`, () => {
      const pack = JSON.parse(readFileSync(`assets/packs/${entry.file}`, 'utf8')) as {
        id: string;
        version: string;
        cards: unknown[];
      };
      expect({ id: pack.id, version: pack.version, cards: pack.cards.length }, 'run npm run record:packs').toEqual({
        id: entry.id,
        version: entry.version,
        cards: entry.cards,
      });
      expect(sha256(entry.file), `${entry.file} changed: bump its version, then run npm run record:packs`).toBe(
        entry.sha256,
      );
    });
});
