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

  it('reads people randomized by "we" (PMID 19852337: "We randomized 42 patients ...")', () => {
    expect(statedDesign(record('Does elective re-siting of intravenous cannulae decrease peripheral thrombophlebitis?', [
      ['BACKGROUND', 'Peripheral venous thrombophlebitis is a common complication of intravenous cannulation.'],
      ['METHODS', 'We randomized 42 patients who were admitted for major abdominal surgery to either the control or study group (n = 21 in either group).'],
    ]))).toBe('a randomized study');
    expect(statedDesign(record('Nails for pertrochanteric fractures', [['METHODS', 'Prospective computer-generated randomization of 206 patients into two study groups.']]))).toBe('a randomized study');
  });

  it('reads records reviewed retrospectively or data gathered prospectively as such studies', () => {
    expect(statedDesign(record('Digital rectal examinations in trauma', [['METHODS', 'One-hundred eleven patient records were retrospectively reviewed.']]))).toBe('a retrospective study');
    expect(statedDesign(record('Limb salvage', [[null, 'We retrospectively reviewed the records of 20 patients who underwent limb-salvage.']]))).toBe('a retrospective study');
    expect(statedDesign(record('CT and bone scans', [[null, 'Results of 77 pairs of CT and BS in newly diagnosed patients were compared prospectively for 12 months.']]))).toBe('a prospective study');
  });

  it('reads a design stated without an article, as the whole sentence, or after "This study was a"', () => {
    expect(statedDesign(record('Warfarin response', [['METHODS', 'Prospective cross-sectional observational study conducted at the Cardiology Department.']]))).toBe('a prospective cross-sectional observational study');
    expect(statedDesign(record('Hemodialysis volume', [['METHODS', 'This study is cross-sectional.']]))).toBe('a cross-sectional study');
    expect(statedDesign(record('Knee strength', [['OBJECTIVE', 'To examine the relation.'], ['DESIGN', 'A cohort study.']]))).toBe('a cohort study');
    expect(statedDesign(record('Troponin in PE', [[null, 'This study was a retrospective chart review of patients diagnosed as having PE.']]))).toBe('a retrospective chart review');
    expect(statedDesign(record('Riot injuries', [[null, 'A retrospective review of 36 casualties treated at the emergency department was conducted.']]))).toBe('a retrospective review');
    expect(statedDesign(record('Metabolic syndrome in children', [[null, 'This descriptive-analytical, cross-sectional study was performed on 1425 elementary school children.']]))).toBe('a descriptive-analytical, cross-sectional study');
    expect(statedDesign(record('Anticoagulation in trauma', [[null, 'An 18-month retrospective review of trauma patients was conducted.']]))).toBe('an 18-month retrospective review');
    expect(statedDesign(record('Ovarian cancer', [[null, 'DESIGN AND SETTING Retrospective cohort study of a consecutive series of 933 ovarian cancers.']]))).toBe('a retrospective cohort study');
  });

  it('reads data of a kind as a design, but not a measure ("cross-sectional area") nor what others lacked', () => {
    expect(statedDesign(record('Food environments', [[null, 'Cross-sectional data were obtained by a postal questionnaire among 4333 adults.']]))).toBe('a cross-sectional study');
    expect(statedDesign(record('Pyloric stenosis', [[null, 'The mucosa constitutes one third of the cross-sectional diameter of the pyloric mass.']]))).toBeNull();
    expect(statedDesign(record('Somatic symptoms', [[null, 'Reliable longitudinal data of such patients are scarce.'], ['DESIGN', 'Observational study, with a comparison control group.']]))).toBe('an observational study');
  });
});
