import { describe, expect, it } from 'vitest';
import { answerWords, bestRouge2F1, exactAnswerItems, itemRecall, labelScores, macroAverage, majority, namesAnswer, percentile, precisionRecallF1, rouge2, tokenize } from './metrics.js';

describe('precisionRecallF1', () => {
  it('scores two hits out of three predicted against four gold', () => {
    const s = precisionRecallF1(['1', '2', '3'], ['1', '2', '4', '5']);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  });

  it('gives an empty prediction zero everywhere instead of an undefined precision', () => {
    expect(precisionRecallF1([], ['1'])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('counts duplicate predictions once', () => {
    expect(precisionRecallF1(['1', '1'], ['1'])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('macro-averages per question rather than pooling counts', () => {
    const avg = macroAverage([precisionRecallF1(['1'], ['1']), precisionRecallF1(['2'], ['3'])]);
    expect(avg).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});

describe('rouge2', () => {
  it('tokenises lower-case on non-alphanumerics', () => {
    expect(tokenize('IL-6, Levels!  rose')).toEqual(['il', '6', 'levels', 'rose']);
  });

  it('matches a hand-computed example: 3 of 5 bigrams shared', () => {
    const s = rouge2('The cat sat on the mat.', 'the cat is on the mat');
    expect(s.precision).toBeCloseTo(0.6);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo(0.6);
  });

  it('clips repeated bigrams to their count in the reference', () => {
    const s = rouge2('a b a b a b', 'a b c');
    expect(s.precision).toBeCloseTo(1 / 5);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo((2 * 0.2 * 0.5) / 0.7);
  });

  it('scores an empty or one-word candidate as zero', () => {
    expect(rouge2('', 'a b').f1).toBe(0);
    expect(rouge2('a', 'a b').f1).toBe(0);
  });

  it('takes the best of several ideal answers', () => {
    expect(bestRouge2F1('x y z', ['a b', 'x y z', 'x y'])).toBeCloseTo(1);
  });
});

describe('labelScores', () => {
  it('computes accuracy and macro-F1 over yes and no by hand', () => {
    const s = labelScores(
      [
        { gold: 'yes', predicted: 'yes' },
        { gold: 'yes', predicted: 'no' },
        { gold: 'no', predicted: 'no' },
        { gold: 'no', predicted: 'yes' },
      ],
      ['yes', 'no'],
    );
    expect(s.accuracy).toBe(0.5);
    expect(s.macroF1).toBeCloseTo(0.5);
  });

  it('counts uncertain and missing verdicts as wrong without giving them a class in the average', () => {
    const s = labelScores(
      [
        { gold: 'yes', predicted: 'yes' },
        { gold: 'yes', predicted: 'uncertain' },
        { gold: 'no', predicted: null },
      ],
      ['yes', 'no'],
    );
    expect(s.accuracy).toBeCloseTo(1 / 3);
    // yes: P 1, R 1/2, F1 2/3; no: F1 0.
    expect(s.perLabel.yes?.f1).toBeCloseTo(2 / 3);
    expect(s.macroF1).toBeCloseTo(1 / 3);
  });

  it('gives always-yes a macro-F1 below its accuracy on an unbalanced set', () => {
    const pairs = ['yes', 'yes', 'yes', 'no'].map((gold) => ({ gold, predicted: 'yes' }));
    const s = labelScores(pairs, ['yes', 'no']);
    expect(s.accuracy).toBe(0.75);
    expect(s.macroF1).toBeCloseTo((2 * 0.75) / 1.75 / 2);
  });
});

describe('percentile and majority', () => {
  it('interpolates between ranks', () => {
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8);
    expect(Number.isNaN(percentile([], 0.5))).toBe(true);
  });

  it('finds the most frequent label', () => {
    expect(majority(['no', 'yes', 'yes', 'maybe'])).toBe('yes');
  });
});

describe('answer matching', () => {
  it('reads hyphens, spaces, case and letter-digit joins alike', () => {
    expect(answerWords('IL6 and TNF-α')).toEqual(answerWords('il-6 AND tnf alpha'));
  });

  it('finds a synonym as whole words, not inside a longer word', () => {
    expect(namesAnswer('Mutations in MEF2C cause the disorder.', ['mef2c'])).toBe(true);
    expect(namesAnswer('Mutations in MEF2CB cause the disorder.', ['MEF2C'])).toBe(false);
    expect(namesAnswer('The CD3 complex', ['CD30'])).toBe(false);
  });

  it('takes spelled-out numbers and plurals as the same answer', () => {
    expect(namesAnswer('There are three isoforms.', ['3'])).toBe(true);
    expect(namesAnswer('Cytokines were measured.', ['cytokine'])).toBe(true);
  });

  it('accepts either part of a "long name (SHORT)" gold answer', () => {
    expect(namesAnswer('HLH was diagnosed.', ['haemophagocytic lymphohistiocytosis (HLH)'])).toBe(true);
    expect(namesAnswer('haemophagocytic lymphohistiocytosis was diagnosed', ['haemophagocytic lymphohistiocytosis (HLH)'])).toBe(true);
  });

  it('scores list recall as the share of items named by any of their synonyms', () => {
    const items = [['B-cell maturation antigen', 'BCMA'], ['CD3'], ['CD38']];
    expect(itemRecall('A bispecific antibody binding BCMA and CD3.', items)).toBeCloseTo(2 / 3);
    expect(itemRecall('anything', [])).toBe(0);
  });

  it('reads a factoid exact answer as one item of all synonyms and a list answer as one item per element', () => {
    expect(exactAnswerItems('factoid', [['XIa', 'factor XIa'], ['thrombin']])).toEqual([['XIa', 'factor XIa', 'thrombin']]);
    expect(exactAnswerItems('factoid', 'XIa')).toEqual([['XIa']]);
    expect(exactAnswerItems('list', [['casirivimab'], 'imdevimab', []])).toEqual([['casirivimab'], ['imdevimab']]);
    expect(exactAnswerItems('yesno', 'yes')).toEqual([]);
  });
});
