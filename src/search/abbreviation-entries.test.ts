import { describe, expect, it } from 'vitest';
import { abbreviationCandidates, abbreviationEntries } from './abbreviation-entries.js';

describe('abbreviationCandidates', () => {
  it('lists the phrases of a question that do not start or end with a stop word', () => {
    expect(abbreviationCandidates('Is MI common after surgery?', 100)).toEqual([
      'mi', 'mi common', 'mi common after surgery', 'common', 'common after surgery', 'surgery',
    ]);
  });
});

describe('abbreviationEntries', () => {
  const rows = [
    { short: 'MI', long: 'myocardial infarction', count: 40 },
    { short: 'MI', long: 'mitral insufficiency', count: 3 },
    { short: 'COPD', long: 'chronic obstructive pulmonary disease', count: 5 },
    { short: 'PID', long: 'pelvic inflammatory disease', count: 1 },
  ];

  it('expands a short form to its usual long forms, leaving out rare readings', () => {
    expect(abbreviationEntries(rows, ['mi', 'pid']).get('mi')).toEqual(['myocardial infarction']);
    expect(abbreviationEntries(rows, ['mi', 'pid']).get('pid')).toEqual(['pelvic inflammatory disease']);
  });

  it('gives a long form its short form only when the corpus defines the pair more than once', () => {
    const entries = abbreviationEntries(rows, ['chronic obstructive pulmonary disease', 'pelvic inflammatory disease']);
    expect(entries.get('chronic obstructive pulmonary disease')).toEqual(['copd']);
    expect(entries.has('pelvic inflammatory disease')).toBe(false);
  });
});
