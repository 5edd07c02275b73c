import { describe, expect, it } from 'vitest';
import { plainArticle } from './fixtures/plain-article.js';
import { leavesOutNamedHead, leavesOutRenamedPhrase, unnamedHeads, unnamedRenamedPhrases } from './named-heads.js';
import { contentTerms } from './content-terms.js';
import type { SubjectGroup } from './subject-groups.js';

const group = (text: string): SubjectGroup => {
  const terms = contentTerms(text);
  return { text, words: terms.map((t) => t.word), stems: terms.map((t) => t.stem), alternatives: [] };
};
const stemsOf = (text: string) => new Set(contentTerms(text).map((t) => t.stem));
const LEVELS: Record<string, number> = { low: 10, thyroid: 35, weight: 10, gain: 10, older: 10, father: 10 };
const options = {
  englishLevel: (word: string) => LEVELS[word],
  isNamedConcept: (word: string) => word === 'weight' || word === 'father',
  alternativesOf: (phrase: string) => (phrase === 'low thyroid' ? ['hypothyroidism', 'underactive thyroid'] : undefined),
};
const subjects = [group('low thyroid'), group('weight gain')];

// Shortened from PMID 26376348 of the shipped corpus: "low" only in "very low-density lipoprotein".
const steatosis = plainArticle(
  '26376348',
  'Physiological Mechanisms of Weight Gain-Induced Steatosis in People With Obesity.',
  'Weight gain appeared to increase IHTG content and led to increased liver de novo lipogenesis and inadequate increases in IHTG export via very low-density lipoprotein secretion.',
);
const hypothyroid = plainArticle('2', 'Weight gain in hypothyroidism', 'Women treated for hypothyroidism gained weight in the first year.');

describe('unnamedHeads', () => {
  it('finds a subject whose head the article never names, though it shares the other word in another sense', () => {
    expect(unnamedHeads(subjects, steatosis, stemsOf(`${steatosis.title} ${steatosis.abstract}`), options)).toEqual(['low thyroid']);
  });

  it('counts the medical name the vocabulary gives the phrase', () => {
    expect(unnamedHeads(subjects, hypothyroid, stemsOf(`${hypothyroid.title} ${hypothyroid.abstract}`), options)).toEqual([]);
  });

  it('leaves everyday heads to other names ("older father" as paternal age)', () => {
    const paternal = plainArticle('3', 'Paternal age and oocyte donation', 'Advancing paternal age is not associated with adverse oocyte donation outcomes.');
    expect(unnamedHeads([group('older father')], paternal, stemsOf(paternal.abstract), options)).toEqual([]);
  });
});

describe('leavesOutNamedHead', () => {
  it('says which subject the article does not speak of', () => {
    expect(leavesOutNamedHead(subjects, steatosis, stemsOf(steatosis.abstract), options)).toBe(
      'The article that comes closest to an answer does not speak of low thyroid, so it answers another question.',
    );
  });
});

describe('unnamedRenamedPhrases', () => {
  const renames = (phrase: string) =>
    phrase === 'throat cancer' ? ['pharyngeal neoplasms', 'nasopharyngeal neoplasms', 'nasopharyngeal carcinoma'] : undefined;
  // Methods wording that makes a record a full abstract (60 words or more) without naming any subject asked about.
  const methods =
    ' We reviewed the records of all patients treated at two centres over ten years, recorded their age, sex, stage and' +
    ' treatment, and followed them every three months for the first two years and every six months after that.' +
    ' Outcomes were compared with the log-rank test and a Cox model adjusted for age and stage, and survival curves' +
    ' were drawn for each group of patients.';
  // From PMID 28407529 of the shipped corpus: "cancer" and chemotherapy, never the throat.
  const metastases = plainArticle(
    '28407529',
    'Resection of colorectal liver metastases after second-line chemotherapy: is it worthwhile?',
    'Second-line chemotherapy (PCT) is the standard treatment for colorectal cancer patients with liver metastases ' +
      '(CLM) progressing after first-line chemotherapy. We reviewed patients who underwent liver resection for CLM after ' +
      'first-line or second-line PCT. For initially unresectable patients, overall survival or disease-free survival is ' +
      'comparable between first- and second-line PCT. CLM resection following second-line PCT, after oncosurgically ' +
      'favourable selection, could bring similar survival compared to what observed after first-line. Surgery should not ' +
      'be denied after the failure of first-line chemotherapy.',
  );
  const nasopharynx = plainArticle(
    '8985020',
    'Does induction chemotherapy have a role in the management of nasopharyngeal carcinoma?',
    `Induction chemotherapy improved disease-free survival.${methods}`,
  );
  const stems = (a: typeof metastases) => stemsOf(`${a.title} ${a.abstract}`);
  const asked = [group('chemotherapy'), group('throat cancer')];

  it('finds a renamed phrase the article meets only by one shared word', () => {
    expect(unnamedRenamedPhrases(asked, metastases, stems(metastases), renames)).toEqual(['throat cancer']);
    expect(leavesOutRenamedPhrase(asked, metastases, stems(metastases), renames)).toBe(
      'The article that comes closest to an answer does not speak of throat cancer, so it answers another question.',
    );
  });

  it('does not hold a record of a few snippets to naming the subject', () => {
    const snippet = plainArticle('213536', 'Radiation and meningioma', 'Moderate doses of radiation given in childhood are associated with a late risk of developing a meningioma.');
    expect(unnamedRenamedPhrases(asked, snippet, stems(snippet), renames)).toEqual([]);
  });

  it("counts a medical name of the phrase, and the phrase's own words", () => {
    expect(unnamedRenamedPhrases(asked, nasopharynx, stems(nasopharynx), renames)).toEqual([]);
    const throat = plainArticle('1', 'Throat cancer after chemotherapy', `Cancer of the throat was treated.${methods}`);
    expect(unnamedRenamedPhrases(asked, throat, stems(throat), renames)).toEqual([]);
  });

  it('leaves phrases the vocabulary does not rename, or names of their own, to other checks', () => {
    expect(unnamedRenamedPhrases([group('weight gain')], metastases, stems(metastases), renames)).toEqual([]);
    // "human genome" is its own MeSH name, reordered; "genome" is no everyday word.
    const reordered = (phrase: string) => (phrase === 'human genome' ? ['genome human'] : undefined);
    const tlr7 = plainArticle('16709748', 'TLR7 in B cells', `B cells containing the Yaa locus carry a duplicated TLR7 gene.${methods}`);
    expect(unnamedRenamedPhrases([group('human genome')], tlr7, stems(tlr7), reordered)).toEqual([]);
    const everyday = (word: string) => word !== 'genome';
    const renamed = (phrase: string) => (phrase === 'human genome' ? ['hereditary material'] : undefined);
    expect(unnamedRenamedPhrases([group('human genome')], tlr7, stems(tlr7), renamed, everyday)).toEqual([]);
  });
});
