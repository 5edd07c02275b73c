import { describe, expect, it } from 'vitest';
import { americanSpelling } from './spelling-variants.js';

describe('americanSpelling', () => {
  it.each([
    ['haemolytic', 'hemolytic'],
    ['uraemic', 'uremic'],
    ['caesarean', 'cesarean'],
    ['faeces', 'feces'],
    ['oedema', 'edema'],
    ['oestradiol', 'estradiol'],
    ['dyspnoea', 'dyspnea'],
    ['tumours', 'tumors'],
    ['colour', 'color'],
    ['labour', 'labor'],
    ['centre', 'center'],
    ['millilitres', 'milliliters'],
    ['hospitalisation', 'hospitalization'],
  ])('spells the British %s as %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });

  it.each(['aerobic', 'vertebrae', 'larvae', 'hour', 'four', 'toes', 'systemic', 'epidemic', 'cesarean', 'acre', 'genre'])(
    'leaves %s as it is',
    (word) => {
      expect(americanSpelling(word)).toBe(word);
    },
  );
});
