import { describe, expect, it } from 'vitest';
import { clippedFrom } from './clipped-word.js';

describe('clippedFrom', () => {
  it('reads a word as the full form of its clipped start', () => {
    expect(clippedFrom('phaco', 'phacoemulsification')).toBe(true);
    expect(clippedFrom('chemo', 'chemotherapy')).toBe(true);
    expect(clippedFrom('physio', 'physiotherapy')).toBe(true);
  });
  it('reads no inflection, no other start and no start of three letters as a clipping', () => {
    expect(clippedFrom('gout', 'gouty')).toBe(false);
    expect(clippedFrom('stent', 'stents')).toBe(false);
    expect(clippedFrom('phaco', 'phagocyte')).toBe(false);
    expect(clippedFrom('lap', 'laparoscopy')).toBe(false);
  });
});
