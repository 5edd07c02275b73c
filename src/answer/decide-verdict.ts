import type { QuestionAnalysis } from './analyze-question.js';
import { contentTerms, stemsMatch } from './content-terms.js';
import type { ScoredPassage } from './select-sentences.js';

/** The answer to a yes/no question as the evidence states it. */
export type Verdict = 'yes' | 'no' | 'uncertain';

// Negation is checked first: "was not significantly associated" contains positive words too.
const NEGATIVE =
  /\b(no (significant|statistically significant|evidence|difference|change|effect|benefit|association|relationship|improvement|increase|advantage|role|correlation|impact|influence|link)|not (significantly|associated|related|affect\w*|improve\w*|increase\w*|reduce\w*|influence\w*|predict\w*|alter\w*|differ\w*|effective|necessary|superior|justified|recommended)|did not|does not|do not|failed to|neither|no longer|insufficient|unlikely|contraindicat\w*|ineffective|not been (approved|shown|established|demonstrated|proven)|no (approved|licensed|available)|none of)\b/i;
// Negation words that deny whatever concept stands near them.
const NEGATION_WORD =
  /^(not|no|never|neither|nor|without|none|cannot|can't|doesn't|don't|didn't|isn't|aren't|wasn't|weren't|won't|unable|lack|lacks|lacked|lacking|absence|absent|fail|fails|failed|unlikely|nor)$/i;
// Sentences that say the question is open count for neither side (and so pull towards uncertain).
const HEDGE = /\b(no consensus|unclear|remains? (unknown|uncertain|controversial|debated)|conflicting|inconclusive|debatable|controversial)\b/i;
const POSITIVE =
  /\b(significant(ly)?|associated with|effective|efficacious|improv\w*|increas\w*|reduc\w*|beneficial|safe|feasible|superior|predict\w*|related to|correlat\w*|contribut\w*|appears? to|can be|may be|is a|are a)\b/i;

// Pairs of opposite meaning in general English and biomedical writing, as porter stems: a sentence that says the
// opposite of the question's word ("poor survival" for "better survival") denies the question's proposition.
const OPPOSITES: [string[], string[]][] = [
  [['increas', 'higher', 'rais', 'elev', 'enhanc', 'stimul', 'upregul', 'promot', 'activ', 'induc', 'more', 'greater', 'gain'],
    ['decreas', 'lower', 'reduc', 'diminish', 'suppress', 'inhibit', 'downregul', 'restrain', 'repress', 'less', 'fewer', 'loss', 'impair', 'attenu']],
  [['better', 'improv', 'good', 'favor', 'favour', 'benefici', 'protect'], ['wors', 'poor', 'poorer', 'advers', 'harm', 'detriment', 'unfavor', 'unfavour']],
  [['benign'], ['malign']],
  [['posit'], ['neg']],
  [['agonist'], ['antagonist']],
  [['domin'], ['recess']],
  [['acut'], ['chronic']],
  [['overexpress', 'amplifi'], ['underexpress', 'delet', 'silenc']],
];

function oppositesOf(stem: string): string[] {
  const out: string[] = [];
  for (const [a, b] of OPPOSITES) {
    if (a.some((s) => stem.startsWith(s))) out.push(...b);
    if (b.some((s) => stem.startsWith(s))) out.push(...a);
  }
  return out;
}

type Token = { word: string; stem: string | null };

function tokensOf(text: string): Token[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((word) => ({
    word,
    stem: contentTerms(word)[0]?.stem ?? null,
  }));
}

// A question on exclusivity ("only", "solely") is affirmed only by a sentence that states exclusivity too.
const EXCLUSIVE_QUESTION = /\b(only|solely|exclusively|always|all)\b/i;
const EXCLUSIVE_STATEMENT = /\b(only|solely|exclusively|always|all|restricted to|limited to|specific(ally)? (to|for|in)|unique(ly)? to)\b/i;

/** Whether the question itself is worded as a denial ("Is X not associated with Y?"). */
function questionDenies(question: string): boolean {
  return tokensOf(question).some((t) => NEGATION_WORD.test(t.word) && t.word !== 'independent');
}

/**
 * How a sentence stands on the question's proposition: -1 when it negates it near the question's concepts, says
 * the opposite of one of its words, or prefixes one with a negation ("independent" for "dependence"); 0 when it
 * hedges; +1 when it affirms with positive wording; 0 otherwise (silent). Without a question only wording counts.
 */
export function polarityOf(text: string, analysis?: QuestionAnalysis): -1 | 0 | 1 {
  if (HEDGE.test(text)) return 0;
  const flip = analysis && questionDenies(analysis.question) ? -1 : 1;
  if (NEGATIVE.test(text)) return (-1 * flip) as -1 | 1;
  if (analysis && deniesConcepts(text, analysis)) return (-1 * flip) as -1 | 1;
  if (analysis && EXCLUSIVE_QUESTION.test(analysis.question) && !EXCLUSIVE_STATEMENT.test(text)) return (-1 * flip) as -1 | 1;
  if (POSITIVE.test(text)) return flip as -1 | 1;
  return 0;
}

function deniesConcepts(text: string, analysis: QuestionAnalysis): boolean {
  const tokens = tokensOf(text);
  const stems = analysis.concepts.map((c) => c.stem);
  const questionWords = new Set(tokensOf(analysis.question).map((t) => t.stem ?? t.word));
  const isConcept = (t: Token) => t.stem !== null && stems.some((s) => stemsMatch(s, t.stem as string));
  // A negation word within a few words of a concept word denies it.
  for (let i = 0; i < tokens.length; i++) {
    if (!NEGATION_WORD.test((tokens[i] as Token).word)) continue;
    for (let j = Math.max(0, i - 4); j <= Math.min(tokens.length - 1, i + 7); j++) if (isConcept(tokens[j] as Token)) return true;
  }
  const lower = text.toLowerCase();
  for (const c of analysis.concepts) {
    // "independence" for "dependence", "non-coding" for "coding", "ineffective" for "effective".
    // Porter stems may end where the word does not ("code" for "coding"), so a final e is optional.
    const root = escape(c.stem.replace(/e$/, ''));
    if (root.length >= 4 && new RegExp(`\\b(un|in|im|ir|il|non-?|dis)${root}`).test(lower)) {
      const prefixed = lower.match(new RegExp(`\\b(?:un|in|im|ir|il|non-?|dis)${root}\\w*`))?.[0] ?? '';
      if (!analysis.question.toLowerCase().includes(prefixed)) return true;
    }
    // The opposite word stands in for the question's word ("poor" for "better").
    const opposite = oppositesOf(c.stem);
    if (opposite.length && !tokens.some((t) => t.stem !== null && stemsMatch(t.stem, c.stem))) {
      if (tokens.some((t) => t.stem !== null && !questionWords.has(t.stem) && opposite.some((o) => (t.stem as string).startsWith(o)))) return true;
    }
  }
  return false;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Decides yes, no or uncertain from the sentences that address the question best: a sentence that negates the
 * proposition counts for no, one that states it (with or without positive wording) for yes, hedges for neither;
 * uncertain only when nothing addresses the question or the two sides weigh the same.
 */
export function decideVerdict(
  passages: readonly ScoredPassage[],
  options: { top?: number; analysis?: QuestionAnalysis; minCoverage?: number; silentWeight?: number; noBias?: number } = {},
): {
  verdict: Verdict;
  decisive: ScoredPassage | null;
} {
  const { top = 5, analysis, minCoverage = 0.4, silentWeight = 0.6, noBias = 1 } = options;
  const best = Math.max(0, ...passages.map((p) => p.coverage));
  // Only the sentences that cover the question about as well as the best one address its proposition.
  const considered = passages
    .filter((p) => p.coverage >= Math.max(minCoverage, best - 0.25) && !p.aim)
    .slice(0, top);
  let yes = 0;
  let no = 0;
  const stance = (p: ScoredPassage) => {
    const polarity = polarityOf(p.text, analysis);
    if (polarity !== 0) return polarity;
    return HEDGE.test(p.text) ? 0 : silentWeight;
  };
  for (const p of considered) {
    // Conclusions speak for the study; weigh them more.
    const weight = p.score * p.coverage * (/^CONCLUSION/.test(p.section) || p.section === 'ABSTRACT' ? 1.5 : 1);
    const s = stance(p);
    if (s > 0) yes += s * weight;
    else if (s < 0) no += -s * weight;
  }
  if (yes === 0 && no === 0) return { verdict: 'uncertain', decisive: null };
  const verdict: Verdict = no * noBias > yes ? 'no' : yes > no * noBias ? 'yes' : 'uncertain';
  const sign = verdict === 'yes' ? 1 : verdict === 'no' ? -1 : 0;
  const decisive = sign ? (considered.find((p) => Math.sign(stance(p)) === sign) ?? null) : null;
  return { verdict, decisive };
}
