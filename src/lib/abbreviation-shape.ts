/** A word written with two capitals or a digit ("CMV", "IL-6", "HbA1c"): an abbreviation or symbol, not a name in words. */
export function isAbbreviation(word: string): boolean {
  return /\p{N}/u.test(word) || (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}
