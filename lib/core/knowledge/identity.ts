/**
 * One card per thing. When cards of several enabled packs name the same entity (a shared `sameAs`
 * key: the story pack's Turkey and the generated country `iso3166:TR`), the reader sees one card that
 * answers to every alias: the card that ranks first (the reader's own, then hand-written packs, then
 * generated ones) gives the text — label, description, summary, kind — and the others add what it
 * lacks: names in more languages, labels in languages it has none in, facts, timeline events,
 * designations, related cards and the sources these cite.
 *
 * The merge happens when cards are read, never in the database: switching a pack off, updating it or
 * editing one of the cards leaves every stored row as it was, and the next read merges again.
 */
import { fold } from '../text/normalise';
import type { Alias, Card, Lang, Source } from './pack-schema';

export interface RankedCard {
  card: Card;
  /** Lower ranks win: the reader's own cards, then packs in the order they win overlaps. */
  rank: number;
}

export interface Identities {
  /** One card per thing: merged where cards share a key, as they are elsewhere. */
  cards: Card[];
  /** Each card id that was merged into another → the id of the card it was merged into. */
  redirect: Map<string, string>;
  /** The id of each merged card → the ids it was made from, in rank order (its own first). */
  members: Map<string, string[]>;
}

/** Groups cards that share any sameAs key (transitively), each group in rank order. */
function groupsOf(cards: readonly RankedCard[]): RankedCard[][] {
  const parent = cards.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const owner = new Map<string, number>();
  cards.forEach(({ card }, i) => {
    for (const key of card.sameAs ?? []) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, RankedCard[]>();
  cards.forEach((c, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), c]);
  });
  return [...groups.values()].map((g) =>
    g.sort((a, b) => a.rank - b.rank || (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0)),
  );
}

export function mergeIdentities(cards: readonly RankedCard[]): Identities {
  const out: Card[] = [];
  const redirect = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const group of groupsOf(cards)) {
    const [first, ...rest] = group.map((g) => g.card);
    if (rest.length === 0) {
      out.push(first!);
      continue;
    }
    out.push(mergeCards(first!, rest));
    members.set(
      first!.id,
      group.map((g) => g.card.id),
    );
    for (const other of rest) redirect.set(other.id, first!.id);
  }
  return { cards: out, redirect, members };
}

const aliasText = (a: Alias) => (typeof a === 'string' ? a : a.text);
/** An alias that matches in any letter case (see mergeCards). */
const ANY_CASE = '';

/** `primary` with what `others` add (see the module comment). Pure; the inputs are not changed. */
export function mergeCards(primary: Card, others: readonly Card[]): Card {
  const label = { ...primary.label };
  const aliases: Card['aliases'] = {};
  /** Per language, each folded spelling taken → the case-sensitive spellings taken, or ANY_CASE. */
  const seenAlias = new Map<string, Map<string, Set<string>>>();
  const addAliases = (card: Card) => {
    for (const [lang, list] of Object.entries(card.aliases) as [Lang, Alias[] | undefined][]) {
      const seen = seenAlias.get(lang) ?? new Map<string, Set<string>>();
      seenAlias.set(lang, seen);
      for (const alias of list ?? []) {
        const key = fold(aliasText(alias));
        const spelling = typeof alias !== 'string' && alias.caseSensitive ? alias.text : ANY_CASE;
        const taken = seen.get(key);
        // The first card's rules win (a case-sensitive "Van" gains no "van" from a generated card),
        // but another case-sensitive spelling of the same letters is a name of its own: "USA" and
        // Italian "Usa" fold alike, and text in either case must be found.
        if (taken && (taken.has(ANY_CASE) || spelling === ANY_CASE || taken.has(spelling))) continue;
        seen.set(key, (taken ?? new Set()).add(spelling));
        (aliases[lang] ??= []).push(alias);
      }
    }
  };
  addAliases(primary);
  const sources: Source[] = [...primary.sources];
  const facts = [...primary.facts];
  const timeline = [...(primary.timeline ?? [])];
  const designations = [...(primary.designations ?? [])];
  const related = new Set(primary.related ?? []);
  const sameAs = new Set(primary.sameAs ?? []);
  const ownIds = new Set([primary.id, ...others.map((o) => o.id)]);
  for (const other of others) {
    for (const [lang, text] of Object.entries(other.label) as [Lang, string][]) label[lang] ??= text;
    addAliases(other);
    // A source the primary already cites (same address) is shared; one whose id is taken by another
    // source gets the id of its card in front, so every fact still points at the source it cites.
    const renamed = new Map<string, string>();
    for (const source of other.sources) {
      const same = sources.find((s) => s.url === source.url);
      if (same) renamed.set(source.id, same.id);
      else {
        const id = sources.some((s) => s.id === source.id) ? `${other.id}-${source.id}`.slice(0, 64) : source.id;
        renamed.set(source.id, id);
        sources.push({ ...source, id });
      }
    }
    const cite = <T extends { sources: string[] }>(item: T): T => ({
      ...item,
      sources: item.sources.map((s) => renamed.get(s) ?? s),
    });
    facts.push(...other.facts.map(cite));
    timeline.push(...(other.timeline ?? []).map(cite));
    designations.push(...(other.designations ?? []).map(cite));
    for (const id of other.related ?? []) related.add(id);
    for (const key of other.sameAs ?? []) sameAs.add(key);
  }
  for (const id of ownIds) related.delete(id);
  const description = primary.description ?? others.find((o) => o.description)?.description;
  // A point from the card that has one (the generated place), the country from the first that says.
  // (The point's own source ids are the primary's; another card's may have been renamed above, so they go.)
  const point = [primary, ...others].find((c) => c.geo?.lat !== undefined);
  const country = [primary, ...others].find((c) => c.geo?.country)?.geo?.country;
  const { sources: pointSources, ...where } = point?.geo ?? {};
  const geo =
    point || country
      ? {
          ...where,
          ...(country ? { country } : {}),
          ...(point === primary && pointSources ? { sources: pointSources } : {}),
        }
      : undefined;
  return {
    ...primary,
    label,
    ...(description ? { description } : {}),
    ...(geo ? { geo } : {}),
    aliases,
    facts,
    ...(timeline.length ? { timeline } : {}),
    ...(designations.length ? { designations } : {}),
    ...(related.size ? { related: [...related] } : {}),
    ...(sameAs.size ? { sameAs: [...sameAs] } : {}),
    sources,
  };
}
