import { describe, expect, it } from 'vitest';
import type { AbstractSection } from '../domain/index.js';
import { statedDesign } from './stated-design.js';

const record = (title: string, sections: [string | null, string][]): { title: string; abstract: string; abstractSections: AbstractSection[] } => ({
  title,
  abstract: sections.map(([, text]) => text).join(' '),
  abstractSections: sections.map(([label, text]) => ({ label, category: label, text })),
});

describe('statedDesign', () => {
  it('reads the design an abstract states of its own study, in its own words', () => {
    // Shaped like PMID 17606778 (a PubMedQA record without publication types).
    expect(statedDesign(record('Can zinc prevent chronic pain after ankle fractures?', [
      ['BACKGROUND', 'A dose-response study was designed to evaluate its effect.'],
      ['METHODS', 'In a double-blind, prospective, multicenter trial, 380 patients with 391 ankle fractures were randomly allocated to placebo or zinc.'],
    ]))).toBe('a randomized, double-blind, prospective, multicenter trial');
    expect(statedDesign(record('Outcomes after frozen embryo transfer', [['DESIGN', 'Retrospective observational study.'], ['SETTING', 'Private fertility center.']]))).toBe('a retrospective observational study');
    expect(statedDesign(record('Statins before stroke', [[null, 'Statins lower the risk of stroke. We conducted a population-based case-referent study of 25- to 74-year-old stroke patients.']]))).toBe('a population-based case-referent study');
    expect(statedDesign(record('Pretreatment with xenon enhances induction of anesthesia: A randomized controlled trial.', [[null, 'Eighty patients were randomly assigned.']]))).toBe('a randomized controlled trial');
  });

  it('reads no design that is only wanted, was others\', or was given to animals', () => {
    expect(statedDesign(record('Lung assist devices', [[null, 'Facilitated rehabilitation leads us to believe that a prospective, randomized trial is indicated. Prospective studies are needed.']]))).toBeNull();
    expect(statedDesign(record('STIR imaging', [[null, 'To date, no prospective comparative study of the diagnostic value of STIR has been published.']]))).toBeNull();
    expect(statedDesign(record('Edaravone in ovarian damage', [[null, 'Fifty albino rats were randomized into control and experiment groups.']]))).toBeNull();
    expect(statedDesign(record('Non-randomized trial of X', [[null, 'Patients improved.']]))).toBeNull();
  });
});
