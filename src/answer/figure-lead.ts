/**
 * A question asking how common, how many or what share ("How common is cognitive impairment in MND?") is answered by
 * the study's own figure ("Major cognitive deficits were therefore found in five of the 18 patients (28%)"), not by its
 * conclusion saying the figure was higher than reported before, nor by a figure its background quotes from earlier
 * work ("The prevalence of microalbuminuria in Singapore has been reported to be 36.0%-48.5%").
 *
 * The figure sentence often names little of the question (the study's people and setting are said once, in its
 * methods), so it scores below the conclusion; coming from the lead's own article, and giving the asked figure of the
 * thing counted (direct-fit givesAskedFigure), it answers.
 */
import { isPremiseSection } from './drop-premises.js';
import { statesPremise } from './lead-conclusion.js';
import { isConclusion } from './split-passages.js';

/** What the figure lead needs of a scored sentence. */
type Lead = { pmid: string; section: string; index: number; text: string; coverage: number; score: number; articleCoverage?: number; aim?: boolean };

// A figure an opening quotes from earlier work ("has been reported to be 36.0%-48.5%", "was previously estimated at 1 in
// 2,500", "Two missense mutations have been described C282Y, accounting for 80% to 90% of HH chromosomes"): what the
// study measured again, not what it found.
const REPORTED_BEFORE =
  /\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:\w+ly\s+)?(?:reported|estimated|described|documented)\s+(?:previously\s+)?(?:to\s+(?:be|range|vary|affect|occur)|at|as|in\s+(?:up\s+to|about|approximately|between)|between)\b|\b(?:has|have)\s+been\s+(?:\w+ly\s+)?(?:described|reported|documented)\b|\b(?:previous|prior|earlier|other)\s+(?:studies|reports|surveys|work)\b/i;

/** Whether a sentence is its article's premise rather than its finding: background section, opening motive, or a figure quoted from earlier work in the opening. */
export function quotesPriorFigure(p: Pick<Lead, 'section' | 'text' | 'index'>, article: readonly Pick<Lead, 'section' | 'index'>[]): boolean {
  if (isConclusion(p)) return false;
  if (isPremiseSection(p.section) || statesPremise(p, article)) return true;
  const indices = article.filter((q) => q.section !== 'title').map((q) => q.index);
  const opening = indices.length >= 2 && p.index <= (Math.min(...indices) + Math.max(...indices)) / 2;
  return opening && REPORTED_BEFORE.test(p.text);
}

/**
 * The lead for a figure question: `chosen` when it gives the asked figure as its study's finding (`gives`, the
 * question's own test of a sentence), else the best sentence of its own article that does (no title, aim, belief or
 * premise), else the best such sentence of another article that meets at least as much of the question as the lead's
 * ("The overall rate of G6PD deficiency was 2. 6%" of a survey of southern Italy, for "How common is G6PD deficiency
 * in southern Italy?", beside a report of sporadic variants that names the region too), else `chosen`. `candidates`
 * are the scored sentences of the answer's articles; `usable` says whether one may lead at all. With `ownOnly`, for a
 * question that does not say plainly what it counts ("How much protection did the vaccines give?", "How likely is he
 * to be alive in 5 years?"), only a sentence of the lead's own article that names something the question does may
 * stand in: any figure of another article would do for a question that names nothing counted.
 */
export function figureLead<T extends Lead>(chosen: T | undefined, candidates: readonly T[], gives: (text: string) => boolean, usable: (p: T) => boolean, ownOnly = false): T | undefined {
  if (!chosen) return chosen;
  const articleOf = (p: T) => candidates.filter((q) => q.pmid === p.pmid);
  if (gives(chosen.text) && !quotesPriorFigure(chosen, articleOf(chosen))) return chosen;
  const figures = candidates.filter((p) => p.text !== chosen.text && p.section !== 'title' && !p.aim && usable(p) && gives(p.text) && !quotesPriorFigure(p, articleOf(p)));
  const own = figures.filter((p) => p.pmid === chosen.pmid && (!ownOnly || p.coverage > 0));
  if (own.length) return own.reduce((best, p) => (p.coverage > best.coverage || (p.coverage === best.coverage && p.score > best.score) ? p : best));
  if (ownOnly) return chosen;
  const met = (p: T) => p.articleCoverage ?? p.coverage;
  const fuller = figures.filter((p) => met(p) >= met(chosen));
  if (!fuller.length) return chosen;
  return fuller.reduce((best, p) => (met(p) > met(best) || (met(p) === met(best) && p.coverage > best.coverage) ? p : best));
}
