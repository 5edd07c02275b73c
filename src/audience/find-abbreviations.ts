import { looksLikeAbbreviation } from './vocabulary.js';

/** An abbreviation defined in a text, e.g. "programmed cell death (PCD)". */
export type DefinedAbbreviation = { abbreviation: string; longForm: string };

// "long form (ABBR)": the abbreviation in parentheses right after its long form.
const DEFINITION = /\(([A-Za-z][A-Za-z0-9\-]{0,9})\)/g;

/** Finds abbreviations that a text defines itself, by the Schwartz–Hearst rule (letters matched from the end). */
export function findAbbreviations(text: string): DefinedAbbreviation[] {
  const found: DefinedAbbreviation[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const abbreviation = m[1]!;
    if (!looksLikeAbbreviation(abbreviation) && !/^[A-Z][a-z]?[A-Z]/.test(abbreviation)) continue;
    const before = text.slice(0, m.index ?? 0);
    // Only look back within the current clause, at most a few words more than the abbreviation has letters.
    const clause = before.split(/[(),;:.]\s/).pop() ?? before;
    const words = clause.trim().split(/\s+/);
    const window = words.slice(-Math.min(abbreviation.length + 5, abbreviation.length * 2)).join(' ');
    const longForm = initialsLongForm(abbreviation, words) ?? bestLongForm(abbreviation, window) ?? reorderedLongForm(abbreviation, words);
    // "BRCA1" is "breast cancer 1", never "... cases and markers on chromosomes 17q": a short form ending in a number
    // ends its long form with that number, not with a digit found inside another word.
    const number = /\d+$/.exec(abbreviation)?.[0];
    if (number !== undefined && longForm && !new RegExp(`(?<!\\d)${number}(?:\\s+(?:genes?|proteins?|locus))?$`).test(longForm.replace(/[^\p{L}\p{N}]+$/u, ''))) continue;
    if (longForm && longForm.split(/\s+/).length >= 1 && longForm.length > abbreviation.length) {
      found.push({ abbreviation, longForm });
    }
  }
  return found;
}

// "Hereditary hemochromatosis (HH)": the last words, one per letter, whose initials spell the abbreviation in order.
// Letter matching from the end alone would stop at the "h" inside "hemochromatosis" and lose "Hereditary".
function initialsLongForm(shortForm: string, words: readonly string[]): string | undefined {
  const letters = shortForm.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2 || letters.length !== shortForm.length) return undefined;
  const tail = words.slice(-letters.length);
  if (tail.length !== letters.length || !tail.every((w) => /^[A-Za-z]/.test(w))) return undefined;
  return tail.map((w) => w.charAt(0).toLowerCase()).join('') === letters ? tail.join(' ') : undefined;
}

// Some abbreviations keep another language's word order: "myotonic dystrophy (DM)" from dystrophia myotonica.
// The last words before the bracket, one per letter, whose initials are the letters in another order.
function reorderedLongForm(shortForm: string, words: readonly string[]): string | undefined {
  const letters = shortForm.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2 || letters.length !== shortForm.length) return undefined;
  const tail = words.slice(-letters.length);
  if (tail.length !== letters.length) return undefined;
  const initials = tail.map((w) => w.charAt(0).toLowerCase());
  return [...initials].sort().join('') === [...letters].sort().join('') ? tail.join(' ') : undefined;
}

function bestLongForm(shortForm: string, candidate: string): string | undefined {
  let s = shortForm.length - 1;
  let l = candidate.length - 1;
  for (; s >= 0; s--) {
    const c = shortForm[s]!.toLowerCase();
    if (!/[a-z0-9]/.test(c)) continue;
    // The first letter of the short form must start a word of the long form.
    while (l >= 0 && (candidate[l]!.toLowerCase() !== c || (s === 0 && l > 0 && /[a-z0-9]/i.test(candidate[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  // "[odds ratio (OR)": the bracket opens a remark, it is not part of the name.
  return candidate.slice(start).trim().replace(/^[^\p{L}\p{N}]+/u, '');
}

// Roman numerals and a few capitalised words read as words, not abbreviations.
const NOT_ABBREVIATIONS = /^(?:I{2,3}|IV|VI{1,3}|IX|XI{0,3}|XIV|XV|XVI|XX|OK|TV)$/;

/** Abbreviation-like words in a text, in order of appearance, with their character spans. */
export function abbreviationsIn(text: string): { start: number; end: number; abbreviation: string }[] {
  const out: { start: number; end: number; abbreviation: string }[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}\-])[A-Z][A-Za-z0-9]*[A-Z0-9][a-z]?(?![\p{L}\p{N}\-])/gu)) {
    const word = m[0];
    if (!looksLikeAbbreviation(word) && !/^[A-Z][A-Za-z0-9]*[A-Z]/.test(word)) continue;
    if (NOT_ABBREVIATIONS.test(word)) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + word.length, abbreviation: word });
  }
  return out;
}
