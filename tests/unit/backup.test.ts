import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import type { Table } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../lib/background/backup';
import { createCard, editCard, revertCard } from '../../lib/background/card-edits';
import { BackstoryDB, DB_NAME, getRevision, SCHEMA_VERSION, searchKeys } from '../../lib/background/database';
import { installPacks } from '../../lib/background/install-packs';
import { exportData } from '../../lib/background/transfer';
import { bundledPack, bundledPacks } from '../../lib/node/bundled-packs';
import { PROFILE } from './profile-packs';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';

type Row = Record<string, unknown>;
interface BackupFile {
  formatName: string;
  formatVersion: number;
  data: {
    databaseName: string;
    databaseVersion: number;
    tables: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; inbound: boolean; rows: Row[] }[];
  };
}

const SCRATCH = `${DB_NAME}-restore-check`;
const SCHEMAS: Record<string, string> = {
  cards: 'id,packId,*search',
  packs: 'id',
  meta: 'key',
  exclusions: '[site+entity+alias],site',
};
const core = () => bundledPack('core');

// The restore refuses a backup of any database but `backstory`: the tests use that name, one at a time.
let db: BackstoryDB | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
  db = undefined;
});

async function profile(): Promise<BackstoryDB> {
  db = new BackstoryDB(DB_NAME);
  await installPacks(db, bundledPacks(PROFILE));
  await editCard(db, 'pkk', { summary: { en: 'My summary of the PKK.', ar: 'ملخصي.' } });
  await createCard(db, { ...structuredClone(core().cards[0]!), id: 'my-card', label: { en: 'My card', ar: 'بطاقتي' } });
  await db.exclusions.put({ site: 'example.com', entity: 'turkey', alias: 'turkey' });
  return db;
}

/** Every table, every row, every property (undefined ones too): what "as it was" means. */
const dump = async (d: BackstoryDB) =>
  Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)));

/** A backup in dexie-export-import's format, written here so that tests can tamper with it. */
function backupFile(version: number, tables: Record<string, Row[]>): BackupFile {
  const entries = Object.entries(structuredClone(tables));
  const tableList = entries.map(([name, rows]) => ({
    name,
    schema: version === 1 && name === 'cards' ? 'id,packId' : SCHEMAS[name]!,
    rowCount: rows.length,
  }));
  const data = entries.map(([tableName, rows]) => ({ tableName, inbound: true, rows }));
  return {
    formatName: 'dexie',
    formatVersion: 1,
    data: { databaseName: DB_NAME, databaseVersion: version, tables: tableList, data },
  };
}
const backupOf = async (d: BackstoryDB) =>
  backupFile(SCHEMA_VERSION, JSON.parse(JSON.stringify(await dump(d))) as Record<string, Row[]>);
const rowsOf = (file: BackupFile, table: string) => file.data.data.find((t) => t.tableName === table)!.rows;
const blob = (file: unknown) => new Blob([typeof file === 'string' ? file : JSON.stringify(file)]);
const errorsOf = (result: { ok: true } | { ok: false; errors: string[] }) => (result.ok ? [] : result.errors);
const fixture = (version: number) =>
  (JSON.parse(readFileSync(`tests/fixtures/db/v${version}.json`, 'utf8')) as { tables: Record<string, Row[]> }).tables;
/** Makes bulk writes to one table of one database throw, wherever the code under test gets the table from. */
function failWrites(database: string, table: string) {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(new BackstoryDB('never-opened').cards)) as Table;
  for (const method of ['bulkAdd', 'bulkPut'] as const) {
    const original = proto[method] as (...args: unknown[]) => unknown;
    vi.spyOn(proto, method).mockImplementation(function (this: Table, ...args: unknown[]) {
      if (this.db.name === database && this.name === table)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    } as never);
  }
}
const scratchLeft = async () => (await indexedDB.databases()).some((d) => d.name === SCRATCH);

describe('restore: all or nothing', () => {
  it('gives back every row of a backup it wrote, with no typed values in the file', async () => {
    const d = await profile();
    const before = await dump(d);
    const file = await backupDatabase(d);
    expect(await file.text()).not.toContain('$types');
    await editCard(d, 'turkey', { summary: { en: 'Changed after the backup.' } });
    await d.exclusions.clear();
    expect(await restoreDatabase(d, file)).toEqual({ ok: true });
    const after = await dump(d);
    expect(after.cards).toEqual(before.cards);
    expect(after.packs).toEqual(before.packs);
    expect(after.exclusions).toEqual(before.exclusions);
  });

  it('leaves every table as it was when the file names an unknown table', async () => {
    const d = await profile();
    const file = await backupOf(d);
    file.data.data.push({ tableName: 'secrets', inbound: true, rows: [{ id: 1 }] });
    file.data.tables.push({ name: 'secrets', schema: 'id', rowCount: 1 });
    const before = await dump(d);
    expect(errorsOf(await restoreDatabase(d, blob(file)))).toEqual(['data.data[4].tableName: unknown table "secrets"']);
    expect(await dump(d)).toStrictEqual(before);
  });

  it('leaves every table as it was when rows have a wrong or a repeated primary key', async () => {
    const d = await profile();
    const file = await backupOf(d);
    rowsOf(file, 'meta').push({ value: 1 });
    const first = rowsOf(file, 'cards')[0]! as { id: string };
    rowsOf(file, 'cards').push(structuredClone(first));
    const before = await dump(d);
    const errors = errorsOf(await restoreDatabase(d, blob(file))).join('\n');
    expect(errors).toMatch(/^meta\[1\]\.key: /m);
    expect(errors).toContain(`a second row with the key "${first.id}" (the first is cards[0])`);
    expect(errors).toMatch(/^cards\[\d+\]: a second row with the key /m);
    expect(await dump(d)).toStrictEqual(before);
    expect(await scratchLeft()).toBe(false);
  });

  it('leaves every table as it was when a write fails inside the transaction, and says so', async () => {
    const d = await profile();
    const file = await backupOf(d);
    const before = await dump(d);
    failWrites(DB_NAME, 'exclusions');
    expect(errorsOf(await restoreDatabase(d, blob(file)))).toEqual([
      '(database): nothing was restored: QuotaExceededError: The quota has been exceeded.',
    ]);
    vi.restoreAllMocks();
    expect(await dump(d)).toStrictEqual(before);
  });

  it('never throws: an unreadable or a huge file becomes an error, the huge one unread', async () => {
    const d = await profile();
    const unreadable = new Blob(['{}']);
    vi.spyOn(unreadable, 'text').mockRejectedValue(new DOMException('The file could not be read.', 'NotReadableError'));
    expect(await restoreDatabase(d, unreadable)).toEqual({
      ok: false,
      errors: ['(file): NotReadableError: The file could not be read.'],
    });
    // The size is checked before the file is read.
    const text = vi.fn(async () => '{}');
    const huge = { size: 101 * 1024 * 1024, type: '', text } as unknown as Blob;
    expect(await restoreDatabase(d, huge)).toEqual({
      ok: false,
      errors: ['(file): larger than 100 MB; Backstory restores backups up to that size'],
    });
    expect(text).not.toHaveBeenCalled();
  });
});

describe('restore: the revision only grows', () => {
  it('sets the revision past both the current one and the restored one', async () => {
    const d = await profile();
    const file = await backupOf(d);
    const saved = await getRevision(d);
    await editCard(d, 'turkey', { summary: { en: 'One.' } });
    await editCard(d, 'turkey', { summary: { en: 'Two.' } });
    expect(await getRevision(d)).toBe(saved + 2);
    expect(await restoreDatabase(d, blob(file))).toEqual({ ok: true });
    expect(await getRevision(d)).toBe(saved + 3);

    rowsOf(file, 'meta')[0]!.value = 500;
    expect(await restoreDatabase(d, blob(file))).toEqual({ ok: true });
    expect(await getRevision(d)).toBe(501);
  });
});

describe('restore: the file itself', () => {
  it('refuses a newer schema, another database, and a file that is not a backup', async () => {
    const d = await profile();
    const before = await dump(d);
    const newer = await backupOf(d);
    newer.data.databaseVersion = SCHEMA_VERSION + 1;
    expect(errorsOf(await restoreDatabase(d, blob(newer)))).toEqual([
      `data.databaseVersion: written by a newer Backstory (schema ${SCHEMA_VERSION + 1}); update Backstory first`,
    ]);
    const other = await backupOf(d);
    other.data.databaseName = 'someone-else';
    expect(errorsOf(await restoreDatabase(d, blob(other)))).toEqual([
      'data.databaseName: a backup of the database "someone-else", not of Backstory',
    ]);
    expect(errorsOf(await restoreDatabase(d, blob('nope')))[0]).toMatch(/^\(file\): not JSON/);
    expect(errorsOf(await restoreDatabase(d, blob([1, 2])))).toEqual(['(file): not a Backstory backup']);
    expect(errorsOf(await restoreDatabase(d, blob({ formatName: 'dexie', data: { data: [] } }))).join('\n')).toMatch(
      /^formatVersion: /m,
    );
    expect(await dump(d)).toStrictEqual(before);
  });

  it('refuses typed values ($types) wherever they are, naming where', async () => {
    const d = await profile();
    const file = await backupOf(d);
    Object.assign(rowsOf(file, 'packs')[0]!, { installedAt: 0, $types: { installedAt: 'date' } });
    const before = await dump(d);
    expect(errorsOf(await restoreDatabase(d, blob(file)))).toEqual([
      expect.stringMatching(/^\(file\): this backup holds typed values, .* import that file here\.$/),
      'data.data[1].rows[0].$types: typed values are not allowed in a backup',
    ]);
    const root = { ...(await backupOf(d)), $types: { data: 'imagebitmap' } };
    expect(errorsOf(await restoreDatabase(d, blob(root)))).toEqual([
      expect.stringMatching(/^\(file\): this backup holds typed values/),
      '$types: typed values are not allowed in a backup',
    ]);
    expect(await dump(d)).toStrictEqual(before);
  });

  it('refuses prototype keys', async () => {
    const d = await profile();
    const text = JSON.stringify(await backupOf(d)).replace(
      '"edits":{"summary"',
      '"edits":{"__proto__":{"x":1},"summary"',
    );
    const before = await dump(d);
    expect(errorsOf(await restoreDatabase(d, blob(text)))).toEqual([
      expect.stringMatching(/^data\.data\[0\]\.rows\[\d+\]\.edits\.__proto__: the key "__proto__" is not allowed$/),
    ]);
    expect(await dump(d)).toStrictEqual(before);
  });

  it('refuses deep nesting, and an 80 kB file of brackets in well under a second', async () => {
    const d = await profile();
    const deep = '['.repeat(40_000) + ']'.repeat(40_000);
    const start = performance.now();
    expect(errorsOf(await restoreDatabase(d, blob(deep)))).toEqual([
      expect.stringMatching(/^(\[0\])+: nested deeper than 32 levels$/),
    ]);
    expect(errorsOf(await restoreDatabase(d, blob('['.repeat(80_000))))).toEqual([
      expect.stringMatching(/^\(file\): not JSON/),
    ]);
    expect(performance.now() - start).toBeLessThan(1000);
    const before = await dump(d);
    const text = JSON.stringify(await backupOf(d)).replace('"related":[', `"related":[${deep},`);
    expect(errorsOf(await restoreDatabase(d, blob(text)))).toEqual([
      expect.stringMatching(
        /^data\.data\[0\]\.rows\[\d+\]\.(base|card)\.related\[0\](\[0\])+: nested deeper than 32 levels$/,
      ),
    ]);
    expect(await dump(d)).toStrictEqual(before);
  });
});

describe('restore: every row of every table', () => {
  it('names the table, row and field of every problem, and changes nothing', async () => {
    const d = await profile();
    const file = await backupOf(d);
    const cards = rowsOf(file, 'cards');
    const at = (id: string) => cards.findIndex((r) => r.id === id);
    const card = (id: string) => cards[at(id)]!.card as { facts: { asOf: string }[]; sources: { url: string }[] };
    card('s-400').facts[0]!.asOf = 'last year';
    card('turkey').sources[0]!.url = 'javascript:alert(1)';
    cards[at('pkk')]!.edits = { colour: 'red', summary: { en: '' } };
    cards[at('erdogan')]!.edits = { facts: [{ asOf: '2020', text: { en: 'x' }, sources: ['nowhere'] }] };
    cards[at('my-card')]!.base = cards[at('erdogan')]!.base;
    cards[at('ankara')]!.id = 'not-ankara';
    rowsOf(file, 'packs')[0]!.enabled = 'yes';
    rowsOf(file, 'meta').push({ key: 'evil', value: 1 });
    rowsOf(file, 'exclusions')[0]!.site = 'Not A Host!';
    const before = await dump(d);
    const errors = errorsOf(await restoreDatabase(d, blob(file)));
    expect(errors).toEqual(
      expect.arrayContaining([
        `cards[${at('s-400')}].card.facts[0].asOf: expected a date like 2019-07-12`,
        expect.stringMatching(new RegExp(`^cards\\[${at('turkey')}\\]\\.card\\.sources\\[0\\]\\.url: `)),
        expect.stringMatching(new RegExp(`^cards\\[${at('pkk')}\\]\\.edits\\.colour: `)),
        `cards[${at('pkk')}].edits.summary.en: must not be empty`,
        `cards[${at('erdogan')}].edits: every fact names a source listed in the card`,
        expect.stringMatching(new RegExp(`^cards\\[${at('my-card')}\\]\\.base: `)),
        `cards[${at('not-ankara')}].card.id: expected the row's id "not-ankara"`,
        expect.stringMatching(/^packs\[0\]\.enabled: /),
        expect.stringMatching(/^meta\[1\]\.key: /),
        'exclusions[0].site: expected a host name like example.com',
      ]),
    );
    expect(await dump(d)).toStrictEqual(before);
  });

  it('lists the first hundred problems of a file with more', async () => {
    const d = await profile();
    const file = await backupOf(d);
    rowsOf(file, 'exclusions').push(
      ...Array.from({ length: 150 }, () => ({ site: 'Not A Host!', entity: 'x', alias: 'x' })),
    );
    const errors = errorsOf(await restoreDatabase(d, blob(file)));
    expect(errors).toHaveLength(101);
    expect(errors[100]).toBe('(file): 50 more problems not listed');
  });
});

describe('restore: backups of earlier schema versions', () => {
  const oldBackup = (version: number) => backupFile(version, fixture(version));

  for (const version of [1, 2]) {
    it(`runs a version ${version} backup through the upgrade ladder`, async () => {
      const d = await profile();
      const revision = await getRevision(d);
      expect(await restoreDatabase(d, blob(oldBackup(version)))).toEqual({ ok: true });
      const rows = await d.cards.toArray();
      expect(rows.map((r) => r.id).sort()).toEqual(
        fixture(version)
          .cards!.map((r) => r.id as string)
          .sort(),
      );
      for (const old of fixture(version).cards!) {
        const row = rows.find((r) => r.id === old.id)!;
        expect(row.card).toEqual(old.card);
        expect(row.base).toEqual('base' in old ? old.base : old.card);
        expect(row.edits).toEqual(old.edits ?? {});
        expect(row.search).toEqual(searchKeys(row.card));
      }
      expect(await d.exclusions.count()).toBe(0);
      expect(await d.packs.toArray()).toEqual(fixture(version).packs);
      expect(await getRevision(d)).toBe(Math.max(revision, fixture(version).meta![0]!.value as number) + 1);
      // What threw after the old restore: exporting, and reverting a card.
      await expect(exportData(d, DEFAULT_SETTINGS)).resolves.toBeTruthy();
      await revertCard(d, 's-400');
      expect((await d.cards.get('s-400'))!.edits).toEqual({});
      expect(await scratchLeft()).toBe(false);
    });
  }

  it('refuses an old backup with a bad card, with its path', async () => {
    const d = await profile();
    const file = oldBackup(1);
    (rowsOf(file, 'cards')[1]!.card as { reviewed: string }).reviewed = 'soon';
    const before = await dump(d);
    expect(errorsOf(await restoreDatabase(d, blob(file)))).toEqual([
      'cards[1].card.reviewed: expected a date like 2019-07-12',
    ]);
    expect(await dump(d)).toStrictEqual(before);
    expect(await scratchLeft()).toBe(false);
  });

  it('deletes its scratch database when the upgrade fails', async () => {
    const d = await profile();
    const before = await dump(d);
    failWrites(SCRATCH, 'cards');
    expect(errorsOf(await restoreDatabase(d, blob(oldBackup(1))))).toEqual([
      '(upgrade): nothing was restored: QuotaExceededError: The quota has been exceeded.',
    ]);
    vi.restoreAllMocks();
    expect(await scratchLeft()).toBe(false);
    expect(await dump(d)).toStrictEqual(before);
  });

  it('deletes a scratch database left behind by an earlier failed restore, and leaves none', async () => {
    const d = await profile();
    const left = new BackstoryDB(SCRATCH);
    await left.cards.put({
      id: 'stale',
      packId: 'user',
      packVersion: '',
      base: null,
      edits: {},
      card: core().cards[0]!,
      search: [],
    });
    left.close();
    expect(await scratchLeft()).toBe(true);
    expect(await restoreDatabase(d, blob(oldBackup(1)))).toEqual({ ok: true });
    expect(await d.cards.get('stale')).toBeUndefined();
    expect(await scratchLeft()).toBe(false);
  });
});
