import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { decideVerdict, polarityOf } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';
import { prefersRival } from './verdict-preferred.js';

const passage = (text: string, section = 'RESULTS'): ScoredPassage => ({ pmid: '1', section, index: 1, text, score: 1, coverage: 1, rank: 0, stems: new Set() });

describe('prefersRival', () => {
  const needed = analyzeQuestion('Is splenectomy necessary for immune thrombocytopenia in children?');

  it('hears another option named the one to take for the same condition as evidence against the asked one', () => {
    const sentence = 'Observation is the treatment of choice for most children with immune thrombocytopenia.';
    expect(prefersRival(sentence, needed)).toBe(true);
    expect(polarityOf(sentence, needed)).toBe(-1);
    expect(prefersRival('Rituximab has become the preferred second-line treatment in children with immune thrombocytopenia.', needed)).toBe(true);
  });

  it('takes the asked option from where the question says it, not from its first subject', () => {
    const titled = analyzeQuestion('Immune thrombocytopenia in children: is splenectomy necessary?');
    expect(prefersRival('Observation is the treatment of choice for most children with immune thrombocytopenia.', titled)).toBe(true);
  });

  it('outweighs sentences that merely state the matter, as a direct answer does', () => {
    const silent = [
      passage('Most pediatric haematologists perform splenectomy in children with chronic immune thrombocytopenia.'),
      passage('Splenectomy was performed in 40 children with immune thrombocytopenia between 1990 and 2010.'),
    ];
    const rival = passage('Observation is the treatment of choice for most children with immune thrombocytopenia.', 'CONCLUSIONS');
    expect(decideVerdict([...silent, rival], { analysis: needed }).verdict).toBe('no');
  });

  it('does not hear the asked option preferred, another condition, or a comparison as such', () => {
    expect(prefersRival('Splenectomy is the treatment of choice for children with chronic immune thrombocytopenia.', needed)).toBe(false);
    expect(prefersRival('Observation is the treatment of choice for most children with fever.', needed)).toBe(false);
    const compared = analyzeQuestion('Is splenectomy better than rituximab for immune thrombocytopenia?');
    expect(prefersRival('Observation is the treatment of choice for immune thrombocytopenia.', compared)).toBe(false);
    const effective = analyzeQuestion('Is splenectomy effective for immune thrombocytopenia?');
    expect(prefersRival('Observation is the treatment of choice for immune thrombocytopenia.', effective)).toBe(false);
  });
});
