import { describe, expect, it } from 'vitest';
import { dropPremises, isPremise } from './drop-premises.js';
import type { ScoredPassage } from './select-sentences.js';

const passage = (pmid: string, section: string, text: string, coverage = 0.6): ScoredPassage => ({
  pmid,
  index: 1,
  section,
  text,
  score: 0.7,
  coverage,
  rank: 0,
  stems: new Set(),
});

const background = passage(
  '16249670',
  'BACKGROUND',
  'Although the investing cervical fascia has been considered as an impenetrable barrier, clinically, the placement of the block deep or superficial to the fascia provides the same effective anesthesia.',
  0.76,
);
const conclusion = passage(
  '16249670',
  'CONCLUSIONS',
  'This study provides anatomical evidence to indicate that the so-called investing cervical fascia does not exist in the anterior triangle of the neck.',
);

describe('isPremise', () => {
  it('reads others\' speculation or concern as a premise in any section (BioASQ records have none)', () => {
    expect(isPremise(passage('1', 'UNASSIGNED', 'There has been a lot of speculation that patients with coronavirus disease 2019 (COVID-19) who are receiving angiotensin-converting enzyme (ACE) inhibitors or angiotensin receptor blockers (ARBs) may be at increased risk for adverse outcomes.'))).toBe(true);
    expect(isPremise(passage('1', 'UNASSIGNED', 'There are theoretical concerns that angiotensin-converting enzyme inhibitors (ACEIs) and angiotensin receptor blockers (ARBs) could increase the risk of severe Covid-19.'))).toBe(true);
    expect(isPremise(passage('1', 'UNASSIGNED', 'ACEIs and ARBs were not associated with an increased risk of Covid-19 hospitalization.'))).toBe(false);
  });

  it('reads a view a background section reports as the premise, a conclusion as a finding', () => {
    expect(isPremise(background)).toBe(true);
    expect(isPremise(conclusion)).toBe(false);
  });

  it('keeps a background sentence that states no held view as a possible finding', () => {
    expect(isPremise(passage('17453263', 'BACKGROUND', 'It is unknown if accuracy of physician estimates differs between black and white patients, and how this relates to asthma care disparities.'))).toBe(false);
  });
});

describe('dropPremises', () => {
  it('leaves out the background of an article whose conclusion speaks to the question', () => {
    expect(dropPremises([background, conclusion])).toEqual([conclusion]);
  });

  it('keeps the background of an article that says nothing else on the question', () => {
    const other = passage('2', 'RESULTS', 'Ten cadavers were dissected.', 0.1);
    expect(dropPremises([background, other])).toEqual([background, other]);
  });
});
