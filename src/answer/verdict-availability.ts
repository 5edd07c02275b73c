// Questions whether a thing is available, approved, licensed or on the market.
const AVAILABILITY_QUESTION = /\b(?:available|availability|approved|licen[cs]ed|marketed|on the market|commercially)\b/i;
// Wording that puts a thing out of use again (withdrawn, discontinued, no longer marketed).
const WITHDRAWN = /\b(?:withdrawn|withdrawal|discontinu\w*|no longer (?:\w+ )?(?:available|marketed|sold|produced|approved)|removed from the market|taken off the market)\b/i;
// Wording that puts a thing still in development (not yet available, experimental, tried only in animals or in trials).
const IN_DEVELOPMENT =
  /\b(?:not (?:\w+ ){0,4}yet|(?:is|are|remains?|was|were) (?:still )?(?:an? )?(?:experimental|investigational|preclinical)|experimental (?:approach|therapy|treatment|drug|agent|method|stage)|animal experiments?|in (?:early )?(?:development|preclinical)|under (?:development|investigation|evaluation)|(?:is|are) being (?:developed|evaluated|investigated|tested)|(?:phase (?:1|2|3|i{1,3})(?:\/(?:2|3|ii|iii))?|early[- ]phase) (?:clinical )?(?:trials?|stud(?:y|ies))|novel method)\b/i;

/** Whether a question asks if something is available, approved or licensed. */
export function asksAvailability(question: string): boolean {
  return AVAILABILITY_QUESTION.test(question);
}

/**
 * Whether a sentence puts the thing it speaks of still in development ("did not come yet", "a novel method ... based on
 * the results of animal experiments", "a phase 3 trial"): for a question whether it is available, that says no.
 */
export function inDevelopment(text: string): boolean {
  return IN_DEVELOPMENT.test(text) || saysWithdrawn(text);
}

/** Whether a sentence says a thing was taken out of use ("discontinued", "withdrawn", "no longer marketed"). */
export function saysWithdrawn(text: string): boolean {
  return WITHDRAWN.test(text);
}
