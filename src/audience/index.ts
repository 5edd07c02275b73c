/** The audience stage: adapts a cited Answer to its reader (patient … physician) without touching its citations. */
export { adaptAnswer } from './adapt-answer.js';
export { conceptsKept } from './concepts-kept.js';
export { countSyllables, fleschKincaid, measureReadability, smog, textCounts, type Readability, type TextCounts } from './measure-readability.js';
export { loadVocabulary, DEFAULT_VOCABULARY_DIR } from './load-vocabulary.js';
export {
  createVocabulary,
  type Vocabulary,
  type VocabularyEntry,
  type VocabularyKind,
  type TermRecord,
  type TermMatch,
} from './vocabulary.js';
