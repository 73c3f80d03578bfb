/**
 * The title phrases of one office, in every language: its title's templates (title-templates.ts)
 * filled with the forms of its state's name. Pure, so each language's phrases are tested in Node.
 */
import type { Lang } from '../text/languages';
import { LANGS } from '../text/languages';
import { TEMPLATES, TITLE_FALLBACK } from './title-templates';

/** A state's name forms per language, by slot ("adj", "gen", …): data/offices/forms.json. */
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

/** The phrases of an office titled `title` whose state has `forms`, per language, each once. */
export function titlePhrases(title: string, forms: StateForms): Partial<Record<Lang, string[]>> {
  const out: Partial<Record<Lang, string[]>> = {};
  for (const lang of LANGS) {
    const slots = forms[lang];
    if (!slots) continue;
    const phrases = [...new Set(templatesFor(title, lang).flatMap((t) => expandTemplate(t, slots)))];
    if (phrases.length) out[lang] = phrases;
  }
  return out;
}
