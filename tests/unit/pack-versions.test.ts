import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK_FILES } from '../../lib/core/knowledge/bundled-packs';

/**
 * An installed copy of a pack updates only when its version changes (install-packs.ts). This record
 * holds each bundled pack's version and the SHA-256 of its file: change a pack and the test fails
 * until its version is bumped and the record updated with it, so no change ships unseen.
 */
const RECORD = 'tests/fixtures/pack-versions.json';

describe('bundled pack versions', () => {
  const record = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, { version: string; sha256: string }>;
  for (const file of Object.keys(BUNDLED_PACK_FILES))
    it(`${file}: a changed pack has a new version`, () => {
      const text = readFileSync(`assets/packs/${file}`);
      const now = {
        version: (JSON.parse(text.toString('utf8')) as { version: string }).version,
        sha256: createHash('sha256').update(text).digest('hex'),
      };
      const was = record[file];
      if (was && was.sha256 !== now.sha256)
        expect(now.version, `${file} changed: bump its version, then update ${RECORD}`).not.toBe(was.version);
      expect(now, `update ${RECORD} with the new version and hash`).toEqual(was);
    });
});
