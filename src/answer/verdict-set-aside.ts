import type { QuestionAnalysis } from './analyze-question.js';
import { contentTerms, stemsMatch } from './content-terms.js';

// "a gene other than BRCA1", "Rather than MetS, hypertension is ...", "instead of X": what follows is set aside.
const SET_ASIDE = /\b(?:other than|rather than|instead of)\s+(?:the\s+|a\s+|an\s+)?([\p{L}\p{N}][\p{L}\p{N}-]*)/giu;

/**
 * Whether a sentence sets one of the question's subjects aside as not the one that does what it says: "there is a gene
 * other than BRCA1 which ... confers a higher risk of male breast cancer" for "Is familial male breast cancer linked
 * to BRCA1?"; "Rather than MetS, hypertension is primarily responsible for changes in left ventricular dimensions" for
 * "Does metabolic syndrome contribute to heart dimensions?". Such a sentence denies what is asked of that subject.
 * Only the question's own subject words count (not its generic wording), and not in a comparison, where setting one
 * side aside is what the question weighs.
 */
export function setsSubjectAside(sentence: string, analysis: QuestionAnalysis): boolean {
  const subjects = analysis.concepts.filter((c) => !c.generic && c.weight > 0).map((c) => c.stem);
  if (!subjects.length) return false;
  for (const match of sentence.matchAll(SET_ASIDE)) {
    const word = match[1] as string;
    const stem = contentTerms(word)[0]?.stem;
    if (stem !== undefined && subjects.some((s) => stemsMatch(s, stem))) return true;
  }
  return false;
}
