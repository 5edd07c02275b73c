import { sentencesOf } from './split-sentences.js';

/** Standard reading-level scores of a text. */
export type Readability = { fleschKincaidGrade: number; smog: number; fleschReadingEase: number };

// The text-readability package rounds syllables per word to one decimal (about ±0.6 grade) and only
// ends sentences before capitals, so the standard formulas are computed here instead.

/** Flesch–Kincaid grade, SMOG grade and Flesch reading ease of a text. */
export function measureReadability(text: string): Readability {
  const sentences = sentencesOf(text).filter((s) => wordsOf(s).length > 0);
  const words = sentences.flatMap(wordsOf);
  if (words.length === 0) return { fleschKincaidGrade: 0, smog: 0, fleschReadingEase: 100 };
  const syllables = words.map(countSyllables);
  const totalSyllables = syllables.reduce((a, b) => a + b, 0);
  const polysyllables = syllables.filter((n) => n >= 3).length;
  const wordsPerSentence = words.length / sentences.length;
  const syllablesPerWord = totalSyllables / words.length;
  return {
    fleschKincaidGrade: round(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
    smog: round(1.043 * Math.sqrt(polysyllables * (30 / sentences.length)) + 3.1291),
    fleschReadingEase: round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
  };
}

function wordsOf(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Counts the syllables of an English word by vowel groups, with the usual silent-e and -le adjustments. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return /\d/.test(word) ? Math.max(1, word.replace(/\D/g, '').length > 2 ? 2 : 1) : 0;
  if (w.length <= 3) return 1;
  // An abbreviation is read letter by letter.
  if (/^[A-Z]{2,}s?$/.test(word) && !/[AEIOU]/.test(word.slice(1))) return w.length;
  const base = w
    .replace(/e$/, (e, i: number) => (/[^aeiouy]l$/.test(w.slice(0, i)) || /[aeiouy]$/.test(w.slice(0, i)) ? e : ''))
    .replace(/([^td])ed$/, '$1')
    .replace(/([^sxzcgh])es$/, (m, c: string, i: number) => (/[^aeiouy]l$/.test(w.slice(0, i + 1)) ? m : c))
    .replace(/^y/, '');
  let count = (base.match(/[aeiouy]+/g) ?? []).length;
  // Vowel pairs read as two syllables ("myalgia", "influenza", "ratio"), except after c/s/t/x ("physician").
  count += (base.match(/(?<![cstgxq])i[aou]|(?<!q)u[ae](?!s?$)|iu/g) ?? []).length;
  // A silent e before a suffix ("likely", "useful") is not a syllable.
  if (/[^aeiouy]e(?:ly|ful|ment|ness|less)$/.test(base)) count -= 1;
  return Math.max(1, count);
}
