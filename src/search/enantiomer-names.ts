/**
 * A drug named for one enantiomer is written both ways: "levodopa" and "L-dopa", "levothyroxine" and "L-thyroxine",
 * "dextroamphetamine" and "D-amphetamine".
 */
const WORD_END = '(?=\\p{L}{4,}(?![\\p{L}\\p{N}-]))';
const WORD_START = '(?<![\\p{L}\\p{N}-])';
const TO_LETTER: readonly (readonly [RegExp, string])[] = [
  [new RegExp(`${WORD_START}levo${WORD_END}`, 'gu'), 'l-'],
  [new RegExp(`${WORD_START}dextro${WORD_END}`, 'gu'), 'd-'],
];
const TO_WORD: readonly (readonly [RegExp, string])[] = [
  [new RegExp(`${WORD_START}l-${WORD_END}`, 'gu'), 'levo'],
  [new RegExp(`${WORD_START}d-${WORD_END}`, 'gu'), 'dextro'],
];

const rewrite = (phrase: string, forms: readonly (readonly [RegExp, string])[]): string[] =>
  [...new Set(forms.map(([form, other]) => phrase.replace(form, other)))].filter((variant) => variant !== phrase);

/** The folded phrase with its "levo-"/"dextro-" drug names written "l-"/"d-" ("levodopa" → "l-dopa"), or none. */
export function letterPrefixed(phrase: string): string[] {
  return rewrite(phrase, TO_LETTER);
}

/**
 * The folded phrase with its "l-"/"d-" words written "levo"/"dextro" ("l-dopa" → "levodopa"), or none: only a guess
 * ("d-binding" is no "dextrobinding"), to be kept when a vocabulary names it.
 */
export function wordPrefixed(phrase: string): string[] {
  return rewrite(phrase, TO_WORD);
}
