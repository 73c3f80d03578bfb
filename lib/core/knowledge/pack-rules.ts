/**
 * The content rules a bundled pack keeps beyond its schema: what `npm run pack:check` enforces so a
 * reader can trust a card. The schema says a pack can be read; these say it is fit to ship: both
 * languages present, enough sourced facts, no date after the review, no past event in the future
 * tense, every listed source cited, no fact on one state's media alone that does not say so, and no
 * name that could mark the wrong card.
 *
 * Problems read like validation errors, `core: cards[3].facts: at least 3 facts (has 2)`.
 */
import { periodStart } from '../base/dates';
import { formatPath } from '../base/issues';
import { CharClass, classOf } from '../text/char-class';
import { LANGS, SCRIPT_OF } from '../text/languages';
import { fold } from '../text/normalise';
import { cardAliases, specOf } from './card-aliases';
import { citedSources, type Card, type Fact, type Kind, type Localised, type Pack } from './pack-schema';
import { GENERATED_PACK_IDS } from './pack-index';
import { creditsStateMedia, stateOutletOf, type StateOutlet } from './state-media';

/** The languages every bundled card is written in. */
export const REQUIRED_TEXT_LANGS = ['en', 'ar'] as const;
export const MIN_FACTS = 3;
export const MAX_SUMMARY_WORDS = 60;

/**
 * A name written down as dangerous, with the example that shows why.
 * - `never-alone`: no card may have it as a whole alias (a surname that is also a word or another
 *   person's name: "Lai", "Kim"). Longer aliases that contain it are fine.
 * - `shared`: the listed cards may all have it (the name really is used for each); without a
 *   guard, two cards answering to one name is a problem, because only one of them can be marked.
 * - `word`: a one-word name that a dictionary also lists in lower case may match in any case,
 *   because the word is the thing itself (French "les talibans"); without a guard it must be
 *   case-sensitive (`wordProblems`).
 */
export type AliasGuard =
  | {
      rule: 'never-alone';
      alias: string;
      example: string;
      /** Only for cards of these kinds: "Chad" is the country's name, never a person's alone. */
      kinds?: readonly Kind[];
    }
  | { rule: 'shared'; alias: string; cards: readonly string[]; example: string }
  | {
      rule: 'word';
      alias: string;
      /** Why the name may match in lower case: the dictionary's word is the thing itself ("les talibans"). */
      example: string;
    };

export interface CheckOptions {
  /** Packs generated from data packages: their facts come from the package, so only names are checked. */
  generated?: boolean;
  /** Today, `YYYY-MM-DD`: no card is reviewed, and no source read, after it. */
  today: string;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/**
 * A Latin word with a lower-case letter outside «quotes»: a name left in Latin script ("العاصمة: Ankara").
 * Acronyms (NATO, S-400) pass, and so does a foreign name quoted as such («Türkiye»).
 */
const latinWord = (text: string) =>
  text
    .replace(/«[^»]*»/g, '')
    .match(/\p{Script=Latin}+/gu)
    ?.find((word) => /\p{Ll}/u.test(word));
/**
 * An Arabic «(… حتى <date>)» where the English says "(… as of <date>)": «حتى» reads "until", so "in
 * office as of March 2026" came out as "in office until March 2026", as if the holder had left. A
 * range («من 2022 حتى 2025») and «حتى … على الأقل» ("until at least") say what they mean.
 */
const UNTIL_FOR_AS_OF = /\((?![^()]*(?:من [^()]*\d[^()]*حتى|على الأقل))[^()]*حتى (?:عام |تاريخ )?[^()]*\d{4}[^()]*\)/u;
/**
 * The same «حتى» outside brackets, after "in office" or "on the throne": «وهو في منصبه حتى كانون
 * الثاني/يناير 2026» for "in office as of January 2026". «بقي في منصبه حتى …» ("stayed in office
 * until …") is a real end, and «حتى … على الأقل» says what it means.
 */
const IN_OFFICE_UNTIL = /(?<!بقيت? )(?:في (?:منصبه|منصبها|المنصب)|على العرش) حتى (?![^.()،؛]*على الأقل)[^.()،؛]*\d{4}/u;
/** The English future, which a dated past event must not be told in. */
const FUTURE = /\b(will|shall|is (?:set|due|expected|scheduled) to)\b/i;

/**
 * The languages where a surname flagged `givenName` can tell a first name by the capital after it:
 * not German, where every noun has one, nor the scripts without capitals (matcher.ts).
 */
export const GIVEN_NAME_LANGS: ReadonlySet<string> = new Set(
  LANGS.filter(
    (lang) => lang !== 'de' && (SCRIPT_OF[lang] === CharClass.Latin || SCRIPT_OF[lang] === CharClass.Cyrillic),
  ),
);

/** Problems with one pack's cards, each `pack: path: message`. */
export function contentProblems(pack: Pack, options: CheckOptions): string[] {
  const out: string[] = [];
  const at = (keys: readonly unknown[], message: string) =>
    out.push(`${pack.id}: ${formatPath(keys, '(pack)')}: ${message}`);

  if (pack.reviewed > options.today) at(['reviewed'], `reviewed ${pack.reviewed}, after today (${options.today})`);
  // A holder of an office the pack records may have a short card: name, the offices, one source.
  const holders = new Set(pack.cards.flatMap((c) => c.office?.holders.flatMap((h) => h.person ?? []) ?? []));
  pack.cards.forEach((card, i) => {
    const path = (...keys: unknown[]) => ['cards', i, ...keys];
    if (card.reviewed > options.today) at(path('reviewed'), `reviewed ${card.reviewed}, after today`);
    for (const [lang, list] of Object.entries(card.aliases))
      list?.forEach((alias, k) => {
        if (typeof alias !== 'string' && alias.givenName && !GIVEN_NAME_LANGS.has(lang))
          at(
            path('aliases', lang, k),
            `«${alias.text}» is flagged givenName in ${lang}, where a capital after it tells nothing: drop the flag (German) or the alias (no capitals)`,
          );
      });
    if (options.generated) return;
    const texts: [unknown[], Localised][] = [
      [path('label'), card.label],
      [path('summary'), card.summary],
      ...(card.description ? [[path('description'), card.description] as [unknown[], Localised]] : []),
    ];
    card.facts.forEach((f, j) => texts.push([path('facts', j, 'text'), f.text]));
    (card.timeline ?? []).forEach((f, j) => texts.push([path('timeline', j, 'text'), f.text]));
    (card.designations ?? []).forEach((d, j) => {
      texts.push([path('designations', j, 'by'), d.by], [path('designations', j, 'says'), d.says]);
    });
    for (const [keys, text] of texts) {
      for (const lang of REQUIRED_TEXT_LANGS)
        if (!text[lang]) at(keys, `no ${lang === 'ar' ? 'Arabic' : 'English'} text`);
      const latin = text.ar && latinWord(text.ar);
      if (latin) at([...keys, 'ar'], `Latin word «${latin}» in Arabic text: write it in Arabic script (or «quote» it)`);
      const until = /\bas of\b/.test(text.en ?? '')
        ? (UNTIL_FOR_AS_OF.exec(text.ar ?? '') ?? IN_OFFICE_UNTIL.exec(text.ar ?? ''))
        : null;
      if (until)
        at(
          [...keys, 'ar'],
          `«${until[0]}» reads "until" where the English says "as of": write «بحسب آخر تحقق في …» or «في …»`,
        );
    }
    // An office card's summary and facts are its holders, one by one: as long as the list is.
    const office = card.office;
    const short = holders.has(card.id);
    for (const lang of REQUIRED_TEXT_LANGS) {
      const n = words(card.summary[lang] ?? '');
      if (n > MAX_SUMMARY_WORDS && !office) at(path('summary', lang), `${n} words; at most ${MAX_SUMMARY_WORDS}`);
    }
    const minFacts = office || short ? 1 : MIN_FACTS;
    if (card.facts.length < minFacts) at(path('facts'), `at least ${minFacts} facts (has ${card.facts.length})`);
    if (!card.timeline?.length && !office && !short) at(path('timeline'), 'no timeline');
    office?.holders.forEach((h, j) => {
      for (const key of ['from', 'to'] as const) {
        const date = h[key];
        if (date && periodStart(date) > card.reviewed)
          at(path('office', 'holders', j, key), `${date} is after the card's review (${card.reviewed})`);
      }
      if (h.note?.ar) {
        const latin = latinWord(h.note.ar);
        if (latin) at(path('office', 'holders', j, 'note', 'ar'), `Latin word «${latin}» in Arabic text`);
      }
    });

    const urls = new Map(card.sources.map((s) => [s.id, s.url]));
    const dated = (kind: 'facts' | 'timeline', list: readonly Fact[] = []) =>
      list.forEach((f, j) => {
        if (periodStart(f.asOf) > card.reviewed)
          at(path(kind, j, 'asOf'), `${f.asOf} is after the card's review (${card.reviewed})`);
        const future = FUTURE.exec(f.text.en);
        if (future && periodStart(f.asOf) <= card.reviewed)
          at(path(kind, j, 'text', 'en'), `«${future[0]}»: an event of ${f.asOf} is past; tell it in the past tense`);
        // No fact rests only on one state's own media without saying so (state-media.ts).
        const outlets = f.sources.map((id) => stateOutletOf(urls.get(id) ?? ''));
        if (!outlets.length || !outlets.every((o): o is StateOutlet => o !== undefined)) return;
        const state = outlets[0]!.state;
        if (outlets.some((o) => o.state !== state) || creditsStateMedia(f.text.en, outlets)) return;
        const names = [...new Set(outlets.map((o) => o.names[0]))].join(', ');
        at(
          path(kind, j, 'sources'),
          `rests only on ${state}'s state media (${names}): add an independent source, or say whose account it is ("${outlets[0]!.names[0]} reported")`,
        );
      });
    dated('facts', card.facts);
    dated('timeline', card.timeline);
    (card.designations ?? []).forEach((d, j) => {
      for (const key of ['since', 'until'] as const) {
        const date = d[key];
        if (date && periodStart(date) > card.reviewed)
          at(path('designations', j, key), `${date} is after the card's review`);
      }
      if (d.since && d.until && periodStart(d.until) < periodStart(d.since))
        at(path('designations', j, 'until'), `ends (${d.until}) before it starts (${d.since})`);
    });

    const cited = new Set(citedSources(card));
    card.sources.forEach((s, j) => {
      if (!cited.has(s.id)) at(path('sources', j), `source ${s.id} is listed but no fact cites it`);
      if (s.accessed > options.today) at(path('sources', j, 'accessed'), `accessed ${s.accessed}, after today`);
    });
    const ids = card.sources.map((s) => s.id);
    if (new Set(ids).size !== ids.length) at(path('sources'), 'two sources share an id');
  });
  return out;
}

/**
 * Problems between cards of the packs that ship together: card ids used twice, related cards that
 * exist nowhere, a name that two things answer to, a guarded name used alone. Cards that share a
 * `sameAs` key are one thing (identity.ts) and may share names. With `involving`, only problems that
 * touch one of those packs are reported (a pack author's file, checked against the bundled packs).
 */
export function crossPackProblems(
  packs: readonly Pack[],
  guards: readonly AliasGuard[],
  involving?: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  const reported = (...ids: string[]) => !involving || ids.some((id) => involving.has(id));
  const cards = packs.flatMap((pack) => pack.cards.map((card, i) => ({ pack, card, i })));
  const byId = new Map<string, (typeof cards)[number]>();
  for (const entry of cards) {
    const seen = byId.get(entry.card.id);
    if (seen && !sameThing(seen.card, entry.card) && reported(entry.pack.id, seen.pack.id))
      out.push(`${entry.pack.id}: cards[${entry.i}].id: ${entry.card.id} is also a card of ${seen.pack.id}`);
    if (!seen) byId.set(entry.card.id, entry);
  }
  for (const { pack, card, i } of cards)
    (card.related ?? []).forEach((id, j) => {
      if (!byId.has(id) && reported(pack.id))
        out.push(`${pack.id}: cards[${i}].related[${j}]: no card ${id} in the bundled packs`);
    });
  // An office's state and holders are cards: a title resolves to a card the reader can open.
  for (const { pack, card, i } of cards) {
    const office = card.office;
    if (!office || !reported(pack.id)) continue;
    if (!byId.has(office.of)) out.push(`${pack.id}: cards[${i}].office.of: no card ${office.of} in the bundled packs`);
    office.holders.forEach((h, j) => {
      if (h.person && byId.get(h.person)?.card.kind !== 'person')
        out.push(
          `${pack.id}: cards[${i}].office.holders[${j}].person: no person card ${h.person} in the bundled packs`,
        );
    });
  }

  const alone = new Map(guards.filter((g) => g.rule === 'never-alone').map((g) => [fold(g.alias), g]));
  const shared = new Map(
    guards.flatMap((g) => (g.rule === 'shared' ? [[fold(g.alias), new Set(g.cards)] as const] : [])),
  );
  const owners = new Map<string, { pack: Pack; card: Card; i: number; text: string; afterName: boolean }[]>();
  for (const entry of cards)
    for (const alias of cardAliases(entry.card)) {
      const key = fold(alias.text);
      const guard = alone.get(key);
      // A name flagged afterName is never alone: it marks only after its card is named in full.
      const afterName = alias.entity !== entry.card.id;
      if (guard && !afterName && (!guard.kinds || guard.kinds.includes(entry.card.kind)) && reported(entry.pack.id))
        out.push(
          `${entry.pack.id}: cards[${entry.i}] (${entry.card.id}): «${alias.text}» is guarded, never alone: ${guard.example}`,
        );
      const list = owners.get(key) ?? [];
      const same = list.find((o) => o.card.id === entry.card.id && o.pack === entry.pack);
      // A card that also has the name as a plain alias marks it alone.
      if (same) same.afterName &&= afterName;
      else list.push({ ...entry, text: alias.text, afterName });
      owners.set(key, list);
    }
  for (const [key, list] of owners) {
    const allowed = shared.get(key);
    const clashing = list.filter((o, n) => list.some((p, m) => m < n && !sameThing(o.card, p.card)));
    if (!clashing.length) continue;
    // Names that count only after their card is named may be shared: where two such cards are named,
    // neither is marked. One card may have the name plain beside them: it is that card's until another
    // is named (matcher.ts, `before`: «SPD» is Germany's party until a text names Okamura's).
    if (list.filter((o) => !o.afterName).length <= 1) continue;
    if (allowed && list.every((o) => allowed.has(o.card.id))) continue;
    if (!reported(...list.map((o) => o.pack.id))) continue;
    const names = list.map((o) => `${o.pack.id}/${o.card.id}`).join(', ');
    out.push(
      `«${list[0]!.text}» names ${names}: only one can be marked; remove it from all but one, or write a shared guard`,
    );
  }
  out.push(...silencedCards(cards, reported));
  return out;
}

/**
 * Stop phrases that are a hand-written card's name in their own language: a stop phrase wins over a
 * name as long as itself (matcher.ts, `before`), so the card is never marked there. Most were written
 * before the card, to keep a shorter name out («Mocímboa da Praia», so that Praia was not Cape Verde's
 * capital): once the card has the name, the stop phrase must go. One in another language is a choice
 * (Turkish «kabul», "acceptance", is not Kabul); the generated packs' names are left to their rules.
 */
function silencedCards(
  cards: readonly { pack: Pack; card: Card; i: number }[],
  reported: (...ids: string[]) => boolean,
): string[] {
  const names = new Map<string, { pack: Pack; card: Card }>();
  for (const { pack, card } of cards) {
    if (GENERATED_PACK_IDS.has(pack.id)) continue;
    for (const alias of cardAliases(card)) names.set(`${alias.lang}\u0000${fold(alias.text)}`, { pack, card });
  }
  const out: string[] = [];
  for (const pack of new Set(cards.map((c) => c.pack)))
    for (const [lang, list] of Object.entries(pack.stopPhrases ?? {}))
      (list ?? []).forEach((phrase, j) => {
        const text = typeof phrase === 'string' ? phrase : phrase.text;
        const owner = names.get(`${lang}\u0000${fold(text)}`);
        if (owner && reported(pack.id, owner.pack.id))
          out.push(
            `${pack.id}: stopPhrases.${lang}[${j}]: «${text}» is also a name of ${owner.pack.id}/${owner.card.id} in ${lang}: the stop phrase wins and the card is never marked there; remove it`,
          );
      });
  return out;
}

const sameThing = (a: Card, b: Card) => a === b || (a.sameAs ?? []).some((k) => (b.sameAs ?? []).includes(k));

/** A one-word name in a script with capitals: the only kind a capital tells from a word. */
function casedWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c !== CharClass.Latin && c !== CharClass.Cyrillic && c !== CharClass.Greek) return false;
  }
  return text.length > 0;
}

/**
 * The acronym that opens a name of several words that could be an ordinary phrase: its other words
 * are written in lower case, and the acronym lower-cased is a word of the name's language ("WHO
 * head": "who heads"). Flagged caseSensitive, such a name still matches at a sentence start, which
 * capitalises only the acronym. Latin letters only: a Cyrillic alias flagged caseSensitive must keep
 * as many capitals as it has (sameCapitals in matcher.ts), and a sentence start would add one.
 */
export function acronymWord(
  text: string,
  lang: string,
  wordLangs: (word: string) => readonly string[],
): string | undefined {
  // Words as written between spaces: a model's name (PL-15, MI6) is no word of any language.
  const [first, ...rest] = text.split(/\s+/u).filter((t) => t.length > 0);
  if (!first || !rest.length || first.length < 2 || !isLatin(first)) return undefined;
  if (first !== first.toLocaleUpperCase(lang) || rest.some((t) => t !== t.toLocaleLowerCase(lang))) return undefined;
  const word = first.toLocaleLowerCase(lang);
  return word !== first && wordLangs(word).includes(lang) ? word : undefined;
}

const isLatin = (text: string) => [...text].every((ch) => classOf(ch.charCodeAt(0)) === CharClass.Latin);

/**
 * One-word names of a pack that are also ordinary words and would match them in lower case:
 * "trump" (a trump card), Spanish "rubio" ("blond"), Turkish "fidan" ("sapling"); and names that
 * open with such an acronym (acronymWord). Such an alias is
 * flagged `caseSensitive`, or a `word` guard says why it need not be. `wordLangs` says which
 * languages' dictionaries list a lower-case word (the checker reads them; this stays pure).
 */
export function wordProblems(
  pack: Pack,
  wordLangs: (word: string) => readonly string[],
  guards: readonly AliasGuard[],
): string[] {
  const allowed = new Set(guards.flatMap((g) => (g.rule === 'word' ? [fold(g.alias)] : [])));
  const out: string[] = [];
  pack.cards.forEach((card, i) => {
    // A card that is one thing with another pack's card is read with that card's names (identity.ts):
    // its label is not a name of its own there ("Chad" is the countries pack's case-sensitive alias).
    const names = card.sameAs?.length
      ? Object.entries(card.aliases).flatMap(([lang, list]) => (list ?? []).map((a) => specOf(card.id, lang, a)))
      : cardAliases(card);
    for (const alias of names) {
      if (alias.caseSensitive || allowed.has(fold(alias.text))) continue;
      if (!casedWord(alias.text)) {
        // A name of several words with an acronym in it that is also a word of its language: "WHO
        // head" marked "who heads" in "Min Aung Hlaing, who heads the junta".
        const word = acronymWord(alias.text, alias.lang, wordLangs);
        if (word)
          out.push(
            `${pack.id}: cards[${i}] (${card.id}): «${alias.text}» (${alias.lang}) holds «${word.toLocaleUpperCase(alias.lang)}», also the word «${word}» (${alias.lang} dictionary): flag it caseSensitive`,
          );
        continue;
      }
      const word = alias.text.toLocaleLowerCase(alias.lang);
      const langs = wordLangs(word);
      if (langs.length)
        out.push(
          `${pack.id}: cards[${i}] (${card.id}): «${alias.text}» (${alias.lang}) is also the word «${word}» (${langs.join(', ')} dictionary): flag it caseSensitive, or write a word guard with the example that needs it`,
        );
    }
  });
  return out;
}
