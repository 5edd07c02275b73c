import { describe, expect, it } from 'vitest';
import { foldRepeats } from './fold-repeats.js';
import type { ScoredPassage, Selection } from './select-sentences.js';

const passage = (pmid: string, text: string): ScoredPassage => ({ pmid, section: 'ABSTRACT', index: 1, text, score: 1, coverage: 1, rank: 0, stems: new Set() });
const selection = (pmid: string, text: string): Selection => ({ passage: passage(pmid, text), alsoSaidBy: [] });

describe('foldRepeats', () => {
  const direct = selection('1', 'Heterozygous loss-of-function variants in NFKB1 are the most common known monogenic cause of CVID.');

  it('drops a point that says again what an earlier point from the same article says', () => {
    const again = selection('1', 'Heterozygous loss-of-function variants in NFKB1 are the most common known monogenic cause of CVID');
    const kept = foldRepeats([direct, again]);
    expect(kept.get(again)).toBeUndefined();
    expect(kept.get(direct)).toBe(direct);
  });

  it('cites another article that says the same as one more source of the earlier point', () => {
    const again = selection('2', 'Heterozygous loss-of-function variants in NFKB1 are the most common known monogenic cause of CVID.');
    const kept = foldRepeats([direct, again]);
    expect(kept.get(again)).toBeUndefined();
    expect(kept.get(direct)?.alsoSaidBy.map((p) => p.pmid)).toEqual(['2']);
    expect(direct.alsoSaidBy).toEqual([]);
  });

  it('keeps a point that shares words but says something else', () => {
    const positive = selection('3', 'Hawkins sign was observed in 12 cases, of which none developed necrosis.');
    const negative = selection('3', 'Four cases with negative Hawkins sign developed necrosis.');
    const kept = foldRepeats([positive, negative]);
    expect(kept.get(negative)).toBe(negative);
  });

  it('keeps a point of another article that the earlier point only contains', () => {
    const finding = selection('4', 'We report a role for the mitochondrial single-stranded DNA binding protein (mtSSB) in regulating mitochondrial DNA.');
    const name = selection('5', 'The mitochondrial single-stranded DNA binding protein (mtSSB)');
    const kept = foldRepeats([finding, name]);
    expect(kept.get(name)).toBe(name);
    expect(kept.get(finding)).toBe(finding);
  });
});
