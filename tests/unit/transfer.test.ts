import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCard, editCard } from '../../lib/background/card-edits';
import { BackstoryDB } from '../../lib/background/database';
import { installPacks } from '../../lib/background/install-packs';
import { exportData, importData } from '../../lib/background/transfer';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';
import { PROFILE } from './profile-packs';
import { MAX_IMPORT_BYTES } from '../../lib/core/transfer-schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';

let n = 0;
const dbs: BackstoryDB[] = [];
async function profile() {
  const db = new BackstoryDB(`transfer-${n++}`);
  dbs.push(db);
  await installPacks(db, bundledPacks(PROFILE));
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const snapshot = async (db: BackstoryDB) => ({
  cards: await db.cards.toArray(),
  exclusions: await db.exclusions.toArray(),
  meta: await db.meta.toArray(),
});
const core = () => bundledPack('core');
const noSettings = { read: async () => DEFAULT_SETTINGS, write: async () => undefined };

async function readerData(db: BackstoryDB) {
  await editCard(db, 'pkk', { summary: { en: 'My summary of the PKK.', ar: 'ملخصي.' } });
  await createCard(db, { ...structuredClone(core().cards[0]!), id: 'my-card', label: { en: 'My card', ar: 'بطاقتي' } });
  await db.exclusions.put({ site: 'example.com', entity: 'turkey', alias: 'turkey' });
}

describe('export and import', () => {
  it('gives back the same data in a fresh profile', async () => {
    const a = await profile();
    await readerData(a);
    const settings: Settings = { ...DEFAULT_SETTINGS, density: 'first', disabledSites: ['example.org'] };
    const file = JSON.stringify(await exportData(a, settings));

    const b = await profile();
    let written: Settings | undefined;
    const result = await importData(b, file, { read: async () => DEFAULT_SETTINGS, write: async (s) => (written = s) });
    expect(result).toEqual({ ok: true, cards: 1, edits: 1, exclusions: 1, kept: 0 });
    expect(written).toEqual(settings);
    const strip = (rows: Awaited<ReturnType<typeof snapshot>>['cards']) =>
      rows.map(({ id, packId, card, edits }) => ({ id, packId, card, edits }));
    expect(strip((await snapshot(b)).cards)).toEqual(strip((await snapshot(a)).cards));
    expect(await b.exclusions.toArray()).toEqual(await a.exclusions.toArray());
  });

  it('refuses a broken file with every error and its path, and leaves the database exactly as it was', async () => {
    const db = await profile();
    await readerData(db);
    const file = await exportData(db, DEFAULT_SETTINGS);
    const bad = structuredClone(file) as unknown as {
      cards: Record<string, unknown>[];
      backstory: Record<string, unknown>;
    };
    (bad.cards[0]!.facts as { asOf: string }[])[0]!.asOf = 'last year';
    bad.cards.push({ ...bad.cards[0], id: 'pkk' });
    (bad.backstory.settings as Record<string, unknown>).density = 'loud';
    (bad.backstory.exclusions as Record<string, unknown>[]).push({ site: 'Not A Host!', entity: 'x', alias: 'x' });
    const before = await snapshot(db);
    const result = await importData(db, JSON.stringify(bad), {
      read: async () => DEFAULT_SETTINGS,
      write: async () => {
        throw new Error('settings must not be written');
      },
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? '' : result.errors.join('\n');
    expect(errors).toMatch(/cards\[0\]\.facts\[0\]\.asOf: expected a date like 2019-07-12/);
    expect(errors).toMatch(/backstory\.settings\.density/);
    expect(errors).toMatch(/backstory\.exclusions\[1\]\.site: expected a host name/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses edits to cards it does not have and user cards that take a pack card’s id', async () => {
    const db = await profile();
    const file = await exportData(db, DEFAULT_SETTINGS);
    file.backstory.edits['no-such-card'] = { summary: { en: 'x' } };
    file.cards.push({ ...structuredClone(core().cards[0]!), id: 'pkk' });
    const result = await importData(db, JSON.stringify(file), noSettings);
    expect(result.ok ? [] : result.errors).toEqual([
      'cards[0].id: "pkk" is a card of the pack core; changes to it belong in backstory.edits',
      'backstory.edits.no-such-card: no card "no-such-card" from an installed pack',
    ]);
  });

  it('refuses a file over the size limit, and one that is not JSON, with a clear message', async () => {
    const db = await profile();
    const big = await importData(db, ' '.repeat(MAX_IMPORT_BYTES + 1), noSettings);
    expect(big).toEqual({ ok: false, errors: ['(file): larger than 5 MB; Backstory imports files up to that size'] });
    const junk = await importData(db, '{"format":', noSettings);
    expect(junk.ok ? '' : junk.errors[0]).toMatch(/^\(file\): not JSON/);
  });
});
