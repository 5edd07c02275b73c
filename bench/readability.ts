/** Reading-level formulas for the benchmarks: clinq's own implementation (src/audience), with NaN for empty text. */
import { fleschKincaid, smog, textCounts } from '../src/audience/index.js';

export { textCounts, type TextCounts } from '../src/audience/index.js';

/** Flesch-Kincaid grade level: 0.39 words/sentence + 11.8 syllables/word - 15.59; NaN for empty text. */
export function fleschKincaidGrade(text: string): number {
  const c = textCounts(text);
  return c.words === 0 || c.sentences === 0 ? Number.NaN : fleschKincaid(c);
}

/** SMOG grade: 1.043 * sqrt(polysyllables * 30 / sentences) + 3.1291; NaN for empty text. */
export function smogGrade(text: string): number {
  const c = textCounts(text);
  return c.sentences === 0 ? Number.NaN : smog(c);
}
