import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { joinsSides, questionSides } from './verdict-joined-sides.js';

const deflazacort = analyzeQuestion('Is deflazacort more efficient than prednisone/prednisolone for the treatment of Duchenne muscular dystrophy?');
const limits = analyzeQuestion('Are LOQ and LOD the same?');

describe('questionSides', () => {
  it('reads the two things a comparison or a sameness question sets side by side', () => {
    expect(questionSides(deflazacort)?.sides.map((g) => g.text)).toEqual(['deflazacort', 'prednisone']);
    expect(questionSides(deflazacort)?.kind).toBe('compare');
    expect(questionSides(limits)?.sides.map((g) => g.text)).toEqual(['LOQ', 'LOD']);
    expect(questionSides(analyzeQuestion('Is medical hydrology the same as Spa therapy?'))?.kind).toBe('same');
  });

  it('finds no sides in a question that compares nothing', () => {
    expect(questionSides(analyzeQuestion('Is metoprolol metabolized by CYP2D6?'))).toBeNull();
  });
});

describe('joinsSides', () => {
  it('hears two compared treatments named together as one list as alike (PMIDs 35723111, 18334131)', () => {
    expect(joinsSides('Deflazacort and prednisone/prednisolone are the current standard of care for patients with Duchenne muscular dystrophy (DMD) based on evidence that they improve muscle strength.', deflazacort)).toBe(true);
    expect(joinsSides('Corticosteroid therapy (prednisone and deflazacort) is the only effective pharmacologic treatment for DMD.', deflazacort)).toBe(true);
  });

  it('hears both compared with a third thing as alike, but not one compared with the other', () => {
    expect(joinsSides('Both daily prednisone and daily deflazacort were more effective than intermittent prednisone for the primary outcome.', deflazacort)).toBe(true);
    expect(joinsSides('Deflazacort was more effective than prednisone and placebo.', deflazacort)).toBe(false);
    expect(joinsSides('Deflazacort and prednisone were compared in 200 boys.', deflazacort)).toBe(false);
    expect(joinsSides('Weight gain differed between deflazacort and prednisone.', deflazacort)).toBe(false);
  });

  it('hears two limits named as two items as two things (PMIDs 8013092, 21603916)', () => {
    expect(joinsSides('The statistically determined LOD and LOQ values for these assays underestimated the LOD.', limits)).toBe(true);
    expect(joinsSides('No generic methods exist for the determination of the limit of quantification (LOQ) and the limit of detection (LOD) in qPCR.', limits)).toBe(true);
  });

  it('does not hear a sentence that calls the two one thing, or names one in apposition to the other (PMIDs 33799266, 23850259)', () => {
    expect(joinsSides('The limit of detection (LOD) and limit of quantification (LOQ) for three fur-bearing animals were same.', limits)).toBe(false);
    const term = analyzeQuestion('Is poliosis circumscripta another term for a white or unpigmented patch of hair or skin?');
    expect(joinsSides('Although traditionally known as " white forelock , " poliosis circumscripta , defined as a localized patch of white hair, can involve any hairy area.', term)).toBe(false);
  });

  it('makes the verdict read such a sentence as a denial of the comparison', () => {
    expect(polarityOf('Deflazacort and prednisone/prednisolone are the current standard of care for patients with Duchenne muscular dystrophy.', deflazacort)).toBe(-1);
    expect(polarityOf('Deflazacort was more effective than prednisone in Duchenne muscular dystrophy.', deflazacort)).toBe(1);
  });
});

describe('questionSides of a comparison', () => {
  it('takes the first side from before the comparative word, so the compared attribute is no side', () => {
    const erosive = analyzeQuestion('Are sugars-free medicines more erosive than sugars-containing medicines?');
    expect(questionSides(erosive)?.sides.map((g) => g.text)).toEqual(['sugars-free medicines', 'sugars-containing medicines']);
    const ges = analyzeQuestion('Is gastric electrical stimulation superior to standard pharmacologic therapy in improving GI symptoms?');
    expect(questionSides(ges)?.sides[0].stems).not.toContain('superior');
  });
});
