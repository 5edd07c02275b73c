import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

// An abstract shaped like PMID 26702232 of the shipped corpus: it opens with a practice, the next sentence calls that
// practice into question, and the study's findings follow.
const dre = plainArticle(
  '1',
  'Routine digital rectal examination in trauma patients.',
  'Digital rectal exams (DRE) are routinely used on trauma patients during the secondary survey as recommended by current trauma protocols. ' +
    'However, recent literature has called the blanket use of the DRE on each trauma patient into question. ' +
    'The purpose of this study was to evaluate the efficacy of the DRE as a diagnostic tool in trauma patients. ' +
    'One-hundred eleven patient records were retrospectively reviewed. ' +
    'The DRE missed 100 % of urethral and 91.7 % of spinal cord injuries. ' +
    'The DRE has poor sensitivity for the diagnosis of urethral, spinal cord and bowel injury. ' +
    'The DRE offers no benefit or predictive value when compared to other imaging modalities.',
);

describe('composeAnswer on an abstract whose opening practice the next sentence calls into question', () => {
  it('neither answers from the practice nor says yes on its word', async () => {
    const question = 'Should a digital rectal exam be done routinely on every trauma patient in the secondary survey?';
    const answer = await composeAnswer(question, { findEvidence: fakeFindEvidence([dre]), corpus: { articles: 1, snapshot: 'fixtures' } });
    expect(answer.direct?.citations[0]?.quote ?? '').not.toMatch(/^Digital rectal exams \(DRE\) are routinely used/);
    expect(answer.verdict).not.toBe('yes');
  });
});
