import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { composeAnswer } from './compose-answer.js';
import { allFixtureArticles } from './fixtures/articles.js';
import { fakeFindEvidence } from './fixtures/fake-find-evidence.js';

// A disease named by a stop word and its head ("Down syndrome", "Still's disease"): the stop word is the name, so an
// article on another syndrome does not answer a question on it.
describe('composeAnswer on a disease named by a stop word', () => {
  const paper = (pmid: string, title: string, abstract: string): Article => ({
    ...(allFixtureArticles[0] as Article),
    pmid,
    title,
    abstract,
    abstractSections: [],
    meshHeadings: [],
    keywords: [],
  });
  const otherSyndrome = paper(
    '881001',
    'Environmental factors and hypoplastic left heart syndrome in children',
    'Hypoplastic left heart syndrome is a severe congenital heart defect in children. Congenital heart defects were present in the family histories of 16 children with the syndrome. Children with the syndrome need three-stage surgery.',
  );
  const downSyndrome = paper(
    '881002',
    'Congenital heart defects in children with Down syndrome',
    'Congenital heart defects are found in about half of children with Down syndrome. Atrioventricular septal defect was the commonest heart defect in children with Down syndrome.',
  );
  const ask = (question: string, articles: Article[]) =>
    composeAnswer(question, {
      findEvidence: fakeFindEvidence(articles),
      corpus: { articles: articles.length, snapshot: 'fixtures' },
      isNamedConcept: (word) => word === 'down syndrome',
    });

  it('does not answer a question on Down syndrome from an article on another syndrome', async () => {
    expect((await ask('Do children with Down syndrome have congenital heart defects?', [otherSyndrome])).status).toBe('insufficient_evidence');
    expect((await ask("Do children with Down's syndrome have congenital heart defects?", [otherSyndrome])).status).toBe('insufficient_evidence');
  });

  it('reads the name the vocabulary knows in a lower-case question too', async () => {
    expect((await ask('do children with down syndrome have congenital heart defects?', [otherSyndrome])).status).toBe('insufficient_evidence');
  });

  it('answers from the article on Down syndrome', async () => {
    const answer = await ask('Do children with Down syndrome have congenital heart defects?', [otherSyndrome, downSyndrome]);
    expect(answer.status).toBe('answered');
    expect(answer.references.map((r) => r.pmid)).toEqual(['881002']);
  });
});
