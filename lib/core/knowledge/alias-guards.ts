/**
 * Names written down as dangerous, each with the example that needs the guard (pack-rules.ts).
 * `npm run pack:check` refuses a bundled card whose whole alias is a `never-alone` name, and two
 * cards answering to one name unless a `shared` guard says both really go by it.
 */
import type { AliasGuard } from './pack-rules';

export const ALIAS_GUARDS: readonly AliasGuard[] = [
  {
    rule: 'shared',
    alias: 'São Martinho',
    cards: ['country-mf', 'country-sx'],
    example:
      'Portuguese names both halves of the island so (Saint-Martin, Sint Maarten); the label must stay, one card is marked',
  },
];
