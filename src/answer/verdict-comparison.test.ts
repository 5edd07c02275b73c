import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { measuredComparison } from './verdict-comparison.js';

const noacs = 'Are NOACs better than warfarin for AF?';

describe('measuredComparison', () => {
  it('reads the direction of a measure with no good side as deciding nothing (PMID 26702312)', () => {
    expect(measuredComparison('The rate of persistence of prescribed NOACs was significantly lower than that of warfarin in Japanese patients with NVAF.', noacs)).toBe(0);
    expect(polarityOf('The rate of persistence of prescribed NOACs was significantly lower than that of warfarin in Japanese patients with NVAF.', analyzeQuestion(noacs))).toBe(0);
  });

  it('reads a measure whose good side is known by the side it is said of (our own sentences)', () => {
    expect(measuredComparison('Major bleeding was lower with NOACs than with warfarin.', noacs)).toBe(1);
    expect(measuredComparison('Major bleeding was higher with NOACs than with warfarin.', noacs)).toBe(-1);
    expect(measuredComparison('Warfarin users had higher mortality than NOAC users.', noacs)).toBe(1);
    expect(measuredComparison('One-year survival was longer with NOACs compared with warfarin.', noacs)).toBe(1);
    const worse = 'Is keyhole surgery worse than open surgery for appendicitis?';
    expect(measuredComparison('Keyhole surgery had fewer wound infections than open surgery.', worse)).toBe(-1);
  });

  it('leaves questions that ask no better or worse, and sentences with no plain direction, alone', () => {
    expect(measuredComparison('The rate of persistence of NOACs was lower than that of warfarin.', 'Do patients stay on NOACs longer than on warfarin?')).toBeUndefined();
    expect(measuredComparison('NOACs show a favorable balance between efficacy and safety compared with warfarin.', noacs)).toBeUndefined();
    expect(measuredComparison('NOACs were more effective and caused less bleeding than warfarin.', noacs)).toBeUndefined();
    // PMID 17559449: a denied direction is a denial the rest of the verdict reads.
    const erosion = 'Are sugar free childrens medicines worse for tooth erosion than the normal sugary ones?';
    expect(measuredComparison('Paediatric SF medicines were not more erosive than SC medicines in vitro; a more significant predictor of their erosive potential was dose form.', erosion)).toBeUndefined();
  });
});
