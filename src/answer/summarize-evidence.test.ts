import { describe, expect, it } from 'vitest';
import type { EvidenceLevel, Reference } from '../domain/index.js';
import { rarityNote, summarizeEvidence } from './summarize-evidence.js';
import { CELLS } from './animal-evidence.js';

const ref = (evidenceLevel: EvidenceLevel, n = 1): Reference => ({
  n, pmid: String(n), title: 't', journal: '', year: null, publicationTypes: [], evidenceLevel, url: '',
});

describe('summarizeEvidence', () => {
  it('counts the cited references by evidence level, strongest first', () => {
    expect(summarizeEvidence([ref('observational'), ref('rct'), ref('observational'), ref('observational')])).toBe(
      'Based on 1 randomized controlled trial and 3 observational studies.',
    );
    expect(summarizeEvidence([ref('case-report'), ref('review'), ref('case-report')])).toBe('Based on 1 review and 2 case reports.');
  });

  it('names a clinical trial not called randomised from its publication types, though its contract level is other', () => {
    const trial: Reference = { ...ref('other', 2), publicationTypes: ['Clinical Trial, Phase II', 'Journal Article'] };
    expect(summarizeEvidence([ref('rct'), trial])).toBe('Based on 1 randomized controlled trial and 1 non-randomized clinical trial.');
  });

  it('says plainly when no cited article is classified by study design', () => {
    expect(summarizeEvidence([ref('other'), ref('other')])).toBe('Based on 2 articles not classified by study design.');
    expect(summarizeEvidence([ref('review'), ref('other')])).toBe('Based on 1 review and 1 other article.');
  });

  it('says when the evidence is limited to case reports and how rare the condition is', () => {
    expect(summarizeEvidence([ref('case-report'), ref('case-report')], ['To date, only 13 cases have been reported.'])).toBe(
      'Evidence is limited to case reports; one reports 13 cases in the literature.',
    );
  });

  it('recognises first cases and rare conditions in cited sentences', () => {
    expect(rarityNote(['We describe the first case of X in a child.'])).toBe('one describes the first reported case');
    expect(rarityNote(['X is a rare disorder.'])).toBe('the condition is described as rare');
    expect(rarityNote(['X is common.'])).toBeNull();
  });
});

describe('summarizeEvidence on case reports indexed without a study design', () => {
  const titled = (title: string, n = 1): Reference => ({ ...ref('other', n), title });

  it('calls an article whose title says it is a case report one', () => {
    expect(summarizeEvidence([titled('Levetiracetam induced psoriasiform drug eruption: a rare case report.')], ['To our knowledge this is the first report of a patient with a psoriasiform eruption that appeared after the administration of LEV.'])).toBe(
      'Evidence is limited to a single case report; one describes the first reported case.',
    );
    expect(summarizeEvidence([titled('A rare case of duodenal ulcer perforation accompanied by Boerhaave syndrome.'), titled('Intramural hematoma or aortic dissection - a diagnostic and therapeutic problem. A case report.', 2)])).toBe('Evidence is limited to case reports.');
  });

  it('calls a single case series one, not a single case report (PMID 26702180)', () => {
    expect(summarizeEvidence([titled('Low-dose amisulpride for debilitating clozapine-induced sialorrhea: case series and review of literature.')])).toBe('Evidence is limited to a single case series.');
  });

  it('leaves an article on cases of a kind unclassified', () => {
    expect(summarizeEvidence([titled('Trends in malaria case management following changes in the treatment policy.')])).toBe('Based on 1 article not classified by study design.');
  });

  it('hears "only a few cases have been reported" as rarity in the literature', () => {
    expect(rarityNote(['Breast metastases of medullary thyroid carcinoma (MTC) are extremely rare, and only a few cases have been reported in the literature so far.'])).toBe('one reports a few cases in the literature');
  });
});

describe('rarityNote on conditions said to be uncommon', () => {
  it('hears "is very uncommon" and "has rarely been reported" as rarity, not "uncommon side effects"', () => {
    expect(rarityNote(['Neuropsychiatric SLE, presenting as catatonia is very uncommon, and treatment of this condition is not well defined.'])).toBe('the condition is described as rare');
    expect(rarityNote(['Psoriasiform eruptions have rarely been reported with antiepileptic drugs.'])).toBe('the condition is described as rare');
    expect(rarityNote(['Uncommon side effects included rash.'])).toBeNull();
  });
});

describe('summarizeEvidence with the designs the abstracts state', () => {
  it('says what the abstract of a record indexed without a design calls it, beside the rarity note', () => {
    const designs = new Map([['1', 'a randomized, double-blind, placebo-controlled trial']]);
    expect(summarizeEvidence([ref('other')], [], designs)).toBe(
      'Based on 1 article not classified by study design; its abstract describes it as a randomized, double-blind, placebo-controlled trial.',
    );
    const two = new Map([['1', 'a retrospective cohort study'], ['2', 'a retrospective cohort study'], ['3', 'a cross-sectional survey']]);
    expect(summarizeEvidence([ref('other', 1), ref('other', 2), ref('other', 3)], ['This is a rare disease.'], two)).toBe(
      'Based on 3 articles not classified by study design; their abstracts describe two as retrospective cohort studies and one as a cross-sectional survey; the condition is described as rare.',
    );
  });

  it('never describes a reference whose publication types name its design', () => {
    const designs = new Map([['1', 'a retrospective study'], ['2', 'a prospective cohort study']]);
    expect(summarizeEvidence([ref('rct', 1), ref('other', 2)], [], designs)).toBe(
      'Based on 1 randomized controlled trial and 1 other article; the abstract of the other article describes it as a prospective cohort study.',
    );
    expect(summarizeEvidence([ref('rct', 1)], [], designs)).toBe('Based on 1 randomized controlled trial.');
  });
});

describe('summarizeEvidence on studies of animals only', () => {
  it('says the evidence is from animals and that no study in people was found, whatever the design', () => {
    expect(summarizeEvidence([ref('other')], [], new Map(), new Map([['1', ['mice']]]))).toBe('Based on 1 study in mice; no study in people was found.');
    expect(summarizeEvidence([ref('observational', 1), ref('other', 2)], [], new Map([['2', 'a randomized study']]), new Map([['1', ['rats']], ['2', ['rats', 'mice']]]))).toBe(
      'Based on 2 studies in rats and mice; no study in people was found.',
    );
  });

  it('says which of the cited studies were in animals beside studies in people', () => {
    expect(summarizeEvidence([ref('rct', 1), ref('other', 2)], [], new Map(), new Map([['2', ['dogs']]]))).toBe(
      'Based on 1 randomized controlled trial and 1 other article; one of them studied only dogs, not people.',
    );
  });
});

describe('summarizeEvidence on studies of cells only', () => {
  it('says the evidence is from cells in the laboratory, alone or beside animals, and that no study in people was found', () => {
    expect(summarizeEvidence([ref('other')], [], new Map(), new Map([['1', [CELLS]]]))).toBe('Based on 1 laboratory study of cells (in vitro); no study in people was found.');
    expect(summarizeEvidence([ref('other', 1), ref('other', 2)], [], new Map(), new Map([['1', [CELLS, 'mice']], ['2', ['rats']]]))).toBe(
      'Based on 2 studies in mice, rats and cells in the laboratory (in vitro); no study in people was found.',
    );
  });

  it('says which of the cited studies were of cells beside studies in people', () => {
    expect(summarizeEvidence([ref('rct', 1), ref('other', 2)], [], new Map(), new Map([['2', [CELLS]]]))).toBe(
      'Based on 1 randomized controlled trial and 1 other article; one of them studied only cells in the laboratory (in vitro), not people.',
    );
  });
});
