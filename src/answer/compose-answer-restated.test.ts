import { describe, expect, it } from 'vitest';
import type { Article, FindEvidence } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';

// A real record of clinq's shipped corpus (MEDLINE); it writes "infantile hemangiomas", never the lay "strawberry mark".
const hemangiomaBetaBlocker: Article = plainArticle(
  '25592625',
  'Is cardiovascular evaluation necessary prior to and during beta-blocker therapy for infantile hemangiomas?',
  "Although consensus guidelines for pretreatment evaluation and monitoring of propranolol therapy in patients with infantile hemangiomas (IH) have been formulated, little is known about the cardiovascular side effects. We sought to analyze cardiovascular evaluations in patients with IH at baseline and during treatment with an oral beta-blocker. Data from 109 patients with IH were retrospectively analyzed. Patient and family history, pretreatment electrocardiogram (ECG), heart rate, and blood pressure were evaluated before initiation of beta-blocker therapy. Blood pressure and standardized questionnaires addressing side effects were evaluated during treatment. Questionnaire analyses (n = 83) identified 3 cases with a family history of cardiovascular disease in first-degree relatives. ECG findings were normal in each case and no serious complication of therapy occurred. ECG abnormalities were found in 6.5% of patients but there were no contraindications to beta-blocker therapy and no major complications. Hypotension in 9 patients did not require therapy adjustment. In all, 88 parents (81%) reported side effects during beta-blocker treatment. The relatively small patient cohort is a limitation. Pretreatment ECG is of limited value for patients with an unremarkable cardiovascular history and a normal heart rate and blood pressure. Hypotension may occur during treatment.",
);
// How many of the 1,896 records of the shipped corpus hold each stem (none writes "strawberry").
const FREQUENCIES: Record<string, number> = { propranolol: 9, infantil: 60, hemangioma: 6, mark: 30, strawberri: 0 };

const ask = (question: string) =>
  composeAnswer(question, {
    findEvidence: (async () => [{ article: hemangiomaBetaBlocker, score: 1 }]) satisfies FindEvidence,
    corpus: { articles: 1896, snapshot: 'test' },
    // "strawberry" is a vocabulary name (the fruit), so a corpus without it would mean the topic is not covered.
    isNamedConcept: (word) => ['strawberry', 'propranolol', 'hemangioma'].includes(word),
    documentFrequencies: async (stems) => new Map(stems.map((s) => [s, FREQUENCIES[s] ?? 0])),
    englishLevel: (word) => ({ mark: 10, strawberry: 35, used: 10 } as Record<string, number>)[word],
  });

describe('composeAnswer on a name the reader restates in a bracket', () => {
  it('answers from the articles on the bracketed medical name, though none writes the reader\'s own name', async () => {
    const answer = await ask('Is propranolol used for a strawberry mark (infantile hemangioma)?');
    expect(answer.status).toBe('answered');
    expect(answer.references.map((r) => r.pmid)).toEqual(['25592625']);
  });

  it('still says the corpus lacks the reader\'s word when the question gives no other name for it', async () => {
    const answer = await ask('Is propranolol used for a strawberry mark?');
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/mentions strawberry/);
  });
});
