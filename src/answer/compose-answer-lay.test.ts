import { describe, expect, it } from 'vitest';
import { composeAnswer, type ComposeOptions } from './compose-answer.js';
import type { Article } from '../domain/index.js';
import * as lay from './fixtures/lay-question-articles.js';

// Questions worded as patients, carers and students put them, on real records of clinq's shipped corpus; the word
// counts and English word-list levels are the shipped corpus's and SCOWL's for these words.
/** Options as clinq wires them: corpus counts by stem (others 50), SCOWL levels by word (others no English word), the vocabulary's names. */
function options(
  articles: Article[],
  counts: Record<string, number>,
  levels: Record<string, number>,
  names: Record<string, string[]>,
): ComposeOptions {
  return {
    findEvidence: async () => articles.map((article, i) => ({ article, score: 1 - i / 10 })),
    corpus: { articles: 1896, snapshot: 'test' },
    documentFrequencies: async (stems) => new Map(stems.map((s) => [s, counts[s] ?? 50])),
    englishLevel: (word) => levels[word.toLowerCase()],
    isNamedConcept: (word) => names[word.toLowerCase()] !== undefined,
    alternativesOf: (phrase) => names[phrase.toLowerCase()],
  };
}

describe('composeAnswer on a reader who tells of a kind of treatment before asking', () => {
  it('reads "her tablets" of the story as context, not as a subject the article must name', async () => {
    const answer = await composeAnswer(
      "My mum's Parkinson's is no longer controlled by her tablets. Would deep brain stimulation of the subthalamic nucleus help her?",
      options(
        [
          lay.subthalamicStimulationParkinson, lay.kneeStrengthParkinson, lay.floatingTablets, lay.focusedUltrasoundReview, lay.sublingualImmunotherapyDose,
          lay.hydrochlorothiazideDissolution, lay.erlotinibEntinostat, lay.starchExcipient, lay.sugarFreeMedicines, lay.buprenorphineBlock,
        ],
        { mum: 0, parkinson: 6, longer: 44, control: 316, tablet: 5, deep: 17, brain: 73, stimul: 56, subthalam: 1, nucleu: 14, help: 62 },
        { mum: 20, longer: 10, controlled: 10, tablets: 35, deep: 10, brain: 20, stimulation: 20, nucleus: 35, help: 10 },
        { tablets: [], brain: ['cerebral'], 'deep brain stimulation': [], 'subthalamic nucleus': [] },
      ),
    );
    expect(answer.status).toBe('answered');
    expect(answer.direct?.citations[0]?.pmid).toBe('25345997');
  });
});
