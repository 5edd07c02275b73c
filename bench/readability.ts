/** Reading-level formulas (Flesch-Kincaid grade, SMOG) over sentences split the way clinq splits them. */
import sbd from 'sbd';
import readability from 'text-readability';

/** Counts behind the reading-level formulas. */
export type TextCounts = { sentences: number; words: number; syllables: number; polysyllables: number };

/** Sentences, words, syllables and words of three or more syllables in a text. */
export function textCounts(text: string): TextCounts {
  const sentences = sbd.sentences(text, { newline_boundaries: true }).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const words = text.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, '')).filter((w) => /[\p{L}\p{N}]/u.test(w));
  let syllables = 0;
  let polysyllables = 0;
  for (const word of words) {
    // Numbers and codes ("2.5", "IL-6") count as one syllable rather than being spelled out.
    const n = /\p{L}/u.test(word) ? Math.max(1, readability.syllableCount(word)) : 1;
    syllables += n;
    if (n >= 3) polysyllables += 1;
  }
  return { sentences: sentences.length, words: words.length, syllables, polysyllables };
}

/** Flesch-Kincaid grade level: 0.39 words/sentence + 11.8 syllables/word - 15.59; NaN for empty text. */
export function fleschKincaidGrade(text: string): number {
  const c = textCounts(text);
  if (c.words === 0 || c.sentences === 0) return Number.NaN;
  return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
}

/**
 * SMOG grade: 1.043 * sqrt(polysyllables * 30 / sentences) + 3.1291; applied to short answers too (the formula
 * was normed on 30 sentences, so values for a few sentences are rougher, but comparable across audiences).
 */
export function smogGrade(text: string): number {
  const c = textCounts(text);
  if (c.sentences === 0) return Number.NaN;
  return 1.043 * Math.sqrt((c.polysyllables * 30) / c.sentences) + 3.1291;
}
