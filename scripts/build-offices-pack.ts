/**
 * Builds assets/packs/offices.json: one card per office (head of state, head of government, foreign
 * and defence minister of each state in data/offices/states/; the head of each organisation in
 * data/offices/organisations/), with its holders since 2015 and the title phrases news names it by,
 * in twelve languages, plus a short card for each holder no other pack has.
 *
 * The holders are curated data, each tenure with its sources (data/offices/<states|organisations>/
 * <id>.json); the phrases are generated from the title templates (lib/core/titles/title-templates.ts,
 * org-title-templates.ts) and each state's or organisation's name forms (data/offices/forms.json),
 * not typed one by one. A phrase another bundled pack already marks stays that card's. The summary
 * and the facts of an office card are written from its holders, so they say nothing the records do not.
 *
 * Run: npm run build:offices
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDate } from '../lib/core/card-strings';
import { cardAliases } from '../lib/core/knowledge/card-aliases';
import {
  type Alias,
  citedSources,
  LANGS,
  OFFICE_ROLES,
  validatePack,
  type Card,
  type Holder,
  type Localised,
  type Pack,
  type Source,
} from '../lib/core/knowledge/pack-schema';
import { MAX_SUMMARY_WORDS, acronymWord } from '../lib/core/knowledge/pack-rules';
import { fold } from '../lib/core/text/normalise';
import { ORG_SLOTS } from '../lib/core/titles/org-title-templates';
import { commonWords } from './lib/common-words';
import { titlePhrases, type StateForms } from '../lib/core/titles/title-phrases';
import { SLOTS } from '../lib/core/titles/title-templates';
import type { Lang } from '../lib/core/text/languages';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const OUT = root('assets/packs/offices.json');
const STATES = root('data/offices/states');
const ORGANISATIONS = root('data/offices/organisations');
const REVIEWED = '2026-12-06';
/** Bumped with every change to the data or to what this script makes of it: installed copies update. */
const VERSION = '2026.12.7.7';
/** Which words the dictionaries list, folded as the matcher compares (see acronymWord). */
const wordLangs = commonWords(fold);
/** The earliest day the holder lists cover: a title in an older article is not resolved. */
const COVERED_FROM = '2015-01-01';

interface OfficeData {
  /** An organisation's office names its card id ("un-secretary-general"); a state's is made from its role. */
  id?: string;
  role: (typeof OFFICE_ROLES)[number];
  title: string;
  /** An organisation's head, named "UN chief", "head of the IAEA" as well as by the title. */
  chief?: boolean;
  /**
   * Phrases the templates cannot make, written out: "UN High Commissioner for Refugees" puts the
   * words that tell two offices apart inside the title, not in the organisation's name.
   */
  phrases?: Partial<Record<(typeof LANGS)[number], string[]>>;
  label: Localised;
  holders: Holder[];
}
interface OwnerData {
  /** A state's card id (data/offices/states) … */
  state?: string;
  /** … or an organisation's (data/offices/organisations). */
  org?: string;
  offices: OfficeData[];
  persons: Card[];
  sources: Source[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const forms = readJson<Record<string, StateForms>>(root('data/offices/forms.json'));
const readDir = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson<OwnerData>(`${dir}/${f}`));
const owners = [...readDir(STATES), ...readDir(ORGANISATIONS)];
const ownerId = (o: OwnerData) => {
  const id = o.state ?? o.org;
  if (!id) throw new Error('an office file names neither a state nor an organisation');
  return id;
};

/** Every card of the hand-written packs, for the names of holders who have a card there already. */
const known = new Map<string, Card>();
/** Every name the other bundled packs mark, folded: a holder's card takes none of them ("Gusau" is a town). */
const named = new Map<string, string>();
for (const file of ['core.json', 'world.json', 'where-and-what.json', 'countries.json', 'places.json'])
  for (const card of readJson<Pack>(root(`assets/packs/${file}`)).cards) {
    if (!file.startsWith('countries') && !file.startsWith('places')) known.set(card.id, card);
    for (const a of cardAliases(card)) if (!named.has(fold(a.text))) named.set(fold(a.text), card.id);
  }
for (const s of owners) for (const p of s.persons) known.set(p.id, p);

const nameOf = (id: string, lang: 'en' | 'ar') => {
  const card = known.get(id);
  if (!card) throw new Error(`holder ${id} has no card in any pack or in data/offices`);
  return card.label[lang] ?? card.label.en;
};

/** "13 July 2016", as the hand-written cards write dates (the card's own interface formats its own). */
function day(iso: string, lang: 'en' | 'ar'): string {
  if (lang === 'ar') return formatDate(iso, 'ar');
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = 'long';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat('en-GB', options).format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
}

const span = (h: Holder, lang: 'en' | 'ar') =>
  h.to
    ? `${day(h.from, lang)} – ${day(h.to, lang)}`
    : lang === 'en'
      ? `since ${day(h.from, lang)}`
      : `منذ ${day(h.from, lang)}`;

function holderLine(h: Holder, lang: 'en' | 'ar'): string {
  const who = h.person ? nameOf(h.person, lang) : lang === 'en' ? 'vacant' : 'شاغر';
  const acting = h.acting ? (lang === 'en' ? ', acting' : '، بالوكالة') : '';
  return `${who} (${span(h, lang)}${acting})`;
}

/** One fact per tenure, and its note (who named them, a caretaker spell…) as a fact of its own. */
function holderFacts(h: Holder, office: Localised): Card['facts'] {
  const line = (lang: 'en' | 'ar') => {
    const label = office[lang] ?? office.en;
    const acting = h.acting ? (lang === 'en' ? ' as acting holder' : ' بالوكالة') : '';
    if (!h.person)
      return lang === 'en'
        ? `The office of ${label} was vacant, ${span(h, 'en')}.`
        : `كان منصب ${label} شاغرًا، ${span(h, 'ar')}.`;
    const who = nameOf(h.person, lang);
    // The holder at the review is told in the present perfect, a past tenure in the past.
    if (!h.to)
      return lang === 'en'
        ? `${who} has held the office of ${label}${acting} since ${day(h.from, 'en')}.`
        : `يشغل ${who} منصب ${label}${acting} منذ ${day(h.from, 'ar')}.`;
    return lang === 'en'
      ? `${who} held the office of ${label}${acting} from ${day(h.from, 'en')} to ${day(h.to, 'en')}.`
      : `شغل ${who} منصب ${label}${acting} من ${day(h.from, 'ar')} إلى ${day(h.to, 'ar')}.`;
  };
  const fact = { asOf: h.from, text: { en: line('en'), ar: line('ar') }, sources: h.sources };
  // A note may tell how a tenure began or how it ended: it holds as of the tenure's end, if it has one.
  return h.note ? [fact, { asOf: h.to ?? h.from, text: h.note, sources: h.sources }] : [fact];
}

/** Phrases left out because another pack's card answers to them, for the report. */
const yielded: string[] = [];

/**
 * Each state's or organisation's offices in role order; a phrase two of them would make is the
 * higher office's, and a phrase another pack's card answers to is that card's.
 */
function officeCards(s: OwnerData): Card[] {
  const owner = ownerId(s);
  const ownerForms = forms[owner];
  if (!ownerForms) throw new Error(`data/offices/forms.json has no forms for ${owner}`);
  // A slot no template of its kind uses would make nothing, silently: a misspelt "teh" is an error.
  const slots = s.org ? ORG_SLOTS : SLOTS;
  for (const [lang, bySlot] of Object.entries(ownerForms))
    for (const slot of Object.keys(bySlot ?? {}))
      if (!slots[lang as Lang]?.includes(slot))
        throw new Error(`data/offices/forms.json: ${owner} ${lang} has a slot "${slot}" no template uses`);
  const taken = new Set<string>();
  const byRole = [...s.offices].sort((a, b) => OFFICE_ROLES.indexOf(a.role) - OFFICE_ROLES.indexOf(b.role));
  return byRole.map((o) => {
    const id = s.org ? o.id : `office-${owner}-${o.role}`;
    if (!id) throw new Error(`an office of ${owner} has no id`);
    const phrases = titlePhrases(o.title, ownerForms, { organisation: !!s.org, chief: o.chief });
    const aliases: Card['aliases'] = {};
    for (const lang of LANGS) {
      const own = [...(phrases[lang] ?? []), ...(o.phrases?.[lang] ?? [])].filter((p) => {
        const key = `${lang} ${fold(p)}`;
        const other = named.get(fold(p));
        if (other && other !== id) {
          yielded.push(`${id}: "${p}" is ${other}'s`);
          return false;
        }
        if (taken.has(key)) return false;
        taken.add(key);
        return true;
      });
      // "WHO head" is also "who heads": such a phrase matches only with its acronym in capitals.
      if (own.length)
        aliases[lang] = own.map((p) => (acronymWord(p, lang, wordLangs) ? { text: p, caseSensitive: true } : p));
    }
    const cited = new Set(o.holders.flatMap((h) => h.sources));
    const recent = o.holders.filter((h) => !h.to || h.to >= COVERED_FROM);
    const current = o.holders.at(-1);
    const summary = (lang: 'en' | 'ar') =>
      lang === 'en'
        ? `Who has held the office of ${o.label.en} since 2015, by date: ${recent.map((h) => holderLine(h, 'en')).join('; ')}.`
        : `من شغل منصب ${o.label.ar ?? o.label.en} منذ 2015، بالتواريخ: ${recent.map((h) => holderLine(h, 'ar')).join('؛ ')}.`;
    // The latest holder the records name, said as such: a record is as current as its sources.
    const description = (lang: 'en' | 'ar') => {
      const label = o.label[lang] ?? o.label.en;
      if (!current?.person || current.to) return label;
      return lang === 'en'
        ? `${label}. The latest holder in these records: ${nameOf(current.person, 'en')}, ${span(current, 'en')}.`
        : `${label}. آخر من تذكره هذه السجلات: ${nameOf(current.person, 'ar')}، ${span(current, 'ar')}.`;
    };
    return {
      id,
      kind: 'office',
      label: o.label,
      description: { en: description('en'), ar: description('ar') },
      aliases,
      summary: { en: summary('en'), ar: summary('ar') },
      facts: o.holders.flatMap((h) => holderFacts(h, o.label)),
      related: [owner, ...new Set(o.holders.flatMap((h) => (h.person ? [h.person] : [])))],
      office: { of: owner, role: o.role, title: o.title, holders: o.holders },
      sources: s.sources.filter((src) => cited.has(src.id)),
      reviewed: REVIEWED,
    } satisfies Card;
  });
}

/** A summary of at most MAX_SUMMARY_WORDS: whole sentences from the end are left out, never cut. */
function within(text: string): string {
  const sentences = text.match(/[^.!?؟]+[.!?؟]*\s*/g) ?? [text];
  while (sentences.length > 1 && sentences.join('').split(/\s+/).filter(Boolean).length > MAX_SUMMARY_WORDS)
    sentences.pop();
  return sentences.join('').trim();
}

const cards: Card[] = [];
const persons = new Map<string, Card>();
for (const s of owners) {
  cards.push(...officeCards(s));
  // A holder's card lists the sources its facts cite, no others.
  for (const p of s.persons) {
    if (persons.has(p.id)) continue;
    const cited = new Set(citedSources(p));
    const summary = Object.fromEntries(Object.entries(p.summary).map(([lang, text]) => [lang, within(text)]));
    // An after-name alias may share its name («Holguín», a Cuban province): it marks only once the
    // holder is named in full, and there it wins (matcher.ts, `before`).
    const free = (a: Alias) =>
      (typeof a === 'object' && !!a.afterName) ||
      (named.get(fold(typeof a === 'string' ? a : a.text)) ?? p.id) === p.id;
    const aliases = Object.fromEntries(Object.entries(p.aliases).map(([lang, list]) => [lang, list?.filter(free)]));
    persons.set(p.id, {
      ...p,
      aliases: aliases as Card['aliases'],
      summary: summary as Localised,
      sources: p.sources.filter((src) => cited.has(src.id)),
    });
  }
}
const pack: Pack = {
  format: 1,
  id: 'offices',
  name: 'Offices and who held them',
  version: VERSION,
  languages: [...LANGS],
  author: 'Backstory',
  licence: 'CC-BY-SA-4.0',
  reviewed: REVIEWED,
  cards: [...cards, ...persons.values()],
};
const result = validatePack(pack);
if (!result.ok) {
  console.error(`offices pack is invalid:\n  ${result.errors.slice(0, 40).join('\n  ')}`);
  process.exit(1);
}
writeFileSync(OUT, `${JSON.stringify(pack, null, 1)}\n`);
const holders = cards.reduce((n, c) => n + (c.office?.holders.length ?? 0), 0);
console.log(`${OUT}: ${cards.length} offices, ${holders} holder records, ${persons.size} holder cards`);
if (yielded.length)
  console.log(`${yielded.length} title phrases left to other packs' cards:\n  ${yielded.join('\n  ')}`);
