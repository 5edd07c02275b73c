import type { Concept, QuestionAnalysis } from './analyze-question.js';
import { asksWhatCauses, namesCause } from './direct-fit.js';
import { asksInheritance, isInheritanceWord, statesInheritanceMode } from './inheritance-mode.js';
import { stemmer } from 'stemmer';

/**
 * The question's words that only ask for a kind of answer, and what a sentence says to give that kind without them:
 * "How is PKU inherited?" is answered by "PKU is an autosomal recessive disease", "What causes cystic fibrosis?" by
 * "CF is due to a folding defect in the CFTR protein", "What are the symptoms of A-T?" by "A-T is characterized by
 * cerebellar dysfunction, radiosensitivity ...". Such a sentence, and its article, covers the asking word as one
 * writing it does.
 */
export type AnsweringWord = { concept: Concept; says: (text: string) => boolean };

// "What are the (main) symptoms/signs of X?", "What symptoms does X cause?"
const SYMPTOMS_QUESTION = /^\s*(?:what|which)\s+(?:(?:are|is)\s+(?:the\s+)?(?:\w+\s+)?(?:symptoms?|signs?)\b|(?:symptoms?|signs?)\s+(?:does|do|can|might|may)\b)/i;
// A sentence stating what a condition consists of or how it shows.
export const STATES_FEATURES = /\b(?:characteri[sz]ed by|characteristic (?:clinical )?features|clinical features|presents? (?:with|as)|presenting with|manifests? (?:with|as|by)|consists? of)\b/i;

const CAUSE_STEM = stemmer('cause');
const SYMPTOM_STEMS = new Set(['symptoms', 'signs'].map((w) => stemmer(w)));

/** The question's asking words that a sentence may answer without writing them, each with its test. */
export function answeringWords(analysis: QuestionAnalysis): AnsweringWord[] {
  const { question, concepts } = analysis;
  if (asksInheritance(question)) return concepts.filter((c) => isInheritanceWord(c.stem)).map((concept) => ({ concept, says: statesInheritanceMode }));
  if (asksWhatCauses(analysis)) return concepts.filter((c) => c.stem === CAUSE_STEM).map((concept) => ({ concept, says: namesCause }));
  if (SYMPTOMS_QUESTION.test(question)) return concepts.filter((c) => SYMPTOM_STEMS.has(c.stem)).map((concept) => ({ concept, says: (text: string) => STATES_FEATURES.test(text) }));
  return [];
}
