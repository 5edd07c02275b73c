import { describe, expect, it } from 'vitest';
import type { FindEvidence } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { plainArticle } from './fixtures/plain-article.js';

// A record of clinq's shipped corpus (data/corpus: MEDLINE 2016 baseline file).
const migrainePressure = plainArticle('26702379', 'Examination of fluctuations in atmospheric pressure related to migraine.', "Japan has four seasons and many chances of low atmospheric pressure or approaches of typhoon, therefore it has been empirically known that the fluctuation of weather induces migraine in people. Generally, its mechanism has been interpreted as follows: physical loading, attributed by atmospheric pressure to human bodies, compresses or dilates human blood vessels, which leads to abnormality in blood flow and induces migraine. We report our examination of the stage in which migraine tends to be induced focusing on the variation of atmospheric pressure. Subjects were 34 patients with migraine, who were treated in our hospital. The patients included 31 females and three males, whose mean age was 32 \u00b1 6.7. 22 patients had migraine with aura and 12 patients had migraine without aura. All of patients with migraine maintained a headache diary to record atmospheric pressures when they developed a migraine. The standard atmospheric pressure was defined as 1013 hPa, and with this value as the criterion, we investigated slight fluctuations in the atmospheric pressure when they developed a migraine. It was found that the atmospheric pressure when the patients developed a migraine was within 1003-1007 hPa in the approach of low atmospheric pressure and that the patients developed a migraine when the atmospheric pressure decreased by 6-10 hPa, slightly less than the standard atmospheric pressure. Small decreases of 6-10 hPa relative to the standard atmospheric pressure of 1013 hPa induced migraine attacks most frequently in patients with migraine.");
const findIt: FindEvidence = async () => [{ article: migrainePressure, score: 1 }];

// The medical names clinq's lay-term list gives the reader's phrase; "air" itself is a MeSH heading.
const ask = (alternatives: Record<string, string[]>) =>
  composeAnswer('Can changes in air pressure trigger migraine?', {
    findEvidence: findIt,
    corpus: { articles: 1896, snapshot: 'test' },
    documentFrequencies: async (stems) => new Map(stems.map((s) => [s, ({ air: 12, pressur: 120, migrain: 9, chang: 300, trigger: 20 } as Record<string, number>)[s] ?? 1])),
    isNamedConcept: (word) => ['air', 'pressure', 'migraine'].includes(word),
    alternativesOf: (phrase) => alternatives[phrase],
  });

describe('composeAnswer on a lay phrase the papers write by its medical name', () => {
  it('answers "air pressure" from the article on atmospheric pressure', async () => {
    const answer = await ask({ 'air pressure': ['atmospheric pressure', 'barometric pressure'] });
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/atmospheric pressure/);
  });

  it('still calls "air" missing when no phrase of the question has a medical name the article uses', async () => {
    const answer = await ask({});
    expect(answer.status).toBe('insufficient_evidence');
    expect(answer.evidenceSummary).toMatch(/mentions air/);
  });
});
