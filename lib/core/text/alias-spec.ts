/** What the matcher is built from: one alias of one card, with its language and rules (matcher.ts). */
export interface AliasSpec {
  entity: string;
  text: string;
  /** Language of the alias: decides which prefixes and endings go with it, and in which text it is a name. */
  lang: string;
  caseSensitive?: boolean | undefined;
  exact?: boolean | undefined;
  /** Also a common word at a sentence start: there, a name only after its card is named (AliasFlag.SentenceWord). */
  wordAtSentenceStart?: boolean | undefined;
  /** Also a given name: not where a name follows it, as its first name (AliasFlag.GivenName). */
  givenName?: boolean | undefined;
  /** A place's or a country's name: not right after a given name, where it is a surname (given-name.ts). */
  place?: boolean | undefined;
  /** A person's name: a Hebrew one's opening ה is its own, not the article (הנייה, Haniyeh; בנייה is "building"). */
  person?: boolean | undefined;
}

/**
 * An alias spec, always with the same keys in the same order. The build reads every field of
 * 250,000 of them: specs written as they came (with or without flags, in their pack's key order)
 * had several shapes, which makes every one of those reads the engine's slower, many-shaped kind.
 */
export const aliasSpec = (
  entity: string,
  lang: string,
  text: string,
  caseSensitive?: boolean,
  exact?: boolean,
  wordAtSentenceStart?: boolean,
  givenName?: boolean,
  place?: boolean,
  person?: boolean,
): AliasSpec => ({ entity, text, lang, caseSensitive, exact, wordAtSentenceStart, givenName, place, person });
