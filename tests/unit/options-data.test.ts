/** What the options page reads of the packs: each one's cards by kind, counted again only when the data moved on. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editCard } from '../../lib/background/card-edits';
import { BackstoryDB } from '../../lib/background/database';
import { installPacks } from '../../lib/background/install-packs';
import { optionsData } from '../../lib/background/options-data';
import type { Card, Pack } from '../../lib/core/knowledge/pack-schema';
import type { PackSummary } from '../../lib/core/write-results';
import { bundledPack } from '../../lib/node/bundled-packs';

let n = 0;
const open: BackstoryDB[] = [];
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  for (const db of open.splice(0)) await db.delete();
});

const core = (): Pack => bundledPack('core');
const card = (id: string): Card => structuredClone(core().cards.find((c) => c.id === id)!);
const pack = (id: string, cards: Card[]): Pack => ({ ...core(), id, name: id, version: '1', cards });

/** Watches the packs as the page does: the wait it returns ends with the first telling that passes `ok`. */
function watch(db: BackstoryDB) {
  let last: PackSummary[] | undefined;
  stops.push(optionsData(db, async () => undefined, 0).watchPacks((packs) => (last = packs)));
  return (ok: (packs: PackSummary[]) => boolean) =>
    vi.waitFor(() => {
      expect(last && ok(last), JSON.stringify(last)).toBe(true);
      return last!;
    });
}
const kindsOf = (packs: PackSummary[], id: string) => packs.find((p) => p.id === id)?.kinds;

describe('optionsData: the packs', () => {
  it("counts each pack's cards by kind, follows an edited kind, and reads every card again only when the revision moves", async () => {
    const db = new BackstoryDB(`options-data-${n++}`);
    open.push(db);
    await installPacks(db, [pack('alpha', [card('s-400'), card('pkk'), card('ypg')]), pack('beta', [card('erdogan')])]);
    const scans = vi.spyOn(db.cards, 'orderBy');
    const reads = vi.spyOn(db.packs, 'toArray');
    const until = watch(db);

    // Shown at once, then again with the counts.
    const packs = await until((p) => p.length === 2 && kindsOf(p, 'beta')?.person === 1);
    expect(kindsOf(packs, 'alpha')).toEqual({ 'weapon-system': 1, 'armed-group': 2 });
    expect(kindsOf(packs, 'beta')).toEqual({ person: 1 });
    expect(packs.find((p) => p.id === 'alpha')?.cards).toBe(3);
    const scanned = scans.mock.calls.length;
    expect(scanned).toBeGreaterThan(0);

    // A write that moves no revision (as a slice of a large pack's install): the packs are read again, the cards not.
    const before = reads.mock.calls.length;
    await db.cards.put({ ...(await db.cards.get('pkk'))!, id: 'pkk-2' });
    await until((p) => p.find((x) => x.id === 'alpha')?.cards === 4);
    expect(reads.mock.calls.length).toBeGreaterThan(before);
    await new Promise((done) => setTimeout(done, 50));
    expect(scans.mock.calls.length).toBe(scanned);

    // The reader's edit moves the revision: counted again, as the reader left the card.
    expect(await editCard(db, 'ypg', { kind: 'organisation' })).toMatchObject({ ok: true });
    const edited = await until((p) => kindsOf(p, 'alpha')?.organisation === 1);
    // The copy put in above is counted now too.
    expect(kindsOf(edited, 'alpha')).toEqual({ 'weapon-system': 1, 'armed-group': 2, organisation: 1 });
    expect(scans.mock.calls.length).toBeGreaterThan(scanned);
  });
});
