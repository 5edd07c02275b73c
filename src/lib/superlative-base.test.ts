import { describe, expect, it } from 'vitest';
import { superlativeBases } from './superlative-base.js';

describe('superlativeBases', () => {
  it('gives the words a superlative in -est may be formed on', () => {
    expect(superlativeBases('commonest')).toContain('common');
    expect(superlativeBases('likeliest')).toContain('likely');
    expect(superlativeBases('Biggest')).toContain('big');
    expect(superlativeBases('largest')).toContain('large');
  });

  it('gives no base shorter than four letters, nor any for a word not ending in -est', () => {
    expect(superlativeBases('digest')).toEqual([]);
    expect(superlativeBases('forest')).toEqual([]);
    expect(superlativeBases('common')).toEqual([]);
    expect(superlativeBases('test')).toEqual([]);
  });
});
