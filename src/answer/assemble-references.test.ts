import { describe, expect, it } from 'vitest';
import type { Answer, Article } from '../domain/index.js';
import { assembleReferences } from './assemble-references.js';
import { summarizeEvidence } from './summarize-evidence.js';
import { renderAnswerText } from './render-text.js';

const article = (pmid: string, title: string, abstract: string, publicationTypes = ['Journal Article']): Article => ({
  pmid, version: 1, title, abstract, abstractSections: [], journal: { title: 'J Med Case Rep', isoAbbreviation: null }, year: 2019,
  authors: [], languages: ['eng'], publicationTypes, meshHeadings: [], keywords: [], doi: null,
});

describe('assembleReferences: the study type of a record MEDLINE gives no design', () => {
  it('is a case report when its abstract says it reports one, and the evidence summary counts it so', () => {
    const quote = 'Splenomegaly resolved after cladribine.';
    const articles = new Map([
      ['1', article('1', 'Late relapse of hairy cell leukaemia', `We report a 54-year-old man with hairy cell leukaemia. ${quote}`)],
    ]);
    const answer: Answer = {
      question: 'Does cladribine help hairy cell leukaemia?', audience: 'physician', status: 'answered', sections: [], references: [], evidenceSummary: '',
      direct: { text: quote, citations: [{ n: 0, pmid: '1', quote }] }, corpus: { articles: 1, snapshot: 's' },
    };
    const assembled = assembleReferences(answer, articles);
    expect(assembled.references[0]).toMatchObject({ evidenceLevel: 'case-report', publicationTypes: ['Journal Article'] });
    expect(summarizeEvidence(assembled.references)).toBe('Evidence is limited to a single case report.');
    expect(renderAnswerText({ ...assembled, evidenceSummary: 'x' }).replace(/\s+/g, ' ')).toContain('J Med Case Rep, 2019. case report (read from the title or abstract).');
  });
});
