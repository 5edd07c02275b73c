import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer } from './compose-answer.js';
import { contrastsSubjects } from './direct-fit.js';
import { plainArticle } from './fixtures/plain-article.js';

// Shaped on PMIDs 8266996 and 10417280 of the shipped corpus: one article says what the two syndromes share, the other
// sets them apart ("respectively").
const shared = plainArticle(
  '8266996',
  'Difference in methylation patterns within the D15S9 region of chromosome 15q11-13 in first cousins with Angelman syndrome and Prader-Willi syndrome.',
  'Abnormalities of chromosome region 15q11-13 are associated with Angelman syndrome (AS) and Prader-Willi syndrome (PWS). We report on a family in which first cousins are affected by AS and PWS as a result of a familial paracentric inversion of 15q11-q13.',
);
const apart = plainArticle(
  '10417280',
  'Chromosome breakage in the Prader-Willi and Angelman syndromes involves recombination between large, transcribed repeats at proximal and distal breakpoints.',
  'Prader-Willi syndrome (PWS) and Angelman syndrome (AS) are distinct neurobehavioral disorders that most often arise from a 4-Mb deletion of chromosome 15q11-q13 during paternal or maternal gametogenesis, respectively. We postulate that the END repeats flanking 15q11-q13 mediate homologous recombination resulting in deletion.',
);
const found = { findEvidence: async () => [shared, apart].map((article, i) => ({ article, score: 1 - i / 10 })), corpus: { articles: 1896, snapshot: 'test' } };

describe('composeAnswer on the difference between two conditions', () => {
  it('opens with the sentence that sets them apart, not the one saying what they share', async () => {
    const answer = await composeAnswer('What is the difference between Angelman syndrome and Prader-Willi syndrome?', found);
    expect(answer.status).toBe('answered');
    expect(answer.direct?.text).toMatch(/respectively/);
  });
});

describe('contrastsSubjects', () => {
  const analysis = analyzeQuestion('How does juvenile ankylosing spondylitis differ from adult ankylosing spondylitis?');
  it('needs a contrast naming two of the things compared, by their own words or initials', () => {
    expect(contrastsSubjects(analysis, 'Hip and knee joint involvement was more common in JAS than AAS.')).toBe(true);
    expect(contrastsSubjects(analysis, 'Juvenile and adult forms of ankylosing spondylitis have a different clinical presentation.')).toBe(true);
    expect(contrastsSubjects(analysis, 'Ankylosing spondylitis is part of a syndrome where different genetic factors interact.')).toBe(false);
  });
});
