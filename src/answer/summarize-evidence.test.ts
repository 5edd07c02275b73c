import { describe, expect, it } from 'vitest';
import type { EvidenceLevel, Reference } from '../domain/index.js';
import { rarityNote, summarizeEvidence } from './summarize-evidence.js';

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
