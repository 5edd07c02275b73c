import type { Article } from '../domain/index.js';

// An abstract this long is complete enough that a subject it never names is not its topic; shorter records (a title,
// or a record rebuilt from a few snippets) may just lack the word.
const FULL_ABSTRACT_WORDS = 60;

/** Whether an article's abstract is long enough that what it never names is not what it is about. */
export function isFullAbstract(article: Pick<Article, 'abstract'>): boolean {
  return article.abstract.split(/\s+/u).length >= FULL_ABSTRACT_WORDS;
}
