/**
 * A study's background often closes on the hypothesis it tests ("Vitamin D may prevent autoimmunity by stimulating
 * naturally occurring regulatory T cells") or the doubt it sets out to settle ("Nevertheless, the importance of PVL in
 * the pathogenesis of primary bacteraemia caused by S. aureus is uncertain"). Such a sentence names the question's
 * subjects as fully as any, but it is what the study asked, not what it found.
 */

// A claim hedged by a modal ("may prevent", "might underlie", "could be involved").
const HEDGED = /\b(?:may|might|could)\s+(?:not\s+)?(?:\w+ly\s+)?(?:be|have|play|prevent|protect|cause|contribute|lead|underlie|explain|affect|influence|increase|decrease|reduce|improve|predict|promote|modulate|mediate|act|serve|represent|offer|help|benefit|worsen|trigger|induce|inhibit|enhance)\b/i;

// A doubt stated as the state of knowledge ("is uncertain", "are unclear", "is controversial", "is not known").
const DOUBT = /\b(?:is|are|was|were)\s+(?:still\s+|largely\s+|currently\s+|as yet\s+|yet\s+)?(?:uncertain|unclear|unknown|not known|not clear|controversial|debated|unresolved|poorly understood|not well understood)\b/i;

/** Whether a sentence states a hypothesis or an open doubt rather than a finding: a hedged claim or an unsettled matter. */
export function statesHypothesis(text: string): boolean {
  return HEDGED.test(text) || DOUBT.test(text);
}
