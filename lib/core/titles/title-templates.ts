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
import type { Lang } from '../text/languages';

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
 * Russian and Ukrainian decline the head noun: its cases are the alternatives.
 */
const RU_PRESIDENT = '[президент|президента|президенту|президентом|президенте]';
const RU_MINISTER = '[министр|министра|министру|министром|министре]';
const UK_PRESIDENT = '[президент|президента|президенту|президентові|президентом|президенті]';
const UK_MINISTER = '[міністр|міністра|міністру|міністрові|міністром|міністрі]';

export const TEMPLATES: Record<Lang, Templates> = {
  en: {
    president: ['{adj} President', 'President of {the}', "{name}'s President"],
    'prime-minister': ['{adj} Prime Minister', 'Prime Minister of {the}', "{name}'s Prime Minister"],
    chancellor: ['{adj} Chancellor', 'Chancellor of {the}', "{name}'s Chancellor"],
    premier: ['{adj} Premier', 'Premier of {the}', "{name}'s Premier"],
    king: ['[King|Queen] of {the}', '{adj} [King|Queen]', "{name}'s [King|Queen]"],
    emir: ['[Emir|Amir] of {the}', "{name}'s Emir"],
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
    emperor: ['الإمبراطور {adj}', 'إمبراطور {name}'],
    'supreme-leader': ['[المرشد|المرشد الأعلى] {adj}', 'مرشد {name}'],
    'foreign-minister': ['وزير الخارجية {adj}', 'وزير خارجية {name}', 'وزيرة الخارجية {adjF}', 'وزيرة خارجية {name}'],
    'defence-minister': ['وزير الدفاع {adj}', 'وزير دفاع {name}', 'وزيرة الدفاع {adjF}', 'وزيرة دفاع {name}'],
  },
  tr: {
    president: ['{name} [Devlet Başkanı|Cumhurbaşkanı]'],
    'prime-minister': ['{name} Başbakanı'],
    chancellor: ['{name} [Başbakanı|Şansölyesi]'],
    king: ['{name} Kralı'],
    emir: ['{name} Emiri'],
    emperor: ['{name} İmparatoru'],
    'supreme-leader': ['{name} [Dini Lideri|Ruhani Lideri]'],
    'foreign-minister': ['{name} Dışişleri Bakanı'],
    'defence-minister': ['{name} [Savunma Bakanı|Milli Savunma Bakanı]'],
  },
  ru: {
    president: [`${RU_PRESIDENT} {gen}`, `{adj} ${RU_PRESIDENT}`],
    'prime-minister': [
      '[премьер-министр|премьер-министра|премьер-министру|премьер-министром|премьер-министре] {gen}',
      '[премьер|премьера|премьеру|премьером|премьере] {gen}',
    ],
    chancellor: ['[канцлер|канцлера|канцлеру|канцлером|канцлере] {gen}'],
    king: ['[король|короля|королю|королём|королем|короле] {gen}'],
    emir: ['[эмир|эмира|эмиру|эмиром|эмире] {gen}'],
    emperor: ['[император|императора|императору|императором|императоре] {gen}'],
    'supreme-leader': [
      '[верховный лидер|верховного лидера|верховному лидеру|верховным лидером|верховном лидере] {gen}',
    ],
    'foreign-minister': [`${RU_MINISTER} иностранных дел {gen}`, 'глава МИД {gen}', '[главы|главе|главой] МИД {gen}'],
    'defence-minister': [`${RU_MINISTER} обороны {gen}`, '[глава|главы|главе|главой] Минобороны {gen}'],
    'secretary-of-state': ['[госсекретарь|госсекретаря|госсекретарю|госсекретарём|госсекретарем|госсекретаре] {gen}'],
  },
  uk: {
    president: [`${UK_PRESIDENT} {gen}`, `{adj} ${UK_PRESIDENT}`],
    'prime-minister': [
      "[прем'єр-міністр|прем'єр-міністра|прем'єр-міністру|прем'єр-міністрові|прем'єр-міністром|прем'єр-міністрі] {gen}",
    ],
    chancellor: ['[канцлер|канцлера|канцлеру|канцлерові|канцлером|канцлері] {gen}'],
    king: ['[король|короля|королю|королеві|королем|королі] {gen}'],
    emir: ['[емір|еміра|еміру|емірові|еміром|емірі] {gen}'],
    emperor: ['[імператор|імператора|імператору|імператорові|імператором|імператорі] {gen}'],
    'supreme-leader': [
      '[верховний лідер|верховного лідера|верховному лідеру|верховним лідером|верховному лідері] {gen}',
    ],
    'foreign-minister': [`${UK_MINISTER} закордонних справ {gen}`, '[глава|голова] МЗС {gen}'],
    'defence-minister': [`${UK_MINISTER} оборони {gen}`],
    'secretary-of-state': ['[держсекретар|держсекретаря|держсекретарю|держсекретарем|держсекретарі] {gen}'],
  },
  fr: {
    president: ['président {adj}', 'présidente {adjF}', '[président|présidente] {de}'],
    'prime-minister': ['Premier ministre {adj}', 'Première ministre {adjF}', '[Premier|Première] ministre {de}'],
    chancellor: ['chancelier {adj}', 'chancelière {adjF}', '[chancelier|chancelière] {de}'],
    king: ['roi {adj}', 'roi {de}', 'reine {adjF}', 'reine {de}'],
    emir: ['émir {de}'],
    emperor: ['empereur {de}', 'empereur {adj}'],
    'supreme-leader': ['guide suprême {adj}', 'guide suprême {de}'],
    'foreign-minister': [
      'ministre {adj} des Affaires étrangères',
      'ministre des Affaires étrangères {adj}',
      'ministre {adjF} des Affaires étrangères',
      'ministre des Affaires étrangères {adjF}',
      'ministre des Affaires étrangères {de}',
      '[chef|cheffe] de la diplomatie {adj}',
    ],
    'defence-minister': [
      'ministre {adj} de la Défense',
      'ministre de la Défense {adj}',
      'ministre {adjF} de la Défense',
      'ministre de la Défense {adjF}',
      'ministre de la Défense {de}',
    ],
    'secretary-of-state': ["secrétaire d'État {adj}"],
    'secretary-of-defense': ['secrétaire {adj} à la Défense', 'secrétaire à la Défense {adj}'],
  },
  de: {
    president: [
      '{adj}[e|en|er] [Präsident|Präsidenten|Präsidentin]',
      '[Präsident|Präsidenten|Präsidentin] {gen}',
      '{pre}-[Präsident|Präsidenten|Präsidentin]',
    ],
    'prime-minister': [
      '{adj}[e|en|er] [Ministerpräsident|Ministerpräsidenten|Ministerpräsidentin|Premierminister|Premierministers|Premierministerin|Regierungschef|Regierungschefs|Regierungschefin]',
      '[Ministerpräsident|Ministerpräsidentin|Premierminister|Premierministerin|Regierungschef|Regierungschefin] {gen}',
    ],
    chancellor: [
      '{adj}[e|en|er] [Kanzler|Kanzlers|Kanzlerin|Bundeskanzler|Bundeskanzlers|Bundeskanzlerin]',
      '[Kanzler|Kanzlerin] {gen}',
    ],
    premier: ['{adj}[e|en|er] [Ministerpräsident|Ministerpräsidenten|Regierungschef|Regierungschefs]'],
    king: ['{adj}[e|en|er] [König|Königs|Königin]', '[König|Königin] {von}'],
    emir: ['Emir {von}', 'Emir {gen}'],
    emperor: ['{adj}[e|en|er] [Kaiser|Kaisers]', 'Kaiser {von}'],
    'supreme-leader': ['{adj}[e|en|er] [Revolutionsführer|Revolutionsführers]', 'Revolutionsführer {gen}'],
    'foreign-minister': [
      '{adj}[e|en|er] [Außenminister|Außenministers|Außenministerin]',
      '[Außenminister|Außenministerin] {gen}',
      '{pre}-[Außenminister|Außenministers|Außenministerin]',
    ],
    'defence-minister': [
      '{adj}[e|en|er] [Verteidigungsminister|Verteidigungsministers|Verteidigungsministerin]',
      '[Verteidigungsminister|Verteidigungsministerin] {gen}',
      '{pre}-[Verteidigungsminister|Verteidigungsministers|Verteidigungsministerin]',
    ],
  },
  es: {
    president: ['presidente {adj}', 'presidenta {adjF}', '[presidente|presidenta] {de}'],
    'prime-minister': ['primer ministro {adj}', 'primera ministra {adjF}', '[primer ministro|primera ministra] {de}'],
    chancellor: ['canciller {adj}', 'canciller {adjF}', 'canciller {de}'],
    king: ['rey {adj}', 'rey {de}', 'reina {de}'],
    emir: ['emir {de}'],
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
    ],
    chancellor: ['chanceler {adj}', 'chanceler {adjF}', 'chanceler {de}'],
    king: ['rei {adj}', 'rei {de}', 'rainha {de}'],
    emir: ['emir {de}'],
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
    'prime-minister': ['[primo ministro|premier] {adj}', 'premier {adjF}', '[primo ministro|premier] {de}'],
    chancellor: ['cancelliere {adj}', 'cancelliera {adjF}', '[cancelliere|cancelliera] {de}'],
    king: ['re {de}', 'regina {de}'],
    emir: ['emiro {de}'],
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
    emperor: ['امپراتور {name}'],
    'supreme-leader': ['رهبر {name}'],
    'foreign-minister': ['[وزیر خارجه|وزیر امور خارجه] {name}'],
    'defence-minister': ['وزیر دفاع {name}'],
    'secretary-of-state': ['وزیر خارجه {name}'],
  },
  he: {
    president: ['נשיא {name}', 'הנשיא {adj}', 'נשיאת {name}', 'הנשיאה {adjF}'],
    'prime-minister': ['ראש ממשלת {name}', 'ראש הממשלה {adj}', 'ראשת ממשלת {name}', 'ראשת הממשלה {adjF}'],
    chancellor: ['קנצלר {name}', 'הקנצלר {adj}', 'קנצלרית {name}', 'הקנצלרית {adjF}'],
    king: ['מלך {name}', 'המלך {adj}', 'מלכת {name}'],
    emir: ['אמיר {name}'],
    emperor: ['קיסר {name}', 'הקיסר {adj}'],
    'supreme-leader': ['המנהיג העליון של {name}', 'המנהיג העליון {adj}', 'מנהיג {name}'],
    'foreign-minister': ['שר החוץ {adj}', 'שר החוץ של {name}', 'שרת החוץ {adjF}', 'שרת החוץ של {name}'],
    'defence-minister': ['שר ההגנה {adj}', 'שר ההגנה של {name}', 'שרת ההגנה {adjF}', 'שרת ההגנה של {name}'],
    'secretary-of-state': ['מזכיר המדינה {adj}', 'מזכיר המדינה של {name}'],
  },
};
