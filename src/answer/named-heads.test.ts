import { describe, expect, it } from 'vitest';
import { plainArticle } from './fixtures/plain-article.js';
import { leavesOutNamedHead, unnamedHeads } from './named-heads.js';
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
