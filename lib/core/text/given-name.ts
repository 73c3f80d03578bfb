/**
 * Given names in the matcher (knowledge/given-names.ts learns them from the people's cards). Each is
 * held under one stand-in entity, as a stop phrase is under the empty one: matched like a name, it
 * marks nothing, and a place's name right after it, one space on, is that person's surname
 * («Jorge Lima», «Jack London»): not the place.
 */
import type { JoinedStrings } from './joined-strings';

/** Card ids are kebab-case: none is this. */
export const GIVEN_NAME_ENTITY = '^';
const GIVEN_NAME_BYTE = GIVEN_NAME_ENTITY.charCodeAt(0);

export const isGivenName = (entities: JoinedStrings, entity: number) => entities.firstByte(entity) === GIVEN_NAME_BYTE;

/** Whether a mention at `start` follows a given name that ended at `givenEnd` with one space between. */
export const afterGivenName = (text: string, givenEnd: number, start: number) =>
  start === givenEnd + 1 && (text.charCodeAt(givenEnd) === 0x20 || text.charCodeAt(givenEnd) === 0xa0);
