/**
 * Clinical shorthand of two words, which the one-word shorthand lookup (search's clinical-shorthand.json) never sees:
 * "vit D", "vit. B12", "vitD3" are vitamin D, vitamin B12, vitamin D3 in every prescription and lab form. The question
 * is read with the name written out, so search and the answer stage meet the name the articles write.
 */

// "vit", "vit." or "vits" before a vitamin's letter (A, B, C, D, E, K) and its number ("B12", "D3"), with or without a
// space; the letter alone after the stop ("vit.") too. "vital", "vitro", "vitiligo" go on with letters and are not met.
const VITAMIN = /\b(v)its?\.?\s?([abcdek])(\d{0,2})(?![\p{L}\p{N}])/giu;

/** The question with two-word clinical shorthand written out ("vit D" → "vitamin D"); otherwise the question as it is. */
export function withShorthandWrittenOut(question: string): string {
  return question.replace(VITAMIN, (_whole, v: string, letter: string, number: string) => `${v}itamin ${letter.toUpperCase()}${number}`);
}
