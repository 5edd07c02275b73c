import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import * as lay from './fixtures/lay-question-articles.js';
import { wiredOptions as options } from './fixtures/wired-options.js';

// Questions worded as patients, carers and students put them, on real records of clinq's shipped corpus; the word
// counts and English word-list levels are the shipped corpus's and SCOWL's for these words.

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
