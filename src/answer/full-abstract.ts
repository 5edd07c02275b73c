import type { Article } from '../domain/index.js';

// An abstract this long is complete enough that a subject it never names is not its topic; shorter records (a title,
// or a record rebuilt from a few snippets) may just lack the word.
const FULL_ABSTRACT_WORDS = 60;

/** Whether an article's abstract is long enough that what it never names is not what it is about. */
export function isFullAbstract(article: Pick<Article, 'abstract'>): boolean {
  // The abstract's words as `split(/\s+/u)` counts them (the runs of white space plus one), counted only as far as
  // the threshold: an answer asks this of each retrieved record many times, and a record may hold 100 KB.
  const gaps = /\s+/gu;
  let parts = 1;
  while (parts < FULL_ABSTRACT_WORDS && gaps.exec(article.abstract)) parts++;
  return parts >= FULL_ABSTRACT_WORDS;
}
