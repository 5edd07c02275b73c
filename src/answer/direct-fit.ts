import type { QuestionAnalysis, QuestionType } from './analyze-question.js';
import { contentTerms, stemsMatch } from './content-terms.js';
import { cueCount, KIND_CUES } from './kind-cues.js';

// A sentence that says what something is: "X is a ...", "X are ...", "X refers to ...", "X is defined as ...".
const DEFINES = /^(?:the\s+)?[^,;:]{2,80}?(?:\s*\([^)]{1,40}\))?\s+(?:is|are|was|were|refers? to|is defined as|are defined as|is characteri[sz]ed by|are characteri[sz]ed by|represents?|describes?)\s+(?:a|an|the|one|any|defined|characteri[sz]ed)\b/i;
// "X, a rare inherited disorder, ..." names what X is in an apposition.
const APPOSITION = /^(?:the\s+)?[^,;:]{2,60},\s+(?:a|an)\s+[^,;]{3,80},/i;

// The section-kind cues that mark a sentence as answering each kind of question.
const CUES_OF_TYPE: Partial<Record<QuestionType, (keyof typeof KIND_CUES)[]>> = {
  treatment: ['treatment'],
  diagnosis: ['diagnosis'],
  prognosis: ['prognosis'],
  mechanism: ['mechanism'],
  epidemiology: ['epidemiology'],
  location: ['presentation'],
};

/**
 * How well a sentence fits the form of answer the question asks for, 0..0.1: a definition question is answered by
 * a sentence that says what its subject is, a treatment question by one about treatment, and so on. Used to break
 * near-ties between sentences that cover the question about equally well.
 */
export function directFit(analysis: QuestionAnalysis, text: string): number {
  if (analysis.type === 'definition') return definesSubject(analysis, text) ? 0.1 : 0;
  // "How common is X?" is answered by a sentence that gives the figure ("0.9% of Ashkenazim").
  // A figure is itself an answer of the kind asked, and beats a sentence that only uses the kind's words.
  const figure = QUANTITY_QUESTION.test(analysis.question) && QUANTITY.test(text);
  return figure ? 0.1 : kindFit(analysis, text);
}

// Questions that ask how common, how many or what share, and the figures that answer them.
const QUANTITY_QUESTION =
  /\bhow (?:common|frequent\w*|often|many|much|prevalent|rare|likely)\b|\b(?:what|which) (?:is|are|was|were) the (?:\w+ )?(?:proportion|percentage|prevalence|incidence|frequency|rate|number)\b/i;
const QUANTITY = /\d\s*(?:%|percent\b|per cent\b)|\b(?:one|1) in (?:a |every )?(?:\d[\d,]*|ten|twenty|fifty|hundred|thousand)\b|\bper \d|\b\d+ (?:of|out of) \d+\b/i;

function kindFit(analysis: QuestionAnalysis, text: string): number {
  const kinds = [analysis.type, ...analysis.topics].flatMap((t) => CUES_OF_TYPE[t] ?? []);
  // "What are the symptoms of X?" is answered by a sentence on how X shows itself, whatever its list form.
  if (/\b(?:symptoms?|signs?)\b/i.test(analysis.question)) kinds.push('presentation');
  if (!kinds.length) return 0;
  // A sentence that only says what the subject is does not say how it is treated or diagnosed.
  const cued = kinds.some((kind) => cueCount(kind, text.replace(DEFINES, '')) > 0);
  return cued ? 0.06 : 0;
}

/** Whether a sentence states what the question's subject is ("Myotonic dystrophy is an inherited disease ..."). */
export function definesSubject(analysis: QuestionAnalysis, text: string): boolean {
  const defining = DEFINES.exec(text) ?? APPOSITION.exec(text);
  if (!defining) return false;
  // The defined words are the question's subject, not some other entity of the sentence.
  const defined = contentTerms(defining[0]).map((t) => t.stem);
  const subjects = analysis.concepts.filter((c) => !c.generic).map((c) => c.stem);
  return subjects.length > 0 && subjects.some((s) => defined.some((d) => stemsMatch(d, s)));
}
