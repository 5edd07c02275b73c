import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { analyzeQuestion } from './analyze-question.js';
import { leavesOutOutcome } from './asked-outcome.js';
import { composeAnswer } from './compose-answer.js';
import { contentTerms } from './content-terms.js';
import { plainArticle } from './fixtures/plain-article.js';
import { subjectGroups } from './subject-groups.js';

const spoken = (text: string) => ({ stems: new Set(contentTerms(text).map((t) => t.stem)) });
const outcomeOf = (question: string, cited: string[], namesOf?: (w: string) => readonly string[] | undefined) =>
  leavesOutOutcome(question, subjectGroups(analyzeQuestion(question)), cited.map(spoken), namesOf);

describe('leavesOutOutcome', () => {
  it('finds the outcome a question asks a thing to help with unsaid by the cited sentences', () => {
    expect(outcomeOf('How quickly does melatonin help with sleep?', ['The patients received either 6 mg melatonin or a placebo 90 minutes before surgery.'])).toMatch(/do not speak of sleep/);
  });

  it('lets cited sentences that speak of the outcome through, by its words or a name given for it', () => {
    expect(outcomeOf('How quickly does melatonin help with sleep?', ['Melatonin shortened sleep onset latency by 7 minutes.'])).toBeNull();
    expect(outcomeOf('What lowers the risk of heart attacks in diabetics?', ['Statins reduced myocardial infarction by a third.'], (w) => (w === 'heart attacks' ? ['myocardial infarction'] : undefined))).toBeNull();
  });

  it('does not hold the answer to a verb of effect or an object in the reader\'s story', () => {
    expect(outcomeOf('How is catatonia confirmed in a child who stops talking after a febrile illness?', ['Catatonia should be considered in children with motor unresponsiveness.'])).toBeNull();
    expect(outcomeOf('What tests confirm catatonia that started after a febrile illness?', ['Catatonia is confirmed by a lorazepam challenge.'])).toBeNull();
  });

  it('reads a word of effect after a determiner as a noun, not a verb acting on what follows', () => {
    expect(outcomeOf('Why is ondansetron given with the help of an infusion pump?', ['Ondansetron given over 15 minutes caused fewer headaches.'])).toBeNull();
    expect(outcomeOf('How quickly does the lower dose of aspirin help with migraine?', ['Aspirin 300 mg was as effective as 900 mg.'])).toMatch(/do not speak of migraine/);
  });

  it('leaves a clinician\'s verb of effect in a question that is no yes/no to the other checks', () => {
    expect(outcomeOf('Is phenylephrine or ephedrine better at preventing the fall in blood pressure after propofol?', ['Phenylephrine is as good as ephedrine in preventing the hypotensive response to propofol.'])).toBeNull();
  });

  it('asks nothing of a question without a verb of effect', () => {
    expect(outcomeOf('What is melatonin?', ['Melatonin is a hormone made by the pineal gland.'])).toBeNull();
  });
});

// PMID 26702161 of the shipped corpus (shortened, without its one result on sleep, which the shipped answer did not
// cite): a dental premedication trial on pain and anxiety whose methods alone name sleep.
const dental: Article = plainArticle(
  '26702161',
  'Melatonin premedication versus placebo in wisdom teeth extraction: a randomised controlled trial.',
  'Pain after wisdom teeth surgery can be moderate in severity and is compounded by preoperative anxiety in young patients. We studied the effect of melatonin premedication on postoperative pain and preoperative anxiety in patients undergoing wisdom teeth extractions. The patients received either 6 mg melatonin or a placebo 90 minutes before surgery. Visual analogue scale (VAS) scores at multiple time intervals for postoperative pain and preoperative anxiety, patient satisfaction and first-night sleep quality scores were obtained. After adjusting for gender, female patients who received melatonin had a faster rate of reduction of VAS pain (p = 0.020) and anxiety scores (p = 0.003) over time compared to the placebo group. Melatonin use did not consistently contribute to pain and anxiety amelioration in all patients.',
);

const ask = (question: string, articles: Article[]) =>
  composeAnswer(question, {
    findEvidence: async () => articles.map((article, i) => ({ article, score: 1 - i / 10 })),
    corpus: { articles: 1896, snapshot: 'test' },
  });

describe('composeAnswer on the outcome a question asks about (asked-outcome)', () => {
  it('refuses when the sentences it would cite never speak of the outcome asked', async () => {
    const answer = await ask('How soon does melatonin start to help with sleep?', [dental]);
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/sleep/);
  });
});
