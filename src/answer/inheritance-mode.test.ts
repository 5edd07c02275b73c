import { describe, expect, it } from 'vitest';
import { asksInheritance, statesInheritanceMode } from './inheritance-mode.js';

describe('asksInheritance', () => {
  it('reads questions on how a condition is passed on', () => {
    expect(asksInheritance('How is Duchenne muscular dystrophy inherited?')).toBe(true);
    expect(asksInheritance('What is the mode of inheritance of familial Mediterranean fever?')).toBe(true);
    expect(asksInheritance('How can Emery-Dreifuss muscular dystrophy be inherited?')).toBe(true);
    expect(asksInheritance('How is hemochromatosis treated?')).toBe(false);
  });

  it('reads whether a condition is inherited as asking for its mode too, but not a hereditary condition named', () => {
    expect(asksInheritance('Is tuberous sclerosis inherited?')).toBe(true);
    expect(asksInheritance('Is haemophilia inherited from the mother?')).toBe(true);
    expect(asksInheritance('Is hereditary spherocytosis curable?')).toBe(false);
    expect(asksInheritance('Are hereditary cancers common in young women?')).toBe(false);
  });
});

describe('statesInheritanceMode', () => {
  it('finds a mode of inheritance, however it is worded', () => {
    expect(statesInheritanceMode('Duchenne muscular dystrophy (DMD) is an X-linked recessive genetic disorder.')).toBe(true);
    expect(statesInheritanceMode('Familial Mediterranean fever (FMF) is a recessive disorder characterized by episodes of fever.')).toBe(true);
    expect(statesInheritanceMode('FMF is a recessively inherited disorder that is common in patients of Armenian ancestry.')).toBe(true);
    expect(statesInheritanceMode('The consanguinity in this kindred points to a common ancestor and thus a recessive autosomal mode of inheritance.')).toBe(true);
    expect(statesInheritanceMode('Segregation in the three families fitted a dominant autosomal pattern with reduced penetrance.')).toBe(true);
  });

  it('does not take an inherited deletion or a parent of origin for a mode', () => {
    expect(statesInheritanceMode('Two brothers carried the same inherited deletion of one exon.')).toBe(false);
    expect(statesInheritanceMode('The repeat length in maternally inherited HD was associated with earlier onset.')).toBe(false);
  });
});

describe('asksInheritance in everyday words', () => {
  it('hears a trait passed or handed down, running in the family, or had from a parent as asking the mode', () => {
    expect(asksInheritance('my son has emery-dreifuss muscular dystrophy, was it handed down from me?')).toBe(true);
    expect(asksInheritance('does familial mediterranean fever run in the family, and how?')).toBe(true);
    expect(asksInheritance('My daughter has haemophilia. Did she get it from her grandad?')).toBe(true);
    expect(asksInheritance('can I get HIV from my mother?')).toBe(false);
  });
});
