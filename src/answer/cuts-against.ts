/**
 * The finding that cuts against a verdict (cuts-against): a study that concludes "yes" may report on the way that its
 * main comparison found nothing ("The Ki-67 values do not differ significantly among the 3 groups: pCR versus partial
 * pathological response versus stable disease/progress (P = 0.896)"). A clinician reading the "yes" must see that
 * finding beside it, under Critical Context, not only the conclusion and its background.
 */

// A null result in a study's own words: no significant difference, association or effect; "did not differ"; "failed to".
const NULL_RESULT = new RegExp(
  [
    String.raw`\b(?:do|does|did|could|was|were|is|are)\s*(?:not|n't)\s+(?:\w+ly\s+)?(?:differ|correlate|predict|associate|improve|reduce|change)\w*\s+(?:\w+\s+){0,2}?(?:significantly|statistically)`,
    String.raw`\b(?:do|does|did)\s*(?:not|n't)\s+(?:significantly|statistically\s+significantly)\s+(?:differ|correlate|predict|improve|reduce|change)\w*`,
    String.raw`\bno\s+(?:statistically\s+)?significant\s+(?:\w+\s+){0,2}?(?:differences?|associations?|correlations?|relationships?|effects?|changes?|improvements?)\b`,
    String.raw`\b(?:was|were|is|are)\s+not\s+(?:statistically\s+)?significant(?:ly)?\s+(?:different|associated|correlated|related|predictive)`,
    String.raw`\bnot\s+(?:a\s+)?(?:significant|independent)\s+predictors?\b`,
    String.raw`\bfailed\s+to\s+(?:show|demonstrate|predict|find|detect)\b`,
  ].join('|'),
  'i',
);

// A p value above the usual threshold ("P = 0.896", "p > 0.05").
const LARGE_P = /\bp\s*(?:=\s*0?[.·,](?:0[5-9]|[1-9])\d*|>\s*0?[.·,]0?5)/i;

// A sentence that turns a null result around in the same breath ("did not differ ..., whereas ... differed
// significantly") or limits it to a group ("except in ...") does not only cut against.
const TURNS = /\b(?:whereas|while|but|except|however,?\s+\w+\s+(?:was|were)\s+significant)\b/i;

/** Whether a sentence reports a study's null result (no significant difference, association or effect). */
export function reportsNullResult(text: string): boolean {
  if (TURNS.test(text)) return false;
  return NULL_RESULT.test(text) || (LARGE_P.test(text) && /\b(?:not|no)\b/i.test(text));
}

// A result the study found significant: a small p value, "significantly higher", "more likely".
const SIGNIFICANT = /\bp\s*(?:[<≤]\s*0?[.·,]0[0-5]|=\s*0?[.·,]0(?:[0-4]\d*|50*)(?!\d))|\b(?:significantly|were|was)\s+(?:more|less)\s+likely\b|\b(?<!not\s)significantly\s+(?:higher|lower|more|less|greater|increased|decreased|associated|different|better|worse|improved|reduced|elevated)\b/i;

/**
 * Whether a sentence reports a study's significant result ("Obese children were more likely to have rib fractures (P =
 * .02)"): what cuts against a "no".
 */
export function reportsSignificantResult(text: string): boolean {
  return SIGNIFICANT.test(text) && !reportsNullResult(text) && !/\bnot\s+(?:\w+\s+)?significant/i.test(text);
}

/** Whether a sentence cuts against a verdict: a null result against a "yes", a significant one against a "no". */
export function cutsAgainst(text: string, verdict: 'yes' | 'no'): boolean {
  return verdict === 'yes' ? reportsNullResult(text) : reportsSignificantResult(text);
}
