/**
 * Bundled packs installed as one release: cards that move between packs, and a damaged database
 * healed by `verify`.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editCard, revertCard } from '../../lib/background/card-edits';
import { BackstoryDB, getRevision } from '../../lib/background/database';
import { installBundled, installChunked, installPacks, setPackEnabled } from '../../lib/background/install-packs';
import { applyEdits, type CardRow } from '../../lib/core/knowledge/pack-merge';
import { planPacks } from '../../lib/core/knowledge/packs-plan';
import { bundledPack, bundledPackSources, bundledPacks } from '../../lib/node/bundled-packs';
import { PROFILE } from './profile-packs';
import type { Card, Pack, PackSource } from '../../lib/core/knowledge/pack-schema';

let n = 0;
const open: BackstoryDB[] = [];
const fresh = () => {
  const db = new BackstoryDB(`pack-install-${n++}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const core = (): Pack => bundledPack('core');
const card = (id: string): Card => structuredClone(core().cards.find((c) => c.id === id)!);
const pack = (id: string, version: string, cards: Card[]): Pack => ({ ...core(), id, name: id, version, cards });
/** A pack as the background sees it: `load` counts how often the pack is read. */
const source = (p: Pack): PackSource & { load: ReturnType<typeof vi.fn<() => Pack>> } => ({
  id: p.id,
  version: p.version,
  load: vi.fn(() => structuredClone(p)),
});
/** Rows may carry fields other helpers add (an `editedAt`); the table is read untyped to see them. */
const raw = (db: BackstoryDB, id: string) => db.table<Record<string, unknown>, string>('cards').get(id);

// s-400 moves edited, pkk moves unedited; beta ships both with its own text.
const alpha1 = () => pack('alpha', '1', [card('s-400'), card('pkk'), card('ypg')]);
const beta1 = () => pack('beta', '1', [card('erdogan')]);
const betaS400 = (): Card => ({ ...card('s-400'), summary: { en: 'Beta’s words on the S-400.' } });
const betaPkk = (): Card => ({ ...card('pkk'), label: { en: 'PKK (beta)' } });
const alpha2 = () => pack('alpha', '2', [card('ypg')]);
const beta2 = () => pack('beta', '2', [card('erdogan'), betaS400(), betaPkk()]);
const myLabel = { en: 'S-400 (my label)' };

describe('a card that moves from one bundled pack to another', () => {
  for (const order of ['alpha first', 'beta first'] as const) {
    it(`keeps it once, owned by the new pack, with the reader’s edits and a working revert (${order})`, async () => {
      const db = fresh();
      await installPacks(db, [alpha1(), beta1()]);
      expect(await editCard(db, 's-400', { label: myLabel })).toMatchObject({ ok: true });
      await db.table('cards').update('s-400', { editedAt: '2026-01-02T03:04:05.000Z' });
      const revision = await getRevision(db);

      const next = order === 'alpha first' ? [alpha2(), beta2()] : [beta2(), alpha2()];
      const result = await installPacks(db, next);
      expect(result.installed.sort()).toEqual(['alpha', 'beta']);
      expect(await getRevision(db)).toBe(revision + 1); // one release, one revision

      const s400 = (await db.cards.get('s-400'))!;
      expect(s400).toMatchObject({ packId: 'beta', packVersion: '2', base: betaS400(), edits: { label: myLabel } });
      expect(s400.card).toEqual(applyEdits(betaS400(), { label: myLabel }));
      expect((await raw(db, 's-400'))?.editedAt).toBe('2026-01-02T03:04:05.000Z'); // unknown fields ride along
      const pkk = (await db.cards.get('pkk'))!;
      expect(pkk).toMatchObject({ packId: 'beta', base: betaPkk(), card: betaPkk(), edits: {} });
      expect(await db.cards.where('packId').equals('alpha').primaryKeys()).toEqual(['ypg']);
      expect(await db.cards.count()).toBe(4);

      await revertCard(db, 's-400');
      expect((await db.cards.get('s-400'))!.card).toEqual(betaS400());
    });
  }

  it('is handed to a pack already at its version that ships it too, not turned into the reader’s own', async () => {
    const db = fresh();
    const beta = pack('beta', '1', [card('erdogan'), betaS400()]);
    await installPacks(db, [alpha1(), beta]); // both ship s-400: alpha, first, owns it
    expect((await db.cards.get('s-400'))?.packId).toBe('alpha');
    await editCard(db, 's-400', { label: myLabel });

    const betaSource = source(beta);
    await installPacks(db, [alpha2(), betaSource]);
    expect(await db.cards.get('s-400')).toMatchObject({ packId: 'beta', base: betaS400(), edits: { label: myLabel } });
    expect(betaSource.load).toHaveBeenCalledTimes(1);
    expect((await db.packs.get('beta'))?.version).toBe('1');
  });

  it('reads packs as the extension does — a slow file read — outside the write transaction, also a pack at its version that a drop needs', async () => {
    // An await that is not the database's inside an IndexedDB transaction ends it: this fails if a read happens there.
    const slow = (p: Pack): PackSource => ({
      id: p.id,
      version: p.version,
      load: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return structuredClone(p);
      },
    });
    const db = fresh();
    const beta = pack('beta', '1', [card('erdogan'), betaS400()]);
    expect((await installPacks(db, [slow(alpha1()), slow(beta)])).installed).toEqual(['alpha', 'beta']);
    expect(await installPacks(db, [slow(alpha2()), slow(beta)])).toEqual({ installed: ['alpha', 'beta'] });
    expect((await db.cards.get('s-400'))?.packId).toBe('beta');
  });

  it('becomes the reader’s own card only when no bundled pack ships it, keeping its extra fields', async () => {
    const db = fresh();
    await installPacks(db, [alpha1(), beta1()]);
    await editCard(db, 's-400', { label: myLabel });
    await db.table('cards').update('s-400', { editedAt: '2026-01-02T03:04:05.000Z' });
    await installPacks(db, [alpha2(), source(beta1())]);
    expect(await db.cards.get('s-400')).toMatchObject({
      packId: 'user',
      base: null,
      edits: {},
      card: { label: myLabel },
    });
    expect((await raw(db, 's-400'))?.editedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(await db.cards.get('pkk')).toBeUndefined();
  });

  it('reads no pack at its version when the update drops nothing', async () => {
    const db = fresh();
    await installPacks(db, [alpha1(), beta1()]);
    const betaSource = source(beta1());
    expect(await installPacks(db, [pack('alpha', '3', [card('s-400'), card('pkk'), card('ypg')]), betaSource])).toEqual(
      { installed: ['alpha'] },
    );
    expect(betaSource.load).not.toHaveBeenCalled();
  });
});

describe('planPacks, pure', () => {
  const row = (packId: string, c: Card, extra: Partial<CardRow> = {}): CardRow => ({
    id: c.id,
    packId,
    packVersion: '1',
    base: c,
    edits: {},
    card: c,
    ...extra,
  });
  const before = () => [
    row('alpha', card('s-400'), { edits: { label: myLabel }, card: applyEdits(card('s-400'), { label: myLabel }) }),
    row('alpha', card('pkk')),
    row('alpha', card('ypg')),
  ];

  it('gives a moved card the same owner and the same row whatever the order of the packs', () => {
    const ab = planPacks([alpha2(), beta2()], before());
    const ba = planPacks([beta2(), alpha2()], before());
    const byId = (rows: CardRow[]) => Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId(ab.put)).toEqual(byId(ba.put));
    expect(byId(ab.put)['s-400']).toMatchObject({
      packId: 'beta',
      packVersion: '2',
      base: betaS400(),
      edits: { label: myLabel },
    });
    expect(ab.remove).toEqual([]);
    expect(ab.dropped).toEqual([]);
    expect([...ab.touched].sort()).toEqual(['alpha', 'beta']);
  });

  it('leaves the reader’s own card and a row of a pack it does not know alone, and rewrites no unchanged row', () => {
    const rows = [row('user', card('s-400'), { base: null }), row('gamma', card('pkk')), row('alpha', card('ypg'))];
    const plan = planPacks([pack('alpha', '1', [card('s-400'), card('pkk'), card('ypg')])], rows);
    expect(plan).toEqual({ put: [], remove: [], touched: new Set(), dropped: [] });
  });
});

describe('verify: a damaged packs table heals', () => {
  const install = async () => {
    const db = fresh();
    await installPacks(db, bundledPackSources(PROFILE));
    expect(await editCard(db, 's-400', { summary: { en: 'My words.' } })).toMatchObject({ ok: true });
    await setPackEnabled(db, 'core', false);
    return db;
  };

  it('reinstalls a pack whose cards are gone though its version is right, keeping edits and the switch', async () => {
    const db = await install();
    await db.cards
      .where('packId')
      .equals('core')
      .and((row) => row.id !== 's-400')
      .delete();
    expect(await installPacks(db, bundledPackSources(PROFILE))).toEqual({ installed: [] }); // the normal start trusts the version
    const revision = await getRevision(db);

    expect(await installPacks(db, bundledPackSources(PROFILE), { verify: true })).toEqual({ installed: ['core'] });
    expect(await db.cards.where('packId').equals('core').count()).toBe(core().cards.length);
    expect((await db.cards.get('s-400'))?.card.summary).toEqual({ en: 'My words.' });
    expect((await db.packs.get('core'))?.enabled).toBe(false);
    expect(await getRevision(db)).toBe(revision + 1);
  });

  it('reinstalls a pack whose base was altered, keeping the reader’s edits over the shipped card', async () => {
    const db = await install();
    const row = (await db.cards.get('s-400'))!;
    await db.cards.update('s-400', { base: { ...row.base!, label: { en: 'Tampered' } } });
    await db.cards.update('pkk', { base: { ...card('pkk'), kind: 'person' } });

    expect(await installPacks(db, bundledPackSources(PROFILE), { verify: true })).toEqual({ installed: ['core'] });
    expect(await db.cards.get('s-400')).toMatchObject({
      base: card('s-400'),
      card: applyEdits(card('s-400'), { summary: { en: 'My words.' } }),
    });
    expect(await db.cards.get('pkk')).toMatchObject({ base: card('pkk'), card: card('pkk') });
  });

  it('reinstalls a pack whose row in the packs table is missing, at the normal start', async () => {
    const db = await install();
    await db.packs.delete('core');
    await db.cards.where('packId').equals('core').delete();
    expect(await installPacks(db, bundledPackSources(PROFILE))).toEqual({ installed: ['core'] });
    expect(await db.cards.where('packId').equals('core').count()).toBe(core().cards.length);
  });

  it('changes nothing in a healthy database; only verify reads every pack', async () => {
    const db = await install();
    const before = { cards: await db.cards.toArray(), packs: await db.packs.toArray(), meta: await db.meta.toArray() };
    const plain = bundledPackSources(PROFILE).map((s) => ({ ...s, load: vi.fn(s.load) }));
    expect(await installPacks(db, plain)).toEqual({ installed: [] });
    for (const s of plain) expect(s.load).not.toHaveBeenCalled();
    const checked = bundledPackSources(PROFILE).map((s) => ({ ...s, load: vi.fn(s.load) }));
    expect(await installPacks(db, checked, { verify: true })).toEqual({ installed: [] });
    for (const s of checked) expect(s.load).toHaveBeenCalledTimes(1);
    expect({ cards: await db.cards.toArray(), packs: await db.packs.toArray(), meta: await db.meta.toArray() }).toEqual(
      before,
    );
  });
});

describe('an update the reader’s edits do not fit', () => {
  it('leaves the edited card as it was rather than store it broken, and updates the rest', async () => {
    const db = fresh();
    const v1 = pack('alpha', '1', [card('s-400'), card('ypg')]);
    await installPacks(db, [v1]);
    const s400 = card('s-400');
    const cited = s400.sources[0]!.id;
    // The reader's own fact cites the pack's first source…
    const facts = [...s400.facts, { asOf: '2026-01-01', text: { en: 'My note.' }, sources: [cited] }];
    expect(await editCard(db, 's-400', { facts })).toMatchObject({ ok: true });
    // …which the next version renames (and cites nowhere).
    const renamed = {
      ...s400,
      sources: s400.sources.map((s) => (s.id === cited ? { ...s, id: `${cited}-new` } : s)),
      facts: s400.facts.map((f) => ({ ...f, sources: f.sources.map((id) => (id === cited ? `${cited}-new` : id)) })),
    };
    const ypg2 = { ...card('ypg'), summary: { en: 'The YPG, version 2.' } };
    await installPacks(db, [pack('alpha', '2', [renamed, ypg2])]);
    const kept = (await db.cards.get('s-400'))!;
    expect(kept.card.facts.at(-1)!.text.en).toBe('My note.');
    expect(kept.packVersion).toBe('1');
    expect((await db.cards.get('ypg'))!.card.summary.en).toBe('The YPG, version 2.');
  });
});

describe('a restore', () => {
  it('leaves every pack to be checked at the next start if the check could not run at once', async () => {
    const db = fresh();
    await installPacks(db, bundledPackSources(PROFILE));
    // As a restore leaves it: the core pack's cards gone, its row at its version, the check asked for.
    await db.cards.where('packId').equals('core').delete();
    await db.meta.put({ key: 'packs-unverified', value: true });
    await installPacks(db, bundledPackSources(PROFILE)); // a normal start, no verify asked by anyone
    expect(await db.cards.where('packId').equals('core').count()).toBe(core().cards.length);
    expect(await db.meta.get('packs-unverified')).toBeUndefined();
  });
});

describe('a large pack, installed in slices', () => {
  // Many cards made from one, in slices of 50 (2,000 in the extension; fake-indexeddb is slow).
  const ypg = card('ypg');
  const many = (version: string, count: number, changed = -1): Pack =>
    pack(
      'large',
      version,
      Array.from({ length: count }, (_, i) => ({
        ...ypg,
        id: `large-${i}`,
        sameAs: undefined,
        summary: { en: i === changed ? 'Changed in this version.' : `Card ${i}.` },
      })),
    );

  it('waits for no one: the small packs are in first, the large one follows, counted, with one new revision', async () => {
    const db = fresh();
    const progress = { done: 0, total: 0 };
    const seen: number[] = [];
    const { ready, done } = installBundled(db, [core(), many('1', 230)], progress, { chunkedAbove: 100, chunk: 50 });
    await ready;
    expect(await db.packs.get('core')).toBeDefined();
    expect(await db.packs.get('large')).toBeUndefined();
    expect(progress.total).toBe(230);
    const before = await getRevision(db);
    const timer = setInterval(() => seen.push(progress.done), 1);
    await done;
    clearInterval(timer);
    expect(await db.cards.where('packId').equals('large').count()).toBe(230);
    expect((await db.packs.get('large'))?.version).toBe('1');
    expect(await getRevision(db)).toBe(before + 1);
    expect(progress).toEqual({ done: 0, total: 0 });
    expect(seen.some((d) => d > 0 && d < 230)).toBe(true);
  });

  it('rewrites only the cards an update changes, and drops the ones it no longer ships', async () => {
    const db = fresh();
    await installChunked(db, many('1', 210), { chunk: 50 });
    const put = vi.spyOn(db.cards, 'bulkPut');
    await installChunked(db, many('2', 200, 7), { chunk: 50 });
    expect(put.mock.calls.flatMap(([rows]) => rows.map((r) => r.id))).toEqual(['large-7']);
    expect(await db.cards.where('packId').equals('large').count()).toBe(200);
    expect((await db.packs.get('large'))?.version).toBe('2');
  });
});

describe('where a pack comes from', () => {
  it('is kept with its row, and a row written before that is completed once, its cards and choice untouched', async () => {
    const db = fresh();
    const alpha = alpha1();
    await installPacks(db, [alpha]);
    expect(await db.packs.get('alpha')).toMatchObject({
      author: alpha.author,
      licence: alpha.licence,
      reviewed: alpha.reviewed,
    });
    // A row as an earlier release wrote it, the pack switched off by the reader.
    await setPackEnabled(db, 'alpha', false);
    await db.packs.update('alpha', { author: undefined, licence: undefined, reviewed: undefined });
    const cardsBefore = await db.cards.toArray();
    const again = source(alpha);
    expect((await installPacks(db, [again])).installed).toEqual(['alpha']);
    expect(await db.packs.get('alpha')).toMatchObject({ enabled: false, chosen: true, reviewed: alpha.reviewed });
    expect(await db.cards.toArray()).toEqual(cardsBefore);
    // Complete now: the next start reads nothing.
    const third = source(alpha);
    expect((await installPacks(db, [third])).installed).toEqual([]);
    expect(third.load).not.toHaveBeenCalled();
  });
});
