/**
 * The few words a card itself says, in the card's language (which follows the page, not the
 * browser's interface language, so an Arabic article gets an Arabic card in an English browser).
 */
import type { Kind } from './knowledge/pack-schema';

export type CardLang = 'ar' | 'en';

interface CardStrings {
  kinds: Record<Kind, string>;
  facts: string;
  sources: string;
  close: string;
  reviewed: (date: string) => string;
  stale: string;
  editedByYou: string;
  yourCard: string;
  sinceArticle: (date: string) => string;
  pin: string;
  unpin: string;
  inThisArticle: string;
  mentions: (n: number) => string;
  nothingFound: string;
  notThisHere: string;
  mapOf: (name: string) => string;
  mapCredit: string;
  /** A title's card: "President of Russia at the time of this article (29 September 2021)". */
  officeAt: (office: string, date: string) => string;
  /** …or, where the page gives no date, today's holder, and that it says so. */
  officeUndated: (office: string) => string;
  /** The holder since, when it is not the one of the article's day. */
  officeToday: (since: string) => string;
  acting: string;
  /** The card read in full (the library): its timeline, who lists it as what, and the cards it relates to. */
  timeline: string;
  designations: string;
  /** "since 8 October 1997", "until 2 March 2023": a designation's dates. */
  sinceDate: (date: string) => string;
  untilDate: (date: string) => string;
  related: string;
}

export const CARD_STRINGS: Record<CardLang, CardStrings> = {
  en: {
    kinds: {
      person: 'Person',
      place: 'Place',
      country: 'Country',
      organisation: 'Organisation',
      'armed-group': 'Armed group',
      'political-party': 'Political party',
      'weapon-system': 'Weapon system',
      programme: 'Programme',
      agreement: 'Agreement',
      event: 'Event',
      office: 'Office',
    },
    facts: 'Key facts',
    sources: 'Sources',
    timeline: 'Timeline',
    designations: 'Listed as',
    sinceDate: (date) => `since ${date}`,
    untilDate: (date) => `until ${date}`,
    related: 'Related',
    close: 'Close',
    reviewed: (date) => `Card reviewed ${date}`,
    stale: 'Not reviewed for over a year: facts may be out of date.',
    editedByYou: 'Edited by you',
    yourCard: 'Your card',
    sinceArticle: (date) => `Since this article (${date})`,
    pin: 'Keep this card open',
    unpin: 'Let this card close',
    inThisArticle: 'In this article',
    mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
    nothingFound: 'No names from your packs on this page.',
    notThisHere: 'Not this here',
    mapOf: (name) => `Where ${name} is`,
    mapCredit: 'Map: Natural Earth; borders as drawn there, some disputed',
    officeAt: (office, date) => `${office} at the time of this article (${date})`,
    officeUndated: (office) => `${office} today (the article's date is unknown)`,
    officeToday: (since) => `Today (since ${since})`,
    acting: 'acting',
  },
  ar: {
    kinds: {
      person: 'شخصية',
      place: 'مكان',
      country: 'دولة',
      organisation: 'منظمة',
      'armed-group': 'جماعة مسلحة',
      'political-party': 'حزب سياسي',
      'weapon-system': 'منظومة أسلحة',
      programme: 'برنامج',
      agreement: 'اتفاق',
      event: 'حدث',
      office: 'منصب',
    },
    facts: 'حقائق أساسية',
    sources: 'المصادر',
    timeline: 'التسلسل الزمني',
    designations: 'التصنيفات',
    sinceDate: (date) => `منذ ${date}`,
    untilDate: (date) => `حتى ${date}`,
    related: 'ذو صلة',
    close: 'إغلاق',
    reviewed: (date) => `رُوجعت البطاقة في ${date}`,
    stale: 'لم تُراجع منذ أكثر من عام: قد تكون المعلومات قديمة.',
    editedByYou: 'عدّلتها أنت',
    yourCard: 'بطاقتك',
    sinceArticle: (date) => `منذ نشر هذا المقال (${date})`,
    pin: 'إبقاء البطاقة مفتوحة',
    unpin: 'السماح بإغلاق البطاقة',
    inThisArticle: 'في هذا المقال',
    mentions: (n) => (n === 1 ? 'ذكر واحد' : n === 2 ? 'ذكران' : `${n} ذكر`),
    nothingFound: 'لا أسماء من حزمك في هذه الصفحة.',
    notThisHere: 'ليس المقصود هنا',
    mapOf: (name) => `موقع ${name}`,
    mapCredit: 'الخريطة: Natural Earth؛ الحدود كما ترسمها، وبعضها متنازع عليه',
    officeAt: (office, date) => `${office} وقت نشر هذا المقال (${date})`,
    officeUndated: (office) => `${office} اليوم (تاريخ المقال غير معروف)`,
    officeToday: (since) => `اليوم (منذ ${since})`,
    acting: 'بالوكالة',
  },
};

export const cardLangOf = (lang: string): CardLang => (lang.toLowerCase().startsWith('ar') ? 'ar' : 'en');

/** "2019", "July 2019" or "12 July 2019": as precise as the fact's date, no more. */
export function formatDate(iso: string, lang: CardLang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', numberingSystem: 'latn' };
  if (m) options.month = 'long';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/**
 * A link only for http and https without user-info: `https://news.example@evil.example/` would show
 * one host and open another. Anything else is shown as text.
 */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.username || u.password) return undefined;
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host a link opens, shown beside its title so the reader sees where it goes: `www.reuters.com`. */
export function linkHost(href: string): string {
  return new URL(href).hostname;
}
