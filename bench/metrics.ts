/** Scoring functions shared by the benchmarks: set overlap, ROUGE-2, yes/no agreement, percentiles. */

/** Precision, recall and F1 of one prediction. */
export type Prf = { precision: number; recall: number; f1: number };

/**
 * Precision, recall and F1 of a predicted set against a gold set.
 * An empty prediction scores 0 precision (it found nothing), not an undefined value, so a system cannot gain
 * by abstaining; an empty gold set scores 0 recall.
 */
export function precisionRecallF1(predicted: Iterable<string>, gold: Iterable<string>): Prf {
  const p = new Set(predicted);
  const g = new Set(gold);
  let hits = 0;
  for (const x of p) if (g.has(x)) hits += 1;
  const precision = p.size === 0 ? 0 : hits / p.size;
  const recall = g.size === 0 ? 0 : hits / g.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The mean of each field over per-question scores (macro average); zeros for an empty list. */
export function macroAverage(scores: readonly Prf[]): Prf {
  if (scores.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const sum = (pick: (s: Prf) => number) => scores.reduce((acc, s) => acc + pick(s), 0) / scores.length;
  return { precision: sum((s) => s.precision), recall: sum((s) => s.recall), f1: sum((s) => s.f1) };
}

/** The arithmetic mean; NaN for an empty list so a missing metric is not mistaken for zero. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Lower-cased alphanumeric tokens, split on everything else (the tokenisation ROUGE-2 uses here). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

function bigramCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const key = `${tokens[i]} ${tokens[i + 1]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-2 precision, recall and F1 of a candidate against one reference (clipped bigram counts). */
export function rouge2(candidate: string, reference: string): Prf {
  const c = bigramCounts(tokenize(candidate));
  const r = bigramCounts(tokenize(reference));
  let overlap = 0;
  let cTotal = 0;
  let rTotal = 0;
  for (const n of c.values()) cTotal += n;
  for (const n of r.values()) rTotal += n;
  for (const [bigram, n] of c) overlap += Math.min(n, r.get(bigram) ?? 0);
  const precision = cTotal === 0 ? 0 : overlap / cTotal;
  const recall = rTotal === 0 ? 0 : overlap / rTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** ROUGE-2 F1 against the best-matching of several references (BioASQ lists several ideal answers). */
export function bestRouge2F1(candidate: string, references: readonly string[]): number {
  let best = 0;
  for (const reference of references) best = Math.max(best, rouge2(candidate, reference).f1);
  return best;
}

/** Accuracy and macro-F1 of labelled predictions. */
export type LabelScores = { accuracy: number; macroF1: number; perLabel: Record<string, Prf>; n: number };

/**
 * Accuracy and macro-F1 over the given gold labels; a prediction outside them (e.g. 'uncertain' or missing)
 * counts as wrong for accuracy and as a false negative of its gold class, never as a class of its own in the
 * average, so it cannot raise macro-F1.
 */
export function labelScores(
  pairs: readonly { gold: string; predicted: string | null }[],
  labels: readonly string[],
): LabelScores {
  const perLabel: Record<string, Prf> = {};
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, predicted } of pairs) {
      if (predicted === label && gold === label) tp += 1;
      else if (predicted === label) fp += 1;
      else if (gold === label) fn += 1;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLabel[label] = { precision, recall, f1 };
  }
  const correct = pairs.filter((p) => p.predicted === p.gold).length;
  const f1s = labels.map((l) => perLabel[l]?.f1 ?? 0);
  return {
    accuracy: pairs.length === 0 ? Number.NaN : correct / pairs.length,
    macroF1: f1s.length === 0 ? Number.NaN : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    perLabel,
    n: pairs.length,
  };
}

export { percentile } from '../src/lib/index.js';

/** The most frequent value (ties broken by first appearance). */
export function majority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestN = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

// Greek letters as their spelled names, so "TNF-α" and "TNF-alpha" read alike.
const GREEK: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta', ι: 'iota', κ: 'kappa',
  λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', π: 'pi', ρ: 'rho', σ: 'sigma', τ: 'tau', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};
// Spelled-out small numbers as digits, so "three" and "3" read alike.
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/**
 * The words of a text as answer matching reads them: lower case, accents dropped, Greek letters spelled out,
 * split on punctuation, hyphens and spaces and between letters and digits ("IL6" = "IL-6" = "il 6"), small
 * numbers as digits, and a plural "s" dropped from words longer than three letters.
 */
export function answerWords(text: string): string[] {
  const spelled = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[α-ω]/g, (c) => ` ${GREEK[c] ?? c} `);
  return spelled
    .split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .filter((w) => w.length > 0)
    .map((w) => {
      const n = NUMBER_WORDS.indexOf(w);
      if (n >= 0) return String(n);
      return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
    });
}

/**
 * The ways a gold answer may be written: itself and, for "long name (SHORT)", the long name and the short one
 * on their own.
 */
export function answerVariants(gold: string): string[] {
  const variants = [gold];
  const m = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(gold.trim());
  if (m) variants.push(m[1] as string, m[2] as string);
  return variants;
}

/** Whether a text names a gold answer: any synonym's words appear in it as consecutive whole words (see answerWords). */
export function namesAnswer(text: string, synonyms: readonly string[]): boolean {
  const words = answerWords(text);
  return synonyms.flatMap(answerVariants).some((synonym) => {
    const target = answerWords(synonym);
    if (target.length === 0) return false;
    for (let i = 0; i + target.length <= words.length; i += 1) {
      if (target.every((t, k) => words[i + k] === t)) return true;
    }
    return false;
  });
}

/** The share of gold items (each a list of synonyms) a text names; 0 when there are none. */
export function itemRecall(text: string, items: readonly (readonly string[])[]): number {
  if (items.length === 0) return 0;
  return items.filter((synonyms) => namesAnswer(text, synonyms)).length / items.length;
}

/**
 * A BioASQ exact answer as gold items, each a list of synonyms. A factoid's answer is one item holding every
 * synonym of every ranked candidate (any of them answers); a list's answer is one item per element (a string or a
 * list of synonyms). Anything else yields no items.
 */
export function exactAnswerItems(type: string, exact: unknown): string[][] {
  const strings = (x: unknown): string[] =>
    typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(strings) : [];
  if (type === 'factoid') {
    const all = strings(exact).filter((s) => s.trim().length > 0);
    return all.length ? [all] : [];
  }
  if (type === 'list' && Array.isArray(exact)) {
    return exact.map(strings).map((s) => s.filter((x) => x.trim().length > 0)).filter((s) => s.length > 0);
  }
  return [];
}
