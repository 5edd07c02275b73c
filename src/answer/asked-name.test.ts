import { describe, expect, it } from 'vitest';
import { asWritten, nameAsAsked } from './asked-name.js';

describe('nameAsAsked', () => {
  it('gives back the head noun of a name that the subject left out as generic wording', () => {
    expect(nameAsAsked('Prader-Willi', 'Can Prader-Willi syndrome be cured?')).toBe('Prader-Willi syndrome');
    expect(nameAsAsked("Crohn's", "Is Crohn's disease inherited?")).toBe("Crohn's disease");
    expect(nameAsAsked('G6PD', 'My son has G6PD deficiency. Can it be cured?')).toBe('G6PD deficiency');
  });

  it('keeps the subject as it is when no such head follows it', () => {
    expect(nameAsAsked('gout', 'Can gout be cured?')).toBe('gout');
    expect(nameAsAsked('colchicine', 'Does colchicine help with disease flares?')).toBe('colchicine');
    expect(nameAsAsked('tuberous sclerosis', 'Is tuberous sclerosis complex curable?')).toBe('tuberous sclerosis complex');
  });
});

describe('asWritten', () => {
  it('gives a subject in the question\'s own letters', () => {
    expect(asWritten('lyme disease', 'Is Lyme disease contagious?')).toBe('Lyme disease');
    expect(asWritten('colchicine', 'Is colchicine safe?')).toBe('colchicine');
    expect(asWritten('gout', 'Is colchicine safe?')).toBe('gout');
  });
});
