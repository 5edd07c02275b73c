import { describe, expect, it } from 'vitest';
import { plainEvidence } from './plain-evidence.js';

describe('plainEvidence', () => {
  it('says how many studies there are and that their strength cannot be judged when no design is recorded', () => {
    expect(plainEvidence('Based on 1 article not classified by study design.')).toBe(
      'Based on one study. The records do not say what kind of study it was, so clinq cannot say how strong this evidence is.',
    );
    expect(plainEvidence('Based on 3 articles not classified by study design; the condition is described as rare.')).toBe(
      'Based on 3 studies. The records do not say what kind of studies they were, so clinq cannot say how strong this evidence is. The condition is described as rare.',
    );
  });

  it('says case reports are weak evidence', () => {
    expect(plainEvidence('Evidence is limited to a single case report; one describes the first reported case.')).toBe(
      'This comes from the report of a single patient, which is weak evidence. One describes the first reported case.',
    );
  });

  it('keeps a summary that names study designs', () => {
    expect(plainEvidence('Based on 2 randomized controlled trials and 1 review.')).toBe('Based on 2 randomized controlled trials and 1 review.');
  });
});

describe('plainEvidence with the design the abstracts state', () => {
  it('says the design as the authors\' own description instead of saying nothing is known of it', () => {
    expect(plainEvidence('Based on 1 article not classified by study design; its abstract describes it as a randomized controlled trial.')).toBe(
      'Based on one study. Its authors describe it as a randomized controlled trial.',
    );
    expect(plainEvidence('Based on 2 articles not classified by study design; their abstracts describe one as a retrospective study; the condition is described as rare.')).toBe(
      'Based on 2 studies. The records do not say what kind of studies they were, but their authors describe one as a retrospective study. The condition is described as rare.',
    );
  });
});

describe('plainEvidence on studies of animals only', () => {
  it('says plainly that the evidence is from animals, not people', () => {
    expect(plainEvidence('Based on 1 study in mice; no study in people was found.')).toBe(
      'This comes from one study in mice, not in people. What happens in animals often does not happen the same way in people.',
    );
    expect(plainEvidence('Based on 2 studies in rats and pigs; no study in people was found; the condition is described as rare.')).toBe(
      'This comes from 2 studies in rats and pigs, not in people. What happens in animals often does not happen the same way in people. The condition is described as rare.',
    );
  });
});

describe('plainEvidence on studies of cells only', () => {
  it('says plainly that the evidence is from cells grown in a laboratory, not people', () => {
    expect(plainEvidence('Based on 1 laboratory study of cells (in vitro); no study in people was found.')).toBe(
      'This comes from one study of cells grown in a laboratory, not of people. What happens to cells in a dish often does not happen the same way in the body.',
    );
    expect(plainEvidence('Based on 2 laboratory studies of cells (in vitro); no study in people was found; the condition is described as rare.')).toBe(
      'This comes from 2 studies of cells grown in a laboratory, not of people. What happens to cells in a dish often does not happen the same way in the body. The condition is described as rare.',
    );
  });

  it('leaves out the researchers\' "in vitro" where cells are named beside animals or other studies', () => {
    expect(plainEvidence('Based on 2 studies in mice and cells in the laboratory (in vitro); no study in people was found.')).toBe(
      'This comes from 2 studies in mice and cells in the laboratory, not in people. What happens in animals often does not happen the same way in people.',
    );
    expect(plainEvidence('Based on 1 randomized controlled trial and 1 other article; one of them studied only cells in the laboratory (in vitro), not people.')).toBe(
      'Based on 1 randomized controlled trial and 1 other article; one of them studied only cells in the laboratory, not people.',
    );
  });
});
