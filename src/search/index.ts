export {
  createFindEvidence,
  DEFAULT_EVIDENCE_LIMIT,
  MAX_EVIDENCE_LIMIT,
  DEFAULT_CANDIDATES,
  type FindEvidenceDeps,
} from './create-find-evidence.js';
export { analyseQuestion, MAX_QUESTION_WORDS, type Concept, type ConceptLexicon, type QuestionAnalysis } from './analyse-question.js';
export { rankEvidence, RANKING_WEIGHTS, EVIDENCE_PRIOR } from './rank-evidence.js';
export type { SearchStore } from './search-store.js';
