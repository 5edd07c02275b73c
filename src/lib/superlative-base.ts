/**
 * The words an English superlative in -est may be formed on ("commonest" → "common", "likeliest" → "likely",
 * "largest" → "large", "biggest" → "big"): the form says what its base says, at the top of the scale. The form must
 * keep four letters before its ending, so "digest", "modest", "honest" and "forest" are formed on no "dig", "mod",
 * "hon" or "for".
 */
export function superlativeBases(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^\p{L}+est$/u.test(lower)) return [];
  const stem = lower.slice(0, -3);
  if (stem.length < 4) return [];
  return [...new Set([stem, `${stem}e`, stem.replace(/i$/u, 'y'), stem.replace(/([b-df-hj-np-tv-z])\1$/u, '$1')])];
}
