import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { stemSet } from './content-terms.js';
import { decideVerdict, polarityOf } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';
import { withoutDeniedHarmVerbs } from './verdict-clause.js';
import { unnamedSubject } from './verdict-rival-subject.js';

// Stands in for general English: these words are names (rarer than everyday and medical English).
const NAMES = new Set(['hiv', 'baloxavir', 'bortezomib', 'topoisomerase', 'proteasome', 'inhibitor', 'huntington', 'patisiran', 'hmo', 'mellitus', 'influenza']);
const isName = (word: string) => NAMES.has(word.toLowerCase());
const unnamed = (question: string, sentence: string, article = sentence) => unnamedSubject(stemSet(sentence), stemSet(article), analyzeQuestion(question), isName)?.text;
const scored = (text: string, pmid = '29404994'): ScoredPassage => ({ pmid, section: 'ABSTRACT', index: 1, text, score: 1, coverage: 0.6, rank: 0, stems: stemSet(text) });

describe('unnamedSubject', () => {
  it('finds the named thing asked of the subject that the sentence and its article never write', () => {
    const sentence = 'In March 2019, baloxavir was approved in the United States for the treatment of acute uncomplicated influenza.';
    expect(unnamed('Is baloxavir effective for HIV infection?', sentence)).toBe('HIV infection');
    expect(unnamed('Is patisiran used for Huntington disease?', 'Patisiran was the first licensed siRNA drug, for hereditary transthyretin amyloidosis.')).toBe('Huntington');
  });

  it('does not take a class word for the name ("inhibitor" of "topoisomerase inhibitor")', () => {
    expect(unnamed('Is bortezomib a topoisomerase inhibitor?', 'The proteasome inhibitor bortezomib is used to treat multiple myeloma.')).toBe('topoisomerase inhibitor');
    expect(unnamed('Is bortezomib a proteasome inhibitor?', 'The proteasome inhibitor bortezomib is used to treat multiple myeloma.')).toBeUndefined();
  });

  it('lets the article name it anywhere, or the asked thing be general words', () => {
    const sentence = 'Baloxavir was well tolerated in the trial.';
    expect(unnamed('Is baloxavir effective for HIV infection?', sentence, `${sentence} Patients with HIV were excluded.`)).toBeUndefined();
    // "clinical trials" is general wording, said in many ways ("a phase I study").
    expect(unnamed('Has baloxavir been tested in clinical trials?', 'To determine the maximum tolerated dose of baloxavir in adults.')).toBeUndefined();
  });

  it('does not hold to the population asked about', () => {
    expect(unnamed('Can tailored interventions increase mammography use among HMO women?', 'Telephone counseling promoted a significantly higher proportion of women having mammograms.')).toBeUndefined();
  });
});

describe('decideVerdict with names', () => {
  const approval = scored('In March 2019, baloxavir was approved in the United States for the treatment of acute uncomplicated influenza.');
  const superior = scored('CONCLUSIONS: Single-dose baloxavir was superior to placebo in alleviating influenza symptoms.');

  it('hears no yes from articles that never name the asked disease', () => {
    const analysis = analyzeQuestion('Is baloxavir effective for HIV infection?');
    expect(decideVerdict([approval, superior], { analysis }).verdict).toBe('yes');
    expect(decideVerdict([approval, superior], { analysis, isName }).verdict).toBe('uncertain');
  });

  it('still hears them on the disease they name', () => {
    const analysis = analyzeQuestion('Is baloxavir effective for influenza?');
    expect(decideVerdict([approval, superior], { analysis, isName }).verdict).toBe('yes');
  });

  it('reads the title and headings the answer stage gives for the article', () => {
    const analysis = analyzeQuestion('Is baloxavir effective for HIV infection?');
    const articleWords = () => stemSet('Baloxavir in people living with HIV: a case series');
    expect(decideVerdict([approval, superior], { analysis, isName, articleWords }).verdict).toBe('yes');
  });
});

describe('withoutDeniedHarmVerbs', () => {
  it('reads a denied harm as no denial', () => {
    const sentence = 'Giving the influenza vaccine on the same day delayed the antibody response, but it did not negate the ability of the mRNA vaccine to induce protective antibodies.';
    const analysis = analyzeQuestion('Can other vaccines be given together with the mRNA vaccine?');
    expect(withoutDeniedHarmVerbs(sentence, analysis)).not.toMatch(/did not/);
    expect(polarityOf(sentence, analysis)).not.toBe(-1);
    expect(polarityOf('Co-administration did not impair the immune response to either vaccine.', analysis)).not.toBe(-1);
  });

  it('keeps the denial when the harm is what is asked', () => {
    const analysis = analyzeQuestion('Does early mobilisation impair wound healing?');
    expect(polarityOf('Early mobilisation did not impair wound healing.', analysis)).toBe(-1);
  });
});
