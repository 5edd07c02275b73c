import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { setsSubjectAside } from './verdict-set-aside.js';

describe('setsSubjectAside', () => {
  const brca = analyzeQuestion('Is familial male breast cancer linked to the BRCA1 gene?');

  it('hears "other than", "rather than" and "instead of" before a subject of the question as setting it aside', () => {
    const sentence = 'Our results indicate that there is a gene(s) other than BRCA1 which confers a higher risk of male breast cancer.';
    expect(setsSubjectAside(sentence, brca)).toBe(true);
    expect(polarityOf(sentence, brca)).toBe(-1);
    const mets = analyzeQuestion('Does obesity contribute to left ventricular hypertrophy in hypertension?');
    expect(polarityOf('Rather than obesity, hypertension itself is primarily responsible for changes in left ventricular dimensions.', mets)).toBe(-1);
  });

  it('sets nothing aside when what follows is no subject of the question', () => {
    expect(setsSubjectAside('BRCA1 mutations, rather than environmental factors, explain most familial male breast cancer.', brca)).toBe(false);
  });
});
