// A claim a sentence reports from earlier work or received opinion, not the study's own finding: "Administration of
// drugs that inhibit APRT in HPRT-deficient mice has produced the suggestion that ...", "Studies have identified
// clinical predictors to guide ...", "It has been proposed that ...", "X is thought to ...".
const REPORTED_CLAIM = new RegExp(
  [
    // Earlier work as the subject: "Previous studies have shown", "Several reports have suggested", "Studies have identified".
    String.raw`\b(?:(?:previous|prior|earlier|recent|several|many|some|other|published|numerous|various) (?:\w+ ){0,2})?(?:studies|reports|authors|investigators|researchers|observations|trials|work|literature|data) (?:\w+ ){0,2}?(?:have|has) (?:\w+ly )?(?:identified|shown|suggested|reported|demonstrated|proposed|found|indicated|claimed|implicated|described)\b`,
    // "has produced the suggestion that", "has led to the hypothesis that", "raised the possibility that".
    String.raw`\b(?:has|have|had) (?:produced|led to|given rise to|raised|prompted) the (?:suggestion|hypothesis|proposal|idea|notion|view|claim|possibility)\b`,
    // Received opinion: "It has been suggested that", "X is thought to", "is widely believed".
    String.raw`\bit (?:has been|had been|was|is) (?:\w+ly )?(?:suggested|proposed|hypothesi[sz]ed|claimed|thought|believed|assumed|postulated|reported|speculated)\b`,
    String.raw`\b(?:is|are|was|were|has been|have been) (?:\w+ly )?(?:thought|believed|assumed|presumed|postulated|held) to\b`,
  ].join('|'),
  'i',
);

/**
 * Whether a sentence reports a claim of earlier work or received opinion rather than the study's own finding. (Its
 * verdict yields to the article's own closing finding when that takes the other side: see decideVerdict.)
 */
export function reportsClaim(sentence: string): boolean {
  return REPORTED_CLAIM.test(sentence);
}
