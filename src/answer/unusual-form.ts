import { readsAsCaseReport } from '../domain/index.js';

/**
 * "How is hemophilia inherited?" asks about hemophilia as it usually is. A case report of an unusual form ("Autosomal
 * recessive transmission of hemophilia A due to a von Willebrand factor mutation", "a recently recognized class of
 * genetic bleeding disorders") answers it only with the exception: another article's answer leads instead, and when
 * none does, the lead says that it comes from a report of an unusual case.
 */

// Words by which a report sets its case apart from the usual: an unusual, atypical or rare form, presentation, cause or
// course; a newly recognised kind; a course "not consistent with", "distinct from the classical" or "unlike" the usual;
// an exception. "A rare disease"
// or "a rare case of" alone says how common the disease is, not that the case is unlike it.
const UNUSUAL =
  /\b(?:unusual|atypical|uncommon|exceptional|unexpected|rare|novel|new)\s+(?:[\w-]+\s+){0,2}?(?:forms?|variants?|presentations?|manifestations?|causes?|courses?|types?|modes?|patterns?|transmission|inheritance|mechanisms?|class(?:es)?|phenotypes?|origins?|associations?)\b|\b(?:recently|newly|previously un)(?:[- ])?(?:recogni[sz]ed|described|identified|reported)\b|\bunder[- ]?recogni[sz]ed\b|\bnot (?:consistent|compatible) with\b|\bdistinct from (?:the )?(?:classic(?:al)?|typical|usual)\b|\bunlike (?:the )?(?:usual|typical|classic)\b|\ban exception\b|\batypical(?:ly)?\b|\bunusual(?:ly)?\b/i;

/** Whether an article is a case report (by its publication types or its own words) of an unusual form of what it treats. */
export function reportsUnusualCase(article: { title: string; abstract: string; publicationTypes: readonly string[] }): boolean {
  const caseReport = article.publicationTypes.some((t) => /^case reports$/i.test(t)) || readsAsCaseReport(article);
  return caseReport && UNUSUAL.test(`${article.title} ${article.abstract}`);
}

// A question that asks about the exception itself ("a rare form of", "atypical", "the recessive form", "case") is answered by it.
const ASKS_EXCEPTION = /\b(?:unusual|atypical|uncommon|exceptional|rare|novel|new|recessive|dominant|[XY][- ]linked|autosomal|case|cases|reports?)\b/i;

/** Whether a question asks about its subject in general, not about an exception or one person's case. */
export function asksInGeneral(question: string): boolean {
  return /^\s*(?:how|what|which|why)\b/i.test(question) && !ASKS_EXCEPTION.test(question);
}

/** What the reader is told with a lead from a report of an unusual case, for a question about the subject in general. */
export const UNUSUAL_CASE_NOTE = 'This comes from a report of an unusual case and may not be what is usual.';
