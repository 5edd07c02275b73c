/**
 * "Do we really need a full dose of gadolinium?" asks whether the fuller form of something is needed; a study that finds
 * a lesser form enough ("half-dose contrast may be sufficient for assessing synovitis") answers no, though it states no
 * negation and its "sufficient" reads as a finding for the question.
 */

// A question of need about the fuller form of something: "a full dose", "a complete course", "repeat imaging".
const NEEDS = /\b(?:need|needs|needed|necessary|require|required|requires|essential|mandatory|indispensable)\b/i;
const FULLER = /\b(?:full|complete|whole|standard|high|higher|double|conventional|long|longer|prolonged|extended|repeat|repeated|additional|extra)\b/i;
// A lesser form found enough: "half-dose X (at 3 T) may be sufficient", "a shorter course was non-inferior".
const LESSER = /\b(?:half|low|lower|reduced|partial|single|short|shorter|brief|minimal|smaller|fewer)\b/gi;
const SUFFICES =
  /^[^.;]{0,100}?\b(?:is|are|was|were|be|been|proved|proves|remains?|appears?(?: to be)?|seems?(?: to be)?)\s+(?:\w+ly\s+)?(?:sufficient|adequate|enough|non-?inferior|as (?:effective|accurate|good|reliable|sensitive) as)\b/i;

/** Whether a sentence finds a lesser form sufficient where the question asks whether a fuller one is needed. */
export function lesserSuffices(text: string, question: string): boolean {
  if (!NEEDS.test(question) || !FULLER.test(question)) return false;
  const asked = question.toLowerCase();
  for (const m of text.matchAll(LESSER)) {
    // "Is a low dose needed?" asks of the lesser form itself.
    if (new RegExp(`\\b${m[0].toLowerCase()}\\b`).test(asked)) continue;
    if (SUFFICES.test(text.slice((m.index ?? 0) + m[0].length))) return true;
  }
  return false;
}
