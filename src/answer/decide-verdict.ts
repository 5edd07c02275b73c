import type { ScoredPassage } from './select-sentences.js';

/** The answer to a yes/no question as the evidence states it. */
export type Verdict = 'yes' | 'no' | 'uncertain';

// Negation is checked first: "was not significantly associated" contains positive words too.
const NEGATIVE =
  /\b(no (significant|statistically significant|evidence|difference|change|effect|benefit|association|relationship|improvement|increase|advantage)|not (significantly|associated|related|affect\w*|improve\w*|increase\w*|reduce\w*|influence\w*|predict\w*|alter\w*|differ\w*|effective|necessary|superior|justified|recommended)|did not|does not|do not|failed to|neither|no longer|insufficient|unlikely)\b/i;
// Sentences that say the question is open count for neither side (and so pull towards uncertain).
const HEDGE = /\b(no consensus|unclear|remains? (unknown|uncertain|controversial|debated)|conflicting|inconclusive|debatable|controversial)\b/i;
const POSITIVE =
  /\b(significant(ly)?|associated with|effective|efficacious|improv\w*|increas\w*|reduc\w*|beneficial|safe|feasible|superior|predict\w*|related to|correlat\w*|contribut\w*|appears? to|can be|may be|is a|are a)\b/i;

/** The polarity of one sentence: +1 affirms, -1 denies, 0 says neither. */
export function polarityOf(text: string): -1 | 0 | 1 {
  if (HEDGE.test(text)) return 0;
  if (NEGATIVE.test(text)) return -1;
  if (POSITIVE.test(text)) return 1;
  return 0;
}

/** Decides yes, no or uncertain from the polarity of the best sentences weighted by their scores. */
export function decideVerdict(passages: readonly ScoredPassage[], options: { top?: number; margin?: number } = {}): {
  verdict: Verdict;
  decisive: ScoredPassage | null;
} {
  const { top = 5, margin = 0.3 } = options;
  const considered = passages.filter((p) => p.coverage >= 0.4).slice(0, top);
  let signed = 0;
  let total = 0;
  for (const p of considered) {
    // Conclusions speak for the study; weigh them more.
    const weight = p.score * (/^CONCLUSION/.test(p.section) || p.section === 'ABSTRACT' ? 1.5 : 1);
    signed += polarityOf(p.text) * weight;
    total += weight;
  }
  if (!total) return { verdict: 'uncertain', decisive: null };
  const balance = signed / total;
  const verdict: Verdict = balance > margin ? 'yes' : balance < -margin ? 'no' : 'uncertain';
  const sign = verdict === 'yes' ? 1 : verdict === 'no' ? -1 : 0;
  const decisive = sign ? (considered.find((p) => polarityOf(p.text) === sign) ?? null) : null;
  return { verdict, decisive };
}
