import { describe, expect, it } from 'vitest';
import { clipped } from './article-page.js';

describe('clipped (a folded follow-up\'s short answer)', () => {
  it('keeps a short answer whole and cuts a long one at a word, with an ellipsis', () => {
    expect(clipped('Gout is common.', 200)).toBe('Gout is common.');
    const long = 'Immunohistochemical analysis of muscle dystrophin and haplotype analysis of the DMD locus revealed that the X chromosome carrying the DMD gene was transmitted from the healthy maternal grandfather to the patient.';
    const cut = clipped(long, 120);
    expect(cut).toBe('Immunohistochemical analysis of muscle dystrophin and haplotype analysis of the DMD locus revealed that the X chromosome…');
    expect(cut.length).toBeLessThanOrEqual(121);
    expect(clipped('x'.repeat(300), 200)).toBe(`${'x'.repeat(200)}…`);
  });
});
