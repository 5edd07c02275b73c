/** A short form defined in a text next to its long form, e.g. { short: 'MI', long: 'myocardial infarction' }. */
export type AbbreviationDefinition = { short: string; long: string };

/** Short forms: one token of 2-10 characters starting with a letter or digit, with at least one capital letter. */
const SHORT_FORM = /^[\p{L}\p{N}][\p{L}\p{N}\-/.+']{1,9}$/u;
const CAPITAL = /\p{Lu}/u;
/** Where a long form may not reach back past: a sentence end, a bracket or a clause-breaking punctuation mark. */
const BOUNDARY = /[.;:!?()[\]]\s|[()[\];]/gu;

/**
 * Finds "long form (SF)" definitions in a text with the Schwartz–Hearst algorithm (PSB 2003): the short form's
 * characters must appear, in order, in the words just before the parenthesis, its first character starting a word.
 * Returns long forms in lower case and each pair once.
 */
export function findAbbreviations(text: string): AbbreviationDefinition[] {
  const found = new Map<string, AbbreviationDefinition>();
  for (const match of text.matchAll(/\(([^()]{1,80})\)/gu)) {
    const inside = match[1]!.split(/[;,]/u)[0]!.trim();
    if (!SHORT_FORM.test(inside) || !CAPITAL.test(inside) || !/\p{L}/u.test(inside)) continue;
    const before = clauseBefore(text.slice(Math.max(0, match.index - 300), match.index));
    const long = bestLongForm(inside, before);
    if (!long) continue;
    const definition = { short: inside, long: long.toLowerCase().replace(/\s+/gu, ' ') };
    found.set(`${definition.short}\u0000${definition.long}`, definition);
  }
  return [...found.values()];
}

/** The words before a parenthesis back to the last boundary, at most as many as a long form may have. */
function clauseBefore(text: string): string {
  let start = 0;
  for (const boundary of text.matchAll(BOUNDARY)) start = boundary.index + boundary[0].length;
  return text.slice(start).trim();
}

const isAlphanumeric = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** The shortest tail of `candidate` whose characters contain the short form's, as Schwartz & Hearst define it. */
function bestLongForm(short: string, candidate: string): string | null {
  const words = candidate.split(/\s+/u).filter(Boolean);
  const maxWords = Math.min(short.length + 5, short.length * 2);
  const window = words.slice(-maxWords).join(' ');
  let s = short.length - 1;
  let l = window.length - 1;
  while (s >= 0) {
    const char = short[s]!.toLowerCase();
    if (!isAlphanumeric(char)) {
      s--;
      continue;
    }
    // The first short-form character must begin a word of the long form; the others may be anywhere.
    while (l >= 0 && (window[l]!.toLowerCase() !== char || (s === 0 && isAlphanumeric(window[l - 1])))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  const long = window.slice(window.lastIndexOf(' ', l) + 1).trim();
  const longWords = long.split(/\s+/u).length;
  if (long.length <= short.length || longWords > maxWords) return null;
  // A long form that repeats the short form as a word ("MI of MI") is a mention, not a definition.
  if (long.split(/[^\p{L}\p{N}]+/u).some((word) => word.toLowerCase() === short.toLowerCase())) return null;
  return long.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '');
}
