/**
 * How news in each language names an office by its state: "the Russian president", «الرئيس الروسي»,
 * "президента России", "Rusya Dışişleri Bakanı". Templates, not phrases: a slot in braces takes a
 * form of the state's name (forms per language in data/offices/forms.json; the slots each language
 * uses are listed in SLOTS), and `[a|b]` is one of several words (a declined head noun, a masculine and a
 * feminine office word). title-phrases.ts expands them. Data only.
 *
 * Only phrases that name one state: "the president", «الوزير» or "Dışişleri Bakanı" alone name none
 * and are never generated.
 */
import type { Lang } from '../text/lang-codes';

/** The name forms each language's templates use (see data/offices/forms.json). */
export const SLOTS: Record<Lang, readonly string[]> = {
  en: ['adj', 'name', 'the'],
  ar: ['adj', 'adjF', 'name'],
  tr: ['name'],
  ru: ['gen', 'adj'],
  uk: ['gen', 'adj'],
  fr: ['adj', 'adjF', 'de'],
  de: ['adj', 'gen', 'von', 'pre'],
  es: ['adj', 'adjF', 'de'],
  pt: ['adj', 'adjF', 'de'],
  it: ['adj', 'adjF', 'de'],
  fa: ['name'],
  he: ['adj', 'adjF', 'name'],
};

type Templates = Partial<Record<string, readonly string[]>>;

/** A title a language has no words of its own for is named as the general office is. */
export const TITLE_FALLBACK: Record<string, string> = {
  'secretary-of-state': 'foreign-minister',
  'foreign-secretary': 'foreign-minister',
  'secretary-of-defense': 'defence-minister',
  'defence-secretary': 'defence-minister',
  premier: 'prime-minister',
  // The United Kingdom's head of state is a king or a queen: both words are the king's templates'.
  monarch: 'king',
};

/*
 * German adjectives take their ending from the article before them: "der russische Präsident", "des
 * russischen Präsidenten", "ein russischer Präsident". The stem is the slot, the endings are here.
 */
/*
 * Turkish writes a case ending after an office word without an apostrophe ("ABD Dışişleri Bakanıyla",
 * "Rusya Devlet Başkanının"), in vowel harmony with the word: the endings after a word in -ı, -i, -u,
 * -ü (org-title-templates.ts uses them too).
 */
export const TR_I = '[|nın|na|nı|nda|ndan|yla]';
export const TR_E = '[|nin|ne|ni|nde|nden|yle]';
export const TR_U = '[|nun|na|nu|nda|ndan|yla]';
export const TR_UE = '[|nün|ne|nü|nde|nden|yle]';

export const TEMPLATES: Record<Lang, Templates> = {
  en: {
    president: ['{adj} President', 'President of {the}', "{name}'s President"],
    'prime-minister': ['{adj} Prime Minister', 'Prime Minister of {the}', "{name}'s Prime Minister"],
    chancellor: ['{adj} Chancellor', 'Chancellor of {the}', "{name}'s Chancellor"],
    premier: ['{adj} Premier', 'Premier of {the}', "{name}'s Premier"],
    king: ['[King|Queen] of {the}', '{adj} [King|Queen]', "{name}'s [King|Queen]"],
    emir: ['[Emir|Amir] of {the}', "{name}'s Emir"],
    leader: ['{adj} leader', 'leader of {the}', "{name}'s leader"],
    emperor: ['Emperor of {the}', '{adj} Emperor', "{name}'s Emperor"],
    'supreme-leader': ['{adj} Supreme Leader', 'Supreme Leader of {the}', "{name}'s Supreme Leader"],
    'foreign-minister': [
      '{adj} Foreign Minister',
      'Foreign Minister of {the}',
      "{name}'s Foreign Minister",
      '{adj} Minister of Foreign Affairs',
      'Minister of Foreign Affairs of {the}',
    ],
    'defence-minister': [
      '{adj} [Defence|Defense] Minister',
      '[Defence|Defense] Minister of {the}',
      "{name}'s [Defence|Defense] Minister",
      '{adj} Minister of [Defence|Defense]',
      'Minister of [Defence|Defense] of {the}',
    ],
    'secretary-of-state': ['{adj} Secretary of State'],
    'secretary-of-defense': ['{adj} [Secretary of Defense|Defense Secretary|Secretary of War|War Secretary]'],
    'foreign-secretary': ['{adj} Foreign Secretary', "{name}'s Foreign Secretary"],
    'defence-secretary': ['{adj} Defence Secretary', "{name}'s Defence Secretary"],
  },
  ar: {
    president: ['الرئيس {adj}', 'رئيس {name}', 'الرئيسة {adjF}', 'رئيسة {name}'],
    'prime-minister': [
      '[رئيس الوزراء|رئيس الحكومة] {adj}',
      // The adjective may agree with «الحكومة»: «رئيس الحكومة الإسرائيلية».
      'رئيس الحكومة {adjF}',
      '[رئيس وزراء|رئيس حكومة] {name}',
      '[رئيسة الوزراء|رئيسة الحكومة] {adjF}',
      '[رئيسة وزراء|رئيسة حكومة] {name}',
    ],
    chancellor: ['المستشار {adj}', 'مستشار {name}', 'المستشارة {adjF}', 'مستشارة {name}'],
    premier: ['[رئيس الوزراء|رئيس مجلس الدولة] {adj}', 'رئيس وزراء {name}'],
    // «الأمير السعودي» is any prince: the emir is named with his state only.
    king: ['[الملك|العاهل] {adj}', 'ملك {name}', 'الملكة {adjF}', 'ملكة {name}'],
    emir: ['أمير {name}', 'أمير دولة {name}'],
    leader: ['الزعيم {adj}', 'زعيم {name}'],
    emperor: ['الإمبراطور {adj}', 'إمبراطور {name}'],
    'supreme-leader': ['[المرشد|المرشد الأعلى] {adj}', 'مرشد {name}'],
    'foreign-minister': ['وزير الخارجية {adj}', 'وزير خارجية {name}', 'وزيرة الخارجية {adjF}', 'وزيرة خارجية {name}'],
    'defence-minister': ['وزير الدفاع {adj}', 'وزير دفاع {name}', 'وزيرة الدفاع {adjF}', 'وزيرة دفاع {name}'],
  },
  tr: {
    // "ABD Başkanı": the United States' president is "Başkan" as often as "Devlet Başkanı".
    president: [`{name} [Devlet Başkanı|Cumhurbaşkanı|Başkanı]${TR_I}`],
    'prime-minister': [`{name} Başbakanı${TR_I}`],
    chancellor: [`{name} Başbakanı${TR_I}`, `{name} Şansölyesi${TR_E}`],
    king: [`{name} Kralı${TR_I}`],
    emir: [`{name} Emiri${TR_E}`],
    leader: [`{name} [lideri|Lideri]${TR_E}`],
    emperor: [`{name} İmparatoru${TR_U}`],
    'supreme-leader': [`{name} [Dini Lideri|Ruhani Lideri]${TR_E}`],
    'foreign-minister': [`{name} Dışişleri Bakanı${TR_I}`],
    'defence-minister': [`{name} [Savunma Bakanı|Milli Savunma Bakanı]${TR_I}`],
  },
  // Every Russian and Ukrainian alias word takes the language's case endings (matcher.ts: "президент
  // России" finds "президента России", "российский" finds "российского"): one form of each word.
  ru: {
    // "председатель КНР": China's head of state, as Russian news names him.
    president: ['президент {gen}', '{adj} президент', 'председатель {gen}'],
    'prime-minister': ['премьер-министр {gen}', 'премьер {gen}', '{adj} премьер', '{adj} премьер-министр'],
    chancellor: ['канцлер {gen}'],
    king: ['король {gen}'],
    emir: ['эмир {gen}'],
    leader: ['лидер {gen}', '{adj} лидер'],
    emperor: ['император {gen}'],
    'supreme-leader': ['верховный лидер {gen}', 'верховный руководитель {gen}'],
    'foreign-minister': ['министр иностранных дел {gen}', 'глава МИД {gen}'],
    'defence-minister': ['министр обороны {gen}', 'глава Минобороны {gen}'],
    'secretary-of-state': ['госсекретарь {gen}'],
  },
  uk: {
    president: ['президент {gen}', '{adj} президент'],
    'prime-minister': ["прем'єр-міністр {gen}", "прем'єр-міністерка {gen}"],
    chancellor: ['канцлер {gen}', 'канцлерка {gen}'],
    king: ['король {gen}'],
    emir: ['емір {gen}'],
    leader: ['лідер {gen}'],
    emperor: ['імператор {gen}'],
    'supreme-leader': ['верховний лідер {gen}'],
    'foreign-minister': ['[міністр|міністерка] закордонних справ {gen}', '[глава|голова] МЗС {gen}'],
    'defence-minister': ['[міністр|міністерка] оборони {gen}'],
    'secretary-of-state': ['держсекретар {gen}'],
  },
  fr: {
    president: ['président {adj}', 'présidente {adjF}', '[président|présidente] {de}'],
    'prime-minister': ['Premier ministre {adj}', 'Première ministre {adjF}', '[Premier|Première] ministre {de}'],
    chancellor: ['chancelier {adj}', 'chancelière {adjF}', '[chancelier|chancelière] {de}'],
    king: ['roi {adj}', 'roi {de}', 'reine {adjF}', 'reine {de}'],
    emir: ['émir {de}'],
    leader: ['dirigeant {adj}', 'dirigeant {de}'],
    emperor: ['empereur {de}', 'empereur {adj}'],
    'supreme-leader': ['guide suprême {adj}', 'guide suprême {de}'],
    'foreign-minister': [
      'ministre {adj} des Affaires étrangères',
      'ministre des Affaires étrangères {adj}',
      'ministre {adjF} des Affaires étrangères',
      'ministre des Affaires étrangères {adjF}',
      'ministre des Affaires étrangères {de}',
      // The adjective agrees with «diplomatie»: "le chef de la diplomatie américaine".
      '[chef|cheffe] de la diplomatie {adjF}',
    ],
    'defence-minister': [
      'ministre {adj} de la Défense',
      'ministre de la Défense {adj}',
      'ministre {adjF} de la Défense',
      'ministre de la Défense {adjF}',
      'ministre de la Défense {de}',
    ],
    'secretary-of-state': ["secrétaire d'État {adj}", '[chef|cheffe] de la diplomatie {adjF}'],
    'secretary-of-defense': ['secrétaire {adj} à la Défense', 'secrétaire à la Défense {adj}'],
  },
  de: {
    president: [
      '{adj}[e|en|er] [Präsident|Präsidenten|Präsidentin|Staatspräsident|Staatspräsidenten|Staatspräsidentin|Staatschef]',
      '[Präsident|Präsidenten|Präsidentin|Staatspräsident|Staatspräsidentin] {gen}',
      '{gen} [Präsident|Präsidenten|Präsidentin|Staatspräsident|Staatschef]',
      '{pre}-[Präsident|Präsidenten|Präsidentin]',
    ],
    'prime-minister': [
      '{adj}[e|en|er] [Ministerpräsident|Ministerpräsidenten|Ministerpräsidentin|Premierminister|Premierministerin|Premier|Regierungschef|Regierungschefin]',
      '[Ministerpräsident|Ministerpräsidentin|Premierminister|Premierministerin|Regierungschef|Regierungschefin] {gen}',
      '{gen} [Ministerpräsident|Ministerpräsidentin|Premierminister|Premierministerin|Premier|Regierungschef|Regierungschefin]',
    ],
    chancellor: ['{adj}[e|en|er] [Kanzler|Kanzlerin|Bundeskanzler|Bundeskanzlerin]', '[Kanzler|Kanzlerin] {gen}'],
    premier: ['{adj}[e|en|er] [Ministerpräsident|Ministerpräsidenten|Regierungschef]'],
    king: ['{adj}[e|en|er] [König|Königin]', '[König|Königin] {von}'],
    emir: ['Emir {von}', 'Emir {gen}'],
    leader: ['{adj}[e|en|er] [Machthaber|Staatschef]', 'Machthaber {gen}'],
    emperor: ['{adj}[e|en|er] Kaiser', 'Kaiser {von}'],
    'supreme-leader': ['{adj}[e|en|er] [Revolutionsführer]', 'Revolutionsführer {gen}'],
    'foreign-minister': [
      '{adj}[e|en|er] [Außenminister|Außenministerin]',
      '[Außenminister|Außenministerin] {gen}',
      '{gen} [Außenminister|Außenministerin]',
      '{pre}-[Außenminister|Außenministerin]',
    ],
    'defence-minister': [
      '{adj}[e|en|er] [Verteidigungsminister|Verteidigungsministerin]',
      '[Verteidigungsminister|Verteidigungsministerin] {gen}',
      '{gen} [Verteidigungsminister|Verteidigungsministerin]',
      '{pre}-[Verteidigungsminister|Verteidigungsministerin]',
    ],
  },
  es: {
    president: ['presidente {adj}', 'presidenta {adjF}', '[presidente|presidenta] {de}'],
    'prime-minister': ['primer ministro {adj}', 'primera ministra {adjF}', '[primer ministro|primera ministra] {de}'],
    chancellor: ['canciller {adj}', 'canciller {adjF}', 'canciller {de}'],
    king: ['rey {adj}', 'rey {de}', 'reina {de}'],
    emir: ['emir {de}'],
    leader: ['líder {adj}', 'líder {de}'],
    emperor: ['emperador {de}', 'emperador {adj}'],
    'supreme-leader': ['líder supremo {adj}', 'líder supremo {de}'],
    'foreign-minister': [
      '[ministro|ministra] de [Exteriores|Asuntos Exteriores|Relaciones Exteriores] {adj}',
      'ministro {adj} de [Exteriores|Asuntos Exteriores]',
      'ministra de [Exteriores|Asuntos Exteriores|Relaciones Exteriores] {adjF}',
      '[ministro|ministra] de [Exteriores|Asuntos Exteriores|Relaciones Exteriores] {de}',
      'canciller {adj}',
    ],
    'defence-minister': [
      'ministro de Defensa {adj}',
      'ministro {adj} de Defensa',
      'ministra de Defensa {adjF}',
      '[ministro|ministra] de Defensa {de}',
    ],
    'secretary-of-state': ['secretario de Estado {adj}'],
    'secretary-of-defense': ['secretario de [Defensa|Guerra] {adj}'],
  },
  pt: {
    president: ['presidente {adj}', 'presidenta {adjF}', 'presidente {de}'],
    'prime-minister': [
      'primeiro-ministro {adj}',
      'primeira-ministra {adjF}',
      '[primeiro-ministro|primeira-ministra] {de}',
      // Brazilian news's word for a prime minister of either sex: «o premiê britânico», «a premiê japonesa».
      'premiê {adj}',
      'premiê {adjF}',
      'premiê {de}',
    ],
    chancellor: ['chanceler {adj}', 'chanceler {adjF}', 'chanceler {de}'],
    king: ['rei {adj}', 'rei {de}', 'rainha {de}'],
    emir: ['emir {de}'],
    leader: ['líder {adj}', 'líder {de}'],
    emperor: ['imperador {de}', 'imperador {adj}'],
    'supreme-leader': ['líder supremo {adj}', 'líder supremo {de}'],
    'foreign-minister': [
      '[ministro|ministra] [das Relações Exteriores|dos Negócios Estrangeiros] {de}',
      'ministro {adj} [das Relações Exteriores|dos Negócios Estrangeiros]',
      'ministro [das Relações Exteriores|dos Negócios Estrangeiros] {adj}',
      'chanceler {adj}',
    ],
    'defence-minister': ['ministro da Defesa {adj}', 'ministro {adj} da Defesa', '[ministro|ministra] da Defesa {de}'],
    'secretary-of-state': ['secretário de Estado {adj}'],
    'secretary-of-defense': ['secretário de [Defesa|Guerra] {adj}'],
  },
  it: {
    president: ['presidente {adj}', 'presidente {adjF}', 'presidente {de}'],
    // "presidente del Consiglio": Italy's own name for its prime minister.
    'prime-minister': [
      '[primo ministro|premier|presidente del Consiglio] {adj}',
      'premier {adjF}',
      '[primo ministro|premier] {de}',
    ],
    chancellor: ['cancelliere {adj}', 'cancelliera {adjF}', '[cancelliere|cancelliera] {de}'],
    king: ['re {de}', 'regina {de}'],
    emir: ['emiro {de}'],
    leader: ['leader {adj}', 'leader {de}'],
    emperor: ['imperatore {de}', 'imperatore {adj}'],
    'supreme-leader': ['guida suprema {adjF}', 'guida suprema {de}'],
    'foreign-minister': [
      'ministro degli Esteri {adj}',
      'ministro {adj} degli Esteri',
      'ministra degli Esteri {adjF}',
      '[ministro|ministra] degli Esteri {de}',
    ],
    'defence-minister': [
      'ministro della Difesa {adj}',
      'ministro {adj} della Difesa',
      'ministra della Difesa {adjF}',
      '[ministro|ministra] della Difesa {de}',
    ],
    'secretary-of-state': ['segretario di Stato {adj}'],
    'secretary-of-defense': ['segretario [alla Difesa|alla Guerra] {adj}'],
  },
  fa: {
    president: ['[رئیس‌جمهور|رئیس جمهور|رئیس‌جمهوری] {name}'],
    'prime-minister': ['[نخست‌وزیر|نخست وزیر] {name}'],
    chancellor: ['صدراعظم {name}'],
    premier: ['[نخست‌وزیر|نخست وزیر] {name}'],
    king: ['[پادشاه|شاه] {name}'],
    emir: ['امیر {name}'],
    leader: ['رهبر {name}'],
    emperor: ['امپراتور {name}'],
    'supreme-leader': ['رهبر {name}'],
    'foreign-minister': ['[وزیر خارجه|وزیر امور خارجه] {name}'],
    'defence-minister': ['وزیر دفاع {name}'],
    'secretary-of-state': ['وزیر خارجه {name}'],
  },
  he: {
    president: ['נשיא {name}', 'הנשיא {adj}', 'נשיאת {name}', 'הנשיאה {adjF}'],
    // ראש הממשלה היפנית: the adjective agrees with ממשלה, "government", which is feminine.
    'prime-minister': [
      'ראש ממשלת {name}',
      'ראש הממשלה {adj}',
      'ראש הממשלה {adjF}',
      'ראשת ממשלת {name}',
      'ראשת הממשלה {adjF}',
    ],
    chancellor: ['קנצלר {name}', 'הקנצלר {adj}', 'קנצלרית {name}', 'הקנצלרית {adjF}'],
    king: ['מלך {name}', 'המלך {adj}', 'מלכת {name}'],
    emir: ['אמיר {name}'],
    leader: ['מנהיג {name}', 'המנהיג {adj}'],
    emperor: ['קיסר {name}', 'הקיסר {adj}'],
    'supreme-leader': ['המנהיג העליון של {name}', 'המנהיג העליון {adj}', 'מנהיג {name}'],
    'foreign-minister': ['שר החוץ {adj}', 'שר החוץ של {name}', 'שרת החוץ {adjF}', 'שרת החוץ של {name}'],
    'defence-minister': ['שר ההגנה {adj}', 'שר ההגנה של {name}', 'שרת ההגנה {adjF}', 'שרת ההגנה של {name}'],
    'secretary-of-state': ['מזכיר המדינה {adj}', 'מזכיר המדינה של {name}', 'שר החוץ {adj}', 'שר החוץ של {name}'],
  },
};
