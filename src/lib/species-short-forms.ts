import { escapeRegExp } from './escape-reg-exp.js';

/**
 * The genus names an article abbreviates after naming a species in full: "Strongyloides stercoralis" then
 * "S. stercoralis", or "Helicobacter pylori" then "H pylori". Maps each short form as written ("S. stercoralis") to the
 * full name, so a sentence using the short form is read as naming the genus too.
 */
export function genusShortForms(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(SPECIES)) {
    const [whole, genus, species] = m as unknown as [string, string, string];
    // A capital word opening a sentence ("These cells") is no genus: "T cells" does not stand for it.
    if (SENTENCE_OPENING.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index))) continue;
    const initial = genus.charAt(0);
    for (const short of [`${initial}. ${species}`, `${initial} ${species}`]) if (!found.has(short) && text.includes(short)) found.set(short, whole);
  }
  return found;
}

/** The text with each abbreviated species written out in full ("S. stercoralis" -> "Strongyloides stercoralis"). */
export function withGenusNames(text: string, shortForms: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [short, full] of shortForms) {
    if (!out.includes(short)) continue;
    out = out.replace(new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(short)}(?![\p{L}\p{N}])`, 'gu'), full);
  }
  return out;
}

// What comes right before the first word of a sentence: the text's start or a full stop and space.
const SENTENCE_OPENING = /(?:^|[.!?:]\s*|[.!?]["')\]]\s*)$/;
// A binomial species name: a capitalised genus of four or more letters, then a lower-case epithet.
const SPECIES = /\b([A-Z][a-z]{3,})\s+([a-z]{4,})\b/g;
