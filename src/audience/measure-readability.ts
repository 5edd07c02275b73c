import sbd from 'sbd';
import readability from 'text-readability';

/** Standard reading-level scores of a text. */
export type Readability = { fleschKincaidGrade: number; smog: number; fleschReadingEase: number };

/** Counts behind the reading-level formulas. */
export type TextCounts = { sentences: number; words: number; syllables: number; polysyllables: number };

// clinq's one readability implementation: the audience stage's targets, its tests and the benchmarks all measure
// with it. Sentences come from sbd (as reference tools split them, not as clinq's rewriting splits them),
// words are whitespace tokens, and syllables come from text-readability's counter, whose counts agree with
// reference tools better than a vowel-group rule. The formulas are computed here because text-readability
// rounds syllables per word to one decimal (about ±0.6 grade).

/** Sentences, words, syllables and words of three or more syllables in a text. */
export function textCounts(text: string): TextCounts {
  const sentences = sbd.sentences(text, { newline_boundaries: true }).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  let syllables = 0;
  let polysyllables = 0;
  for (const word of words) {
    const n = countSyllables(word);
    syllables += n;
    if (n >= 3) polysyllables += 1;
  }
  return { sentences: sentences.length, words: words.length, syllables, polysyllables };
}

/** Flesch–Kincaid grade, SMOG grade and Flesch reading ease of a text, to one decimal. */
export function measureReadability(text: string): Readability {
  const c = textCounts(text);
  if (c.words === 0 || c.sentences === 0) return { fleschKincaidGrade: 0, smog: 0, fleschReadingEase: 100 };
  return {
    fleschKincaidGrade: round(fleschKincaid(c)),
    smog: round(smog(c)),
    fleschReadingEase: round(206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words)),
  };
}

/** Flesch–Kincaid grade of counts: 0.39 words/sentence + 11.8 syllables/word − 15.59. */
export function fleschKincaid(c: TextCounts): number {
  return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
}

/**
 * SMOG grade of counts: 1.043 √(polysyllables × 30 / sentences) + 3.1291; applied to short answers too (the formula
 * was normed on 30 sentences, so values for a few sentences are rougher, but comparable across audiences).
 */
export function smog(c: TextCounts): number {
  return 1.043 * Math.sqrt((c.polysyllables * 30) / c.sentences) + 3.1291;
}

/** Syllables of one word by text-readability's counter; numbers and codes without letters ("2.5") count as one. */
export function countSyllables(word: string): number {
  return /\p{L}/u.test(word) ? Math.max(1, readability.syllableCount(word)) : /\p{N}/u.test(word) ? 1 : 0;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
