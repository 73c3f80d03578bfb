/**
 * Names that count only after their card is named in full (the pack's `afterName`): a surname many
 * share, as news writes it after the full name («Delcy Rodríguez … Rodríguez dijo»). The matcher
 * holds such an alias under a stand-in entity, the card's id after AFTER_NAME, so it needs no flag
 * of its own; a mention of it is the card's where the card was named earlier in the same text, and
 * nothing elsewhere.
 */
import type { JoinedStrings } from './joined-strings';

/** Card ids are kebab-case: none starts with this. */
export const AFTER_NAME = '~';
const AFTER_NAME_BYTE = AFTER_NAME.charCodeAt(0);

/** The stand-in entity of a card's after-name aliases. */
export const afterNameEntity = (card: string) => AFTER_NAME + card;

/** The card an entity id stands for: a stand-in's card, or the id itself. */
export const cardOfEntity = (entity: string) =>
  entity.startsWith(AFTER_NAME) ? entity.slice(AFTER_NAME.length) : entity;

/** Per list of entity ids (one per matcher), each id's index, built the first time one is looked up. */
const indexes = new WeakMap<JoinedStrings, Map<string, number>>();

/** The index of the entity `id` in `entities`, or -1; the index of ids is built on the first call for a list. */
export function entityIndex(entities: JoinedStrings, id: string): number {
  let index = indexes.get(entities);
  if (!index) {
    index = new Map();
    for (let e = 0; e < entities.length; e++) index.set(entities.at(e), e);
    indexes.set(entities, index);
  }
  return index.get(id) ?? -1;
}

/**
 * The entity that mention of `entity` stands for: itself; for an after-name stand-in, its card's
 * index, or -1 when no alias of the card itself is in the matcher (then nothing can name it first).
 */
export const namedEntity = (entities: JoinedStrings, entity: number): number =>
  entities.firstByte(entity) !== AFTER_NAME_BYTE ? entity : entityIndex(entities, cardOfEntity(entities.at(entity)));
