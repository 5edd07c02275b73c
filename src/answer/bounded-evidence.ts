import type { Article, Evidence } from '../domain/index.js';
import { splitSentences } from './split-passages.js';

/**
 * The most abstract text, in characters, an answer reads of one record. Real abstracts stay far below it (the longest
 * in the shipped, BioASQ and PubMedQA corpora have about 3,400 characters; the longest in MEDLINE about 20,000), while
 * ingest keeps records of up to 100 KB: reading every sentence of those cost about 0.4 s per retrieved record, since
 * sentence scoring and the article-wide checks of the answer stage grow with the text.
 */
export const MAX_ANSWERED_ABSTRACT_CHARS = 10_000;

/**
 * The evidence as the answer stage reads it: a record whose abstract is longer than `maxChars` keeps only its
 * sentences that end within the first `maxChars` characters (whole sections, then whole sentences of the section that
 * overflows; a structured abstract's conclusions are kept whole when they fit in half the bound), so each kept
 * sentence is still verbatim in the stored record and a citation of it is one of the record.
 * Records within the limit are returned as they are (the same objects).
 */
export function boundedEvidence(evidence: readonly Evidence[], maxChars = MAX_ANSWERED_ABSTRACT_CHARS): Evidence[] {
  return evidence.map((e) => {
    const article = boundedArticle(e.article, maxChars);
    return article === e.article ? e : { ...e, article };
  });
}

/** The article with its abstract cut to the whole sentences within `maxChars` characters, or itself when it fits. */
export function boundedArticle(article: Article, maxChars = MAX_ANSWERED_ABSTRACT_CHARS): Article {
  if (article.abstract.length <= maxChars) return article;
  const sections = article.abstractSections.length ? article.abstractSections : [{ label: null, category: null, text: article.abstract }];
  // A structured abstract's conclusions are its authors' answer: they are kept whole, after the sections before them
  // are cut, when they take at most half the bound.
  const conclusions = sections.filter((s, i) => i > 0 && s.category === 'CONCLUSIONS');
  const concluding = conclusions.reduce((n, s) => n + s.text.length + 1, 0);
  const reserved = concluding > 0 && concluding <= maxChars / 2 ? conclusions : [];
  const kept: Article['abstractSections'] = [];
  // The abstract joins its sections with single spaces.
  let room = maxChars - (reserved.length ? concluding : 0);
  for (const section of sections) {
    if (reserved.includes(section)) continue;
    if (section.text.length <= room) {
      kept.push(section);
      room -= section.text.length + 1;
      continue;
    }
    const text = wholeSentencesWithin(section.text, room);
    if (text) kept.push({ ...section, text });
    break;
  }
  // In the abstract's own order: the reserved conclusions come last among the kept sections, as they stood.
  const ordered = [...kept, ...reserved].sort((x, y) => indexOf(sections, x) - indexOf(sections, y));
  return { ...article, abstractSections: ordered, abstract: ordered.map((s) => s.text).join(' ') };
}

/** Where a kept section stood in the abstract (a cut section stands where its whole did). */
function indexOf(sections: Article['abstractSections'], section: Article['abstractSections'][number]): number {
  const at = sections.indexOf(section);
  return at >= 0 ? at : sections.findIndex((s) => s.label === section.label && s.text.startsWith(section.text));
}

/**
 * An opening of a text that ends where one of its sentences ends, within `limit` characters. Only the first `limit`
 * characters are split, and their last sentence is dropped as one the cut may have run into, so the work is bounded
 * by the limit.
 */
function wholeSentencesWithin(text: string, limit: number): string {
  if (limit <= 0) return '';
  const head = text.slice(0, limit);
  const sentences = splitSentences(head).slice(0, -1);
  let end = 0;
  for (const sentence of sentences) {
    const at = head.indexOf(sentence, end);
    if (at >= 0) end = at + sentence.length;
  }
  return text.slice(0, end);
}
