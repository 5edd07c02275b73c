import { describe, expect, it } from 'vitest';
import { composeAnswer } from './compose-answer.js';
import { allFixtureArticles } from './fixtures/articles.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { renderAnswerText } from './render-text.js';

const corpus = { articles: 14, snapshot: 'fixtures' };

describe('renderAnswerText', () => {
  it('shows the question, verdict, direct answer, sections with [n] markers, evidence and references', async () => {
    const answer = await composeAnswer('Does a colonoscopy after acute diverticulitis affect its management?', {
      findEvidence: fakeFindEvidence(allFixtureArticles),
      corpus,
    });
    const text = renderAnswerText(answer);
    expect(text).toMatch(/^Q: Does a colonoscopy/);
    expect(text).toContain('Verdict: no');
    expect(text).toContain('[1]');
    for (const s of answer.sections) expect(text).toContain(s.title);
    expect(text).toContain(`Evidence: ${answer.evidenceSummary}`);
    expect(text).toContain('https://pubmed.ncbi.nlm.nih.gov/22186742/');
  });

  it('says plainly when the evidence is insufficient', async () => {
    const answer = await composeAnswer('What is the treatment of cardiac sarcoidosis?', { findEvidence: async () => [], corpus });
    expect(renderAnswerText(answer)).toContain('Insufficient evidence.');
  });

  it('tells a patient or caregiver in their words that no answer was found', async () => {
    const answer = await composeAnswer('What is the treatment of cardiac sarcoidosis?', { findEvidence: async () => [], corpus });
    for (const audience of ['patient', 'caregiver'] as const) {
      const text = renderAnswerText({ ...answer, audience });
      expect(text).toContain('No answer found in the research.');
      expect(text).not.toContain('Insufficient evidence.');
    }
  });
});

describe('renderAnswerText on what the corpus and references say', () => {
  const base = { question: 'Is X linked to Y?', audience: 'physician' as const, status: 'answered' as const, sections: [], evidenceSummary: 'Based on 1 article.' };
  const reference = (evidenceLevel: 'other' | 'case-report') => ({
    n: 1, pmid: '9358014', title: 'Ethnic differences in the HFE codon 282 polymorphism.', journal: '', year: null,
    publicationTypes: evidenceLevel === 'case-report' ? ['Case Reports'] : [], evidenceLevel, url: 'https://pubmed.ncbi.nlm.nih.gov/9358014/',
  });
  const answerWith = (evidenceLevel: 'other' | 'case-report', snapshot: string) => ({
    ...base,
    direct: { text: 'X is linked to Y.', citations: [{ n: 1, pmid: '9358014', quote: 'X is linked to Y.' }] },
    references: [reference(evidenceLevel)],
    corpus: { articles: 1896, snapshot },
  });

  it('gives the corpus size once, not again from the snapshot', () => {
    const text = renderAnswerText(answerWith('other', '1896 articles, last updated 2026-11-25'));
    expect(text).toContain('Corpus: 1,896 records (last updated 2026-11-25).');
    expect(renderAnswerText(answerWith('other', 'fixtures'))).toContain('Corpus: 1,896 records (fixtures).');
  });

  it('says "1 record", not "1 records", for a corpus of one', () => {
    const text = renderAnswerText({ ...answerWith('other', 'x'), corpus: { articles: 1, snapshot: '1 article, last updated 2026-11-25' } });
    expect(text).toContain('Corpus: 1 record (last updated 2026-11-25).');
  });

  it('ends a reference title that has no closing punctuation, so it does not run into the journal', () => {
    const answer = answerWith('other', 'x');
    const ref = { ...answer.references[0]!, title: 'Gout', journal: 'StatPearls', year: 2023 };
    const flat = renderAnswerText({ ...answer, references: [ref] }).replace(/\s+/g, ' ');
    expect(flat).toContain('[1] Gout. StatPearls, 2023.');
    const asked = { ...ref, title: 'Is gout curable?' };
    expect(renderAnswerText({ ...answer, references: [asked] }).replace(/\s+/g, ' ')).toContain('[1] Is gout curable? StatPearls, 2023.');
  });

  it('shows the time of the last update as a date and a UTC time, not a machine timestamp', () => {
    const text = renderAnswerText(answerWith('other', '1896 articles, last updated 2026-11-26T00:41:35.254Z'));
    expect(text).toContain('Corpus: 1,896 records (last updated 2026-11-26 00:41 UTC).');
  });

  it('names a reference\'s study design when it is known, and does not call one of no known design "article"', () => {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    expect(flat(renderAnswerText(answerWith('other', 'x')))).toContain('[1] Ethnic differences in the HFE codon 282 polymorphism. https://pubmed');
    expect(flat(renderAnswerText(answerWith('case-report', 'x')))).toContain('polymorphism. case report. https://pubmed');
  });
  it('says a reference\'s title is not given rather than printing a lone full stop', () => {
    const answer = answerWith('other', 'x');
    const ref = { ...answer.references[0]!, title: '  ', journal: 'Lancet', year: 1999 };
    const flat = renderAnswerText({ ...answer, references: [ref] }).replace(/\s+/g, ' ');
    expect(flat).toContain('[1] (Title not given.) Lancet, 1999.');
    expect(flat).not.toContain('[1] . Lancet');
  });

  it('shows a patient or caregiver the verdict as the short answer, and others as the verdict', () => {
    const answer = { ...answerWith('other', 'x'), verdict: 'yes' as const };
    for (const audience of ['patient', 'caregiver'] as const) {
      const text = renderAnswerText({ ...answer, audience });
      expect(text).toContain('Short answer: yes');
      expect(text).not.toContain('Verdict:');
    }
    expect(renderAnswerText(answer)).toContain('Verdict: yes');
  });

  it('says beside the verdict when it rests only on a study in animals', () => {
    const answer = { ...answerWith('other', 'x'), verdict: 'yes' as const, evidenceSummary: 'Based on 1 study in mice; no study in people was found.' };
    expect(renderAnswerText(answer).replace(/\s+/g, ' ')).toContain('Verdict: yes (only from a study in mice, not from people)');
    expect(renderAnswerText({ ...answer, evidenceSummary: 'Based on 1 randomized controlled trial.' })).toMatch(/Verdict: yes\n/);
  });
});
