import { describe, expect, it } from 'vitest';
import type { Article, FindEvidence } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';

// A real record of clinq's shipped corpus (MEDLINE). It writes "atrial fibrillation" and its own short form "NVAF",
// never "AF", which other abstracts of the corpus define as "atrial fibrillation (AF)".
const persistence: Article = plainArticle(
  '26702312',
  'Persistence of non-vitamin K antagonist oral anticoagulant use in Japanese patients with atrial fibrillation: A single-center observational study.',
  'Non-vitamin K antagonist oral anticoagulants (NOACs) show a favorable balance between efficacy and safety compared with warfarin for patients with non-valvular atrial fibrillation (NVAF). In "real-world" practice, however, NOAC adherence and persistence among patients are not clear. The aim of this study is to evaluate NOAC and warfarin persistence in Japanese patients with NVAF who newly started these drugs. We retrospectively studied 401 patients with NVAF who had newly started NOACs during the first 18 months after our hospital adopted their use (197 dabigatran, 107 rivaroxaban, 102 apixaban) and 200 patients with NVAF who had newly started warfarin during the same period. The endpoint was drug discontinuation for each drug. During the follow-up period (up to a maximum of 24 months), 113 (28%) patients who had newly started NOACs and 33 (17%) patients who had newly started warfarin discontinued the drug. The persistence rates of patients prescribed NOACs was lower than that of patients prescribed warfarin at 3, 6, and 12 months (85% versus 93%, 79% versus 88%, and 70% versus 82%, respectively). One-tenth of patients who had newly started NOACs discontinued the drug by their own decision. Drug adverse events, worsening renal dysfunction, and patient desire were the major causes of NOAC discontinuation. The rate of persistence of prescribed NOACs was significantly lower than that of warfarin in Japanese patients with NVAF.',
);
// How many of the 1,896 records of the shipped corpus hold each stem (as in the shipped corpus).
const FREQUENCIES: Record<string, number> = { af: 9, noac: 2, atrial: 22, fibril: 18, warfarin: 5, discontinu: 13, patient: 963, stop: 39, take: 35, often: 69 };

const ask = (question: string, shortForms?: Record<string, string[]>) =>
  composeAnswer(question, {
    findEvidence: (async () => [{ article: persistence, score: 1 }]) satisfies FindEvidence,
    corpus: { articles: 1896, snapshot: 'test' },
    isNamedConcept: (word) => ['warfarin', 'atrial fibrillation'].includes(word),
    documentFrequencies: async (stems) => new Map(stems.map((s) => [s, FREQUENCIES[s] ?? 300])),
    englishLevel: (word) => ({ patients: 10, stop: 10, more: 10, often: 10, than: 10, taking: 10, do: 10 } as Record<string, number>)[word],
    ...(shortForms ? { shortFormsOf: async () => new Map(Object.entries(shortForms)) } : {}),
  });

describe('composeAnswer with the short forms the corpus defines', () => {
  const question = 'Do patients with AF stop taking NOACs more often than warfarin?';

  it('reads an article writing the long form as speaking of the short form the question writes', async () => {
    const answer = await ask(question, { af: ['atrial fibrillation'] });
    expect(answer.status).toBe('answered');
    expect(answer.references.map((r) => r.pmid)).toContain('26702312');
  });

  it('without them, an article that never writes "AF" does not cover the question', async () => {
    const answer = await ask(question);
    expect(answer.status).toBe('insufficient_evidence');
  });
});
