import { describe, expect, it } from 'vitest';
import { letterPrefixed, wordPrefixed } from './enantiomer-names.js';

describe('enantiomer names', () => {
  it('writes a levo- or dextro- drug name with its L- or D- prefix', () => {
    expect(letterPrefixed('levodopa')).toEqual(['l-dopa']);
    expect(letterPrefixed('dextroamphetamine')).toEqual(['d-amphetamine']);
    expect(letterPrefixed('levothyroxine therapy')).toEqual(['l-thyroxine therapy']);
  });

  it('guesses the levo- or dextro- name of an L- or D- word', () => {
    expect(wordPrefixed('l-dopa')).toEqual(['levodopa']);
    expect(wordPrefixed('d-amphetamine abuse')).toEqual(['dextroamphetamine abuse']);
  });

  it('leaves other words alone', () => {
    expect(letterPrefixed('lever arm')).toEqual([]);
    expect(letterPrefixed('levo')).toEqual([]);
    expect(wordPrefixed('il-6')).toEqual([]);
    expect(wordPrefixed('vitamin d')).toEqual([]);
  });
});
