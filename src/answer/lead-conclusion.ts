/**
 * Which sentence of its own article a yes/no question's deciding sentence gives way to as the lead.
 *
 * The sentence that decided a verdict may be the study's premise ("However, recent literature has called the blanket
 * use of the DRE on each trauma patient into question", "No linkage data are as yet available on X") or one figure of
 * its results ("the prevalence of self-reported rheumatoid arthritis was 3.95% which is significantly higher than ...").
 * The verdict stands; what the reader is shown first is the article's own answer: the finding that settles the premise,
 * or the authors' conclusion that says the same thing the figure does ("we conclude that ... are at higher risk of
 * suffering from rheumatoid arthritis").
 */
import { statesMotive } from './states-motive.js';

/** What the lead choice needs of a scored sentence. */
type Lead = { pmid: string; section: string; index: number; text: string; coverage: number; aim?: boolean };

// What is not yet known, however many words name the matter ("No linkage or molecular genetic data are as yet
// available on X", "no data on its long-term safety are available so far"), and earlier work calling a practice into question ("recent literature has called ... into question").
const NOT_YET = /\b(?:no|few|scarce|limited)\b[^.;:]{0,60}?\b(?:data|studies|reports|information|evidence|trials)(?:\s+(?:on|of|about|for|in|regarding)\s+[^.;:]{1,50}?)?\s+(?:are|is|were|was|have|has)\s+(?:(?:as\s+)?yet\s+|so\s+far\s+|previously\s+)?(?:available|been\s+(?:reported|published|available))\b/i;
const CALLED_INTO_QUESTION = /\b(?:literature|studies|reports|authors|evidence|data|investigators)\s+(?:has|have)\s+(?:\w+\s+)?(?:called|brought|put)\b[^.;]{0,80}?\binto question\b/i;

/**
 * Whether a sentence only sets out what was known, unknown or questioned before the study: a gap or earlier work
 * questioning a practice, read anywhere but in the authors' conclusion; the other shapes of a motive ("Studies have
 * shown that ...", "remains unclear") only in the first half of its article (`article`, its sentences), since "Our data
 * suggest that ..." closing an abstract is its finding.
 */
export function statesPremise(p: Pick<Lead, 'section' | 'text' | 'index'>, article: readonly Pick<Lead, 'section' | 'index'>[] = []): boolean {
  if (/^CONCLUSION/.test(p.section)) return false;
  if (NOT_YET.test(p.text) || CALLED_INTO_QUESTION.test(p.text)) return true;
  const indices = article.filter((q) => q.section !== 'title').map((q) => q.index);
  const opening = indices.length >= 2 && p.index <= (Math.min(...indices) + Math.max(...indices)) / 2;
  return opening && statesMotive(p.text);
}

/** Whether a sentence is its article's conclusion: a CONCLUSION section, or the last sentence of an abstract without sections. */
export function concludes(p: Lead, article: readonly Lead[]): boolean {
  if (/^CONCLUSION/.test(p.section)) return true;
  if (p.section !== 'ABSTRACT') return false;
  return article.every((q) => q.section !== 'ABSTRACT' || q.index <= p.index);
}

// How much less of the question the authors' conclusion may cover than the result that decided.
const CONCLUSION_SLACK = 0.1;

/**
 * The sentence of the deciding sentence's own article that leads in its place, or undefined to keep it: for a premise,
 * the article's best finding that takes the same side; for a result outside the conclusion, the article's conclusion
 * taking the same side and covering about as much of the question. `sameWay` tells whether a sentence takes the
 * deciding sentence's side in words; `finding` whether it may lead at all (no title, aim or prior belief); `candidates`
 * come best first.
 */
export function ownAnswerLead<T extends Lead>(decisive: T, candidates: readonly T[], sameWay: (p: T) => boolean, finding: (p: T) => boolean): T | undefined {
  const article = candidates.filter((p) => p.pmid === decisive.pmid);
  const own = article.filter((p) => p !== decisive && p.text !== decisive.text && p.section !== 'title' && !p.aim && finding(p) && !statesPremise(p, article) && sameWay(p));
  if (statesPremise(decisive, article)) return own.find((p) => p.coverage > 0);
  if (concludes(decisive, article)) return undefined;
  return own.find((p) => concludes(p, article) && p.coverage >= decisive.coverage - CONCLUSION_SLACK);
}
