import type { ScoredPassage } from './select-sentences.js';

// Sections of a structured abstract that set out what was known or believed before the study.
const PREMISE_SECTION = /^(?:BACKGROUND|INTRODUCTION|CONTEXT|RATIONALE|IMPORTANCE)/;

/** Whether a structured abstract's section sets out what was known or asked before the study ("BACKGROUND", "CONTEXT"). */
export function isPremiseSection(section: string): boolean {
  return PREMISE_SECTION.test(section);
}

// What others held before the study, as a background section reports it ("has been considered as an impenetrable
// barrier", "Although X is regarded as ...").
const REPORTED_VIEW =
  /\b(?:has|have|had) been (?:\w+ly )?(?:considered|regarded|described|viewed|proposed|assumed|accepted|held)\b|^(?:although|while|whereas|despite|even though)\b[^,]*\b(?:considered|regarded|thought|believed|assumed|accepted)\b/i;

/**
 * Whether a sentence states a view held before the study rather than a finding: one its background section reports
 * ("Although the investing cervical fascia has been considered as an impenetrable barrier, ..."). Other background
 * sentences often state the very proposition the study confirms, and an open question ("It is unknown if accuracy
 * differs ...") takes no side, so they stay.
 */
export function isPremise(passage: ScoredPassage): boolean {
  return (PREMISE_SECTION.test(passage.section) && REPORTED_VIEW.test(passage.text)) || SPECULATION.test(passage.text);
}

// Others' unproven worry or guess, in any section ("There has been a lot of speculation that ...", "There are
// theoretical concerns that ...").
const SPECULATION = /\b(?:speculation|speculated|(?:theoretical )?concerns?|fears?) (?:(?:has|have) been raised |(?:was|were) raised )?that\b/i;

/**
 * The passages without the premises of articles that also state a finding on the question: "Although the investing
 * cervical fascia has been considered as an impenetrable barrier, ..." is what the study set out to test, and its
 * conclusion ("the so-called investing cervical fascia does not exist") speaks for it. A finding must cover at least
 * half of what the premise covers; an article whose only word on the question is its background keeps it.
 */
export function dropPremises(passages: readonly ScoredPassage[]): ScoredPassage[] {
  const finding = (p: ScoredPassage, premise: ScoredPassage) =>
    p.pmid === premise.pmid && p.section !== 'title' && !p.aim && !isPremise(p) && p.coverage >= premise.coverage / 2;
  return passages.filter((p) => !isPremise(p) || !passages.some((q) => finding(q, p)));
}
