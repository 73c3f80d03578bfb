/** The names a card can be found by: its aliases and its labels, in every language it has. */
import type { AliasSpec } from '../text/matcher';
import type { Card } from './pack-schema';

export function cardAliases(card: Card): AliasSpec[] {
  const out: AliasSpec[] = [];
  for (const [lang, label] of Object.entries(card.label)) if (label) out.push({ entity: card.id, text: label, lang });
  for (const [lang, list] of Object.entries(card.aliases)) {
    for (const alias of list ?? []) {
      out.push(typeof alias === 'string' ? { entity: card.id, text: alias, lang } : { entity: card.id, lang, ...alias });
    }
  }
  return out;
}
