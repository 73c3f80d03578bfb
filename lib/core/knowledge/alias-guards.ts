/**
 * Names written down as dangerous, each with the example that needs the guard (pack-rules.ts).
 * `npm run pack:check` refuses a bundled card whose whole alias is a `never-alone` name, and two
 * cards answering to one name unless a `shared` guard says both really go by it.
 */
import type { AliasGuard } from './pack-rules';

export const ALIAS_GUARDS: readonly AliasGuard[] = [
  {
    rule: 'never-alone',
    alias: 'Lai',
    kinds: ['person'],
    example:
      "Lai Ching-te is marked by his full name; 'Lai' alone is a common surname (Jimmy Lai, the Hong Kong publisher, is in the same stories)",
  },
  {
    rule: 'never-alone',
    alias: 'Li',
    kinds: ['person'],
    example: "Li Qiang, Li Keqiang and Li Shangfu are all in China news; 'Li said' cannot tell which",
  },
  {
    rule: 'never-alone',
    alias: 'Kim',
    kinds: ['person'],
    example: 'Kim Jong Un and Kim Yo Jong are in the same sentences; South Korean ministers are Kims too',
  },
  {
    rule: 'never-alone',
    alias: 'Lee',
    kinds: ['person'],
    example: 'Lee Jae-myung, but also Lee Hsien Loong, Lee Kuan Yew and any Lee',
  },
  {
    rule: 'never-alone',
    alias: 'Moon',
    kinds: ['person'],
    example: "Moon Jae-in; 'the Moon' and 'moon landing' are not him",
  },
  {
    rule: 'never-alone',
    alias: 'Han',
    kinds: ['person'],
    example: "Han Duck-soo; Han is also the Chinese ethnic group ('Han Chinese')",
  },
  {
    rule: 'never-alone',
    alias: 'Wang',
    kinds: ['person'],
    example: 'Wang Yi; Wang is among the commonest Chinese surnames (Wang Huning, Wang Wenbin)',
  },
  {
    rule: 'never-alone',
    alias: 'Khan',
    kinds: ['person'],
    example: 'Imran Khan, Karim Khan (ICC), Sadiq Khan (London), Khan Younis (Gaza) are all in the news',
  },
  {
    rule: 'never-alone',
    alias: 'Sharif',
    kinds: ['person'],
    example: 'Shehbaz Sharif and his brother Nawaz Sharif, and Lt Gen Ahmed Sharif Chaudhry, speak in the same stories',
  },
  {
    rule: 'never-alone',
    alias: 'Singh',
    kinds: ['person'],
    example: 'Rajnath Singh; Singh is shared by a large share of Indian names (Manmohan Singh, Jaswant Singh)',
  },
  {
    rule: 'never-alone',
    alias: 'Dar',
    kinds: ['person'],
    example: "Ishaq Dar; 'dar' is a word in Persian, Urdu and Turkish (Turkish: narrow)",
  },
  {
    rule: 'never-alone',
    alias: 'Abbas',
    kinds: ['person'],
    example: 'Mahmoud Abbas and Abbas Araghchi are in the same Gaza–Iran stories',
  },
  {
    rule: 'never-alone',
    alias: 'Harris',
    kinds: ['person'],
    example: 'Kamala Harris; Harris is a common surname and a first name',
  },
  {
    rule: 'never-alone',
    alias: 'Johnson',
    kinds: ['person'],
    example: "Boris Johnson; US House Speaker Mike Johnson is 'Johnson said' as often",
  },
  {
    rule: 'never-alone',
    alias: 'Costa',
    kinds: ['person'],
    example: "António Costa; 'costa' is 'coast' in Spanish, Portuguese and Italian (la costa libanese)",
  },
  {
    rule: 'never-alone',
    alias: 'Michel',
    kinds: ['person'],
    example: 'Charles Michel; Michel Barnier and Louis Michel are in the same European stories',
  },
  {
    rule: 'never-alone',
    alias: 'Sinwar',
    kinds: ['person'],
    example: 'Yahya Sinwar and his brother Mohammed Sinwar both led Hamas in Gaza',
  },
  {
    rule: 'never-alone',
    alias: 'Khamenei',
    kinds: ['person'],
    example: 'Ali Khamenei and, since March 2026, his son Mojtaba Khamenei, both supreme leaders',
  },
  {
    rule: 'never-alone',
    alias: 'Aliyev',
    kinds: ['person'],
    example: "Ilham Aliyev; his father Heydar Aliyev (and Baku's airport) carry the name",
  },
  {
    rule: 'never-alone',
    alias: 'Kadyrov',
    kinds: ['person'],
    example: 'Ramzan Kadyrov; his father Akhmat and his sons Akhmat and Adam are named in the same stories',
  },
  {
    rule: 'never-alone',
    alias: 'Medvedev',
    kinds: ['person'],
    example: "Dmitry Medvedev; 'Medvedev' in sports news is the tennis player Daniil Medvedev",
  },
  {
    rule: 'never-alone',
    alias: 'Qassem',
    kinds: ['person'],
    example: 'Naim Qassem; Qassem Soleimani and many others carry the name',
  },
  {
    rule: 'never-alone',
    alias: 'Chad',
    kinds: ['person'],
    example: "a person's first name (Chad) must never mark; the country card owns the word",
  },
  { rule: 'never-alone', alias: 'Hope', kinds: ['person'], example: 'an English word, not a person' },
  {
    rule: 'never-alone',
    alias: 'Salam',
    kinds: ['person'],
    example: "Nawaf Salam; 'salam' is 'peace' in Arabic, Persian and Turkish greetings",
  },
  {
    rule: 'never-alone',
    alias: 'Aoun',
    kinds: ['person'],
    example: 'Joseph Aoun and Michel Aoun were both presidents of Lebanon',
  },
  {
    rule: 'never-alone',
    alias: 'Türk',
    kinds: ['person'],
    example: "Volker Türk; 'Türk' is the Turkish word for a Turk",
  },
  {
    rule: 'never-alone',
    alias: 'Charles',
    kinds: ['person'],
    example: 'King Charles III; Charles Michel, Charles de Gaulle Airport',
  },
  {
    rule: 'never-alone',
    alias: 'Herzog',
    kinds: ['person'],
    example: "Isaac Herzog; Herzog is 'duke' in German and a common surname (Roman Herzog, Werner Herzog)",
  },
  {
    rule: 'shared',
    alias: 'São Martinho',
    cards: ['country-mf', 'country-sx'],
    example:
      'Portuguese names both halves of the island so (Saint-Martin, Sint Maarten); the label must stay, one card is marked',
  },
  {
    rule: 'shared',
    alias: 'SANA',
    cards: ['syrian-arab-news-agency', 'sanaa'],
    example:
      "Syria's news agency is «SANA» in capitals; Spanish and Portuguese write Sanaa «Saná». Both are case-sensitive, so the case tells them apart",
  },
  // One-word names a dictionary lists in lower case, matched in any case on purpose: the word is the
  // thing itself. Every other such name is case-sensitive (pack-rules.ts, wordProblems).
  ...['Taliban', 'talibán', 'talibã', 'Талібан', 'талибы'].map((alias) => ({
    rule: 'word' as const,
    alias,
    example:
      'French, Spanish, Portuguese and Russian news write the movement in lower case: «les talibans», «los talibanes», «талибы»',
  })),
  ...['Peshmerga', 'пешмерга'].map((alias) => ({
    rule: 'word' as const,
    alias,
    example: 'the Kurdish forces are written in lower case as often as not: «los peshmerga», «курдские пешмерга»',
  })),
  {
    rule: 'word',
    alias: 'Sahel',
    example: 'French "sahel" is the region itself, in lower case when it means the belt of land',
  },
  {
    rule: 'word',
    alias: 'бундесвер',
    example:
      'Russian and Ukrainian news write the German armed forces as a common noun: «служба в бундесвере», «бундесвер отримає»',
  },
  ...['Шахед', 'Хаймарс', 'Джавелін', 'Стінгер'].map((alias) => ({
    rule: 'word' as const,
    alias,
    example: 'Ukrainian and Russian news write the weapons as common nouns: «збили 40 шахедів», «хаймарси»',
  })),
  ...['Eurocámara', 'Europarlamento', 'Гоминьдан', 'Госдепартамент'].map((alias) => ({
    rule: 'word' as const,
    alias,
    example:
      'the dictionary lists the institution itself, which the press also writes in lower case («el europarlamento», «госдепартамент США»)',
  })),
  ...['Libia', 'Libyen', 'Siria', 'Syrien', 'Turquia'].map((alias) => ({
    rule: 'word' as const,
    alias,
    example:
      'the dictionary lists the country itself in lower case; the alias is a name only in its own language, where it is the country',
  })),
];
