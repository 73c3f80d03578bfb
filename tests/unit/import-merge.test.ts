/**
 * Import meets the reader's newer data: own cards and edited fields that changed after the file was
 * exported stay the reader's (unless the reader takes the file's version), edits merge field by
 * field, the rows are read inside the write transaction, and settings and database go in as one.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCard, editCard, revertCard } from '../../lib/background/card-edits';
import { BackstoryDB } from '../../lib/background/database';
import { installPacks } from '../../lib/background/install-packs';
import { exportData, importData } from '../../lib/background/transfer';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';
import type { Card } from '../../lib/core/knowledge/pack-schema';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';

let n = 0;
const dbs: BackstoryDB[] = [];
async function profile() {
  const db = new BackstoryDB(`import-merge-${n++}`);
  dbs.push(db);
  await installPacks(db, [core()]);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});
const core = () => bundledPack('core');
const myCard = (label: string): Card => ({ ...structuredClone(core().cards[0]!), id: 'my-card', label: { en: label } });
const snapshot = async (db: BackstoryDB) =>
  JSON.stringify([await db.cards.toArray(), await db.exclusions.toArray(), await db.meta.toArray()]);

const PAST = new Date('2026-01-15T10:00:00.000Z');
/** A file exported after every local write of the test. */
const later = () => new Date(Date.now() + 1000);

/** Settings in a fake store that records every write. */
function settingsStore(initial: Settings = DEFAULT_SETTINGS, fail?: 'write') {
  const calls: Settings[] = [];
  let current = initial;
  return {
    calls,
    read: async () => current,
    write: async (s: Settings) => {
      if (fail === 'write') throw new Error('storage is full');
      calls.push(s);
      current = s;
    },
  };
}

/** A file from another profile: my-card labelled `label`, and `edits` to pkk, exported at `at`. */
async function fileFrom(at: Date, label: string, edits: Parameters<typeof editCard>[2]) {
  const other = await profile();
  await createCard(other, myCard(label));
  await editCard(other, 'pkk', edits);
  return JSON.stringify(await exportData(other, { ...DEFAULT_SETTINGS, density: 'first' }, at));
}

describe('import and the reader’s newer data', () => {
  it('keeps an own card the reader changed after the export, unless the reader takes the file’s version', async () => {
    const file = await fileFrom(PAST, 'From the file', { summary: { en: 'File summary.' } });
    const db = await profile();
    await createCard(db, myCard('Mine, newer'));

    const kept = await importData(db, file, settingsStore());
    expect(kept).toMatchObject({ ok: true, cards: 0, kept: 1 });
    expect((await db.cards.get('my-card'))?.card.label.en).toBe('Mine, newer');

    const taken = await importData(db, file, settingsStore(), { onConflict: 'take-file' });
    expect(taken).toMatchObject({ ok: true, cards: 1, kept: 0 });
    expect((await db.cards.get('my-card'))?.card.label.en).toBe('From the file');
  });

  it('takes an own card from a file exported after the reader’s last change', async () => {
    const db = await profile();
    await createCard(db, myCard('Mine, older'));
    const file = await fileFrom(later(), 'From the file', { summary: { en: 'File summary.' } });
    expect(await importData(db, file, settingsStore())).toMatchObject({ ok: true, cards: 1, kept: 0 });
    expect((await db.cards.get('my-card'))?.card.label.en).toBe('From the file');
  });

  it('merges edits field by field: fields only in the file are added, fields only edited locally stay', async () => {
    const file = await fileFrom(PAST, 'x', { summary: { en: 'File summary.' } });
    const db = await profile();
    await editCard(db, 'pkk', { description: { en: 'My description.' } });
    expect(await importData(db, file, settingsStore())).toMatchObject({ ok: true, edits: 1, kept: 0 });
    const row = await db.cards.get('pkk');
    expect(row?.edits).toEqual({ description: { en: 'My description.' }, summary: { en: 'File summary.' } });
    expect(row?.card.summary.en).toBe('File summary.');
    expect(row?.card.description?.en).toBe('My description.');
  });

  it('keeps a field the reader edited after the export; takes it from a later file or when asked to', async () => {
    const old = await fileFrom(PAST, 'x', { summary: { en: 'Old file summary.' } });
    const db = await profile();
    await editCard(db, 'pkk', { summary: { en: 'My summary.' } });
    expect(await importData(db, old, settingsStore())).toMatchObject({ ok: true, edits: 0, kept: 1 });
    expect((await db.cards.get('pkk'))?.card.summary.en).toBe('My summary.');

    const newer = await fileFrom(later(), 'x', { summary: { en: 'Newer file summary.' } });
    expect(await importData(db, newer, settingsStore())).toMatchObject({ ok: true, edits: 1, kept: 0 });
    expect((await db.cards.get('pkk'))?.card.summary.en).toBe('Newer file summary.');

    await editCard(db, 'pkk', { summary: { en: 'Mine again.' } });
    expect(await importData(db, old, settingsStore(), { onConflict: 'take-file' })).toMatchObject({
      ok: true,
      edits: 1,
      kept: 0,
    });
    expect((await db.cards.get('pkk'))?.card.summary.en).toBe('Old file summary.');
  });

  it('counts a row with no editedAt as the reader’s, even against a later file', async () => {
    const db = await profile();
    await editCard(db, 'pkk', { summary: { en: 'My summary, date unknown.' } });
    await db.cards.update('pkk', { editedAt: undefined });
    const file = await fileFrom(later(), 'x', { summary: { en: 'File summary.' } });
    expect(await importData(db, file, settingsStore())).toMatchObject({ ok: true, kept: 1 });
    expect((await db.cards.get('pkk'))?.card.summary.en).toBe('My summary, date unknown.');
  });

  it('stamps editedAt on every reader write and on import', async () => {
    const db = await profile();
    const stamped = async (id: string) => Date.parse((await db.cards.get(id))?.editedAt ?? '');
    const before = Date.now();
    await createCard(db, myCard('Mine'));
    expect(await stamped('my-card')).toBeGreaterThanOrEqual(before);
    await editCard(db, 'pkk', { summary: { en: 'Mine.' } });
    expect(await stamped('pkk')).toBeGreaterThanOrEqual(before);
    await db.cards.update('pkk', { editedAt: undefined });
    await revertCard(db, 'pkk');
    expect(await stamped('pkk')).toBeGreaterThanOrEqual(before);
    // An imported row is as new as the file it came from.
    const fresh = await profile();
    await importData(fresh, await fileFrom(PAST, 'x', { summary: { en: 'File.' } }), settingsStore());
    expect((await fresh.cards.get('my-card'))?.editedAt).toBe(PAST.toISOString());
    expect((await fresh.cards.get('pkk'))?.editedAt).toBe(PAST.toISOString());
  });

  it('reads the rows inside its write transaction: a write that lands after the first look is not lost', async () => {
    const file = await fileFrom(later(), 'x', { label: { en: 'File label' } });
    const db = await profile();
    const bulkGet = db.cards.bulkGet.bind(db.cards);
    let first = true;
    vi.spyOn(db.cards, 'bulkGet').mockImplementation((keys) =>
      bulkGet(keys).then(async (rows) => {
        if (first) {
          first = false;
          // Another tab edits pkk between the first look and the write.
          await editCard(db, 'pkk', { description: { en: 'Written meanwhile.' } });
        }
        return rows;
      }),
    );
    expect(await importData(db, file, settingsStore())).toMatchObject({ ok: true });
    expect((await db.cards.get('pkk'))?.edits).toEqual({
      description: { en: 'Written meanwhile.' },
      label: { en: 'File label' },
    });
  });
});

describe('import of settings and data as one unit', () => {
  it('refuses, and puts the settings back, when the rows read in the transaction no longer take the file', async () => {
    const file = await fileFrom(PAST, 'x', { summary: { en: 'File summary.' } });
    const db = await profile();
    const store = settingsStore();
    const bulkGet = db.cards.bulkGet.bind(db.cards);
    let first = true;
    vi.spyOn(db.cards, 'bulkGet').mockImplementation((keys) =>
      bulkGet(keys).then(async (rows) => {
        if (first) {
          first = false;
          await db.cards.delete('pkk'); // gone before the write: its pack went meanwhile
        }
        return rows;
      }),
    );
    expect(await importData(db, file, store)).toEqual({
      ok: false,
      errors: ['backstory.edits.pkk: no card "pkk" from an installed pack'],
    });
    expect(store.calls).toEqual([{ ...DEFAULT_SETTINGS, density: 'first' }, DEFAULT_SETTINGS]);
    expect(await db.cards.get('my-card')).toBeUndefined();
  });

  it('writes nothing to the database when the settings cannot be written', async () => {
    const file = await fileFrom(PAST, 'x', { summary: { en: 'File summary.' } });
    const db = await profile();
    const before = await snapshot(db);
    const store = settingsStore(DEFAULT_SETTINGS, 'write');
    const result = await importData(db, file, store);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      '(settings): could not be written: storage is full; nothing was imported',
    ]);
    expect(await snapshot(db)).toBe(before);
  });

  it('puts the old settings back when the database transaction fails', async () => {
    const file = await fileFrom(PAST, 'x', { summary: { en: 'File summary.' } });
    const db = await profile();
    const before = await snapshot(db);
    const old: Settings = { ...DEFAULT_SETTINGS, fontSize: 18 };
    const store = settingsStore(old);
    vi.spyOn(db.exclusions, 'bulkPut').mockRejectedValue(new Error('disk full'));
    const result = await importData(db, file, store);
    expect(result.ok ? [] : result.errors).toEqual([
      '(database): could not be written: disk full; nothing was imported',
    ]);
    expect(store.calls).toEqual([{ ...DEFAULT_SETTINGS, density: 'first' }, old]);
    expect(await store.read()).toEqual(old);
    expect(await snapshot(db)).toBe(before);
  });
});
