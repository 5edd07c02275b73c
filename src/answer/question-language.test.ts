import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FindEvidence } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { allFixtureArticles } from './fixtures/articles.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { foreignLanguageSummary, questionLanguage } from './question-language.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/question-language/${name}`, import.meta.url), 'utf8')) as Record<string, string[]>;

describe('questionLanguage', () => {
  it.each(Object.entries(fixture('foreign-questions.json')).flatMap(([language, questions]) => questions.map((q) => [language, q])))(
    'reads a %s question as such: %s',
    (language, question) => {
      expect(questionLanguage(question)).toBe(language);
    },
  );

  it('reads the English questions of BioASQ, PubMedQA and K-QA nearest to another language as English', () => {
    const questions = Object.values(fixture('english-near-misses.json')).flat();
    expect(questions.length).toBeGreaterThan(20);
    expect(questions.filter((q) => questionLanguage(q) !== null)).toEqual([]);
  });

  it.each([
    'What is the role of de novo mutations in autism?',
    'Are children conceived by in vitro fertilization at higher risk of cancer?',
    'Are café-au-lait spots a sign of neurofibromatosis?',
    'Does Guillain-Barré syndrome follow Zika virus infection?',
    "Is Sjögren's syndrome linked to lymphoma?",
    'What causes Legg-Calvé-Perthes disease?',
    "Is mal de débarquement syndrome treatable?",
    'How is La Crosse encephalitis diagnosed?',
    'What is the prognosis of Cornelia de Lange syndrome?',
    'Is per os vancomycin better than metronidazole for C. difficile?',
    'What is folie à deux?',
    'Why do cells die by necroptosis?',
    'Was the ES cell line derived from the same donor?',
    'My son has a fever, is it serious?',
    'Come back pain after surgery: is it normal?',
    'A 2 month old girl has polyuria; sodium 126 mEq/l and chloride 88 mEq/l. The most likely diagnosis is -',
    'Which drugs (e.g. colchicine, i.e. an alkaloid) lower urate at 5 g/d?',
    'if i dont see any improvement after taking the medicines, what should i do?',
    'Is von Willebrand disease inherited?',
    'Gout',
    'Qué',
    'diabetes tem cura?',
  ])('leaves an English question (or too little to tell, as two foreign words) to English: %s', (question) => {
    expect(questionLanguage(question)).toBeNull();
  });

  it('needs the language’s own small words, not one foreign word among English ones', () => {
    expect(questionLanguage('Does the que sera sera attitude help anxious patients?')).toBeNull();
    expect(questionLanguage('¿Qué causa la diabetes?')).toBe('Spanish');
    expect(questionLanguage('Que causa la diabetes')).toBe('Spanish');
  });
});

describe('foreignLanguageSummary', () => {
  it('says clinq reads questions in English and asks for the question in English', () => {
    expect(foreignLanguageSummary('¿Qué causa la diabetes?')).toBe(
      'The question looks to be in Spanish; clinq answers from English abstracts and reads questions in English only, so ask it again in English.',
    );
  });

  it('says nothing of an English question', () => {
    expect(foreignLanguageSummary('What causes diabetes?')).toBeNull();
  });

  it('says a question without one Latin letter is in a script clinq cannot read', () => {
    expect(foreignLanguageSummary('糖尿病とは?')).toMatch(/^The question has no Latin letters; .* ask it again in English\.$/);
  });
});

describe('composeAnswer on a question in another language', () => {
  const corpus = { articles: allFixtureArticles.length, snapshot: 'fixtures' };
  const findEvidence = fakeFindEvidence(allFixtureArticles);

  it('answers insufficient_evidence asking for the question in English, without searching', async () => {
    let searched = 0;
    const counting: FindEvidence = async (question, options) => {
      searched++;
      return findEvidence(question, options);
    };
    const answer = await composeAnswer('¿Qué causa la diabetes?', { findEvidence: counting, corpus });
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toContain('looks to be in Spanish');
    expect(answer.evidenceSummary).not.toMatch(/mentions qué/);
    expect(searched).toBe(0);
  });

  it('answers an English question naming Guillain-Barré as before', async () => {
    const answer = await composeAnswer('Does Guillain-Barré syndrome follow vaccination?', { findEvidence, corpus });
    expect(answer.evidenceSummary).not.toContain('looks to be in');
  });
});
