import { describe, expect, it } from 'vitest';
import type { Answer, Article } from '../domain/index.js';
import { assembleReferences, referenceOf } from './assemble-references.js';
import { endometriosisArticles } from './fixtures/articles.js';
import { verifyAnswer } from './verify-answer.js';

const [a, b] = endometriosisArticles as [Article, Article];
const articles = new Map([a, b].map((x) => [x.pmid, x]));
const sentenceOf = (article: Article) => article.abstract.split('. ')[0] + '.';

function goodAnswer(): Answer {
  return {
    question: 'q',
    audience: 'physician',
    status: 'answered',
    direct: { text: 'x', citations: [{ n: 1, pmid: a.pmid, quote: sentenceOf(a) }] },
    sections: [{ kind: 'other', title: 'Other Findings', points: [{ text: 'y', citations: [{ n: 2, pmid: b.pmid, quote: sentenceOf(b) }] }] }],
    references: [referenceOf(a, 1), referenceOf(b, 2)],
    evidenceSummary: 'Based on 2 reviews.',
    corpus: { articles: 2, snapshot: 't' },
  };
}

describe('verifyAnswer', () => {
  it('accepts an answer that keeps every rule', () => {
    expect(verifyAnswer(goodAnswer(), articles)).toEqual({ ok: true, problems: [] });
  });

  it('accepts articles as a plain record too', () => {
    expect(verifyAnswer(goodAnswer(), { [a.pmid]: a, [b.pmid]: b }).ok).toBe(true);
  });

  it('rejects a point without citations', () => {
    const answer = goodAnswer();
    answer.sections[0]!.points[0]!.citations = [];
    expect(verifyAnswer(answer, articles).problems.join()).toMatch(/no citation/);
  });

  it('rejects a citation whose number resolves to another PMID', () => {
    const answer = goodAnswer();
    answer.direct!.citations[0]!.n = 2;
    expect(verifyAnswer(answer, articles).ok).toBe(false);
  });

  it('rejects a quote that is not in the cited article', () => {
    const answer = goodAnswer();
    answer.direct!.citations[0]!.quote = 'Endometriosis is cured by aspirin.';
    expect(verifyAnswer(answer, articles).problems.join()).toMatch(/quote not found/);
  });

  it('accepts a quote whose whitespace differs from the source', () => {
    const answer = goodAnswer();
    answer.direct!.citations[0]!.quote = sentenceOf(a).replace(/ /g, '\n  ');
    expect(verifyAnswer(answer, articles).ok).toBe(true);
  });

  it('rejects an uncited reference and references out of first-citation order', () => {
    const uncited = goodAnswer();
    uncited.sections = [];
    expect(verifyAnswer(uncited, articles).problems.join()).toMatch(/cited by no point/);
    const swapped = goodAnswer();
    swapped.references = [referenceOf(b, 1), referenceOf(a, 2)];
    swapped.direct!.citations[0]!.n = 2;
    swapped.sections[0]!.points[0]!.citations[0]!.n = 1;
    expect(verifyAnswer(swapped, articles).problems.join()).toMatch(/out of order/);
  });

  it('rejects an insufficient_evidence answer that still carries content', () => {
    const answer: Answer = { ...goodAnswer(), status: 'insufficient_evidence' };
    expect(verifyAnswer(answer, articles).problems).toHaveLength(3);
    expect(verifyAnswer({ ...answer, direct: null, sections: [], references: [], evidenceSummary: '' }, articles).ok).toBe(false);
  });
});

describe('assembleReferences', () => {
  it('drops a failing citation, promotes the next point and renumbers the references', () => {
    const answer = goodAnswer();
    answer.direct!.citations[0]!.quote = 'Not in the abstract.';
    const dropped: string[] = [];
    const fixed = assembleReferences(answer, articles, (d) => dropped.push(d.reason));
    expect(dropped).toEqual([`quote not found in PMID ${a.pmid}`]);
    expect(fixed.direct?.citations[0]).toMatchObject({ n: 1, pmid: b.pmid });
    expect(fixed.sections).toEqual([]);
    expect(fixed.references.map((r) => [r.n, r.pmid])).toEqual([[1, b.pmid]]);
    expect(verifyAnswer(fixed, articles).ok).toBe(true);
  });

  it('drops citations of articles that were not supplied', () => {
    const answer = goodAnswer();
    const fixed = assembleReferences(answer, new Map([[a.pmid, a]]));
    expect(fixed.sections).toEqual([]);
    expect(fixed.references).toHaveLength(1);
  });
});
