/** Checks that a reworded point says what its extractive text says: same numbers, negations and hedges. */

const NUMBER = /\d+(?:[.,]\d+)?/g;
// A negation flips a finding; a rewrite must neither drop one nor add one.
const NEGATION = /\b(?:not|no|nor|never|none|neither|without|cannot|lack(?:s|ed|ing)?|absen(?:t|ce)|fail(?:s|ed)? to)\b|n['’]t\b/i;
// A hedge keeps a finding tentative; dropping it overstates the evidence (adding one only understates it).
const HEDGE =
  /\b(?:may|might|could|possibl[ey]|likely|unlikely|probabl[ey]|perhaps|suggest(?:s|ed|ing)?|appear(?:s|ed)?|seem(?:s|ed)?|uncertain|unclear|potential(?:ly)?|indicat(?:e|es|ed)|associated|linked|related)\b/i;

/** Why a rewrite of a point's text loses or flips what it says (a number, a negation, a hedge), or null when it keeps them. */
export function fidelityProblem(source: string, rewritten: string): string | null {
  const numbers: string[] = rewritten.match(NUMBER) ?? [];
  const lost = [...new Set(source.match(NUMBER) ?? [])].filter((n) => !numbers.includes(n));
  if (lost.length) return `drops numbers of the point: ${[...new Set(lost.map((n) => wordHolding(source, n)))].join(', ')}`;
  const negated = NEGATION.test(source);
  if (negated && !NEGATION.test(rewritten)) return "drops the point's negation";
  if (!negated && NEGATION.test(rewritten)) return 'adds a negation the point does not have';
  if (HEDGE.test(source) && !HEDGE.test(rewritten)) return "drops the point's hedge";
  return null;
}

// A number is named as the point writes it: "17q21" (a chromosome band), not its parts "17, 21".
function wordHolding(source: string, number: string): string {
  const word = source.split(/\s+/).find((w) => (w.match(NUMBER) ?? ([] as string[])).includes(number));
  const bare = word?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '');
  return bare && /[\p{L}]/u.test(bare) && bare.length <= 20 ? bare : number;
}

/** Measures a patient or caregiver rewrite against the extractive plain text, with the audience stage's own tools. */
export type PlainLanguageChecks = {
  /** Reading grade of a text (Flesch–Kincaid). */
  grade(text: string): number;
  /** Share (0–1) of the clinical wording's medical concepts of point `point` (1-based, reading order) that a text names. */
  conceptsKept(point: number, text: string): number;
};

/** Why a plain-language rewrite of point `point` is worse for its reader than the extractive plain text, or null. */
export function plainLanguageProblem(checks: PlainLanguageChecks, point: number, extractive: string, rewritten: string): string | null {
  const keptBefore = checks.conceptsKept(point, extractive);
  const keptAfter = checks.conceptsKept(point, rewritten);
  if (keptAfter < keptBefore) {
    return `names ${Math.round(keptAfter * 100)}% of the point's medical concepts; the extractive text names ${Math.round(keptBefore * 100)}%`;
  }
  const before = checks.grade(extractive);
  const after = checks.grade(rewritten);
  if (after > before) return `reading grade ${after.toFixed(1)} is above the extractive text's ${before.toFixed(1)}`;
  return null;
}
