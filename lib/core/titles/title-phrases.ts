/**
 * The title phrases of one office, in every language: its title's templates (title-templates.ts for
 * a state's offices, org-title-templates.ts for an organisation's) filled with the forms of the
 * state's or organisation's name. Pure, so each language's phrases are tested in Node.
 */
import type { Lang } from '../text/lang-codes';
import { LANGS } from '../text/lang-codes';
import { ORG_TEMPLATES } from './org-title-templates';
import { TEMPLATES, TITLE_FALLBACK } from './title-templates';

/** A state's or organisation's name forms per language, by slot ("adj", "gen", …): data/offices/forms.json. */
export type StateForms = Partial<Record<Lang, Partial<Record<string, readonly string[]>>>>;

/** The templates for `title` in `lang`, or its general office's where the language has none of its own. */
export function templatesFor(title: string, lang: Lang): readonly string[] {
  const own = TEMPLATES[lang];
  return own[title] ?? own[TITLE_FALLBACK[title] ?? ''] ?? [];
}

/**
 * Every phrase one template makes: `{slot}` takes each of the state's forms for it (none: the
 * template makes nothing), `[a|b]` each alternative.
 */
export function expandTemplate(template: string, slots: Partial<Record<string, readonly string[]>>): string[] {
  let out = [''];
  for (const part of template.split(/(\{[a-zA-Z]+\}|\[[^\]]*\])/)) {
    if (!part) continue;
    const choices = part.startsWith('{')
      ? (slots[part.slice(1, -1)] ?? [])
      : part.startsWith('[')
        ? part.slice(1, -1).split('|')
        : [part];
    out = out.flatMap((head) => choices.map((c) => head + c));
    if (out.length === 0) return [];
  }
  return out.map((p) => p.replace(/\s+/g, ' ').trim());
}

/** Whose office it is: a state's (the default), or an organisation's, named as its head ("UN chief") or not. */
export interface OfficeOwner {
  organisation?: boolean;
  chief?: boolean;
}

/** The templates of an organisation's office titled `title` in `lang`, with the "chief" ones if it is its head. */
export function orgTemplatesFor(title: string, lang: Lang, chief = false): readonly string[] {
  const own = ORG_TEMPLATES[lang];
  return [...(own[title] ?? []), ...(chief ? (own.chief ?? []) : [])];
}

/** The phrases of an office titled `title` whose state or organisation has `forms`, per language, each once. */
export function titlePhrases(
  title: string,
  forms: StateForms,
  owner: OfficeOwner = {},
): Partial<Record<Lang, string[]>> {
  const out: Partial<Record<Lang, string[]>> = {};
  for (const lang of LANGS) {
    const slots = forms[lang];
    if (!slots) continue;
    const templates = owner.organisation ? orgTemplatesFor(title, lang, owner.chief) : templatesFor(title, lang);
    const phrases = [...new Set(templates.flatMap((t) => expandTemplate(t, slots)))];
    if (phrases.length) out[lang] = phrases;
  }
  return out;
}
