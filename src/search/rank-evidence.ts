import type { Article, Evidence, StudyDesign } from '../domain/index.js';
import { studyDesignOf } from '../domain/index.js';
import type { Concept } from './analyse-question.js';
import { boundedCache } from '../lib/index.js';
import { indexStems } from './text-tokens.js';
import { definesSubject } from './defining-records.js';

/**
 * How much each signal weighs in the final score (they sum to 1; each signal lies in 0..1).
 * Coverage dominates because an abstract that mentions every concept of the question answers it far more
 * often than one that repeats a single concept many times (which is what BM25 alone rewards); the evidence
 * prior only breaks near-ties, so a relevant case report still beats an off-topic guideline.
 * Measured on BioASQ dev (1,317 questions over a 9,380-document corpus built from their gold snippets):
 * top-1 gold 0.825 with BM25 alone, 0.866 re-ranked; nearby weightings score within 0.005.
 */
export const RANKING_WEIGHTS = { bm25: 0.3, coverage: 0.4, titleCoverage: 0.1, proximity: 0.12, evidence: 0.08 } as const;

/**
 * For a question asking what its subject is ("What is X?"), the share of the score given to whether the article
 * defines X (a sentence "X is a ... disorder", "X, the most common ..., is", or a title that is X). Every candidate of
 * such a question names X, so coverage ties and BM25 rewards the articles that repeat X most (studies of one aspect);
 * the article that says what X is answers the question.
 */
export const DEFINITION_WEIGHT = 0.2;

/** How much a framing word ("role", "associated") counts towards coverage, relative to a subject word. */
export const WEAK_CONCEPT_WEIGHT = 0.25;

/** The evidence prior (0..1) of each study design, strongest first. */
export const EVIDENCE_PRIOR: Readonly<Record<StudyDesign, number>> = {
  guideline: 1,
  'systematic-review': 1,
  rct: 0.8,
  // Ranked as before it was told apart from observational studies.
  trial: 0.5,
  observational: 0.5,
  review: 0.4,
  'case-report': 0.25,
  other: 0,
};

/** A full-text hit joined with its article, before re-ranking. */
export type Candidate = { article: Article; bm25: number };

/** A stemmed field: where each stem of the question's phrases stands in it, for phrase lookups. */
type Field = { positions: Map<string, number[]> };

/**
 * The positions of the wanted stems in runs of stems, each run starting at its offset. Only the question's stems are
 * ever looked up, so the others are not kept.
 */
function toField(wanted: ReadonlySet<string>, ...runs: (readonly [readonly string[], number])[]): Field {
  const positions = new Map<string, number[]>();
  for (const [stems, offset] of runs) {
    stems.forEach((stem, i) => {
      if (!wanted.has(stem)) return;
      const list = positions.get(stem);
      if (list) list.push(offset + i);
      else positions.set(stem, [offset + i]);
    });
  }
  return { positions };
}

/** An article's title, abstract and subject terms (MeSH headings, keywords) as the index stems them. */
type ArticleStems = { title: string; abstract: string; terms: string; titleStems: string[]; abstractStems: string[]; termStems: string[] };

/** Articles whose stems are kept: the same articles come back across questions, and stemming them was most of re-ranking. */
export const MAX_CACHED_ARTICLES = 4096;
const articleStems = boundedCache<string, ArticleStems>(MAX_CACHED_ARTICLES);

function stemsOf(article: Article): ArticleStems {
  const terms = [...article.meshHeadings.map((h) => h.descriptor), ...article.keywords].join(' ; ');
  const known = articleStems.get(article.pmid);
  // An article re-ingested with other text is stemmed again.
  if (known && known.title === article.title && known.abstract === article.abstract && known.terms === terms) return known;
  const { title, abstract } = article;
  const stems = { title, abstract, terms, titleStems: indexStems(title), abstractStems: indexStems(abstract), termStems: indexStems(terms) };
  articleStems.set(article.pmid, stems);
  return stems;
}

// Positions left empty between title and abstract.
const TITLE_GAP = 20;

/** Start positions of a stemmed phrase in a field. */
function occurrences(field: Field, phrase: readonly string[]): number[] {
  const starts = phrase.length ? (field.positions.get(phrase[0]!) ?? []) : [];
  if (phrase.length === 1) return starts;
  return starts.filter((start) => phrase.every((stem, k) => field.positions.get(stem)?.includes(start + k)));
}

/** One concept's alternatives, stemmed once per question. */
type StemmedConcept = { alternatives: string[][] };

function mentions(field: Field, concept: StemmedConcept): { position: number; length: number }[] {
  return concept.alternatives.flatMap((phrase) => occurrences(field, phrase).map((position) => ({ position, length: phrase.length })));
}

/**
 * Smallest share of text holding one mention of each concept found, as matched words / window width (0..1).
 * Concepts close together (in one sentence) usually mean the paper states a relation between them.
 */
function proximity(perConcept: { position: number; length: number }[][]): number {
  const present = perConcept.filter((list) => list.length > 0);
  if (present.length < 2) return present.length === perConcept.length && present.length > 0 ? 1 : 0;
  const events = present
    .flatMap((list, concept) => list.map((mention) => ({ ...mention, concept })))
    .sort((a, b) => a.position - b.position);
  const inWindow = new Map<number, number>();
  let best = Infinity;
  let left = 0;
  for (const event of events) {
    inWindow.set(event.concept, (inWindow.get(event.concept) ?? 0) + 1);
    while (inWindow.size === present.length) {
      const first = events[left]!;
      best = Math.min(best, event.position + event.length - first.position);
      const remaining = inWindow.get(first.concept)! - 1;
      if (remaining === 0) inWindow.delete(first.concept);
      else inWindow.set(first.concept, remaining);
      left++;
    }
  }
  const words = present.reduce((sum, list) => sum + Math.min(...list.map((mention) => mention.length)), 0);
  return Math.min(1, words / best) * (present.length / perConcept.length);
}

/** Title reduced to letters and digits, so reprints and errata with the same title collapse into one. */
function titleKey(article: Article): string {
  const key = article.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key || `pmid:${article.pmid}`;
}

/**
 * Re-scores full-text candidates by BM25, concept coverage, title coverage, proximity and an evidence prior,
 * drops near-duplicates (same title) and returns the best first.
 */
export function rankEvidence(
  concepts: readonly Concept[],
  candidates: readonly Candidate[],
  limit: number,
  options: { definition?: boolean } = {},
): Evidence[] {
  if (concepts.length === 0 || candidates.length === 0) return [];
  const stemmed: StemmedConcept[] = concepts.map((concept) => ({
    alternatives: concept.alternatives.map(indexStems).filter((phrase) => phrase.length > 0),
  }));
  const topBm25 = Math.max(...candidates.map((candidate) => candidate.bm25), Number.MIN_VALUE);
  const wanted = new Set(stemmed.flatMap((concept) => concept.alternatives.flat()));
  const analysed = candidates.map(({ article, bm25 }) => {
    const { titleStems, abstractStems, termStems } = stemsOf(article);
    const title = toField(wanted, [titleStems, 0]);
    // Abstract positions continue after the title with a gap, so a window never bridges the two.
    const text = toField(wanted, [titleStems, 0], [abstractStems, titleStems.length + TITLE_GAP]);
    const terms = toField(wanted, [termStems, 0]);
    const inText = stemmed.map((concept) => mentions(text, concept));
    const present = stemmed.map((concept, i) => inText[i]!.length > 0 || mentions(terms, concept).length > 0);
    const inTitle = stemmed.map((concept) => mentions(title, concept).length > 0);
    return { article, bm25, inText, present, inTitle };
  });
  // A concept found in nearly every candidate ("patients", "treatment") says little about which one answers;
  // weigh each by its rarity within the pool (an IDF over the candidates), and framing words lightly.
  const conceptWeights = concepts.map((concept, i) => {
    const pool = analysed.filter((candidate) => candidate.present[i]).length;
    const rarity = Math.log(1 + analysed.length / (1 + pool));
    return concept.weak ? rarity * WEAK_CONCEPT_WEIGHT : rarity;
  });
  const totalWeight = conceptWeights.reduce((sum, weight) => sum + weight, 0) || 1;
  const share = (flags: boolean[]) => flags.reduce((sum, flag, i) => sum + (flag ? conceptWeights[i]! : 0), 0) / totalWeight;
  const subjects = options.definition ? stemmed.filter((_, i) => !concepts[i]!.weak).map((concept) => concept.alternatives) : [];
  const scored = analysed.map(({ article, bm25, inText, present, inTitle }) => {
    const base =
      RANKING_WEIGHTS.bm25 * Math.max(0, bm25 / topBm25) +
      RANKING_WEIGHTS.coverage * share(present) +
      RANKING_WEIGHTS.titleCoverage * share(inTitle) +
      RANKING_WEIGHTS.proximity * proximity(inText) +
      RANKING_WEIGHTS.evidence * EVIDENCE_PRIOR[studyDesignOf(article.publicationTypes)];
    const score = subjects.length ? (1 - DEFINITION_WEIGHT) * base + DEFINITION_WEIGHT * (definesSubject(article, subjects) ? 1 : 0) : base;
    return { article, score };
  });
  scored.sort((a, b) => b.score - a.score || a.article.pmid.localeCompare(b.article.pmid));
  const seen = new Set<string>();
  const ranked: Evidence[] = [];
  for (const evidence of scored) {
    const key = titleKey(evidence.article);
    if (seen.has(key)) continue;
    seen.add(key);
    ranked.push(evidence);
    if (ranked.length === limit) break;
  }
  return ranked;
}
