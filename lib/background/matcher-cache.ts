/**
 * The background's reading view of the enabled cards, one per data revision: one card per thing
 * (cards of several packs that share a sameAs key merged, identity.ts), the matcher over them, and
 * each entity's kind. Tabs send their text here and get mentions back, so the matcher exists once,
 * in the background, however many tabs are open.
 *
 * A service worker can be stopped at any time. The view is stored (view-store.ts) once built, so a
 * woken worker loads it instead of reading every card and building again.
 */
import { PACK_INDEX } from '../core/knowledge/pack-index';
import { mergeIdentities, type Identities } from '../core/knowledge/identity';
import { USER_PACK } from '../core/knowledge/pack-merge';
import { matcherAliases } from '../core/knowledge/pack-matcher';
import { runInSlices } from './run-in-slices';
import { KINDS } from '../core/knowledge/pack-schema';
import { ReplyEntities } from '../core/mentions/reply-entities';
import type { FoundResponse } from '../core/protocol';
import { addShortcuts, type Trie } from '../core/text/trie';
import { eachMention, loadMatcher, matcherSteps, storeMatcher, type Matcher } from '../core/text/matcher';
import { entityIndex } from '../core/text/after-name';
import { isoDay } from '../core/base/dates';
import { officeTerms, type OfficeTerms } from '../core/titles/office-terms';
import { resolveTitles, type TitleMention } from '../core/titles/title-resolve';
import { getRevision, type BackstoryDB } from './database';
import { enabledContent } from './install-packs';
import type { SavedView, ViewStore } from './view-store';
import { MatchingParts, markRequestStep, markStartStep } from './probes';

/**
 * Which card speaks for a thing: the reader's own, then the bundled packs in the order they win
 * overlaps (the hand-written story, the world's who's who, the generated countries), then any other pack.
 */
const RANKS = new Map([[USER_PACK, 0], ...PACK_INDEX.map((s, i) => [s.id, 1 + i] as const)]);
const rankOf = (packId: string) => RANKS.get(packId) ?? 1000;

export interface ReadingView extends Omit<Identities, 'cards'> {
  revision: number;
  matcher: Matcher;
  /** Index into KINDS of each of the matcher's entities. */
  kinds: Uint8Array;
  /** Each office's tenures: a title found in the text resolves to its holder on the article's day. */
  offices: OfficeTerms;
}

export const KIND_INDEX = new Map<string, number>(KINDS.map((k, i) => [k, i]));
const OFFICE = KIND_INDEX.get('office')!;
const PERSON = KIND_INDEX.get('person')!;

export type Content = Pick<Awaited<ReturnType<typeof enabledContent>>, 'packs' | 'rows'>;

/**
 * One card per thing, in the order of the packs' ranks (the rows come in id order): where two cards
 * share a name, the matcher keeps the first, so the reader's own card wins, then the bundled packs in
 * their order, then any other pack — not whichever id sorts first.
 */
export function rankedIdentities(rows: Content['rows']): Identities {
  const ranked = rows.map((r) => ({ card: r.card, rank: rankOf(r.packId) })).sort((a, b) => a.rank - b.rank);
  return mergeIdentities(ranked);
}

async function buildView({ packs, rows }: Content, revision: number): Promise<ReadingView> {
  const { cards, redirect, members } = rankedIdentities(rows);
  // In slices: a build over hundreds of thousands of names takes seconds, and requests (cards, the
  // text of pages answered from the view before) are answered between the slices.
  const matcher = await runInSlices(
    matcherSteps(
      matcherAliases(
        cards,
        packs.map((p) => p.stopPhrases),
      ),
    ),
  );
  const kindOf = new Map(cards.map((c) => [c.id, KIND_INDEX.get(c.kind) ?? 0]));
  const kinds = Uint8Array.from({ length: matcher.entities.length }, (_, e) => kindOf.get(matcher.entities.at(e)) ?? 0);
  return { revision, matcher, kinds, redirect, members, offices: officeTerms(cards, redirect) };
}

/**
 * A pack with more cards than this is left out of the quick view. A woken worker reads its stored
 * view before it can answer, and in Chromium that costs about 5 ms a megabyte read and as much again
 * loading it (bench:browser's cold steps): with 200,000 names, 10 MB and over 100 ms. So where some
 * pack is this large, a second, quick view of the other packs (and the reader's own cards) is stored
 * beside the full one; a woken worker answers its first request from it and loads the full view
 * after, and tabs read with the quick one are told to read again then.
 */
const QUICK_PACK_MOST = 20_000;

/** The rows of the quick view, or undefined when no pack is large enough to be left out. */
function quickContent({ packs, rows }: Content, packMost: number): Content | undefined {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.packId, (counts.get(r.packId) ?? 0) + 1);
  const large = new Set([...counts].filter(([id, n]) => id !== USER_PACK && n > packMost).map(([id]) => id));
  return large.size ? { packs, rows: rows.filter((r) => !large.has(r.packId)) } : undefined;
}

const savedView = (view: ReadingView): SavedView => ({
  revision: view.revision,
  matcher: storeMatcher(view.matcher),
  kinds: view.kinds,
  redirect: [...view.redirect],
  members: [...view.members],
  offices: [...view.offices],
});

/** A stored view as the cache uses it; without the walk's shortcuts (see wake). Throws if it is not whole. */
function loadedView(stored: SavedView): ReadingView {
  return {
    revision: stored.revision,
    matcher: loadMatcher(stored.matcher, false),
    kinds: stored.kinds,
    redirect: new Map(stored.redirect),
    members: new Map(stored.members),
    offices: new Map(stored.offices),
  };
}

/**
 * With more cards than this in the database (a reader's pack of tens of thousands, as the scale
 * tests' 50,000-card one) a rebuild takes seconds: meanwhile requests are answered with the view
 * before it (the tabs are told again once the new one is ready). With fewer, requests wait the
 * moment a rebuild takes and always see the data as it is now. The bundled packs, about 10,000
 * cards, stay well below: at 10,000 a first start's pages were answered from the packs installed
 * so far, without the places, while the rest went in.
 */
export const SERVE_STALE_ABOVE = 30_000;

/**
 * `onRebuilt` is called when a view built while requests were answered from the one before is ready:
 * tabs read again then.
 */
export function createMatcherCache(
  db: BackstoryDB,
  store?: ViewStore,
  onRebuilt?: () => unknown,
  /** Lowered by tests, which cannot install tens of thousands of cards in Node in good time. */
  serveStaleAbove = SERVE_STALE_ABOVE,
  /** Likewise (QUICK_PACK_MOST). */
  quickPackMost = QUICK_PACK_MOST,
  /** Called with the content of each view built, once it is stored (the tabs' start indexes are made from it). */
  afterStore?: (content: Content, revision: number) => Promise<unknown>,
) {
  /** The newest view ready to use, perhaps of an older revision. */
  let latest: ReadingView | undefined;
  let pending: { revision: number; view: Promise<ReadingView>; long: Promise<boolean> } | undefined;
  let servedStale = false;
  /** A loaded trie whose shortcuts (addShortcuts) are still to be added, once the first request is answered. */
  let shortcutsLater: Trie | undefined;
  /** The quick view a woken worker loaded first (see QUICK_PACK_MOST), until the full one is loaded. */
  let quick: ReadingView | undefined;
  /** Whether a tab was answered from the quick view: it is told to read again once the full one is in. */
  let answeredQuick = false;
  let loadingFull: Promise<void> | undefined;
  // Begun at once, beside opening the database and checking the packs: a worker woken by a page has
  // the view loaded by the time the page's text arrives.
  const waking = wake();

  /** A woken worker takes the stored view: the answer for its revision, and until a newer one is built. */
  async function wake(): Promise<void> {
    const first = await store?.first().catch(() => undefined);
    markStartStep('view-read');
    if (!first) return;
    try {
      // Without the walk's shortcuts, which are added after the first answer (find): the page
      // that woke the worker waits for this load, not for them.
      const view = loadedView(first.view);
      shortcutsLater = view.matcher.trie;
      if (first.part === 'quick') quick = view;
      else latest = view;
      markStartStep('view-loaded');
    } catch (error) {
      console.warn('Backstory: the stored matcher could not be loaded; building it again.', error);
    }
  }

  /** After a quick view: the full stored view (if it fails to load, the next request builds). Once. */
  function loadFull(): Promise<void> {
    loadingFull ??= (async () => {
      const stored = await store?.load('full').catch(() => undefined);
      try {
        if (stored && !latest) {
          latest = loadedView(stored);
          markStartStep('full-view-loaded');
          const { trie } = latest.matcher;
          // In a task of its own: a request may be answered between the load and them.
          setTimeout(() => addShortcuts(trie));
        }
      } catch (error) {
        console.warn('Backstory: the stored matcher could not be loaded; building it again.', error);
      }
      quick = undefined;
      if (answeredQuick) onRebuilt?.();
    })();
    return loadingFull;
  }

  async function build(revision: number): Promise<ReadingView> {
    const content = await enabledContent(db);
    const view = await buildView(content, revision);
    // Stored for the next start, after the answer: a failed write only means a rebuild then. The
    // quick view (where there is one) is built after it, in slices too, and stored with it.
    const quickPart = store && quickContent(content, quickPackMost);
    void (async () => {
      const quickView = quickPart && (await buildView(quickPart, revision));
      if (!store) return;
      await store.save(savedView(view), quickView && savedView(quickView));
      await afterStore?.(content, revision);
    })().catch((error: unknown) => console.warn('Backstory: could not store the matcher', error));
    return view;
  }

  /**
   * The view of the current revision, built at most once per revision (but see SERVE_STALE_ABOVE).
   * A caller that already reads the revision passes it: in Firefox every read of the database costs
   * milliseconds that a page's first marks wait for. `fresh`: never the older view served while a
   * large one is rebuilt, for a caller that would rather wait than be told what was.
   */
  async function current(known?: Promise<number>, fresh = false): Promise<ReadingView> {
    const revision = await (known ?? getRevision(db));
    await waking;
    if (quick) await loadFull();
    if (latest?.revision === revision) return latest;
    if (pending?.revision !== revision) {
      const view = build(revision).then((view) => {
        if (!latest || view.revision >= latest.revision) latest = view;
        if (servedStale && latest === view) {
          servedStale = false;
          onRebuilt?.();
        }
        return view;
      });
      // A failed build is tried again at the next request, not kept.
      view.catch(() => {
        if (pending?.revision === revision) pending = undefined;
      });
      // A view as large as the threshold already says so: a woken worker whose stored view is of an
      // older revision answers from it at once, rather than after counting 200,000 rows behind the
      // rebuild's own reads.
      const long =
        latest && latest.matcher.entities.length > serveStaleAbove
          ? Promise.resolve(true)
          : db.cards.count().then(
              (n) => n > serveStaleAbove,
              () => false,
            );
      pending = { revision, view, long };
    }
    const { view } = pending;
    if (!fresh && latest && (await pending.long) && latest.revision !== revision) {
      servedStale = true;
      return latest;
    }
    return view;
  }

  /**
   * The mentions in each run, as the reply to `mentions/find` carries them. A title is answered as a
   * mention of its holder on `day` (the article's, else today), with the office's id beside it.
   */
  async function find(
    runs: readonly { text: string; lang?: string }[],
    known?: Promise<number>,
    /** The article's date; without it, today's holders, and a title beside an unknown name is left to that name. */
    date?: string,
    /** The cards the page named in its earlier requests (see eachMention's `named`). */
    namedBefore: readonly string[] = [],
  ): Promise<FoundResponse> {
    const day = date ?? isoDay(new Date());
    await waking;
    // A woken worker's quick view answers while the full one is still to load (then loaded after).
    const early = quick && quick.revision === (await (known ?? getRevision(db))) ? quick : undefined;
    markRequestStep('revision');
    const view = early ?? (await current(known));
    markRequestStep('view');
    const reply = new ReplyEntities();
    const slotOf = (id: string, kind: number, office?: string) => reply.slotOf(id, kind, office);
    const entities = reply.list;
    const parts = new MatchingParts();
    // The cards named so far in the page: before this request, and in this request's runs, which read on from one another.
    const named = new Set<number>();
    for (const id of namedBefore) {
      const e = entityIndex(view.matcher.entities, id);
      if (e >= 0) named.add(e);
    }
    const found = runs.map(({ text, lang }) => {
      const flat: number[] = [];
      let titles = false;
      parts.time('walk', () =>
        eachMention(
          view.matcher,
          text,
          lang,
          (e, start, end) => {
            if (view.kinds[e] === OFFICE) titles = true;
            flat.push(e, start, end);
          },
          undefined,
          named,
        ),
      );
      if (!titles) {
        for (let i = 0; i < flat.length; i += 3)
          flat[i] = slotOf(view.matcher.entities.at(flat[i]!), view.kinds[flat[i]!]!);
        return flat;
      }
      // Rare (a run with a title in it): resolved by id, then put back in the reply's shape.
      const kindOf = new Map<string, number>();
      const byId = (e: number, start: number, end: number): TitleMention => {
        const id = view.matcher.entities.at(e);
        kindOf.set(id, view.kinds[e]!);
        return { entity: id, start, end };
      };
      const mentions: TitleMention[] = [];
      for (let i = 0; i < flat.length; i += 3) mentions.push(byId(flat[i]!, flat[i + 1]!, flat[i + 2]!));
      // Inside a title that names no one: the names found there with titles left out.
      const inner = (from: number, to: number) => {
        const out: TitleMention[] = [];
        eachMention(
          view.matcher,
          text.slice(from, to),
          lang,
          (e, start, end) => out.push(byId(e, start + from, end + from)),
          (e) => view.kinds[e] === OFFICE,
          named,
        );
        return out;
      };
      return parts
        .time('titles', () => resolveTitles(text, mentions, view.offices, day, inner, date !== undefined))
        .flatMap((m) => [slotOf(m.entity, m.office ? PERSON : kindOf.get(m.entity)!, m.office), m.start, m.end]);
    });
    parts.mark();
    markStartStep('answered');
    const trie = shortcutsLater;
    shortcutsLater = undefined;
    // In a task of their own, after this answer is sent; none for a view already replaced by a newer
    // one, or for the quick view, which the full one replaces in a moment.
    if (trie === view.matcher.trie && !early) setTimeout(() => addShortcuts(trie));
    if (!early) return { revision: view.revision, found, entities };
    answeredQuick = true;
    setTimeout(() => void loadFull());
    return { revision: view.revision, found, entities, partial: true };
  }

  return {
    current,
    find,
    /**
     * The view of the current revision, built (and stored) if it is not yet: what a start does once
     * its packs are in. A woken worker's quick view of that revision is enough until a request needs
     * the full one: loading it here would hold up the page that woke the worker by its whole load.
     */
    prepare: async (): Promise<void> => {
      const revision = getRevision(db);
      await waking;
      if (quick && quick.revision === (await revision)) return;
      await current(revision);
    },
    /**
     * For a background that lives as long as the browser (Firefox's background page, started with
     * the browser rather than woken by a page): the full view loaded now, after the start's check,
     * instead of at the first page's request, which would wait for that load or share its moment.
     */
    loadFullNow: async (): Promise<void> => {
      await waking;
      if (quick) await loadFull();
    },
    /**
     * Whether a woken worker loaded a stored view (once it has tried): then a page's text is read
     * with it at once, without waiting for the start's check of the packs (requests.ts).
     */
    fromStore: () => waking.then(() => !!(latest || quick)),
    /**
     * Which ids were merged into which card, for the enabled cards of the current revision (with
     * `fresh`, never of an older one served while a large view is rebuilt). With `soonest`, those of
     * the view already built while a newer one builds (which this starts, if no one has): a card read
     * in Backstory's own pages need not wait seconds for the names of a pack just switched on.
     */
    identities: async (options: { fresh?: boolean; soonest?: boolean } = {}) => {
      await waking;
      if (options.soonest && latest) {
        current().catch(() => undefined);
        return { redirect: latest.redirect, members: latest.members };
      }
      const { redirect, members } = await current(undefined, options.fresh);
      return { redirect, members };
    },
  };
}
