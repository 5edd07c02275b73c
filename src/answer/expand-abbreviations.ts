import { stemSet } from './content-terms.js';

/**
 * Abbreviations an article defines ("myotonic dystrophy (DM)"), mapped to the stems of their long forms, so a
 * sentence saying "DM" counts as mentioning myotonic dystrophy.
 */
export function definedAbbreviations(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const pattern = /((?:[\p{L}\p{N}'-]+\s+){1,8})\(([A-Za-z][A-Za-z0-9-]{1,9})\)/gu;
  for (const m of text.matchAll(pattern)) {
    const short = m[2] as string;
    const letters = short.replace(/[^A-Za-z]/g, '').toLowerCase();
    if (letters.length < 2 || !/[A-Z]/.test(short)) continue;
    const words = (m[1] as string).trim().split(/\s+/).flatMap((w) => w.split('-'));
    // Take the fewest trailing words that spell the abbreviation: first initial, then its letters in order.
    for (let take = 1; take <= words.length; take++) {
      const tail = words.slice(words.length - take);
      const initials = tail.map((w) => w.charAt(0).toLowerCase()).join('');
      const inOrder = initials.startsWith(letters.charAt(0)) && isSubsequence(letters, tail.join(' ').toLowerCase());
      // Some abbreviations keep another language's word order (dystrophia myotonica, DM).
      const reordered = take === letters.length && [...initials].sort().join('') === [...letters].sort().join('');
      if (inOrder || reordered) {
        found.set(short.toLowerCase(), stemSet(tail.join(' ')));
        break;
      }
    }
  }
  return found;
}

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}
