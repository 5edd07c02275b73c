import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { definesSubject, directFit } from './direct-fit.js';

describe('directFit', () => {
  it('prefers a sentence that says what the subject is for a definition question', () => {
    const what = analyzeQuestion('What is myotonic dystrophy?');
    expect(what.type).toBe('definition');
    expect(directFit(what, 'Myotonic dystrophy is an inherited disease that causes weak and stiff muscles.')).toBeGreaterThan(0);
    expect(directFit(what, 'Myotonic dystrophy (DM), a dominantly inherited disease, is marked by myotonia.')).toBeGreaterThan(0);
    expect(directFit(what, 'This establishes CKMM as a useful marker for myotonic dystrophy.')).toBe(0);
  });

  it('does not count a definition of some other entity', () => {
    const what = analyzeQuestion('What is myotonic dystrophy?');
    expect(definesSubject(what, 'Creatine kinase is an enzyme found in muscle.')).toBe(false);
  });

  it('prefers a sentence about treatment for a treatment question, but not a bare definition', () => {
    const how = analyzeQuestion('How is Helicobacter pylori infection treated?');
    expect(directFit(how, 'Eradication therapy for H pylori infection was underused in patients with peptic ulcer disease.')).toBeGreaterThan(0);
    expect(directFit(how, 'Colonization of the human stomach by Helicobacter pylori is one of the richest examples of a complex relationship.')).toBe(0);
  });

  it('prefers a sentence that gives the figure for a question on how common something is', () => {
    const how = analyzeQuestion('How common is the BRCA1 185delAG mutation among Ashkenazi Jews?');
    const figure = directFit(how, 'We observed the 185delAG mutation in 0. 9% of Ashkenazim (95% confidence limit, 0. 4-1. 8%) and in none of the reference samples.');
    const none = directFit(how, 'The 185delAG mutation in BRCA1 is detected in Ashkenazi Jews both in familial breast and ovarian cancer and in the general population.');
    expect(figure).toBeGreaterThan(none);
  });

  it('gives no preference for questions without a form of answer', () => {
    expect(directFit(analyzeQuestion('Which gene is mutated in ataxia-telangiectasia?'), 'Mutations in the ATM gene cause ataxia-telangiectasia.')).toBe(0);
  });
});
