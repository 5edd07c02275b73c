import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer } from './compose-answer.js';
import { findDistinctions, neighbourMentions } from './find-distinctions.js';
import { allFixtureArticles, endometriosisArticles } from './fixtures/articles.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';
import { stemSet } from './content-terms.js';
import { scorePassages } from './select-sentences.js';
import { weighConcepts } from './weigh-concepts.js';

describe('neighbourMentions', () => {
  const analysis = analyzeQuestion('Where are sclerotic skin lesions found in POEMS syndrome?');

  it('finds the asked-for noun with a different modifier', () => {
    expect(neighbourMentions(analysis, 'Sclerotic bone lesions are present in most patients.')).toEqual([
      { modifier: 'bone', head: 'lesion' },
    ]);
  });

  it('ignores the asked-for entity itself, vague modifiers and words in between', () => {
    expect(neighbourMentions(analysis, 'Skin lesions include hemangiomas.')).toEqual([]);
    expect(neighbourMentions(analysis, 'Several lesions were seen.')).toEqual([]);
    expect(neighbourMentions(analyzeQuestion('How is deep endometriosis treated?'), 'Deep infiltrating endometriosis is painful.')).toEqual([]);
  });

  it('does not read a question verb as the modifier of what was asked', () => {
    const causes = analyzeQuestion('What causes ataxia-telangiectasia?');
    expect(neighbourMentions(causes, 'Motor incoordination is a feature of the hereditary disease ataxia-telangiectasia.')).toEqual([]);
  });
});

describe('findDistinctions', () => {
  it('picks sentences that name a confusable neighbour of what was asked', () => {
    const analysis = analyzeQuestion('How is ovarian endometriosis treated?');
    const scored = scorePassages(analysis, endometriosisArticles.map((article) => ({ article, score: 1 })));
    const found = findDistinctions(analysis, scored, []);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p.text).toMatch(/(deep|infiltrating|peritoneal|extragenital) endometriosis/i);
  });
});

