import { describe, expect, it } from 'vitest';
import { editDistance } from '../lib/index.js';
import { nearSpelling, spelledIn } from './near-spelling.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one slip each', () => {
    expect(editDistance('apetite', 'appetite')).toBe(1);
    expect(editDistance('polycloncal', 'polyclonal')).toBe(1);
    expect(editDistance('hepatoxicity', 'hepatotoxicity')).toBe(2);
    expect(editDistance('mysositis', 'myositis')).toBe(1);
    expect(editDistance('chylamdia', 'chlamydia')).toBe(2);
  });
});

describe('nearSpelling', () => {
  it('takes words one slip apart, or two for long words, as one word', () => {
    expect(nearSpelling('transpozable', 'transposable')).toBe(true);
    expect(nearSpelling('mitochondrium', 'mitochondria')).toBe(true);
  });

  it('takes words sharing a long beginning as one word', () => {
    expect(nearSpelling('kynureninase', 'kynurenine')).toBe(true);
    expect(nearSpelling('velocardial', 'velocardiofacial')).toBe(true);
  });

  it('keeps brand names apart from the drugs they resemble', () => {
    expect(nearSpelling('claritin', 'clarithromycin')).toBe(false);
    expect(nearSpelling('benadryl', 'benazepril')).toBe(false);
  });
});

describe('spelledIn', () => {
  it('finds a hyphen- or slash-split name as one word ("HER2/neu" for "her2neu")', () => {
    expect(spelledIn('her2neu', [new Set(['her2', 'neu', 'her2neu'])])).toBe(true);
    expect(spelledIn('lexapro', [new Set(['sertraline', 'escitalopram'])])).toBe(false);
  });
});
