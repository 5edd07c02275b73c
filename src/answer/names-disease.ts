import type { QuestionAnalysis } from './analyze-question.js';
import { askedNoun, asksForSeveral } from './names-asked.js';

// The kinds of thing a question asks for that are diseases: "Which disease ...?", "which viral infection?".
const DISEASE_KIND = /^(?:diseases?|infections?|disorders?|conditions?|syndromes?|illness(?:es)?|cancers?|tumou?rs?|malignanc(?:y|ies)|patholog(?:y|ies))$/;

// A disease's name: a word of a disease's form ("arthritis", "tuberculosis", "carcinoma", "anaemia",
// "cardiomyopathy"; not "prognosis", "homozygosis" or "apoptosis") or a disease's noun ("cystic fibrosis", "myeloproliferative neoplasms", "rotavirus disease").
const DISEASE_WORD =
  /^(?:(?![a-z]*(?:gnos|zygos|mitos|meios|apoptos|symbios|osmos|anastomos|hypnos|morphos)[ie]s$)[a-z]{3,}(?:itis|osis|oma|omas|a?emia|pathy|pathies|plasia|trophy)|cancers?|carcinomas?|diseases?|syndromes?|neoplasms?|infections?|epilepsy|epilepsies|tuberculosis|malaria|fever|diabetes|sclerosis|dystroph(?:y|ies)|ataxias?|leuka?emias?|lymphomas?|disorders?|palsy|dementia|asthma|hepatitis|influenza|measles|autism|obesity|hypertension|schizophrenia)$/;

/**
 * Whether a sentence names a disease the question does not ("protection from severe rotavirus disease" to "RV3-BB
 * vaccine is used for prevention of which viral infection?"), for a question asking for a disease: it names the
 * thing asked, where a sentence on the question's subject alone does not.
 */
export function namesDisease(analysis: QuestionAnalysis, text: string): boolean {
  const noun = askedNoun(analysis.question);
  // A question asking for several is answered by a sentence listing several, which the bonus for listing prefers.
  if (!noun || !DISEASE_KIND.test(noun) || analysis.type === 'yesno' || asksForSeveral(analysis)) return false;
  const asked = new Set(analysis.question.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []);
  const words = text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  return words.some((w) => DISEASE_WORD.test(w) && ![w, w.replace(/s$/, ''), w.replace(/es$/, '')].some((form) => asked.has(form)));
}
