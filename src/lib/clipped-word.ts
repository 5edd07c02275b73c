/** Shortest word read as a clipped form of a longer word ("chemo", "phaco"): shorter ones begin too many words. */
export const MIN_CLIPPED = 4;
/** Fewest letters a clipping cuts off: a syllable at least, so an inflection ("gouty" of "gout") is no clipping. */
export const MIN_CLIPPED_OFF = 3;

/**
 * Whether `word` (lower case) is `wrote` (lower case) written in full: it begins with it and goes on for a syllable
 * or more, as "phacoemulsification" of "phaco" or "chemotherapy" of "chemo".
 */
export function clippedFrom(wrote: string, word: string): boolean {
  return wrote.length >= MIN_CLIPPED && word.length - wrote.length >= MIN_CLIPPED_OFF && word.startsWith(wrote);
}
