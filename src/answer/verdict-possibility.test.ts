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
