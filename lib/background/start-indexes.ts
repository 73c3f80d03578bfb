/**
 * Builds each language's start index (lib/core/mentions/start-index.ts) from the enabled cards, for the
 * tabs to read from storage before a stopped service worker has woken. Built in slices after the
 * view is stored (with 200,000 names, seconds of work), so requests are answered between them.
 */
import { cardAliases } from '../core/knowledge/card-aliases';
import { USER_PACK } from '../core/knowledge/pack-merge';
import { matcherAliases, stopPhraseAliases } from '../core/knowledge/pack-matcher';
import { encodeStartIndex, START_INDEX_MOST, START_PACK_MOST, startIndexSpecSteps } from '../core/mentions/start-index';
import { LANGS, type Lang } from '../core/text/lang-codes';
import { cardOfEntity } from '../core/text/after-name';
import { findMentions, matcherSteps, STOP_ENTITY, type AliasSpec, type Matcher } from '../core/text/matcher';
import { KIND_INDEX, rankedIdentities, type Content } from './matcher-cache';
import { runInSlices } from './run-in-slices';

/** Each language's index as stored (base64); a language whose index would be too long to read quickly has none. */
export const buildStartIndexes = (content: Content, revision: number): Promise<Map<Lang, string>> =>
  runInSlices(startIndexSteps(content, revision));

function* startIndexSteps({ packs, rows }: Content, revision: number): Generator<void, Map<Lang, string>> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.packId, (counts.get(r.packId) ?? 0) + 1);
  const inIndex = (packId: string) => packId === USER_PACK || (counts.get(packId) ?? 0) <= START_PACK_MOST;
  // Titles are resolved by the article's date, which the background does: none here.
  const cards = rankedIdentities(rows.filter((r) => inIndex(r.packId))).cards.filter((c) => c.kind !== 'office');
  const kindOf = new Map(cards.map((c) => [c.id, KIND_INDEX.get(c.kind) ?? 0]));
  const own = matcherAliases(
    cards,
    packs.filter((p) => inIndex(p.id)).map((p) => p.stopPhrases),
  );
  // What the index leaves out counts where it would keep one of its names from being marked: a
  // longer name ("Mexico City" in the places pack, over "Mexico"), a title ("the US president", its
  // holder in the background, not "US"), a stop phrase (the places pack has tens of thousands).
  // Those in which a name of the index is found go in as stop phrases.
  const others: AliasSpec[] = packs.filter((p) => !inIndex(p.id)).flatMap((p) => stopPhraseAliases(p.stopPhrases));
  for (let i = 0; i < rows.length; i++) {
    if (i % 1000 === 999) yield;
    const { packId, card } = rows[i]!;
    if (inIndex(packId) && card.kind !== 'office') continue;
    for (const a of cardAliases(card)) others.push({ ...a, entity: STOP_ENTITY });
  }
  const ownByLang = yield* startIndexSpecSteps(own);
  const othersByLang = yield* startIndexSpecSteps(others);
  const out = new Map<Lang, string>();
  for (const lang of LANGS) {
    const names = ownByLang.get(lang)!;
    // A surname flagged afterName («Costa») counts here as a name of its card: on a page that named the
    // card it marks, so a longer name around it elsewhere («Costa Dorada») must stop it.
    const probe = yield* matcherSteps(names.map((a) => ({ ...a, entity: cardOfEntity(a.entity) })));
    const stops = yield* stopsAround(probe, othersByLang.get(lang)!);
    const matcher = stops.length ? yield* matcherSteps([...names, ...stops]) : probe;
    const kinds = Uint8Array.from(
      { length: matcher.entities.length },
      (_, e) => kindOf.get(matcher.entities.at(e)) ?? 0,
    );
    const text = encodeStartIndex({ lang, revision, matcher, kinds });
    if (text.length <= START_INDEX_MOST) out.set(lang, text);
    yield;
  }
  return out;
}

/** The stop phrases in which `names` finds a name (they keep it from being marked there), yielding as it goes. */
function* stopsAround(names: Matcher, phrases: readonly AliasSpec[]): Generator<void, AliasSpec[]> {
  const out: AliasSpec[] = [];
  for (let i = 0; i < phrases.length; i++) {
    if (i % 500 === 499) yield;
    const phrase = phrases[i]!;
    if (findMentions(names, phrase.text, phrase.lang).length) out.push(phrase);
  }
  return out;
}
