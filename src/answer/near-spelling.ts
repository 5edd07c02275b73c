import type { Article } from '../domain/index.js';
import { editDistance } from '../lib/index.js';

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Whether two words are spellings of one word: one or two typing slips apart ("apetite", "appetite"), or sharing a
 * long beginning ("kynureninase", "kynurenine"; "velocardial", "velocardiofacial").
 */
export function nearSpelling(word: string, other: string): boolean {
  if (word === other) return true;
  const shorter = Math.min(word.length, other.length);
  const prefix = commonPrefix(word, other);
  if (prefix >= 7 && prefix >= 0.7 * shorter) return true;
  const slips = word.length >= 8 ? 2 : 1;
  return word.length >= 4 && editDistance(word, other, slips) <= slips;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of an article's title and abstract, with each neighbouring pair also joined ("HER2/neu" → "her2neu"). */
export function articleWords(article: Article): Set<string> {
  const words = fold(`${article.title} ${article.abstract} ${article.keywords.join(' ')}`).match(/[\p{L}\p{N}]+/gu) ?? [];
  const all = new Set(words);
  for (let i = 1; i < words.length; i++) all.add(`${words[i - 1]}${words[i]}`);
  return all;
}

/** Whether any of the articles spells the word, or nearly so (a question's typing slip of a word the article uses). */
export function spelledIn(word: string, articles: readonly ReadonlySet<string>[]): boolean {
  const folded = fold(word);
  return articles.some((words) => {
    if (words.has(folded)) return true;
    for (const w of words) if (nearSpelling(folded, w)) return true;
    return false;
  });
}
