import type { Concept } from './analyse-question.js';
import { indexStems } from './text-tokens.js';

/**
 * Documents the relaxed (any-concept) query may match at most, estimated from term counts: FTS5 scores and
 * joins every matching row before it can rank, so this bounds its cost whatever the size of the corpus.
 */
export const DEFAULT_RELAXED_POSTINGS = 20_000;

/** The corpus-wide document counts of index stems (absent stems count 0). */
export type DocumentFrequencies = ReadonlyMap<string, number>;

/** The index stems of a concept's alternatives, for one documentFrequencies lookup. */
export function conceptStems(concepts: readonly Concept[]): string[] {
  return [...new Set(concepts.flatMap((concept) => concept.alternatives.flatMap(indexStems)))];
}

/** Upper bound on the documents a concept matches: per alternative, its rarest word; summed over alternatives. */
function matchEstimate(concept: Concept, counts: DocumentFrequencies): number {
  return concept.alternatives.reduce((sum, alternative) => {
    const stems = indexStems(alternative);
    return stems.length === 0 ? sum : sum + Math.min(...stems.map((stem) => counts.get(stem) ?? 0));
  }, 0);
}

/**
 * The concepts worth an any-concept query, in question order: rarest first while their estimated matches fit in
 * `maxPostings`, and always enough of them to expect `minMatches` hits. Dropped concepts are the common ones
 * ("patients", "treatment") whose matches BM25 ranks low anyway; the re-ranker still weighs them in every
 * candidate's text, so only the size of the pool they could have added is lost.
 */
export function selectRareConcepts(
  concepts: readonly Concept[],
  counts: DocumentFrequencies,
  maxPostings: number,
  minMatches: number,
): Concept[] {
  const estimates = concepts.map((concept) => matchEstimate(concept, counts));
  const rarestFirst = concepts.map((_, i) => i).sort((a, b) => estimates[a]! - estimates[b]! || a - b);
  const kept = new Set<number>();
  let total = 0;
  for (const i of rarestFirst) {
    if (total >= minMatches && total + estimates[i]! > maxPostings) break;
    kept.add(i);
    total += estimates[i]!;
  }
  return concepts.filter((_, i) => kept.has(i));
}

/** The concept the fewest documents of the corpus contain (at least one does), or undefined. */
export function rarestConcept(concepts: readonly Concept[], counts: DocumentFrequencies): Concept | undefined {
  let rarest: Concept | undefined;
  let fewest = Infinity;
  for (const concept of concepts) {
    const estimate = matchEstimate(concept, counts);
    if (estimate > 0 && estimate < fewest) [rarest, fewest] = [concept, estimate];
  }
  return rarest;
}
