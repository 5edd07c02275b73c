import type { QuestionAnalysis } from './analyze-question.js';
import { polarityOf, type Verdict } from './decide-verdict.js';
import type { ScoredPassage, Selection } from './select-sentences.js';
import { isConclusion } from './split-passages.js';

// A sentence finding no relation between the things asked ("Migraine status was unrelated to attentional bias
// indices", "no significant difference in weight loss", "was not associated with") says no to whether they are
// related, however the verdict read it: it cannot lead a "yes".
const STATES_NO_RELATION =
  /\b(?:unrelated|unassociated|uncorrelated|not (?:significantly |clearly )?(?:related|associated|correlated|linked|different)|(?:no|lack of(?: an?)?|absence of(?: an?)?) (?:significant |clear |meaningful )?(?:relation(?:ship)?|association|correlation|link|difference|effect)s?\b(?! only)|did not (?:significantly )?(?:differ|affect|influence|change|improve|reduce|increase|predict))\b/i;

// A sentence opening on a contrast that speaks of part of the sample ("However, a subgroup of women ... who did not
// exercise regularly ... had a reduced risk") qualifies the finding before it: it gives the exception, not the answer.
const CONCESSION = /^(?:however|but|nevertheless|nonetheless|yet|still|in contrast|conversely|on the other hand)\b/i;
const SUBGROUP = /\b(?:sub-?groups?|subsets?|subpopulations?|those who)\b/i;
const exception = (text: string) => CONCESSION.test(text.trim()) && SUBGROUP.test(text);

/** Whether a sentence states the opposite of the verdict shown beside it. */
export function opposesVerdict(text: string, verdict: Verdict | undefined, analysis: QuestionAnalysis): boolean {
  const way = verdict === 'yes' ? 1 : verdict === 'no' ? -1 : 0;
  if (way === 0) return false;
  const polarity = polarityOf(text, analysis);
  if (polarity === -way) return true;
  // A question that itself asks whether the things are unrelated is affirmed by such a sentence.
  return way === 1 && polarity === 0 && STATES_NO_RELATION.test(text) && !STATES_NO_RELATION.test(analysis.question);
}

/**
 * The sentence to lead a yes/no answer with: the one chosen, unless it says the opposite of the verdict or only
 * gives an exception to the finding, when a sentence that decided the verdict (support, the deciding one first)
 * says it. `usable` tells which of them may answer (on the question's subjects, a finding rather than an aim).
 */
export function leadForVerdict(
  chosen: Selection,
  verdict: Verdict | undefined,
  analysis: QuestionAnalysis,
  support: readonly ScoredPassage[],
  usable: (p: ScoredPassage) => boolean,
  points: readonly Selection[] = [],
): Selection {
  const way = verdict === 'yes' ? 1 : verdict === 'no' ? -1 : 0;
  if (way === 0) return chosen;
  const text = chosen.passage.text;
  const opposed = opposesVerdict(text, verdict, analysis);
  const concedes = exception(text);
  if (!opposed && !concedes) return chosen;
  // A study's conclusion is its authors' answer: it comes before a results sentence on a subgroup.
  const fits = support
    .filter((p) => p.text !== text && usable(p) && !opposesVerdict(p.text, verdict, analysis) && !exception(p.text))
    .sort((a, b) => Number(isConclusion(b)) - Number(isConclusion(a)));
  // One that says the verdict in words comes first; a sentence merely stating the matter only replaces one saying
  // the opposite.
  const inWords = fits.find((p) => polarityOf(p.text, analysis) === way);
  const replacement = inWords ?? (opposed ? fits[0] : undefined);
  if (!replacement) return chosen;
  // The point that already carries the sentence leads, so it is not shown twice.
  return points.find((s) => s.passage.text === replacement.text || s.alsoSaidBy.some((o) => o.text === replacement.text)) ?? { passage: replacement, alsoSaidBy: [] };
}

/**
 * The verdict to show beside the lead: a "yes" whose lead still denies in words (no sentence of its side may lead:
 * "Pretreatment ECG is of limited value ..." beside a "yes" won by a background sentence on consensus guidelines) is
 * shown as uncertain; the reader would otherwise be told one thing and shown its opposite. A "no" keeps a lead that
 * reads as affirming: that is mostly the rival it rests on ("Ameloblastoma is a benign tumour of the jaw" for "... in
 * the brain?").
 */
export function verdictBesideLead(
  lead: string,
  verdict: Verdict | undefined,
  analysis: QuestionAnalysis,
  support: readonly { text: string }[],
): Verdict | undefined {
  // A lead among the sentences that won the verdict was read for its side by the verdict's own readers ("no greater
  // risk of harm" says yes to "Is X safe?"), which know more than the words of denial.
  if (support.some((p) => p.text === lead)) return verdict;
  return verdict === 'yes' && opposesVerdict(lead, verdict, analysis) ? 'uncertain' : verdict;
}
