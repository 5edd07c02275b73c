import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { analyseQuestion } from './analyse-question.js';
import { rankEvidence } from './rank-evidence.js';

function candidate(pmid: string, title: string, abstract: string, bm25 = 1, publicationTypes: string[] = []) {
  const article: Article = {
    pmid, version: 1, title, abstract, abstractSections: [], journal: { title: 'J', isoAbbreviation: null }, year: 2020,
    authors: [], languages: ['eng'], publicationTypes, meshHeadings: [], keywords: [], doi: null,
  };
  return { article, bm25 };
}

const concepts = analyseQuestion('Does smoking cause bladder cancer?').concepts;
const filler = 'Participants completed questionnaires at baseline and follow-up visits were scheduled yearly. '.repeat(4);

describe('rankEvidence', () => {
  it('prefers articles that mention the concepts close together', () => {
    const near = candidate('1', 'Cohort findings', `Smoking doubled the risk of bladder cancer. ${filler}`);
    const far = candidate('2', 'Cohort findings 2', `Smoking was recorded. ${filler} Bladder cancer was rare.`);
    expect(rankEvidence(concepts, [far, near], 10).map((e) => e.article.pmid)).toEqual(['1', '2']);
  });

  it('counts a concept found in inflected form, as the porter index does', () => {
    const inflected = candidate('1', 'Smokers and cancers of the bladder', 'Smokers had more bladder cancers.');
    const partial = candidate('2', 'Smoking and lung disease', 'Smoking harmed the lungs.');
    expect(rankEvidence(concepts, [partial, inflected], 10)[0]?.article.pmid).toBe('1');
  });

  it('values a concept rare among the candidates above one that nearly all of them mention', () => {
    const question = analyseQuestion('bleeding in patients on warfarin').concepts;
    const common = Array.from({ length: 8 }, (_, i) => candidate(`c${i}`, `Cohort ${i}`, 'Patients were followed for warfarin adherence.'));
    // Mirror images: only which concept each lacks differs (and the PMID order would favour 'a' on a tie).
    const rareMissing = candidate('a', 'Warfarin use in patients', 'Warfarin use in patients was audited.');
    const commonMissing = candidate('b', 'Warfarin use in bleeding', 'Warfarin use in bleeding was audited.');
    const ranked = rankEvidence(question, [...common, rareMissing, commonMissing], 3).map((e) => e.article.pmid);
    expect(ranked[0]).toBe('b');
  });

  it('drops a second article with the same title, keeping the better one', () => {
    const first = candidate('1', 'Smoking and Bladder Cancer', 'Smoking causes bladder cancer.', 2);
    const copy = candidate('2', 'Smoking and bladder cancer.', 'Smoking causes bladder cancer.', 1);
    expect(rankEvidence(concepts, [copy, first], 10).map((e) => e.article.pmid)).toEqual(['1']);
  });

  it('returns nothing without concepts or candidates', () => {
    expect(rankEvidence([], [candidate('1', 'x', 'y')], 10)).toEqual([]);
    expect(rankEvidence(concepts, [], 10)).toEqual([]);
  });
});

describe('rankEvidence for a "What is X?" question', () => {
  const question = analyseQuestion('What is Menkes disease?').concepts;
  // Studies of one aspect repeat the subject in title and abstract; the article that defines it may not.
  const studies = Array.from({ length: 4 }, (_, i) =>
    candidate(`s${i}`, `Copper levels in Menkes disease patients ${i}`, 'In Menkes disease, copper was low. Menkes disease patients were followed.', 2),
  );
  const defining = candidate('d', 'ATP7A expression in mouse brain', 'Menkes disease (MD) is an X-linked disorder of copper transport. We studied ATP7A in mice.', 1);

  it('ranks the article that says what X is first when asked what X is', () => {
    expect(rankEvidence(question, [...studies, defining], 3, { definition: true })[0]?.article.pmid).toBe('d');
  });

  it('leaves the ranking alone for other questions', () => {
    expect(rankEvidence(question, [...studies, defining], 3)[0]?.article.pmid).not.toBe('d');
  });
});
