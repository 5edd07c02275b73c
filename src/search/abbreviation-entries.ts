import { foldPhrase } from './build-concept-lexicon.js';
import { STOP_WORDS } from './stop-words.js';
import { questionWords } from './text-tokens.js';

/** A corpus-defined abbreviation and how many articles define it so. */
export type AbbreviationCount = { short: string; long: string; count: number };

/** Long forms kept per short form, and the least share of the short form's definitions each must have. */
const MAX_LONG_FORMS = 3;
const MIN_SHARE = 0.2;
/** A long form gains its short form as an alternative only when the corpus defines the pair this often. */
const MIN_COUNT_FOR_SHORT = 2;

/** The phrases of a question (1-6 words, not starting or ending with a stop word) to look up as abbreviations. */
export function abbreviationCandidates(question: string, maxWords: number): string[] {
  const words = questionWords(question, maxWords);
  const phrases = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (STOP_WORDS.has(words[i]!)) continue;
    for (let n = 1; n <= 6 && i + n <= words.length; n++) {
      if (!STOP_WORDS.has(words[i + n - 1]!)) phrases.add(words.slice(i, i + n).join(' '));
    }
  }
  return [...phrases];
}

/**
 * Lexicon entries from the corpus's abbreviations: a short form in the question searches its usual long forms
 * (a rare reading such as MI = "mitral insufficiency" is left out), and a long form searches its short form.
 */
export function abbreviationEntries(rows: readonly AbbreviationCount[], asked: readonly string[]): Map<string, string[]> {
  const inQuestion = new Set(asked);
  const byShort = new Map<string, AbbreviationCount[]>();
  const entries = new Map<string, string[]>();
  const add = (phrase: string, alternative: string) => entries.set(phrase, [...(entries.get(phrase) ?? []), alternative]);
  for (const row of rows) {
    const short = foldPhrase(row.short);
    const long = foldPhrase(row.long);
    if (!short || !long) continue;
    if (inQuestion.has(short)) byShort.set(short, [...(byShort.get(short) ?? []), row]);
    if (inQuestion.has(long) && row.count >= MIN_COUNT_FOR_SHORT) add(long, short);
  }
  for (const [short, definitions] of byShort) {
    const total = definitions.reduce((sum, row) => sum + row.count, 0);
    definitions
      .filter((row) => row.count / total >= MIN_SHARE)
      .sort((a, b) => b.count - a.count)
      .slice(0, MAX_LONG_FORMS)
      .forEach((row) => add(short, foldPhrase(row.long)));
  }
  return entries;
}
