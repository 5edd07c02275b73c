import { describe, expect, it } from 'vitest';
import { inReaderVoice, toldByFamily } from './reader-voice.js';

describe('inReaderVoice', () => {
  it.each([
    'Should I start with an ENT?',
    'if i dont see any improvement, what should i do?',
    'Is my blood pressure too high?',
    'Would you recommend antibiotics?',
    'Is it normal for a stomach flu to last this long?',
    'Is it possible to have a yeast infection at the same time as a uti?',
    'Can someone suddenly develop psoriasis?',
  ])('hears the reader in "%s"', (question) => {
    expect(inReaderVoice(question)).toBe(true);
  });

  it.each([
    'Can breastfeeding confer protection from type I diabetes?',
    'Is complex I deficiency inherited?',
    'Can you summarize the function of CDK9?',
    'Which network analysis method can you use for prioritization of metabolic disease genes?',
    'Does smoking increase the risk of colorectal cancer?',
    'Should we treat all patients with glaucoma?',
    'How many people affected by Parkinson\'s Disease develop dementia?',
    'Can elevated troponin I levels predict complicated clinical course?',
    'Chronic progressive cervical myelopathy with HTLV-I infection: Variant form of HAM/TSP?',
    'Is Zanubrutinib approved by US Food and Drug Administration (FDA)?',
  ])('hears no reader in the research question "%s"', (question) => {
    expect(inReaderVoice(question)).toBe(false);
  });
});

describe('toldByFamily', () => {
  it.each(['Our baby was born with glucose-galactose malabsorption. What causes it?', 'Our 3-year-old daughter has eczema; will she grow out of it?'])(
    'hears a family in "%s"',
    (question) => expect(toldByFamily(question)).toBe(true),
  );
  it.each(['In our patients with sepsis, was procalcitonin useful?', 'Our study of children with asthma: does montelukast help?'])(
    'hears no family in "%s"',
    (question) => expect(toldByFamily(question)).toBe(false),
  );
});
