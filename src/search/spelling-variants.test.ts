import { describe, expect, it } from 'vitest';
import { spellingVariants } from './spelling-variants.js';

describe('spellingVariants', () => {
  it.each([
    ['anaemia', 'anemia'],
    ['leukaemia', 'leukemia'],
    ['lymphoedema', 'lymphedema'],
    ['oesophageal cancer', 'esophageal cancer'],
    ['paediatric asthma', 'pediatric asthma'],
    ['haemorrhage', 'hemorrhage'],
    ['brain tumour', 'brain tumor'],
    ['hospitalisation', 'hospitalization'],
    ['diarrhoea', 'diarrhea'],
    ['coeliac disease', 'celiac disease'],
    ['ischaemic stroke', 'ischemic stroke'],
  ])('links the British %s and the American %s both ways', (british, american) => {
    expect(spellingVariants(british)).toEqual([american]);
    expect(spellingVariants(american)).toEqual([british]);
  });

  it('leaves words without a variant alone', () => {
    expect(spellingVariants('aspirin')).toEqual([]);
    expect(spellingVariants('chemical')).toEqual([]);
    expect(spellingVariants('speed')).toEqual([]);
    expect(spellingVariants('raised advised')).toEqual([]);
  });

  it('writes a Greek letter standing as a word as a letter or as its name', () => {
    expect(spellingVariants('beta blockers')).toEqual(['β blockers']);
    expect(spellingVariants('tgf β')).toEqual(['tgf beta']);
    // A name inside a word, or a letter joined to one, is no Greek letter of its own.
    expect(spellingVariants('betamethasone')).toEqual([]);
    expect(spellingVariants('p110α')).toEqual([]);
  });
});
