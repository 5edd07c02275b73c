// Words of harm, and of setting a thing aside for fear of harm.
const HARM = String.raw`(?:toxicit(?:y|ies)|toxic|adverse|safety (?:concerns?|issues?|signals?|problems?)|side[- ]effects?|complications?|harms?|harmful|deleterious|detrimental|exclusion|excluding|contraindicat\w*|withdrawal|discontinuation|avoidance)`;
// A word in the gap that lessens or prevents: "no evidence that X reduces complications" denies a benefit, not a harm.
const LESSENING_GAP = /\b(?:reduc\w*|decreas\w*|lower\w*|prevent\w*|avert\w*|improv\w*|benefi\w*|effective\w*|protect\w*|fewer|less|minimi[sz]\w*|better)\b/i;
// A gap that compares or relates ("no difference in clinical toxicity profiles or survival") finds two things alike
// or unrelated: that is a finding of its own, not a harm denied.
const RELATING_GAP = /\b(?:differ\w*|effects? (?:on|of)|associat\w*|correlat\w*|relat\w*|impact|influence|role)\b/i;
// A denial of harm: a negation and, at most eight words later with no clause break, a word of harm ("no serious
// adverse events", "no evidence that short-term treatment with RMAhRLs produce "dioxin-like toxicity"", "little
// evidence to support the indiscriminate exclusion of AhR activators").
const DENIED_HARM = new RegExp(String.raw`\b(?:no|not|without|little|lack of|absence of|free of)\b((?:\s+[^\s,;.:]+){0,8}?)\s+["“]?[\w-]*?${HARM}\b`, 'gi');
// Questions that ask about a harm themselves: their answer is the harm, denied or not.
const HARM_QUESTION = new RegExp(String.raw`\b(?:safe\w*|unsafe|risks?|dangerous|damag\w*|predispos\w*|${HARM})\b`, 'i');

/**
 * A sentence with its denials of a harm the question does not ask about taken out: "no evidence that short-term
 * treatment with RMAhRLs produce dioxin-like toxicity" and "little evidence to support the exclusion of AhR
 * activators" deny a harm, so they deny nothing of "AhR ligands are attractive drug targets, yes or no?".
 */
export function withoutDeniedHarm(text: string, question: string): string {
  if (HARM_QUESTION.test(question)) return text;
  return text.replace(DENIED_HARM, (whole, gap: string) => (LESSENING_GAP.test(gap) || RELATING_GAP.test(gap) || /\b(?:but|however|although|whereas)\b/i.test(gap) ? whole : ' '));
}
