/**
 * "Not this here": mentions the reader said are not this entity on this site. The background sends
 * each as an entity and a folded alias; a mention is left unmarked when its surface folds to it.
 */
import { fold } from '../text/normalise';

export interface Exclusion {
  entity: string;
  alias: string;
}

/** Whether a mention of `entity` written as `surface` may be marked. */
export type MentionFilter = (entity: string, surface: string) => boolean;

export function mentionFilter(exclusions: readonly Exclusion[]): MentionFilter {
  const excluded = new Set(exclusions.map((e) => `${e.entity}|${e.alias}`));
  // Most sites have none: no folding per mention then.
  if (!excluded.size) return () => true;
  return (entity, surface) => !excluded.has(`${entity}|${fold(surface)}`);
}
