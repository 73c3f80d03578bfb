/** What a card id looks like, wherever one is accepted: a pack, an import, an exclusion, a request. */
import * as v from 'valibot';

export const CARD_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const CardIdSchema = v.pipe(
  v.string(),
  v.regex(CARD_ID_PATTERN, 'expected a card id: lower-case letters, digits and hyphens'),
);
