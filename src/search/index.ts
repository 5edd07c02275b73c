export {
  createFindEvidence,
  createQuestionLexicon,
  DEFAULT_EVIDENCE_LIMIT,
  MAX_EVIDENCE_LIMIT,
  DEFAULT_CANDIDATES,
  type FindEvidenceDeps,
  type SearchEvidence,
} from './create-find-evidence.js';
export {
  analyseQuestion,
  alternativesOrSingular,
  MAX_QUESTION_WORDS,
  MAX_ALTERNATIVES,
  type Concept,
  type ConceptLexicon,
  type QuestionAnalysis,
} from './analyse-question.js';
export { buildConceptLexicon, withEntries, foldPhrase, type LexiconSources, type PlainLanguageEntry } from './build-concept-lexicon.js';
export { loadConceptLexicon, loadLayTerms, loadMeshTree, DEFAULT_DATA_DIR, LEXICON_FILES } from './load-concept-lexicon.js';
export { parseMeshTree, childrenOf, type MeshTree, type MeshDescriptor } from './mesh-tree.js';
export { spellingVariants } from './spelling-variants.js';
export { rankEvidence, RANKING_WEIGHTS, EVIDENCE_PRIOR } from './rank-evidence.js';
export type { SearchStore } from './search-store.js';
export { createQuestionShortForms, type QuestionShortForms } from './question-short-forms.js';
export { createBrandLexicon } from './brands-written.js';
export { createShorthandLexicon } from './shorthand-lexicon.js';
export { selectRareConcepts, conceptStems, DEFAULT_RELAXED_POSTINGS, type DocumentFrequencies } from './select-rare-concepts.js';
export { loadGeneralEnglish, buildGeneralEnglish, SCOWL_LEVELS, EVERYDAY_LEVEL, type GeneralEnglish } from './general-english.js';
export { createCorpusSpelling, slipsAllowed, type SpellingStore } from './corpus-spelling.js';
export { createCompoundSpellings, type CompoundStore } from './compound-spellings.js';
