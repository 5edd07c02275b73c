import { describe, expect, it } from 'vitest';
import { isCircumstance, questionParts } from './question-head.js';

describe('questionParts', () => {
  it('reads the story before the asking sentence as circumstances, whatever the case of the next word', () => {
    const parts = questionParts('my daughter had grommets put in last spring. will they fall out on their own?');
    expect(parts.head).toBe('will they fall out on their own?');
    expect(parts.circumstances).toBe('my daughter had grommets put in last spring.');
    expect(parts.pointsBack).toBe(true);
  });

  it('does not end a sentence at a short form', () => {
    const parts = questionParts('Is the risk lower with e.g. metformin than with insulin?');
    expect(parts.head).toBe('Is the risk lower with e.g. metformin than with insulin?');
    expect(parts.circumstances).toBe('');
  });

  it('reads a preface set off by a spaced dash as a circumstance, but not a hyphen in a name', () => {
    expect(questionParts('quick one for my pharmacology exam - which enzyme does allopurinol block?')).toEqual({
      head: 'which enzyme does allopurinol block?', circumstances: 'quick one for my pharmacology exam', pointsBack: false,
    });
    expect(questionParts('Is Denys-Drash syndrome caused by WT1 mutations?').circumstances).toBe('');
  });

  it('reads a fronted "when ..." clause as a circumstance, not a question asking when', () => {
    expect(questionParts('When I run for more than an hour, why does my knee ache?')).toEqual({
      head: 'why does my knee ache?', circumstances: 'When I run for more than an hour,', pointsBack: false,
    });
    expect(questionParts('When does the rash of measles appear, before or after the fever?').circumstances).toBe('');
  });

  it('leaves a question whose story asks too, or that does not end asking, all head', () => {
    expect(questionParts('Is it safe? I am pregnant. Can I take paracetamol?').circumstances).toBe('');
    expect(questionParts('I have gout. Tell me what to eat.').circumstances).toBe('');
  });
});

describe('isCircumstance', () => {
  // From PMID 26363639 of the shipped corpus: a cleaner's blood pressure and workload.
  const parts = questionParts('I work as a cleaner and the job is physically hard all day. How much does my blood pressure increase as the workload increases?');

  it('tells a subject only the story holds', () => {
    expect(isCircumstance(parts, ['cleaner'])).toBe(true);
    expect(isCircumstance(parts, ['job'])).toBe(true);
  });

  it('keeps a subject the asking sentence names, even when the story names it too', () => {
    expect(isCircumstance(parts, ['blood', 'pressure'])).toBe(false);
    expect(isCircumstance(questionParts('I tore my ACL skiing. Will my ACL reconstruction fail?'), ['acl'])).toBe(false);
  });

  it('reads a question with no story as all head', () => {
    expect(isCircumstance(questionParts('Does a cleaner\'s workload raise blood pressure?'), ['cleaner'])).toBe(false);
  });
});
