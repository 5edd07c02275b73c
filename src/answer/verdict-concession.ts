import type { QuestionAnalysis } from './analyze-question.js';
import { contentTerms, mentions } from './content-terms.js';

/**
 * A sentence of two clauses joined by a concession or a contrast ("Although elevated leukocyte count and CRP value
 * cannot effectively establish the diagnosis of acute appendicitis in the elderly, unelevated values exclude it")
 * states two relations; a yes/no question asks one of them. The clause that names more of what the question asks
 * than the other does is the one that answers it, a clause taking up the other's words by a pronoun ("exclude it")
 * naming them too: "does a normal WCC and CRP exclude appendicitis?" is answered by "unelevated values exclude it",
 * whose "exclude" the conceded clause never says, not by the "cannot" of the concession. When the two name as much,
 * a concession ("although", "despite") yields to the clause it concedes to, which is what the authors assert; the
 * two sides of a contrast ("whereas", "while") are both asserted, so the sentence is read whole.
 */

// A concession opening the sentence, up to its first comma: "Although ...,", "Even though ...,", "Despite ...,".
const OPENING_CONCESSION = /^\s*(?:although|though|even though|even if|despite|in spite of|notwithstanding)\b[^,;]*,/i;
const OPENING_CONTRAST = /^\s*(?:whereas|while)\b[^,;]*,/i;
// A concession or contrast after the main clause: ", although ...", ", whereas ..." to the end of the clause.
const TRAILING_CONCESSION = /,\s*(?:although|though|even though|even if|despite|in spite of)\b[^;]*/i;
const TRAILING_CONTRAST = /,\s*(?:whereas|while)\b[^;]*/i;
// A concession on significance ("Although not statistically significant, ...", "Despite failing to reach
// significance, ...") qualifies the finding it opens: it is not another relation, and the sentence is read whole.
const QUALIFIES_FINDING = /\bsignifican\w*|\bp\s*[<=>≤≥]|\bunderpowered\b|\bpower\b|\btrend\w*\b/i;

// Words that take up what was named before or after them.
const TAKES_UP = /\b(?:it|its|they|them|their|this|these|those|such|which)\b/i;

/** The question's concept stems a text names. */
function namedStems(text: string, stems: readonly string[]): Set<string> {
  const terms = new Set(contentTerms(text).map((t) => t.stem));
  return new Set(stems.filter((s) => mentions(terms, s)));
}

/**
 * The part of a sentence that answers the question: the clause of a concession or contrast that alone names some of
 * the question's words (the asserted clause of a concession when both do), else the whole sentence; with the clause
 * set against it (empty for the whole sentence).
 */
export function answeringClause(text: string, analysis: QuestionAnalysis): { clause: string; rest: string } {
  const whole = { clause: text, rest: '' };
  const found =
    [OPENING_CONCESSION, OPENING_CONTRAST, TRAILING_CONCESSION, TRAILING_CONTRAST]
      .map((re) => ({ re, m: re.exec(text) }))
      .find((x) => x.m !== null) ?? null;
  if (!found || !found.m) return whole;
  const { re, m } = found;
  const aside = m[0];
  const main = text.slice(0, m.index) + text.slice(m.index + aside.length);
  // A main clause of a few words ("..., whereas others did not") or an aside on significance is no relation of its own.
  if (contentTerms(main).length < 2 || contentTerms(aside).length < 2 || QUALIFIES_FINDING.test(aside)) return whole;
  const stems = analysis.concepts.map((c) => c.stem);
  // A clause that takes up what the other names by a pronoun ("unelevated values exclude it", "although it did not
  // affect mortality") speaks of that too.
  const [ownMain, ownAside] = [namedStems(main, stems), namedStems(aside, stems)];
  const inMain = TAKES_UP.test(main) ? new Set([...ownMain, ...ownAside]) : ownMain;
  const inAside = TAKES_UP.test(aside) ? new Set([...ownAside, ...ownMain]) : ownAside;
  const mainOnly = [...inMain].filter((s) => !inAside.has(s)).length;
  const asideOnly = [...inAside].filter((s) => !inMain.has(s)).length;
  const opened = aside.replace(/^[\s,]+/, '');
  if (mainOnly > asideOnly) return { clause: main, rest: opened };
  if (asideOnly > mainOnly) return { clause: opened, rest: main };
  const concession = re === OPENING_CONCESSION || re === TRAILING_CONCESSION;
  return mainOnly > 0 && concession ? { clause: main, rest: opened } : whole;
}
