/**
 * A Ukrainian city's name in the Latin spelling Ukraine gives it: the national romanisation
 * (Cabinet of Ministers resolution no. 55 of 27 January 2010), which Ukraine's government uses and
 * English-language news mostly follows — Mykolaiv, Odesa, Lysychansk. GeoNames' English names are
 * often older spellings (Mykolayiv, Odessa), so a city known only by those went unmarked in
 * «hanno sorvolato le regioni di Mykolaiv, Kirovohrad…». The table is cyrillic-to-translit-js's
 * `uk` preset (MIT), which follows the resolution: й, ї, є, ю, я spelt one way at a word's start
 * and another inside it, зг as zgh, the soft sign and the apostrophe dropped.
 */
import cyrillicToTranslit from 'cyrillic-to-translit-js';

const ukrainian = cyrillicToTranslit({ preset: 'uk' });

/**
 * The romanised Ukrainian name, where it is the English name spelt another way: the same consonants
 * in the same order. GeoNames' Ukrainian name is sometimes another name altogether, a former one
 * (Красноармійськ for Pokrovsk, renamed): that is no spelling of the city's English name, and is left out.
 */
export function ukrainianSpelling(uk: string | undefined, english: string): string | undefined {
  if (!uk) return undefined;
  const latin = ukrainian.transform(uk);
  return latin !== english && consonants(latin) === consonants(english) ? latin : undefined;
}

/** The consonants of a Latin name, lower case, a doubled one once: Odessa and Odesa give "ds". */
const consonants = (name: string) =>
  name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]|[aeiouyj]/g, '')
    .replace(/(.)\1+/g, '$1');
