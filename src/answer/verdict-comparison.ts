import { contentTerms, stemsMatch } from './content-terms.js';

/**
 * "Is X better than Y?" asks which is better, which a sentence comparing the two says only through a measure whose
 * good side is known: "lower mortality than Y" says X is better, "higher mortality" that it is worse. "The rate of
 * persistence of X was significantly lower than that of Y" gives the direction of a measure that says nothing of
 * better or worse by itself (and "significantly" is no "yes"): the sentence neither affirms nor denies.
 */

// A question asking whether one thing is better or worse than another; "worse", "inferior" ask the other way.
const BETTER_QUESTION = /\b(?:better|superior|safer|preferable)\b[^?]*\b(?:than|to)\b/i;
const WORSE_QUESTION = /\b(?:worse|inferior)\b[^?]*\b(?:than|to)\b/i;
// A plain direction of a measure compared: "lower than", "significantly higher ... compared with", "fewer ... than".
const DIRECTION = /\b(lower|higher|greater|less|more|fewer|reduced|increased|decreased|shorter|longer)\b([^,;.]{0,80}?)\b(?:than|compared (?:with|to)|versus|vs\.?)\b/i;
const DOWN = /^(?:lower|less|fewer|reduced|decreased|shorter)$/i;
// Measures whose lower value is the better (harms, events) or whose higher value is (survival, success).
const GOOD_LOW = /\b(?:mortality|deaths?|died|complications?|risks?|adverse|harms?|pain|recurren\w*|relapses?|failures?|toxicit\w*|bleeding|ha?emorrhag\w*|strokes?|infections?|side[- ]effects?|readmissions?|morbidity|events?|thrombo\w*|embolism|fractures?|stenosis|leaks?)\b/i;
const GOOD_HIGH = /\b(?:survival|efficacy|success\w*|response|remission|cure|healing|patency|quality of life|improvement|benefits?|accuracy|sensitivity|specificity)\b/i;

// A comparison said as better or worse in words.
const JUDGED = /\b(?:(?:more|less) (?:effective|efficacious|beneficial|useful|successful|harmful|toxic|dangerous)|better|worse|superior|inferior|safer|favou?rabl\w*|unfavou?rabl\w*|advantage\w*|outperform\w*|preferable)\b/i;

/** The question's two sides of a comparison: the stems before and after "than". */
function sidesOf(question: string): [string[], string[]] | null {
  const m = /\b(?:than|to)\b/i.exec(question.replace(/\b(?:compared|similar|equal|equivalent|prefer\w*) to\b/gi, (w) => w.replace(/to$/i, '__')));
  if (!m) return null;
  const before = contentTerms(question.slice(0, m.index)).map((t) => t.stem);
  const after = contentTerms(question.slice(m.index + m[0].length)).map((t) => t.stem);
  return before.length && after.length ? [before, after] : null;
}

/** Where a text first names one of the stems, or -1. */
function firstAt(text: string, stems: readonly string[]): number {
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu)) {
    const stem = contentTerms(m[0])[0]?.stem;
    if (stem && stems.some((s) => stemsMatch(s, stem))) return m.index ?? -1;
  }
  return -1;
}

/**
 * How a sentence comparing two things by a measure stands on "Is X better than Y?": +1 or -1 when the measure's good
 * side is known and the sentence names which side it speaks of; 0 when it is not (the sentence decides nothing);
 * undefined when the question asks no such comparison or the sentence gives no plain direction.
 */
export function measuredComparison(text: string, question: string): -1 | 0 | 1 | undefined {
  const better = BETTER_QUESTION.test(question);
  if (!better && !WORSE_QUESTION.test(question)) return undefined;
  const m = DIRECTION.exec(text);
  // "GES is more effective ... than medical therapy" says better or worse in words: the rest of the verdict reads it.
  // "were not more erosive than" denies in words, as the rest of the verdict reads it.
  if (!m || JUDGED.test(text) || /\b(?:not|no|never|nor)\s+(?:\w+ly\s+)?$/i.test(text.slice(0, m.index))) return undefined;
  // The measure: the words around the direction ("the rate of persistence of NOACs was significantly lower").
  const around = text.slice(Math.max(0, (m.index ?? 0) - 60), (m.index ?? 0) + m[0].length);
  const low = GOOD_LOW.test(around);
  const high = GOOD_HIGH.test(around);
  if (low === high) return 0;
  const sides = sidesOf(question);
  if (!sides) return 0;
  // The side the sentence speaks of first is the one the direction is said of.
  const [first, second] = [firstAt(text, sides[0].filter((s) => !sides[1].includes(s))), firstAt(text, sides[1].filter((s) => !sides[0].includes(s)))];
  if (first < 0 && second < 0) return 0;
  const ofFirst = first >= 0 && (second < 0 || first < second);
  const down = DOWN.test(m[1] as string);
  const firstBetter = (down === low) === ofFirst;
  return firstBetter === better ? 1 : -1;
}
