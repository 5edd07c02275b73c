import { describe, expect, it } from 'vitest';
import { asksYesOrNo } from './analyze-question.js';
import { asksEither } from './either-or.js';

describe('asksEither', () => {
  it('reads two verbs of one side joined by "or" as asking whether either holds', () => {
    expect(asksEither('Can transfer factor therapy bring on or speed up kidney failure?')).toBe(true);
    expect(asksEither('Can regular exercise prevent or delay dementia?')).toBe(true);
    expect(asksEither('Does caffeine trigger or worsen migraine attacks?')).toBe(true);
    expect(asksEither('Has the drug slowed or stopped the decline?')).toBe(true);
  });

  it('reads verbs of opposite sides as a choice', () => {
    expect(asksEither('Does lithium increase or decrease thyroid hormone levels?')).toBe(false);
    expect(asksEither('Does alcohol cause or prevent gout?')).toBe(false);
  });

  it('reads an "or" in the description of the people asked about as asking about either group', () => {
    expect(asksEither('Should beta blockers be used routinely in patients with severe sepsis or septic shock?')).toBe(true);
    expect(asksEither('Is metformin safe in children or adolescents?')).toBe(true);
    expect(asksEither('Is codeine safe for children after tonsillectomy or adenoidectomy?')).toBe(true);
  });

  it('keeps a comparison across the groups, and alternatives of the predicate, a choice', () => {
    expect(asksEither('Is surgery better in patients with type 1 or type 2 diabetes?')).toBe(false);
    expect(asksEither('Is fingolimod a drug or a pro-drug?')).toBe(false);
    expect(asksEither('Is METTL3 an m6A writer, reader or eraser?')).toBe(false);
  });
});

describe('asksYesOrNo with an "or" that asks about either', () => {
  it('reads such questions as yes/no and a choice of the predicate as a choice', () => {
    expect(asksYesOrNo('In Wiskott Aldrich syndrome, can transfer factor therapy bring on or speed up kidney failure?')).toBe(true);
    expect(asksYesOrNo('Is aspirin safe in patients with asthma or nasal polyps?')).toBe(true);
    expect(asksYesOrNo('Is prosopagnosia inherited or acquired?')).toBe(false);
    expect(asksYesOrNo('Does the mutation cause gain or loss of function?')).toBe(false);
  });
});
