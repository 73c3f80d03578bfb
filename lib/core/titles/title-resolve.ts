/**
 * A title in the text ("the Turkish foreign minister") becomes a mention of the person who held the
 * office on the article's date. Pure: the background and `npm run scan` resolve the same way.
 *
 * Rules, each with the text that needs it (tests/unit/titles.test.ts):
 * - The holder on the article's day; none (a vacancy, a day before the records, a handover day that
 *   either holder may be meant by): not marked.
 * - A title next to the name of someone who held that office ("Russian President Vladimir Putin",
 *   «وزير الدفاع التركي خلوصي أكار», "Putin, the Russian president") is one mention: the name's.
 *   The name says who, even when the article's date would say someone else.
 * - A word that makes it another office, another time or any holder cancels it: "former", "deputy",
 *   "vice", «نائب», «السابق», "President-elect", "бывший", "ehemalige", "the first … to", "all US
 *   presidents"… (CANCEL_BEFORE, CANCEL_AFTER, the plurals).
 * - A title that names no one gives back the names inside it («ترکیه» in «رئیس‌جمهور ترکیه»).
 * - A title beside someone else's name is that person's, not the day's holder: a holder of another
 *   office («il premier bielorusso Lukashenko»), or a name the packs do not know, written with capitals
 *   right after it ("Ukraine's defence minister Andriy Zagorodnyuk", «министр обороны Андрей
 *   Загороднюк»), unless the line is set in title case ("Russian President Says Talks Will Go On").
 */
export interface OfficeTerm {
  person?: string;
  /** The state or body whose office it is (the office card's `of`): "belarus", "united-nations". */
  of?: string;
  from: string;
  to?: string;
  acting?: boolean;
}

export interface TitleMention {
  entity: string;
  start: number;
  end: number;
  /** Set on a title resolved to its holder: the office card's id. */
  office?: string;
}

/**
 * The tenure that covers `day` (YYYY-MM-DD). On a handover day, when one tenure ends and the next
 * begins, the new holder. A date known to the month or year covers every day of it.
 */
export function holderOn<T extends OfficeTerm>(terms: readonly T[], day: string): T | undefined {
  let found: T | undefined;
  for (const t of terms) {
    if (day.slice(0, t.from.length) < t.from) continue;
    if (t.to !== undefined && day.slice(0, t.to.length) > t.to) continue;
    found = t;
  }
  return found;
}

/**
 * The one person who held the office on `day`, for a title in an article of that day; none when two
 * tenures of different people cover it. On a handover day (one tenure ends, the next begins) the
 * day's text may mean either: «el presidente venezolano» on 3 January 2026 was Maduro, whose term
 * the records end that day as Delcy Rodríguez's begins. A date known only to the month is the same
 * question for every day of that month.
 */
export function soleHolderOn<T extends OfficeTerm>(terms: readonly T[], day: string): T | undefined {
  const found = holderOn(terms, day);
  for (const t of terms) {
    if (t === found || t.person === found?.person) continue;
    if (day.slice(0, t.from.length) >= t.from && (t.to === undefined || day.slice(0, t.to.length) <= t.to))
      return undefined;
  }
  return found;
}

/** Words before a title that make it someone else: a deputy, a predecessor, a successor. */
export const CANCEL_BEFORE: ReadonlySet<string> = new Set(
  [
    // en; and words that make it any holder, not one: "the first US president to address the AU" (not
    // "a" or "an": the Portuguese feminine article, «a primeira-ministra», and German "an den …")
    ...['former', 'ex', 'deputy', 'vice', 'assistant', 'late', 'then', 'incoming', 'future', 'next', 'would-be'],
    ...['first', 'last', 'every', 'any', 'each', 'previous', 'past', 'successive', 'another', 'other'],
    // ar (a conjunction or preposition may be joined to it: «ونائب»)
    ...['نائب', 'نائبة', 'مساعد', 'مساعدة'],
    // tr
    ...['eski', 'önceki', 'merhum', 'müstakbel'],
    // ru, uk
    ...['бывший', 'бывшего', 'бывшему', 'бывшим', 'бывшем', 'экс', 'вице', 'заместитель', 'заместителя'],
    ...['заместителю', 'заместителем', 'покойный', 'покойного', 'будущий', 'будущего', 'избранный', 'избранного'],
    ...['колишній', 'колишнього', 'колишньому', 'колишнім', 'заступник', 'заступника', 'віце', 'майбутній'],
    // fr, es, pt, it
    ...['ancien', 'ancienne', 'futur', 'future', 'défunt', 'feu', 'antiguo', 'antigua', 'difunto', 'futuro'],
    ...['antigo', 'antiga', 'falecido', 'defunto', 'vice'],
    // de
    ...['ehemalige', 'ehemaligen', 'ehemaliger', 'frühere', 'früheren', 'früherer', 'designierte', 'designierten'],
    ...['designierter', 'verstorbene', 'verstorbenen', 'künftige', 'künftigen', 'künftiger', 'stellvertretende'],
    ...['stellvertretenden', 'stellvertretender'],
    // fa, he
    ...['معاون', 'סגן', 'סגנית'],
    // any holder, or none: "all US presidents", "no sitting American president", "the next president of…"
    ...[
      'все',
      'всех',
      'каждый',
      'первый',
      'первым',
      'последний',
      'следующий',
      'следующим',
      'никакой',
      'заместительница',
    ],
    ...['всі', 'усі', 'кожен', 'перший', 'першим', 'наступний', 'наступним', 'заступниця', 'заступниці'],
    ...['alle', 'aller', 'jeder', 'kein', 'keiner', 'erste', 'ersten', 'erster', 'letzte', 'nächste', 'nächsten'],
    ...['tous', 'aucun', 'chaque', 'premier', 'dernier', 'prochain', 'todos', 'ningún', 'cada', 'primer', 'primera'],
    ...['último', 'próximo', 'nenhum', 'primeiro', 'primeira', 'tutti', 'nessun', 'ogni', 'primo', 'prima'],
    ...['ultimo', 'prossimo', 'обраний', 'обраного', 'новообраний', 'новоизбранный'],
    // The post, not its holder: «звільнення Малюка з посади голови СБУ» ("Maliuk's dismissal from the
    // post of SBU head", a text dated after it), «شغل منصب وزير الخارجية» ("held the post of foreign
    // minister"): there the day's holder is as often someone else. Not Spanish or Portuguese «cargo»,
    // which is also «a cargo del ministro», "in the minister's charge".
    ...['post', 'منصب', 'منصبي', 'سمت', 'תפקיד', 'пост', 'поста', 'посту', 'постом', 'должность', 'должности'],
    ...['должностью', 'посада', 'посади', 'посаду', 'посаді', 'посадою', 'poste', 'carica', 'amt', 'posten'],
  ].map((w) => w.toLowerCase()),
);

/** Words after a title that make it another time or another office: «السابق», "-elect", "Yardımcısı". */
export const CANCEL_AFTER: ReadonlySet<string> = new Set(
  [
    ...['elect', 'السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'المنتخب', 'المنتخبة', 'الراحل', 'الراحلة'],
    ...['المقبل', 'المقبلة', 'القادم', 'القادمة', 'yardımcısı', 'adayı', 'élu', 'élue', 'electo', 'electa'],
    ...['eleito', 'eleita', 'eletto', 'eletta', 'سابق', 'اسبق', 'فقید', 'منتخب', 'לשעבר', 'המנוח', 'הנבחר'],
    // he: "the next", "the incoming" («ראש המוסד הבא»)
    ...['הבא', 'הבאה', 'הנכנס', 'הנכנסת'],
  ].map((w) => w.toLowerCase()),
);

/**
 * German "die" before a masculine office word is the plural ("die Außenminister Deutschlands,
 * Frankreichs und …"): a woman holder's word ends in -in ("die Außenministerin").
 */
const GERMAN_PLURAL_HEAD =
  /(?:minister|präsident|präsidenten|kanzler|chef|premier|führer|könig|emir|kaiser)(?![\p{L}])/iu;

/** A plural is any holder, or several: "successive Russian presidents", "US secretaries of state". */
const PLURAL =
  /(?:presidents|ministers|secretaries|chancellors|kings|queens|leaders|premiers|emirs|emperors|президенты|президентов|министры|министров|президенти|президентів|міністри|міністрів)$/iu;

const LETTERS = /[\p{L}\p{M}'’-]+/gu;
const ARABIC_CLITIC = /^[وف]?[بلك]?/;
const HEBREW_PREFIX = /^[ו]?[ש]?[בכלמ]?/;

/**
 * The two words right before `at`, lower-cased, without the joined clitics Arabic and Hebrew write:
 * two, since a word may stand between ("the first sitting US president", «معاون اول رئیس‌جمهور»).
 */
function wordsBefore(text: string, at: number): string[] {
  const head = text.slice(Math.max(0, at - 60), at);
  // Not across the end of a sentence.
  const clause = head.split(/[.!?؟;؛\n]/).at(-1) ?? '';
  return (clause.match(LETTERS) ?? []).slice(-2).map(bare);
}

/** The word right after `at` ("-elect" counts: a hyphen joins it). */
function wordAfter(text: string, at: number): string {
  const tail = text.slice(at, at + 40);
  if (/^\s*[.!?؟;؛\n]/.test(tail)) return '';
  const words = tail.match(LETTERS);
  return words ? bare(words[0]!) : '';
}

function bare(word: string): string {
  // "l'ex" and "ex-" are "ex"; "President-elect" after the title is "-elect".
  const parts = word
    .toLowerCase()
    .split(/['’-]/)
    .filter((p) => p);
  return parts.length ? parts[parts.length === 1 ? 0 : word.startsWith('-') ? 0 : parts.length - 1]! : '';
}

const cancelledBefore = (w: string) =>
  CANCEL_BEFORE.has(w) ||
  CANCEL_BEFORE.has(w.replace(ARABIC_CLITIC, '')) ||
  CANCEL_BEFORE.has(w.replace(HEBREW_PREFIX, ''));

/** An article an organisation's title phrase may start with (org-title-templates.ts). */
const LEADING_ARTICLE = /^the\s+/i;

/** Between a title and a name: spaces, a comma or dash, perhaps an article ("Putin, the Russian president"). */
const BESIDE = /^[\s,،:–—-]*(?:(?:the|le|la|el|o|a|il|der|die|den|dem|des)\s+)?$/i;

/** Per person, the states and bodies whose offices they held (built once per map of offices, that is per data revision). */
const ownersByMap = new WeakMap<ReadonlyMap<string, readonly OfficeTerm[]>, ReadonlyMap<string, ReadonlySet<string>>>();
function ownersOfHolders(
  offices: ReadonlyMap<string, readonly OfficeTerm[]>,
): ReadonlyMap<string, ReadonlySet<string>> {
  let map = ownersByMap.get(offices);
  if (!map) {
    const built = new Map<string, Set<string>>();
    for (const terms of offices.values())
      for (const t of terms) if (t.person && t.of) built.set(t.person, (built.get(t.person) ?? new Set()).add(t.of));
    ownersByMap.set(offices, (map = built));
  }
  return map;
}

/**
 * A name right after a title, in a script with capitals: two capitalised words, a first name and a
 * surname ("Andriy Zagorodnyuk", «Андрей Загороднюк»). One word is as often a place («Mısır
 * Cumhurbaşkanının Ankara ziyareti», "the Egyptian president's Ankara visit").
 */
const NAME_NEXT = /^[ \u00a0]+\p{Lu}\p{Ll}[\p{Ll}'’-]*[ \u00a0]+\p{Lu}\p{Ll}/u;
const WORD = /\p{L}{4,}/gu;

/** A line set in title case ("Russian President Says Talks Will Go On"): more capitalised words than others. */
function inTitleCase(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const [w] of text.matchAll(WORD)) {
    if (w[0] !== w[0]!.toLowerCase()) upper++;
    else if (w[0] !== w[0]!.toUpperCase()) lower++;
  }
  return upper > lower;
}

/**
 * `mentions` of one run, in text order, with the titles among them (entities in `offices`) resolved
 * to their holder on `day`. A title that is not (another office, another time, beside the name, a
 * vacancy) gives back what is found inside it without titles, `inner(start, end)`: «رئیس‌جمهور ترکیه»
 * beside Erdoğan's name still marks Turkey. Other mentions pass unchanged.
 */
export function resolveTitles(
  text: string,
  mentions: readonly TitleMention[],
  offices: ReadonlyMap<string, readonly OfficeTerm[]>,
  day: string,
  inner: (start: number, end: number) => TitleMention[] = () => [],
  /** Whether `day` is the article's own; without it (today), a title beside a name the packs do not know is left to that name. */
  dated = true,
): TitleMention[] {
  const out: TitleMention[] = [];
  mentions.forEach((m, i) => {
    const terms = offices.get(m.entity);
    if (!terms) out.push(m);
    else {
      const person = titleHolder(text, mentions, i, terms, day, offices, dated);
      // "the Mossad chief" is a phrase so that it wins over the Mossad's own "the Mossad"; the mark
      // starts at the title, as a state's does ("the Russian president").
      const lead = LEADING_ARTICLE.exec(text.slice(m.start, m.end))?.[0].length ?? 0;
      if (person) out.push({ entity: person, start: m.start + lead, end: m.end, office: m.entity });
      else out.push(...inner(m.start, m.end));
    }
  });
  return out;
}

/** The holder the title `mentions[i]` names, or none (see the rules at the top). */
function titleHolder(
  text: string,
  mentions: readonly TitleMention[],
  i: number,
  terms: readonly OfficeTerm[],
  day: string,
  offices: ReadonlyMap<string, readonly OfficeTerm[]>,
  dated: boolean,
): string | undefined {
  const m = mentions[i]!;
  if (wordsBefore(text, m.start).some(cancelledBefore)) return undefined;
  const surface = text.slice(m.start, m.end);
  if (PLURAL.test(surface)) return undefined;
  if (wordsBefore(text, m.start).at(-1) === 'die' && GERMAN_PLURAL_HEAD.test(surface)) return undefined;
  const after = wordAfter(text, m.end);
  if (CANCEL_AFTER.has(after) || CANCEL_AFTER.has(after.replace(ARABIC_CLITIC, ''))) return undefined;
  // Next to the name of one of its holders: the name is the mention.
  const holders = new Set(terms.flatMap((t) => (t.person ? [t.person] : [])));
  const prev = mentions[i - 1];
  const next = mentions[i + 1];
  if (next && holders.has(next.entity) && BESIDE.test(text.slice(m.end, next.start))) return undefined;
  if (prev && holders.has(prev.entity) && BESIDE.test(text.slice(prev.end, m.start))) return undefined;
  // Followed by the name of someone who held another office of the same state or body: the title is
  // theirs, loosely worded («il premier bielorusso Lukashenko»). Not a holder from elsewhere, who may
  // be the sentence's subject («с канцлером Германии Путин назвал…»), nor the name before it
  // («Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı ile görüştü» is Erdoğan meeting Putin).
  if (
    next &&
    terms[0]?.of !== undefined &&
    ownersOfHolders(offices).get(next.entity)?.has(terms[0].of) &&
    BESIDE.test(text.slice(m.end, next.start))
  )
    return undefined;
  // Undated, beside a name the packs do not know (a place or a body they know would be the next
  // mention there): today's holder is a guess the name contradicts as often as not ("Ukraine's defence
  // minister Andriy Zagorodnyuk" in a 2019 story). Dated, the day's holder is most often that name,
  // or the name is someone else's ("an aide to the Russian president, Yuri Ushakov").
  if (!dated) {
    const named = NAME_NEXT.exec(text.slice(m.end, m.end + 60));
    if (named && !(next && next.start <= m.end + named[0].search(/\p{Lu}/u)) && !inTitleCase(text)) return undefined;
  }
  return soleHolderOn(terms, day)?.person;
}
