import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { plainArticle } from './fixtures/plain-article.js';
import { scorePassages } from './select-sentences.js';
import { setsScene, surveysOptions } from './states-background.js';

// PMID 26702311 (The Yoga My Heart Study), as PubMed gives it.
const YOGA = plainArticle(
  '26702311',
  'The impact of yoga on atrial fibrillation: A review of The Yoga My Heart Study.',
  'Atrial fibrillation is a common arrhythmia affecting thousands of individuals worldwide. It is a conduction disorder that causes the heart to beat irregularly and rapidly. There are a few medical approaches to manage this costly health care burden: antiarrhythmics to maintain normal sinus rhythm, beta blockers to achieve rate control while allowing atrial fibrillation to persist, and electro-physiologic intervention for rate and rhythm control. These treatments can be costly and are not without side effects. Yoga, an intervention that is available to people worldwide, has shown some promise in combating this widespread heart disorder.',
);
const SURVEY = /^There are a few medical approaches/;

describe('surveysOptions', () => {
  it('reads a list of the usual means of care as such', () => {
    expect(surveysOptions('There are a few medical approaches to manage this costly health care burden: antiarrhythmics to maintain normal sinus rhythm, beta blockers to achieve rate control.')).toBe(true);
  });

  it('leaves a finding that names several options a finding', () => {
    expect(surveysOptions('Yoga, an intervention that is available to people worldwide, has shown some promise in combating this widespread heart disorder.')).toBe(false);
    expect(surveysOptions('There are no data to support the widespread practice of using central venous pressure to guide fluid therapy.')).toBe(false);
  });
});

describe('scorePassages on a list of the usual means of care', () => {
  it('reads it as background beside the study\'s own finding when the question asks about another means', () => {
    const scored = scorePassages(analyzeQuestion('Can yoga cure atrial fibrillation?'), [{ article: YOGA, score: 1 }]);
    expect(scored.find((p) => SURVEY.test(p.text))?.aim).toBe(true);
  });

  it('keeps it a finding when the question asks for the means of care', () => {
    const scored = scorePassages(analyzeQuestion('What are the treatment options for atrial fibrillation?'), [{ article: YOGA, score: 1 }]);
    expect(scored.find((p) => SURVEY.test(p.text))?.aim).toBe(false);
  });
});

// A record shaped like PMID 24748473 (German bariatric registry), with its structured sections.
const abstractOf = (sections: [string, string][]) => sections.map(([, text]) => text).join(' ');
const LEAK_SECTIONS: [string, string][] = [
  ['BACKGROUND', 'Laparoscopic sleeve gastrectomy (LSG) is currently being performed with increasing frequency worldwide. However, the ever present risk of a staple line leak is still a major concern.'],
  ['METHODS', 'Using the registry, data from 5,400 LSGs were considered for analysis.'],
  ['RESULTS', 'Male gender, higher BMI and longer operation time were associated with a significantly higher staple line leak rate after sleeve gastrectomy.'],
];
const LEAK = {
  ...plainArticle('24748473', 'Are there risk factors for staple line leakage after sleeve gastrectomy?', abstractOf(LEAK_SECTIONS)),
  abstractSections: LEAK_SECTIONS.map(([label, text]) => ({ label, category: label, text })),
};

describe('setsScene', () => {
  it('reads how widely a practice is used, how much a condition weighs, or what earlier trials showed', () => {
    expect(setsScene('Laparoscopic sleeve gastrectomy (LSG) is currently being performed with increasing frequency worldwide.')).toBe(true);
    expect(setsScene('However, the ever present risk of a staple line leak is still a major concern.')).toBe(true);
    expect(setsScene('In primary and secondary prevention trials, statins have been shown to reduce the risk of stroke.')).toBe(true);
    expect(setsScene('Robotic prostatectomy has gained popularity over the last decade.')).toBe(true);
    expect(setsScene('With the advancement of an aging society, an increasing number of elderly patients have been hospitalized due to aneurysmal subarachnoid hemorrhage.')).toBe(true);
  });

  it('leaves a study\'s own result alone', () => {
    expect(setsScene('Male gender and longer operation time were associated with a significantly higher leakage rate.')).toBe(false);
    expect(setsScene('It offers an excellent weight loss with a very low incidence of complications.')).toBe(false);
  });
});

describe('scorePassages on an opening that sets the scene', () => {
  it('reads it as background beside the study\'s own finding', () => {
    const scored = scorePassages(analyzeQuestion('What are the risk factors for staple line leak after sleeve gastrectomy?'), [{ article: LEAK, score: 1 }]);
    expect(scored.find((p) => /increasing frequency/.test(p.text))?.aim).toBe(true);
    expect(scored.find((p) => /major concern/.test(p.text))?.aim).toBe(true);
    expect(scored.find((p) => /considered for analysis/.test(p.text))?.aim).toBe(true);
    expect(scored.find((p) => /Male gender/.test(p.text))?.aim).toBe(false);
  });

  it('keeps it when the question asks how common or used the practice is', () => {
    const scored = scorePassages(analyzeQuestion('How common is sleeve gastrectomy worldwide?'), [{ article: LEAK, score: 1 }]);
    expect(scored.find((p) => /increasing frequency/.test(p.text))?.aim).toBe(false);
  });
});

describe('setsScene on a burden without a figure', () => {
  it('reads a burden said in words', () => {
    expect(setsScene('The Ebola epidemic in West Africa has caused substantial morbidity and mortality.')).toBe(true);
    // Of our own making.
    expect(setsScene('Hip fracture in the elderly causes considerable morbidity and mortality.')).toBe(true);
  });

  it('leaves a finding and a fact stated of earlier patients alone', () => {
    expect(setsScene('Ligation of the fistula caused no morbidity and no mortality in our series.')).toBe(false);
    // BioASQ 9B1 (TRIM8): what earlier reports found answers "Which conditions ...?".
    expect(setsScene('Mutations in the TRIM8 gene have been described in patients with severe developmental delay, intellectual disability and epilepsy.')).toBe(false);
  });
});

// Of our own making: an abstract without sections and without a sentence saying what the study set out to do.
const MEASLES = plainArticle(
  '1',
  'Measles after a war',
  'The civil war has caused substantial morbidity and mortality among children. ' +
    'It has also interrupted routine immunisation in the region. ' +
    'We project that 4000 to 9000 additional measles deaths among children will follow within two years. ' +
    'A catch-up vaccination campaign should start once fighting stops.',
);

describe('scorePassages on the first sentence of an abstract without sections', () => {
  it('reads its scene as the premise, also for a count it gives no figure of', () => {
    const scored = scorePassages(analyzeQuestion('How many extra measles deaths among children could the war cause?'), [{ article: MEASLES, score: 1 }]);
    expect(scored.find((p) => /substantial morbidity/.test(p.text))?.aim).toBe(true);
    expect(scored.find((p) => /We project/.test(p.text))?.aim).toBe(false);
  });

  it('keeps a later sentence of the same shape, which is no opening', () => {
    const scored = scorePassages(analyzeQuestion('What did the war do to measles among children?'), [
      { article: plainArticle('2', 'Measles', `${MEASLES.abstract} Measles has caused substantial mortality among the children of the region since then.`), score: 1 },
    ]);
    expect(scored.find((p) => /since then/.test(p.text))?.aim).toBe(false);
  });
});
