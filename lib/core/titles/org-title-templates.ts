/**
 * How news in each language names the head of an organisation: "the UN Secretary-General", «الأمين
 * العام للأمم المتحدة», "генсек НАТО", "IAEA chief", «رئيس الموساد». As title-templates.ts does for
 * states, a slot in braces takes a form of the organisation's name (data/offices/forms.json) and
 * `[a|b]` is one of several words. An organisation's name has no adjective: its slots are ORG_SLOTS.
 * Data only.
 */
import type { Lang } from '../text/lang-codes';
// Turkish case endings after an office word, in vowel harmony with it: "Genel Sekreteri[nin|ne|…]".
import { TR_E, TR_I, TR_UE } from './title-templates';

/** The name forms an organisation gives each language's templates. */
export const ORG_SLOTS: Record<Lang, readonly string[]> = {
  // "UN" before a title, "the United Nations" after "of".
  en: ['org', 'the'],
  // «أمين عام الأمم المتحدة» (iḍāfa) and «الأمين العام للأمم المتحدة» (with li-).
  ar: ['name', 'li'],
  tr: ['name'],
  ru: ['gen'],
  uk: ['gen'],
  fr: ['de'],
  // "Generalsekretär der Nato" and "Nato-Generalsekretär".
  de: ['gen', 'pre'],
  es: ['de'],
  pt: ['de'],
  it: ['de'],
  fa: ['name'],
  he: ['name'],
};

type Templates = Partial<Record<string, readonly string[]>>;

/**
 * Per language, per title key. `chief` is the plain "head of" that news uses for one office of an
 * organisation ("UN chief", "IAEA chief", «رئيس الموساد»): an office marked `chief` in its record
 * gets these too, where no other office of its organisation would answer to them.
 */
export const ORG_TEMPLATES: Record<Lang, Templates> = {
  // "[|the ]": an organisation may answer to "the Mossad" itself, and a title must start where its name does.
  en: {
    'secretary-general': [
      '[|the ]{org} [Secretary-General|Secretary General]',
      '[Secretary-General|Secretary General] of {the}',
    ],
    'director-general': [
      '[|the ]{org} [Director-General|Director General]',
      '[Director-General|Director General] of {the}',
    ],
    director: ['[|the ]{org} Director', 'Director of {the}'],
    president: ['[|the ]{org} President', 'President of {the}'],
    chairperson: ['[|the ]{org} [Chairperson|Chairman|Chair]', '[Chairperson|Chairman|Chair] of {the}'],
    'managing-director': ['[|the ]{org} Managing Director', 'Managing Director of {the}'],
    'executive-director': ['[|the ]{org} Executive Director', 'Executive Director of {the}'],
    'executive-secretary': ['[|the ]{org} Executive Secretary', 'Executive Secretary of {the}'],
    'high-commissioner': ['[|the ]{org} High Commissioner'],
    'commissioner-general': [
      '[|the ]{org} [Commissioner-General|Commissioner General]',
      'Commissioner-General of {the}',
    ],
    prosecutor: [
      '[|the ]{org} [Prosecutor|chief prosecutor]',
      "[|the ]{org}'s [Prosecutor|chief prosecutor]",
      '[Prosecutor|chief prosecutor] of {the}',
    ],
    'high-representative': [
      '[|the ]{org} [High Representative|foreign policy chief|foreign affairs chief|top diplomat]',
      "[|the ]{org}'s [foreign policy chief|top diplomat]",
    ],
    chief: ['[|the ]{org} [chief|head]', '[head|chief] of {the}'],
  },
  ar: {
    'secretary-general': ['[الأمين العام|الأمينة العامة] {li}', '[أمين عام|أمينة عامة] {name}'],
    'director-general': ['[المدير العام|المديرة العامة] {li}', '[مدير عام|مديرة عامة] {name}'],
    director: ['[مدير|مديرة] {name}'],
    president: ['[رئيس|رئيسة] {name}'],
    chairperson: ['[رئيس|رئيسة] {name}'],
    'managing-director': [
      '[المدير العام|المديرة العامة|المدير التنفيذي|المديرة التنفيذية] {li}',
      '[مدير عام|مديرة] {name}',
    ],
    'executive-director': ['[المدير التنفيذي|المديرة التنفيذية] {li}', '[مدير|مديرة] {name}'],
    'executive-secretary': ['[الأمين التنفيذي|الأمينة التنفيذية|السكرتير التنفيذي] {li}'],
    'high-commissioner': ['[المفوض السامي|المفوضة السامية] {li}', '[مفوض|مفوضة] {name}'],
    'commissioner-general': ['[المفوض العام|المفوضة العامة] {li}', '[مفوض عام|مفوضة عامة] {name}'],
    prosecutor: ['[المدعي العام|المدعية العامة] {li}', '[مدعي عام|مدعية عامة] {name}'],
    'high-representative': [
      '[مسؤول|مسؤولة|منسق|منسقة] السياسة الخارجية {li}',
      '[مسؤول|مسؤولة|منسق|منسقة] السياسة الخارجية في {name}',
      '[الممثل الأعلى|الممثلة العليا] {li}',
    ],
    chief: ['[رئيس|رئيسة] {name}'],
  },
  tr: {
    'secretary-general': [`{name} Genel Sekreteri${TR_E}`],
    'director-general': [`{name} [Genel Direktörü|Genel Müdürü]${TR_UE}`],
    director: [`{name} [Direktörü|Müdürü]${TR_UE}`],
    president: [`{name} Başkanı${TR_I}`],
    chairperson: [`{name} Başkanı${TR_I}`],
    'managing-director': [`{name} [Başkanı|İcra Direktörü]${TR_I}`],
    'executive-director': [`{name} [İcra Direktörü|Yürütme Direktörü]${TR_UE}`],
    'executive-secretary': [`{name} İcra Sekreteri${TR_E}`],
    'high-commissioner': [`{name} Yüksek Komiseri${TR_E}`],
    'commissioner-general': [`{name} Genel Komiseri${TR_E}`],
    prosecutor: [`{name} [Savcısı|Başsavcısı]${TR_I}`],
    'high-representative': [
      `{name} [Yüksek Temsilcisi|Dış Politika Şefi|Dış İlişkiler ve Güvenlik Politikası Yüksek Temsilcisi]${TR_E}`,
    ],
    chief: [`{name} [Başkanı|başkanı]${TR_I}`, `{name} [Şefi|şefi]${TR_E}`],
  },
  // Every Russian and Ukrainian alias word takes the language's case endings (matcher.ts).
  ru: {
    'secretary-general': ['[генеральный секретарь|генсек] {gen}'],
    'director-general': ['[генеральный директор|гендиректор] {gen}'],
    director: ['директор {gen}'],
    president: ['[президент|председатель] {gen}'],
    chairperson: ['председатель {gen}'],
    // A hyphenated word takes its case ending on both halves: one form each.
    'managing-director': ['[директор-распорядитель|директора-распорядителя|директором-распорядителем] {gen}'],
    'executive-director': ['исполнительный директор {gen}'],
    'executive-secretary': ['исполнительный секретарь {gen}'],
    'high-commissioner': ['верховный комиссар {gen}'],
    'commissioner-general': ['генеральный комиссар {gen}'],
    prosecutor: ['прокурор {gen}'],
    'high-representative': ['верховный представитель {gen}', 'глава дипломатии {gen}'],
    chief: ['[глава|руководитель|начальник] {gen}'],
  },
  uk: {
    'secretary-general': ['[генеральний секретар|генсек] {gen}'],
    'director-general': ['[генеральний директор|гендиректор] {gen}'],
    director: ['директор {gen}'],
    president: ['[президент|президентка|голова] {gen}'],
    chairperson: ['голова {gen}'],
    'managing-director': ['[директор-розпорядник|директорка-розпорядниця] {gen}'],
    'executive-director': ['[виконавчий директор|виконавча директорка] {gen}'],
    'executive-secretary': ['виконавчий секретар {gen}'],
    'high-commissioner': ['[верховний комісар|верховна комісарка] {gen}'],
    'commissioner-general': ['генеральний комісар {gen}'],
    prosecutor: ['прокурор {gen}'],
    'high-representative': ['[верховний представник|верховна представниця] {gen}', 'очільниця дипломатії {gen}'],
    chief: ['[глава|голова|очільник|очільниця|керівник|начальник] {gen}'],
  },
  fr: {
    'secretary-general': ['[secrétaire général|secrétaire générale] {de}'],
    'director-general': ['[directeur général|directrice générale] {de}'],
    director: ['[directeur|directrice] {de}'],
    president: ['[président|présidente] {de}'],
    chairperson: ['[président|présidente] {de}'],
    'managing-director': ['[directeur général|directrice générale] {de}'],
    'executive-director': ['[directeur exécutif|directrice exécutive] {de}'],
    'executive-secretary': ['[secrétaire exécutif|secrétaire exécutive] {de}'],
    'high-commissioner': ['[haut-commissaire|haute-commissaire|haut commissaire|haute commissaire] {de}'],
    'commissioner-general': ['[commissaire général|commissaire générale] {de}'],
    prosecutor: ['[procureur|procureure] {de}'],
    'high-representative': ['[haut représentant|haute représentante] {de}', '[chef|cheffe] de la diplomatie {de}'],
    chief: ['[chef|cheffe|patron|patronne] {de}'],
  },
  de: {
    'secretary-general': ['{pre}-[Generalsekretär|Generalsekretärin]', '[Generalsekretär|Generalsekretärin] {gen}'],
    'director-general': ['[Generaldirektor|Generaldirektorin] {gen}', '{pre}-[Generaldirektor|Generaldirektorin]'],
    director: ['[Direktor|Direktorin] {gen}', '{pre}-[Direktor|Direktorin]'],
    president: ['[Präsident|Präsidentin] {gen}', '{pre}-[Präsident|Präsidentin]'],
    chairperson: ['[Vorsitzender|Vorsitzende|Präsident|Präsidentin] {gen}'],
    'managing-director': ['[Direktor|Direktorin|geschäftsführende Direktorin|geschäftsführender Direktor] {gen}'],
    'executive-director': ['[Exekutivdirektor|Exekutivdirektorin] {gen}'],
    'executive-secretary': ['[Exekutivsekretär|Exekutivsekretärin] {gen}'],
    'high-commissioner': ['[Hochkommissar|Hochkommissarin] {gen}', '{pre}-[Hochkommissar|Hochkommissarin]'],
    'commissioner-general': [
      '[Generalkommissar|Generalkommissarin] {gen}',
      '{pre}-[Generalkommissar|Generalkommissarin]',
    ],
    prosecutor: ['[Chefankläger|Chefanklägerin|Ankläger|Anklägerin] {gen}', '{pre}-[Chefankläger|Chefanklägerin]'],
    // An adjective used as a noun: "die EU-Außenbeauftragte", "der EU-Außenbeauftragten".
    'high-representative': ['{pre}-[Außenbeauftragte|Außenbeauftragten|Außenbeauftragter|Chefdiplomatin|Chefdiplomat]'],
    chief: ['{pre}-[Chef|Chefin]', '[Chef|Chefin] {gen}'],
  },
  es: {
    'secretary-general': ['[secretario general|secretaria general] {de}'],
    'director-general': ['[director general|directora general] {de}'],
    director: ['[director|directora] {de}'],
    president: ['[presidente|presidenta] {de}'],
    chairperson: ['[presidente|presidenta] {de}'],
    'managing-director': ['[directora gerente|director gerente] {de}'],
    'executive-director': ['[director ejecutivo|directora ejecutiva] {de}'],
    'executive-secretary': ['[secretario ejecutivo|secretaria ejecutiva] {de}'],
    'high-commissioner': ['[alto comisionado|alta comisionada] {de}'],
    'commissioner-general': ['[comisionado general|comisionada general] {de}'],
    prosecutor: ['[fiscal|fiscal jefe] {de}'],
    'high-representative': ['[alto representante|alta representante] {de}', '[jefe|jefa] de la diplomacia {de}'],
    chief: ['[jefe|jefa] {de}'],
  },
  pt: {
    'secretary-general': ['[secretário-geral|secretária-geral] {de}'],
    'director-general': ['[diretor-geral|diretora-geral] {de}'],
    director: ['[diretor|diretora] {de}'],
    president: ['[presidente|presidenta] {de}'],
    chairperson: ['presidente {de}'],
    'managing-director': ['[diretora-gerente|diretor-gerente] {de}'],
    'executive-director': ['[diretor executivo|diretora executiva] {de}'],
    'executive-secretary': ['[secretário executivo|secretária executiva] {de}'],
    'high-commissioner': ['[alto comissário|alta comissária] {de}'],
    'commissioner-general': ['[comissário-geral|comissária-geral] {de}'],
    prosecutor: ['[procurador|procuradora] {de}'],
    'high-representative': ['[alto representante|alta representante] {de}', 'chefe da diplomacia {de}'],
    chief: ['chefe {de}'],
  },
  it: {
    'secretary-general': ['[segretario generale|segretaria generale] {de}'],
    'director-general': ['[direttore generale|direttrice generale] {de}'],
    director: ['[direttore|direttrice] {de}'],
    president: ['[presidente|presidentessa] {de}'],
    chairperson: ['presidente {de}'],
    'managing-director': ['[direttrice generale|direttore generale|direttrice operativa|direttore operativo] {de}'],
    'executive-director': ['[direttore esecutivo|direttrice esecutiva] {de}'],
    'executive-secretary': ['[segretario esecutivo|segretaria esecutiva] {de}'],
    'high-commissioner': ['[alto commissario|alta commissaria] {de}'],
    'commissioner-general': ['[commissario generale|commissaria generale] {de}'],
    prosecutor: ['[procuratore|procuratrice] {de}'],
    'high-representative': ['[alto rappresentante|alta rappresentante] {de}', 'capo della diplomazia {de}'],
    chief: ['[capo|numero uno] {de}'],
  },
  fa: {
    'secretary-general': ['[دبیرکل|دبیر کل] {name}'],
    'director-general': ['[مدیرکل|مدیر کل] {name}'],
    director: ['[رئیس|مدیر] {name}'],
    president: ['رئیس {name}'],
    chairperson: ['رئیس {name}'],
    'managing-director': ['[مدیرعامل|مدیر عامل|رئیس] {name}'],
    'executive-director': ['[مدیر اجرایی|رئیس] {name}'],
    'executive-secretary': ['دبیر اجرایی {name}'],
    'high-commissioner': ['[کمیسر عالی|کمیسر] {name}'],
    'commissioner-general': ['[کمیسر کل|کمیسر عالی] {name}'],
    prosecutor: ['دادستان {name}'],
    'high-representative': ['[مسئول سیاست خارجی|نماینده عالی سیاست خارجی] {name}'],
    chief: ['رئیس {name}'],
  },
  he: {
    'secretary-general': ['[מזכיר|מזכירת|מזכ"ל] {name}'],
    'director-general': ['[מנכ"ל|מנכ"לית|ראש] {name}'],
    director: ['[ראש|ראשת] {name}'],
    president: ['[נשיא|נשיאת] {name}'],
    chairperson: ['[יו"ר|ראש] {name}'],
    'managing-director': ['[מנכ"לית|מנכ"ל|ראש] {name}'],
    'executive-director': ['[מנכ"ל|מנכ"לית] {name}'],
    'executive-secretary': ['מזכיר {name}'],
    'high-commissioner': ['[נציב|נציבת] {name}'],
    'commissioner-general': ['[נציב|נציבת] {name}'],
    prosecutor: ['התובע הראשי של {name}', 'התובעת הראשית של {name}', '[תובע|תובעת] {name}'],
    'high-representative': ['[שר החוץ|שרת החוץ] של {name}', '[ראש מדיניות החוץ|ראשת מדיניות החוץ] של {name}'],
    chief: ['[ראש|ראשת] {name}'],
  },
};
