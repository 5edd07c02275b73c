import { describe, expect, it } from 'vitest';
import { enumeratedParts } from './enumerated-parts.js';

describe('enumeratedParts', () => {
  it('splits "(1) ... (2) ... and (3) ..." into its lead and parts, dropping the joining "; and"', () => {
    const text =
      'The results reported here indicate that (1) familial adenomatous polyposis is caused by a heterogeneous spectrum of point mutations; (2) all the mutations found are chain terminating; and (3) DGGE is a rapid technique.';
    expect(enumeratedParts(text)).toEqual({
      lead: 'The results reported here indicate that',
      items: [
        'familial adenomatous polyposis is caused by a heterogeneous spectrum of point mutations',
        'all the mutations found are chain terminating',
        'DGGE is a rapid technique.',
      ],
      style: '1',
    });
  });

  it('reads roman numerals with a closing bracket only, and letters in brackets', () => {
    expect(enumeratedParts('Two roles: i) it binds SNARE complexes, ii) it clamps fusion.')).toEqual({
      lead: 'Two roles:',
      items: ['it binds SNARE complexes', 'it clamps fusion.'],
      style: 'i',
    });
    expect(enumeratedParts('(a) Rest and (b) ice help.')?.items).toEqual(['Rest', 'ice help.']);
    expect(enumeratedParts('We recommend: (1) use wires, (2) and test them.')?.items).toEqual(['use wires', 'test them.']);
  });

  it('leaves a sentence alone with one marker, markers out of order, or a number in brackets that starts no list', () => {
    expect(enumeratedParts('Patients with type 1) diabetes were excluded.')).toBeNull();
    expect(enumeratedParts('Mutations (2) and (1) were found.')).toBeNull();
    expect(enumeratedParts('The IL-1 (1) gene was studied.')).toBeNull();
    expect(enumeratedParts('Gout is common.')).toBeNull();
  });
});
