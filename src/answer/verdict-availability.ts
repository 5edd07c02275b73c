import { contentTerms, stemsMatch } from './content-terms.js';

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

// The most characters between a thing's name and the word that withdraws it, for the word to be said of it.
const NEAR = 60;
// Words of the regulator and of approval itself, which name no subject of an availability question ("FDA", "drug").
const REGULATORY = /^(?:approv|avail|licen[cs]|market|commerci|fda|ema|agenc|administr|food|european|medicin|drug|author|clear|current|still|now|use)/;

/**
 * Whether a sentence puts the thing an availability question asks about in development or out of use: a withdrawal
 * is said of it only when its name stands near the withdrawing word, or the sentence names it nowhere ("The drug was
 * withdrawn in 2004"). "Despite discontinuation of the first inhalable insulin, Exubera, ..., development ... has been
 * galvanized by the recent approval of Afrezza" withdraws Exubera, which denies nothing of Afrezza.
 */
export function deniesAvailability(text: string, subjectStems: readonly string[]): boolean {
  if (IN_DEVELOPMENT.test(text)) return true;
  const withdrawn = WITHDRAWN.exec(text);
  if (!withdrawn) return false;
  const subjects = subjectStems.filter((s) => !REGULATORY.test(s));
  const names = (part: string) => contentTerms(part).some((t) => subjects.some((s) => stemsMatch(s, t.stem)));
  if (!subjects.length || !names(text)) return true;
  return names(text.slice(Math.max(0, withdrawn.index - NEAR), withdrawn.index + withdrawn[0].length + NEAR));
}

// Wording that tells a thing was approved, licensed or cleared ("after getting FDA approval", "the recent approval of
// X", "was approved by the FDA in 2014", "the FDA approved X").
const APPROVAL =
  /\b(?:(?:approved|licen[cs]ed|authori[sz]ed|cleared) (?:by|in|for|as|on|since)|(?:received?|receiving|obtained|obtaining|got|gets?|getting|gained|gaining|granted|won|recent|after|following|since|its|their) (?:[\w-]+ ){0,3}?(?:approval|licen[cs]e|licensure|authori[sz]ation|clearance)|(?:FDA|EMA|agency|administration|commission) (?:has |had )?(?:recently )?(?:approved|licen[cs]ed|cleared|authori[sz]ed))\b/gi;
// Words before an approval that deny it or put it still to come ("no drug is approved for", "awaiting approval",
// "submitted for approval", "seeking FDA clearance").
const PENDING = /\b(?:no|not|never|none|await\w*|pending|seek\w*|sought|submitted|submission|apply\w*|applied|application|not yet|before|prior to|without|expected|hop\w*|potential|candidates?)\s+(?:[\w-]+\s+){0,3}$/i;

/** Whether a sentence tells in words that a thing was approved, licensed or cleared, not that approval is awaited. */
export function statesApproval(text: string): boolean {
  for (const m of text.matchAll(APPROVAL)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0));
    if (!PENDING.test(before) && !/\b(?:await\w*|pending|seek\w*|submitted|expected)\b/i.test(m[0])) return true;
  }
  return false;
}

// Wording that tells approval is still awaited ("is awaiting FDA approval", "has been submitted for approval").
const AWAITED = /\b(?:await\w*|pending|seek\w*|submitted|applied)\s+(?:[\w-]+\s+){0,3}?(?:approval|licen[cs]\w*|authori[sz]ation|clearance)\b/i;

/** Whether a sentence tells that approval of a thing is still awaited. */
export function awaitsApproval(text: string): boolean {
  return AWAITED.test(text);
}

/** Whether a sentence says a thing was taken out of use ("discontinued", "withdrawn", "no longer marketed"). */
export function saysWithdrawn(text: string): boolean {
  return WITHDRAWN.test(text);
}
