import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { isReaderPerson, namesPerson, readerTopics } from './reader-people.js';
import { subjectGroups } from './subject-groups.js';

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const topics = (question: string, text: string) => readerTopics(question, subjectGroups(analyzeQuestion(question)), words(text)).map((g) => g.text);

describe('isReaderPerson', () => {
  it('reads a kin word after a possessive as the person the reader asks for', () => {
    expect(isReaderPerson('My dad has advanced macular degeneration; is there a lens for him?', 'dad')).toBe(true);
    expect(isReaderPerson('Can my elderly mum take it?', 'mum')).toBe(true);
  });

  it('reads a kin word in the plural the same way ("her grandsons", "my nieces", "our grannies", "uncles")', () => {
    expect(isReaderPerson("My mum doesn't carry Duchenne but two of her grandsons have it. How can that happen?", 'grandsons')).toBe(true);
    expect(isReaderPerson('Both my nieces have coeliac disease; should their children be tested?', 'nieces')).toBe(true);
    expect(isReaderPerson('Both our grannies had glaucoma. Is it inherited?', 'grannies')).toBe(true);
    expect(namesPerson('uncles')).toBe(true);
    // Asked about without a possessive, they are the topic ("Are grandsons of carriers affected?").
    expect(isReaderPerson('Are grandsons of female carriers affected as often as sons?', 'grandsons')).toBe(false);
    // Words in -ss or -us are no plurals.
    expect(namesPerson('sons')).toBe(true);
    expect(namesPerson('virus')).toBe(false);
  });

  it('does not read a kin word the question asks about as such ("Are fathers at risk?")', () => {
    expect(isReaderPerson('Does an older father lower the chance of pregnancy with donor eggs?', 'father')).toBe(false);
  });
});

describe('isReaderPerson of a young person the reader speaks for', () => {
  it('reads "my child", "our baby", "my kid" as who has the condition asked about, not a topic', () => {
    expect(isReaderPerson('My child has DiGeorge syndrome, what chromosome is involved?', 'child')).toBe(true);
    expect(isReaderPerson('Our baby was born with Wolfram syndrome. What is it?', 'baby')).toBe(true);
    expect(isReaderPerson('My kid was just diagnosed with Friedreich ataxia, which gene is it?', 'kid')).toBe(true);
  });

  it('keeps the young person when the question takes them up or asks what to do for them', () => {
    expect(isReaderPerson('My child has asthma. Can she use the inhaler every day?', 'child')).toBe(false);
    expect(isReaderPerson('My child has asthma, what dose of ibuprofen is safe?', 'child')).toBe(false);
    expect(isReaderPerson('My baby has reflux; how is it treated?', 'baby')).toBe(false);
    expect(isReaderPerson('Is ibuprofen safe for a child with asthma?', 'child')).toBe(false);
    expect(isReaderPerson('Does my child need a genetic test?', 'child')).toBe(false);
  });

  it('reads the age told of a person the reader speaks for as who they are', () => {
    expect(isReaderPerson('My 5 year old son has myotonia, which gene is mutated?', 'son')).toBe(true);
    expect(isReaderPerson('My 5 year old son has myotonia, which gene is mutated?', 'year')).toBe(true);
    expect(isReaderPerson('My 5 year old son has myotonia, which gene is mutated?', 'old')).toBe(true);
    expect(isReaderPerson('How old is a child when myotonia starts?', 'old')).toBe(false);
  });
});

describe('readerTopics', () => {
  it('leaves out the person the reader speaks for', () => {
    const sentence = 'The macular add-on IOL has the potential of improving near vision and reading ability in patients with advanced age-related macular degeneration.';
    const question = 'My dad has advanced macular degeneration; is there an extra lens they can put in his eye to help him read?';
    expect(topics(question, sentence)).not.toContain('dad');
    expect(topics(question, sentence)).toContain('advanced macular degeneration');
  });

  it('ends a subject before a verb the reader puts before a pronoun', () => {
    const sentence = 'It has been empirically known that the fluctuation of weather induces migraine in people.';
    expect(topics('Can changes in the weather bring on my migraines?', sentence)).toEqual(['weather', 'migraines']);
  });

  it('begins a subject after a verb the reader negates ("don\'t show arthritis")', () => {
    const sentence = 'A higher BMI predicts hip pain in women, independently of radiographic hip osteoarthritis.';
    expect(topics("Will weight gain give me hip pain if my scans don't show arthritis?", sentence)).toContain('arthritis');
    expect(topics("Will weight gain give me hip pain if my scans don't show arthritis?", sentence)).not.toContain('show arthritis');
    expect(topics('Does the scan show arthritis?', sentence)).toContain('scan show arthritis');
  });

  it('ends a subject before an adverb of time ("the pain right after")', () => {
    const sentence = 'Of 429 vertebroplasty procedures, 69 were associated with severe pain immediately after the procedure.';
    expect(topics('I had vertebroplasty and the pain right after was severe. Will it work long term?', sentence)).toContain('pain');
    expect(topics('I had vertebroplasty and the pain right after was severe. Will it work long term?', sentence)).not.toContain('pain right');
    expect(topics('Is the pain on the right side a sign of appendicitis?', sentence)).toContain('right side');
  });

  it('keeps a subject that ends before no pronoun', () => {
    expect(topics('Does the weather bring migraines?', 'Weather and migraine.')).toEqual(['weather bring migraines']);
  });

  it('drops "the virus" after HPV when the text writes papillomavirus', () => {
    const sentence = 'Presence of human papillomavirus in semen of healthy men is firmly associated with HPV infections of the penile epithelium.';
    const question = 'My husband has HPV; can the virus be in his semen too?';
    expect(topics(question, sentence)).toEqual(['HPV', 'semen']);
  });

  it('keeps "the virus" when nothing in the text is a kind of virus', () => {
    const sentence = 'HPV-DNA presence in semen may result from desquamation of infected penile cells.';
    expect(topics('My husband has HPV; can the virus be in his semen too?', sentence)).toContain('virus');
  });
});

describe('isReaderPerson of the reader\'s own doctor', () => {
  it('reads "my doctor", "our eye doctor" and "the doctor said" as who advised, not a topic', () => {
    expect(isReaderPerson('my doctor wants to do crosslinking for my keratoconus, what can go wrong?', 'doctor')).toBe(true);
    expect(isReaderPerson('our eye doctor suggested drops for the glaucoma', 'doctor')).toBe(true);
    expect(isReaderPerson('the paediatrician said it is reflux, should we worry?', 'paediatrician')).toBe(true);
  });

  it('keeps doctors as a topic where the question asks about them', () => {
    expect(isReaderPerson('Do doctors know the costs of the tests they order?', 'doctors')).toBe(false);
    expect(isReaderPerson('Should the doctor call patients by their first names?', 'doctor')).toBe(false);
  });
});
