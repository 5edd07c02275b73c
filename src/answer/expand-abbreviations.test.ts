import { describe, expect, it } from 'vitest';
import { stemSet } from './content-terms.js';
import { questionAcronyms, withQuestionAcronyms } from './expand-abbreviations.js';

describe('questionAcronyms', () => {
  it('makes acronyms from the initials of the question\'s multiword terms', () => {
    const acronyms = questionAcronyms('Is erythropoietin effective for treatment of amyotrophic lateral sclerosis?').map((a) => a.acronym);
    expect(acronyms).toContain('ALS');
    expect(questionAcronyms('Do angiotensin-converting-enzyme inhibitors raise the risk?').map((a) => a.acronym)).toContain('ACE');
    expect(questionAcronyms("Is isradipine effective for Parkinson's disease?").map((a) => a.acronym)).toContain('PD');
  });

  it('lets a sentence that writes only the acronym in capitals mention the long form', () => {
    const acronyms = questionAcronyms('Is erythropoietin effective for amyotrophic lateral sclerosis?');
    const text = 'RhEPO did not change the course of ALS.';
    const stems = withQuestionAcronyms(stemSet(text), text, acronyms);
    expect([...stemSet('amyotrophic lateral sclerosis')].every((s) => stems.has(s))).toBe(true);
  });

  it('does not read the acronym in lower case or inside a longer word', () => {
    const acronyms = questionAcronyms('Is erythropoietin effective for amyotrophic lateral sclerosis?');
    for (const text of ['The als of the patients were measured.', 'FALSE positive rates were low.']) {
      const stems = withQuestionAcronyms(stemSet(text), text, acronyms);
      expect(stems.has([...stemSet('sclerosis')][0]!)).toBe(false);
    }
  });
});
