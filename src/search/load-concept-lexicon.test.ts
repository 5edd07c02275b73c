import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { createSqliteArticleStore, openDatabase } from '../store/index.js';
import { analyseQuestion, type ConceptLexicon } from './analyse-question.js';
import { createFindEvidence } from './create-find-evidence.js';
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

  it('searches the MeSH heading an NCI entry gives a lone everyday word: "testicle" as a real title\'s "testis" (PMID 24851767), "hives" as urticaria', () => {
    const title = 'Undescended testes: does age at orchiopexy affect survival of the testis?';
    const names = alternatives('Is an undescended testicle more likely to shrink after surgery?');
    expect(names).toContain('testis');
    expect(title.toLowerCase()).toContain('testis');
    expect(alternatives('Do hives come back after stopping a drug?')).toContain('urticaria');
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

  it.each([
    ['Can changes in air pressure trigger migraine?', 'atmospheric pressure'],
    ['What would indicate a sinus infection?', 'sinusitis'],
    ['Whats a muscle relaxer', 'muscle relaxants'],
    ['Can utis turn into a kidney infection?', 'pyelonephritis'],
    ['Does quitting smoking help after a heart attack?', 'smoking cessation'],
    ['Is a CT scan better than an x-ray for kidney stones?', 'computed tomography'],
    ['Can big fibroids be removed by keyhole surgery?', 'leiomyoma'],
    ["I'm very short-sighted; is a lens implant safe?", 'myopia'],
    ['How do threadworms spread in a nursery?', 'enterobiasis'],
    ['Should a twisted testicle be untwisted or removed?', 'detorsion'],
    ['Should a twisted testicle be untwisted or removed?', 'spermatic cord torsion'],
    ['Will a kidney stone stuck low in the tube to the bladder pass by itself?', 'ureteral calculi'],
    ['Do hypos at night harm the heart?', 'hypoglycemia'],
    ['Is a coil safe after a caesarean?', 'intrauterine devices'],
    ['Are the newer oral anticoagulants safer than warfarin?', 'rivaroxaban'],
  ])('searches the medical name of the lay phrase in "%s" (%s)', (question, medical) => {
    expect(alternatives(question)).toContain(medical);
  });

  it('recognises multiword MeSH concepts in a question', () => {
    const { concepts } = analyseQuestion('Is chronic obstructive pulmonary disease worse in smokers?', lexicon);
    expect(concepts[0]?.text).toBe('chronic obstructive pulmonary disease');
  });

  it('answers a real lay K-QA question with papers that use only the medical term', async () => {
    const store = createSqliteArticleStore(openDatabase(':memory:'));
    const paper = (pmid: string, title: string, abstract: string): Article => ({
      pmid, version: 1, title, abstract, abstractSections: [{ label: null, category: null, text: abstract }],
      journal: { title: 'J', isoAbbreviation: null }, year: 2018, authors: [], languages: ['eng'],
      publicationTypes: ['Journal Article'], meshHeadings: [], keywords: [], doi: null,
    });
    await store.upsertArticles([
      paper('1', 'Unilateral pharyngitis: causes and red flags', 'Pain on one side of the pharynx suggests peritonsillar abscess rather than viral pharyngitis.'),
      paper('2', 'Side effects of inhaled corticosteroids', 'Hoarseness is common with inhaled corticosteroids.'),
    ]);
    const question = K_QA.find((q) => q.includes('sore throat to only be on one side'))!;
    const found = await createFindEvidence({ store, lexicon })(question);
    expect(found[0]?.article.pmid).toBe('1');
    await store.close();
  });

  it('fails with the path when the data folder has no vocabularies', async () => {
    await expect(loadConceptLexicon('/nonexistent-clinq-data')).rejects.toThrow(/cannot read vocabulary \/nonexistent-clinq-data\//);
  });
});
