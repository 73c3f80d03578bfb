/** The names a card can be found by: its aliases and its labels, in every language it has. */
import { fold } from '../text/normalise';
import { aliasSpec, type AliasSpec } from '../text/alias-spec';
import { afterNameEntity } from '../text/after-name';
import type { Alias, Card } from './pack-schema';

/** The spec of one alias as a pack writes it: a bare string, or its text with flags. */
export const specOf = (entity: string, lang: string, alias: Alias, place?: boolean, person?: boolean): AliasSpec =>
  typeof alias === 'string'
    ? aliasSpec(entity, lang, alias, undefined, undefined, undefined, undefined, place, person)
    : aliasSpec(
        alias.afterName && entity ? afterNameEntity(entity) : entity,
        lang,
        alias.text,
        alias.caseSensitive,
        alias.exact,
        alias.wordAtSentenceStart,
        alias.givenName,
        place,
        person,
      );

/** The kinds whose names are places, and so not a surname's (given-name.ts). */
const PLACE_KINDS: ReadonlySet<Card['kind']> = new Set(['place', 'country']);

export function cardAliases(card: Card): AliasSpec[] {
  const out: AliasSpec[] = [];
  const place = PLACE_KINDS.has(card.kind) || undefined;
  const person = card.kind === 'person' || undefined;
  for (const [lang, list] of Object.entries(card.aliases)) {
    for (const alias of list ?? []) out.push(specOf(card.id, lang, alias, place, person));
  }
  // A label is a name too, unless an alias already spells it: then the alias's flags rule, so a
  // label "China" cannot match "fine china" behind the case-sensitive alias's back.
  const spelled = new Set(out.map((a) => fold(a.text)));
  for (const [lang, label] of Object.entries(card.label))
    if (label && !spelled.has(fold(label)))
      out.push(aliasSpec(card.id, lang, label, undefined, undefined, undefined, undefined, place, person));
  return out;
}
