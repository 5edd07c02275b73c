import { describe, expect, it } from 'vitest';
import { statesOnlyFrequency } from './defined-by-frequency.js';
import { definedByFrequency } from './main-topic.js';
import { plainArticle } from './fixtures/plain-article.js';

// PMID 26702347, the corpus's one article on tetralogy of Fallot, which never says what it is.
const TOF_ABSTRACT = 'There is a dearth of literature on tetralogy of fallot (TOF) in children in Sub-Saharan Africa.';

describe('statesOnlyFrequency', () => {
  it('reads a sentence saying only how common the thing is, named by its short form (PMID 26702347)', () => {
    expect(statesOnlyFrequency('tetralogy of fallot', 'TOF is as common in Nigeria as other parts of the world, there is a need to established cardiac centers to salvage these children.', TOF_ABSTRACT)).toBe(true);
    expect(statesOnlyFrequency('tetralogy of fallot', 'The prevalence of TOF among children presenting at LASUTH at the study period was 4.9 per 10 000.', TOF_ABSTRACT)).toBe(true);
  });

  it('leaves alone a sentence that says what the thing is, however common (sentences of our own)', () => {
    expect(statesOnlyFrequency('tetralogy of fallot', 'Tetralogy of Fallot is the most common cyanotic congenital heart defect.')).toBe(false);
    expect(statesOnlyFrequency('tetralogy of fallot', 'TOF, a congenital heart defect of four parts, is rare in adults.', TOF_ABSTRACT)).toBe(false);
    expect(statesOnlyFrequency('scurvy', 'Scurvy (vitamin C deficiency) is a disease that was common among sailors.')).toBe(false);
    // BioASQ's "What is Scalp cirsoid aneurysms?": "rare" before the noun that says what they are.
    expect(statesOnlyFrequency('scurvy', 'Scurvy is a disease of sailors with an incidence of 5% on long voyages.')).toBe(false);
    expect(statesOnlyFrequency('scalp cirsoid aneurysms', 'Scalp cirsoid aneurysms are rare subcutaneous arteriovenous fistulae affecting the scalp.')).toBe(false);
  });

  it('is no frequency when none is stated, or when the thing is not named', () => {
    expect(statesOnlyFrequency('scurvy', 'Scurvy was treated with oranges and lemons.')).toBe(false);
    expect(statesOnlyFrequency('scurvy', 'Rickets is common in northern cities.')).toBe(false);
    expect(statesOnlyFrequency('rickets', 'Rickets is now rare in Britain.')).toBe(true);
  });
});

describe('definedByFrequency (main-topic)', () => {
  const lead = { text: 'TOF is as common in Nigeria as other parts of the world, there is a need to established cardiac centers to salvage these children.', stems: new Set<string>() };
  const article = { ...plainArticle('26702347', 'Children With Tetralogy of Fallot in an Urban Centre in Africa.', TOF_ABSTRACT) };

  it('refuses "what is X" answered only by how common X is, X a name holding "of"', () => {
    expect(definedByFrequency('what is tetralogy of fallot', lead, article)).toMatch(/does not say what tetralogy of fallot is/);
  });

  it('leaves alone a question asking how common X is, or one asking something else of it', () => {
    expect(definedByFrequency('What is the prevalence of tetralogy of Fallot?', lead, article)).toBeNull();
    expect(definedByFrequency('How common is tetralogy of Fallot?', lead, article)).toBeNull();
    expect(definedByFrequency('What is the treatment of tetralogy of Fallot in adults?', lead, article)).toBeNull();
  });
});
