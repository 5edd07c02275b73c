import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { decideVerdict } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';

const passage = (text: string, coverage: number, aim = false): ScoredPassage => ({
  pmid: '1', section: 'ABSTRACT', index: 1, text, score: 1, coverage, rank: 0, stems: new Set(), aim,
});

// Sentences of the BioASQ dev records on exosomes and FACS.
const method = passage('We analyzed exosomes from mouse (C57Bl/6) and breast, lung, and ovarian cancer patient samples and cultured cancer cells with different approaches, including nanoparticle tracking analysis, biolayer interferometry, FACS, and electron microscopy.', 1, true);
const finding = passage('whose presence was validated by a bead-exosome FACS assay.', 0.61);

describe('decideVerdict on whether something is possible', () => {
  it('hears a study that did it: a method affirms that it can be done', () => {
    const asked = analyzeQuestion('Is it possible to analyze exosomes with FACS?');
    const result = decideVerdict([method, finding], { analysis: asked });
    expect(result.verdict).toBe('yes');
    expect(result.support).toContain(method);
  });

  it('does not hear a method for any other question', () => {
    const asked = analyzeQuestion('Do exosomes carry tumour antigens?');
    const result = decideVerdict([method], { analysis: asked });
    expect(result.verdict).toBe('uncertain');
  });
});

describe('decideVerdict on whether something has been done', () => {
  const asked = analyzeQuestion('Has LB-100 been tested in clinical trials?');
  // Sentences of the BioASQ dev records: five on other drugs' trials, then the LB-100 phase I study's aim.
  const others = [
    'INTRODUCTION The FEM-PrEP trial was a pre-exposure prophylaxis clinical trial to test the safety and efficacy of Truvada (tenofovir disoproxil fumarate and emtricitabine) in the prevention of human immunodeficiency virus.',
    'Burosumab (KRN23) is a fully human monoclonal IgG1 antibody that binds excess fibroblast growth factor 23 (FGF23) and has been successfully tested in clinical trials in children with X-linked hypophosphatemic rickets.',
    'In contrast, Pitolisant is a non-imidazole H3 receptor inverse agonist that has already been tested in clinical trials.',
    'This system was successfully tested in a Phase 2 clinical trial for the treatment of post-menopausal women with osteoporosis.',
    'The efficacy and safety profile of dupilumab in the treatment of allergic diseases has been tested for more than 10 years in a variety of large clinical trials in atopic dermatitis.',
  ].map((text, i) => ({ ...passage(text, 0.53), pmid: String(100 + i), stems: new Set(['trial', 'clinic', 'test']) }));
  const aim = { ...passage('To determine the MTD and to assess the safety, tolerability, and potential activity of LB-100, a first-in-class small-molecule inhibitor of protein phosphatase 2A (PP2A) in adult patients with progressive solid tumors.', 0.47, true), pmid: '28039265', stems: new Set(['lb']) };

  it('hears the study that tested it in patients, past the sentences on other drugs that take the first places', () => {
    const result = decideVerdict([...others, aim], { analysis: asked });
    expect(result.verdict).toBe('yes');
    expect(result.support).toEqual([aim]);
  });

  it('leaves the question open when only other drugs are said to be tested', () => {
    expect(decideVerdict(others, { analysis: asked }).verdict).toBe('uncertain');
  });
});
