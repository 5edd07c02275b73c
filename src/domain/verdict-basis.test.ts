import { describe, expect, it } from 'vitest';
import { nonHumanBasis, shownVerdict } from './verdict-basis.js';

describe('nonHumanBasis', () => {
  it('reads evidence from animals or cells alone in the answer stage wording', () => {
    expect(nonHumanBasis('Based on 1 study in mice; no study in people was found.')).toBe('a study in mice');
    expect(nonHumanBasis('Based on 2 studies in rats; no study in people was found.')).toBe('2 studies in rats');
    expect(nonHumanBasis('Based on 1 laboratory study of cells (in vitro); no study in people was found.')).toBe('a laboratory study of cells');
  });

  it('reads the lay wording of the same summaries', () => {
    expect(nonHumanBasis('This comes from one study in mice, not in people. What happens in animals often does not happen the same way in people.')).toBe('a study in mice');
    expect(nonHumanBasis('This comes from 3 studies of cells grown in a laboratory, not of people. What happens to cells in a dish often does not happen the same way in the body.')).toBe('3 laboratory studies of cells');
  });

  it('reads nothing when people were studied, or only some articles studied animals', () => {
    expect(nonHumanBasis('Based on 1 randomized controlled trial.')).toBeNull();
    expect(nonHumanBasis('Based on 2 articles not classified by study design; one of them studied only mice, not people.')).toBeNull();
  });
});

describe('shownVerdict', () => {
  it('says beside the verdict that it rests on animals alone, and leaves others as they are', () => {
    expect(shownVerdict('yes', 'Based on 1 study in mice; no study in people was found.')).toBe('yes (only from a study in mice, not from people)');
    expect(shownVerdict('no', 'Based on 1 systematic review.')).toBe('no');
  });
});
