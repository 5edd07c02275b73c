import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseQuestion, type ConceptLexicon } from './analyse-question.js';
import { loadConceptLexicon } from './load-concept-lexicon.js';

/** Seven real K-QA patient questions (src/search/fixtures/README.md). */
const K_QA = readFileSync(new URL('./fixtures/k-qa-questions.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { Question: string }).Question);

describe('loadConceptLexicon with the shipped vocabularies', () => {
  let lexicon: ConceptLexicon;
  beforeAll(async () => {
    lexicon = await loadConceptLexicon();
  });
  const alternatives = (question: string) => analyseQuestion(question, lexicon).concepts.flatMap((c) => c.alternatives);

  it('searches myocardial infarction for a heart attack and hypertension for high blood pressure', () => {
    expect(alternatives('Can a heart attack be caused by high blood pressure?')).toEqual(
      expect.arrayContaining(['heart attack', 'myocardial infarction', 'high blood pressure', 'hypertension']),
    );
  });

  it.each([
    ['sore throat', 'pharyngitis'],
    ['pinkeye', 'conjunctivitis'],
    ['stomach flu', 'gastroenteritis'],
    ['heartburn', 'gastroesophageal reflux'],
    ['allergies', 'hypersensitivity'],
    ['pregnant', 'pregnancy'],
    ['flu', 'influenza'],
  ])('turns the lay "%s" of a real K-QA question into "%s"', (lay, medical) => {
    const question = K_QA.find((q) => q.toLowerCase().includes(lay));
    expect(question).toBeDefined();
    expect(alternatives(question!)).toContain(medical);
  });

  it('recognises multiword MeSH concepts in a question', () => {
    const { concepts } = analyseQuestion('Is chronic obstructive pulmonary disease worse in smokers?', lexicon);
    expect(concepts[0]?.text).toBe('chronic obstructive pulmonary disease');
  });

  it('fails with the path when the data folder has no vocabularies', async () => {
    await expect(loadConceptLexicon('/nonexistent-clinq-data')).rejects.toThrow(/cannot read vocabulary \/nonexistent-clinq-data\//);
  });
});
