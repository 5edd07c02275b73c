import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { decideVerdict, polarityOf } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';
import { reportsClaim } from './verdict-reported.js';

const scored = (text: string, index: number, coverage: number, pmid = '1', section = 'ABSTRACT'): ScoredPassage => ({
  pmid, section, index, text, score: 1, coverage, rank: 0, stems: new Set(),
});

describe('reportsClaim', () => {
  it("hears a claim of earlier work or received opinion, not the study's own finding", () => {
    // PMIDs 8894695 and 18096128 of the shipped corpus, then sentences of our own.
    expect(reportsClaim('Administration of drugs that inhibit adenine phosphoribosyltransferase (APRT) in HPRT-deficient mice has produced the suggestion that deficiency of APRT in combination with HPRT-deficiency in mice may lead to self-mutilation behavior.')).toBe(true);
    expect(reportsClaim('Studies have identified clinical predictors to guide radiologic evaluation of the cervical spine in geriatric patients.')).toBe(true);
    expect(reportsClaim('It has been proposed that vitamin C shortens the common cold.')).toBe(true);
    expect(reportsClaim('Cranberry juice is widely believed to prevent urinary infections.')).toBe(true);
    expect(reportsClaim('Vitamin C shortened the common cold by a day.')).toBe(false);
    expect(reportsClaim('We found that cranberry juice did not prevent urinary infections.')).toBe(false);
  });
});

describe('a reported claim against its own article', () => {
  it("yields to a later finding of its article that takes the other side in words", () => {
    // PMID 8894695: the suggestion the study tests, and what it found.
    const mice = analyzeQuestion('Do mice lacking both HPRT and APRT self injure like kids with Lesch-Nyhan syndrome?');
    const claim = scored('Administration of drugs that inhibit adenine phosphoribosyltransferase (APRT) in HPRT-deficient mice has produced the suggestion that deficiency of APRT in combination with HPRT-deficiency in mice may lead to self-mutilation behavior.', 3, 0.52);
    const found = scored('Although the doubly-deficient mice excrete adenine and its highly insoluble derivative, 2, 8-dihydroxyadenine, which are also associated with human APRT deficiency, additional abnormalities or any self-injurious behavior were not detected.', 5, 0.3);
    expect(polarityOf(found.text, mice)).toBe(-1);
    expect(decideVerdict([claim], { analysis: mice }).verdict).toBe('yes');
    expect(decideVerdict([claim, found], { analysis: mice }).verdict).toBe('no');
  });

  it('keeps its side when its article finds nothing against it, or when the finding comes before it (sentences of our own)', () => {
    const cold = analyzeQuestion('Does vitamin C shorten a cold?');
    const claim = scored('It has been proposed that vitamin C shortens the common cold.', 2, 0.8);
    const agrees = scored('In this trial vitamin C significantly shortened the common cold.', 6, 0.8);
    expect(decideVerdict([claim, agrees], { analysis: cold }).verdict).toBe('yes');
    const denial = scored('Vitamin C did not shorten the common cold in our trial.', 1, 0.3);
    const other = scored('Vitamin C did not shorten the common cold in our trial.', 6, 0.3, '2');
    // Only a denial its own article states after the claim sets it aside: another article's or an earlier one's
    // is weighed as usual (below the bar here, so unheard).
    expect(decideVerdict([claim, { ...denial }, other], { analysis: cold }).verdict).toBe('yes');
  });
});
