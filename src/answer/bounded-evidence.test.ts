import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { boundedArticle, boundedEvidence, MAX_ANSWERED_ABSTRACT_CHARS } from './bounded-evidence.js';
import { composeAnswer } from './compose-answer.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';
import { plainArticle } from './fixtures/plain-article.js';

// Unrelated sentences that pad a record to the size ingest still accepts (up to 100 KB).
const FILLER = [
  'Serum ferritin was measured in all participants at baseline and after twelve months.',
  'The cohort was recruited from three tertiary hospitals between 2010 and 2015.',
  'Questionnaires on diet and physical activity were completed by most respondents.',
];
const padding = (chars: number): string => {
  const out: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const s = FILLER[i % FILLER.length] as string;
    out.push(s);
    n += s.length + 1;
  }
  return out.join(' ');
};

describe('boundedArticle', () => {
  it('returns a record within the bound as it is, the same object', () => {
    const article = plainArticle('1', 'T', `Aspirin lowers the risk of stroke. ${padding(3_000)}`);
    expect(boundedArticle(article)).toBe(article);
    const evidence = [{ article, score: 1 }];
    expect(boundedEvidence(evidence)[0]).toBe(evidence[0]);
  });

  it('keeps the whole sentences that end within the bound, each verbatim in the stored abstract', () => {
    const abstract = `Aspirin lowers the risk of stroke. ${padding(60_000)}`;
    const article = plainArticle('1', 'T', abstract);
    const bounded = boundedArticle(article, 1_000);
    expect(bounded.abstract.length).toBeLessThanOrEqual(1_000);
    expect(bounded.abstract.length).toBeGreaterThan(800);
    expect(abstract.startsWith(bounded.abstract)).toBe(true);
    expect(bounded.abstract).toMatch(/\.$/);
    expect(bounded.abstractSections).toEqual([{ label: null, category: null, text: bounded.abstract }]);
    expect(bounded.title).toBe('T');
  });

  it('keeps whole sections of a structured abstract and cuts the one that overflows at a sentence end', () => {
    const sections = [
      { label: 'BACKGROUND', category: 'BACKGROUND', text: 'Stroke is common in atrial fibrillation.' },
      { label: 'RESULTS', category: 'RESULTS', text: `Aspirin lowered the risk of stroke. ${padding(5_000)}` },
      { label: 'CONCLUSIONS', category: 'CONCLUSIONS', text: 'Aspirin is worth giving.' },
    ];
    const article: Article = { ...plainArticle('1', 'T', sections.map((s) => s.text).join(' ')), abstractSections: sections };
    const bounded = boundedArticle(article, 2_000);
    // The conclusions, after the overflowing results, are kept whole: they are the authors' answer.
    expect(bounded.abstractSections.map((s) => s.label)).toEqual(['BACKGROUND', 'RESULTS', 'CONCLUSIONS']);
    expect(bounded.abstractSections[0]).toBe(sections[0]);
    expect(bounded.abstractSections[2]).toBe(sections[2]);
    expect(sections[1]!.text.startsWith(bounded.abstractSections[1]!.text)).toBe(true);
    expect(bounded.abstract).toBe(bounded.abstractSections.map((s) => s.text).join(' '));
    expect(bounded.abstract.length).toBeLessThanOrEqual(2_000);
  });

  it('cuts conclusions longer than half the bound like any section, in order', () => {
    const sections = [
      { label: 'RESULTS', category: 'RESULTS', text: `Aspirin lowered the risk of stroke. ${padding(3_000)}` },
      { label: 'CONCLUSIONS', category: 'CONCLUSIONS', text: `Aspirin is worth giving. ${padding(3_000)}` },
    ];
    const article: Article = { ...plainArticle('1', 'T', sections.map((s) => s.text).join(' ')), abstractSections: sections };
    const bounded = boundedArticle(article, 2_000);
    expect(bounded.abstractSections.map((s) => s.label)).toEqual(['RESULTS']);
    expect(bounded.abstract.length).toBeLessThanOrEqual(2_000);
  });
});

describe('composeAnswer on a record longer than any real abstract', () => {
  it('quotes only sentences within the bound of its abstract', async () => {
    const tail = 'Warfarin prevented stroke in patients with atrial fibrillation more often than placebo did.';
    const abstract = `${padding(MAX_ANSWERED_ABSTRACT_CHARS + 20_000)} ${tail}`;
    const articles = [plainArticle('1', 'Stroke prevention', abstract)];
    const answer = await composeAnswer('Does warfarin prevent stroke in atrial fibrillation?', {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: 1, snapshot: 'fixtures' },
    });
    const points = [...(answer.direct ? [answer.direct] : []), ...answer.sections.flatMap((s) => s.points)];
    const quotes = points.flatMap((p) => p.citations.map((c) => c.quote));
    expect(quotes).not.toContain(tail);
    for (const quote of quotes) expect(abstract.indexOf(quote)).toBeLessThan(MAX_ANSWERED_ABSTRACT_CHARS);
  });
});
