/**
 * A stored matcher and its entities' kinds as one flat record of arrays (packed-fields.ts): the form
 * in which the background keeps its reading view (view-store.ts) and writes each language's start
 * index for the tabs (start-index.ts).
 */
import type { PackedFields } from '../base/packed-fields';
import type { StoredMatcher } from './matcher';

export function matcherFields({ trie, ...matcher }: StoredMatcher, kinds: Uint8Array): PackedFields {
  return { ...trie, ...matcher, kinds };
}

/**
 * The matcher and kinds from their packed arrays. Only put back in shape: every array's type and
 * length is checked where the matcher is loaded (loadMatcher, loadTrie), which refuses one that is
 * not whole.
 */
export function matcherOfFields(f: PackedFields): { matcher: StoredMatcher; kinds: Uint8Array } | undefined {
  const { stateCount, patternCount, childCount, labelLength, alphabet, labels, patternState, markStates, markBits } = f;
  const { entities, entityLengths, caseKeys, caseKeyLengths, patternEntity, patternFlags, patternLang, placeEntities } =
    f;
  if (!(f.kinds instanceof Uint8Array)) return undefined;
  const trie = {
    stateCount,
    patternCount,
    childCount,
    labelLength,
    alphabet,
    labels,
    patternState,
    markStates,
    markBits,
  };
  const rest = {
    entities,
    entityLengths,
    caseKeys,
    caseKeyLengths,
    patternEntity,
    patternFlags,
    patternLang,
    placeEntities,
  };
  // Cast, not checked here: see above.
  return { matcher: { trie, ...rest } as unknown as StoredMatcher, kinds: f.kinds };
}
