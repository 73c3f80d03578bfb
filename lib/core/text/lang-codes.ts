/**
 * The twelve languages and their codes, apart from the rules that read text in them (languages.ts,
 * which brings franc's trigram tables): packs, their schema and Backstory's own pages need only
 * these, and a page that loads them loads a few hundred bytes instead of 170 kB.
 */
export const LANGS = ['ar', 'en', 'tr', 'ru', 'fr', 'de', 'es', 'pt', 'it', 'fa', 'uk', 'he'] as const;
export type Lang = (typeof LANGS)[number];

/** An alias or phrase of no particular language: it applies everywhere. */
export const NO_LANG = 255;

/** Index of a language in LANGS; a pattern stores it in one byte. */
export const langIndex = (lang: string): number => {
  const i = (LANGS as readonly string[]).indexOf(lang);
  return i < 0 ? NO_LANG : i;
};

/** The primary subtag of a BCP 47 tag, if it is one of ours: "pt-BR" → pt, "iw" (old Hebrew) → he. */
export function declaredLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]!;
  const known = primary === 'iw' ? 'he' : primary === 'pes' || primary === 'prs' ? 'fa' : primary;
  return (LANGS as readonly string[]).includes(known) ? (known as Lang) : undefined;
}
