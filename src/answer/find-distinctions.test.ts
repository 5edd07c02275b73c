import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { composeAnswer } from './compose-answer.js';
import { findDistinctions, neighbourMentions } from './find-distinctions.js';
import { allFixtureArticles, endometriosisArticles } from './fixtures/articles.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { scorePassages } from './select-sentences.js';

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

describe('composeAnswer distinctions', () => {
  it('adds a cited Important Distinctions point when the evidence is about a neighbouring entity', async () => {
    const answer = await composeAnswer('How is ovarian endometriosis treated?', {
      findEvidence: fakeFindEvidence(allFixtureArticles),
      corpus: { articles: 14, snapshot: 'fixtures' },
    });
    const section = answer.sections.find((s) => s.kind === 'distinction');
    expect(section?.title).toBe('Important Distinctions');
    expect(section?.points[0]?.citations[0]?.quote).toMatch(/deep|infiltrating/i);
  });
});
