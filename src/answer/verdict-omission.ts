// Whether a question asks if something can be left out, and the findings that say leaving it out loses nothing.

// "Can STIR imaging be omitted?", "Can predilatation be dispensed with?".
const PASSIVE_OMISSION = /\b(?:be (?:omitted|replaced|dispensed with|avoided|skipped|discontinued|stopped|withdrawn|abandoned|eliminated|spared)|replace)\b/i;
// The verbs of leaving a thing out as a person asks them ("skip the scan", "do without the drain", "come off my
// tablets"). "stop" and "give up" only with what is taken ("stop taking", "stop my statin"): "Can we stop the disease
// progressing?" asks about preventing, not about leaving out.
const LEAVE_OUT =
  "(?:skip(?:ping)?|omit(?:ting)?|forgo(?:ing)?|forego(?:ing)?|do(?:ing)? without|leav(?:e|ing) out|miss(?:ing)?|withhold(?:ing)?|discontinu(?:e|ing)|com(?:e|ing) off|(?:stop(?:ping)?|giv(?:e|ing) up) (?:taking|using|having|my|his|her|their|our|your))";
// Who leaves it out: a person asking for themselves or another ("Can I", "Should my mum", "Is it safe for him to").
const WHO = '(?:i|we|you|he|she|they|one|patients|people|(?:my|our|his|her|their) (?:\\w+ )?\\w+)';
const WHOM = '(?:me|us|you|him|her|them|patients|people|(?:my|our|his|her|their) (?:\\w+ )?\\w+)';
const ACTIVE_OMISSION = new RegExp(
  `\\b(?:(?:safe|ok|okay|fine|all ?right|alright|reasonable|acceptable|sensible|wise) (?:for ${WHOM} )?to|(?:can|could|may|might|should) ${WHO})(?: (?:safely|just|now|then|simply))? ${LEAVE_OUT}\\b`,
  'i',
);

/**
 * Whether a question asks if something can be left out: "Can STIR imaging be omitted?", "Is it safe to skip the
 * second-look laparotomy?", "Can I stop taking my statin?", "Should she come off the pill?".
 */
export function asksOmission(question: string): boolean {
  return PASSIVE_OMISSION.test(question) || ACTIVE_OMISSION.test(question);
}

// A finding that a thing brings no good: no benefit, no favourable impact, no improvement, little value.
const NO_BENEFIT =
  /(?:\b(?:not|never|failed to|fails to|did not|does not|do not)|n['’]t) (?:\w+ ){0,2}?(?:improve\w*|benefit\w*|prolong\w*|(?:have|has|had|show|shows|showed|confer|provide|offer|yield|make) (?:an? |any )?(?:\w+ ){0,2}?(?:benefits?|advantages?|improvements?|impacts?|effects?|influences?|differences?|gains?))\b|\bno (?:\w+ ){0,2}?(?:benefits?|advantages?|improvements?|gains?|added value|(?:impacts?|effects?|influences?) on (?:\w+ ){0,2}?(?:survival|outcomes?|prognosis|mortality|recurrence|relapse))\b|\b(?:little|limited|no) (?:\w+ )?(?:value|usefulness|utility)\b|\badd(?:s|ed)? (?:little|nothing)\b/i;
// A sentence about leaving the thing out rather than about the thing: "patients who refused it", "without it", "after
// stopping it". What it says of those is no finding on the thing itself.
const NAMES_OMISSION =
  /\b(?:without|omi(?:t|ts|tted|tting|ssion)|skip\w*|forg[oe]\w*|discontinu\w*|withdraw\w*|withh[eo]ld\w*|cessation|stopp\w*|interrupt\w*|refus\w*|(?:did|do|does) not (?:receive|undergo|have|take|use)|not (?:receiving|undergoing|having|taking|using))\b/i;

/**
 * Whether a sentence says the thing a question of leaving out asks about brings no good ("The second-look laparotomy
 * doesn't have a favorable impact on overall and disease-free survival"), which says leaving it out loses nothing.
 * Not a sentence speaking of those who went without it: what it says of them is no finding on the thing.
 */
export function deniesBenefit(sentence: string): boolean {
  return NO_BENEFIT.test(sentence) && !NAMES_OMISSION.test(sentence);
}

// A finding that a thing does good: it works, improves an outcome, lowers a death or relapse rate, prolongs life.
const BENEFIT =
  /\b(?:effective|efficacious|beneficial|improv(?:ed|es|ing)|superior|(?:reduc|lower|decreas)\w* (?:the )?(?:\w+ ){0,2}?(?:mortality|deaths?|risks?|recurrences?|relapses?|complications?|events?)|(?:prolong|increas|improv)\w* (?:the )?(?:\w+ ){0,2}?survival)\b/i;
const DENIAL = /\b(?:not|no|never|neither|nor|failed|fails|unable|without)\b|n['’]t\b/i;

/**
 * Whether a sentence says the thing a question of leaving out asks about does good ("Statin therapy reduced mortality
 * in the elderly" for "Can I stop taking my statin?"), which says leaving it out loses that good. Not a sentence that
 * denies anything, nor one speaking of those who went without it.
 */
export function statesBenefit(sentence: string): boolean {
  return BENEFIT.test(sentence) && !DENIAL.test(sentence) && !NAMES_OMISSION.test(sentence);
}
