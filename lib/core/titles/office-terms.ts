/**
 * The tenures of every office among `cards`, by office id: what title resolution reads (and the
 * background stores with its view). Small: a few hundred offices with a handful of holders each.
 */
import type { Card } from '../knowledge/pack-schema';
import type { OfficeTerm } from './title-resolve';

export type OfficeTerms = Map<string, OfficeTerm[]>;

/**
 * `cards` are the cards of one view (merged: `redirect` says which card an id was merged into). A
 * holder whose card is not among them (its pack switched off) is left unnamed: the title is not marked,
 * rather than marked with a card that cannot open.
 */
export function officeTerms(
  cards: readonly Pick<Card, 'id' | 'office'>[],
  redirect: ReadonlyMap<string, string> = new Map(),
): OfficeTerms {
  const ids = new Set(cards.map((c) => c.id));
  const out: OfficeTerms = new Map();
  for (const card of cards) {
    const office = card.office;
    if (!office) continue;
    out.set(
      card.id,
      office.holders.map(({ person, from, to, acting }) => ({
        from,
        of: office.of,
        ...(person && ids.has(redirect.get(person) ?? person) ? { person: redirect.get(person) ?? person } : {}),
        ...(to ? { to } : {}),
        ...(acting ? { acting } : {}),
      })),
    );
  }
  return out;
}
