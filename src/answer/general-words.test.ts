import { describe, expect, it } from 'vitest';
import { letterHyphenedNames, namesNothing, namesOnlyKinds, namesWhichRemedy } from './general-words.js';

// The commonest English words these questions use (SCOWL size 10), which name nothing to look for.
const WORDING = new Set(['need', 'get', 'night', 'take', 'area', 'think', 'way', 'stop', 'completely', 'days', 'later', 'still', 'keep', 'same', 'again', 'know', 'level', 'much', 'inside', 'instead', 'anything', 'something', 'until', 'long', 'could', 'rid', 'come', 'usually']);
const isWording = (word: string) => WORDING.has(word);

describe('namesOnlyKinds', () => {
  it.each([
    ['Will i need antibiotics?', ['antibiotics']],
    ['Is an antiviral an option?', ['antiviral', 'option']],
    ['Anything I can do for pain?', ['pain']],
    ['Any pain killers that could take for the night to ease the discomfort?', ['pain killers', 'discomfort']],
    ['Is there a treatment?', ['treatment']],
    ['Ok, any side effects expected?', ['side effects']],
    ['What if I keep getting the same symptoms again ?', ['symptoms']],
    ['How long does it take for treatment to get rid of infection', ['treatment', 'infection']],
    ['Any thoughts on a mild muscle relaxant?', ['muscle relaxant']],
    ['There is no way to stop the flare ups completely?', ['flare ups']],
    ['Would steroid make the inflammation go down?', ['steroid', 'inflammation']],
    ['What is the treatment?', ['treatment']],
  ])('finds that "%s" names only general words', (question, words) => {
    expect(namesOnlyKinds(question, isWording)).toEqual(words);
  });

  it.each([
    // A condition, medicine, symptom with its site or test is named.
    'Do I need antibiotics for a sore throat?',
    'Could a viral infection cause sinus pain and pressure?',
    'What are the side effects of lidocaine?',
    'Should I get a PCR test?',
    'List symptoms of the One-and-a-half syndrome.',
    'Does an antiphlogistic promotes inflammation?',
    'Are there side effects of Keytruda?',
    'Will the eye infection heal on its own',
    'Is there a treatment for gout?',
    'Does colchicine help with the pain of gout?',
    // What the kind itself is or how it works is asked.
    'What are antibiotics?',
    'What is a compress?',
    'How do antibiotics work?',
    // A follow-up in a thread carries its topic in brackets.
    'Is there a treatment? (familial Mediterranean fever)',
  ])('lets "%s" through', (question) => {
    expect(namesOnlyKinds(question, isWording, (word) => word === 'antiphlogistic')).toBeNull();
  });
});

describe('namesOnlyKinds with phrases the vocabulary names', () => {
  const named = new Set(['common cold', 'pain relief']);
  const isNamedPhrase = (phrase: string) => named.has(phrase);
  const wording = (word: string) => isWording(word) || ['common', 'cold', 'last', 'relief'].includes(word);

  it('lets two everyday words the vocabulary names together through as a condition', () => {
    expect(namesOnlyKinds('How long does the common cold last?', wording)).toEqual(['common']);
    expect(namesOnlyKinds('How long does the common cold last?', wording, () => false, isNamedPhrase)).toBeNull();
  });

  it('still refuses a named phrase made with a kind word', () => {
    expect(namesOnlyKinds('Anything for pain relief?', wording, () => false, isNamedPhrase)).toEqual(['pain']);
  });
});

describe('letterHyphenedNames', () => {
  const named = (word: string) => ['c-section', 'x-ray', 't-cell'].includes(word);

  it('gives the word a one-letter name is read as when the vocabulary names the whole', () => {
    expect([...letterHyphenedNames('Which painkiller works best after a C-section?', named)]).toEqual(['section']);
    expect([...letterHyphenedNames('Is T-cell lymphoma curable?', named)]).toEqual(['cell']);
  });

  it('leaves a kind of test, a name the vocabulary lacks and longer hyphened words out', () => {
    expect([...letterHyphenedNames('Do I need an x-ray?', named)]).toEqual([]);
    expect([...letterHyphenedNames('Is a b-section worse?', named)]).toEqual([]);
    expect([...letterHyphenedNames('Is a re-section needed?', named)]).toEqual([]);
  });
});


describe('namesNothing', () => {
  // The commonest English words (SCOWL 10) of these questions, none a name the vocabulary knows.
  const EVERYDAY = new Set(['take', 'get', 'better', 'chances', 'now', 'levels', 'anything', 'long', 'mean', 'came', 'keep', 'said', 'off']);
  const everyday = (word: string) => EVERYDAY.has(word);

  it.each(['How long will it take to get better?', 'What are my chances now?', 'Is there anything I can take for it?', 'My doctor said my levels are off, is that bad?'])(
    'finds that "%s" names nothing to look for',
    (question) => {
      expect(namesNothing(question, everyday)).toBe(true);
    },
  );

  it.each([
    // A word that is no everyday wording, a name, a number or a thread's topic says what the question is about.
    'How long will it take to get better after a hip replacement?',
    'What are my chances with Hodgkin lymphoma now?',
    'What are my chances at 42?',
    'What are my chances now? (melanoma)',
    'My doctor said my ferritin levels are off, is that bad?',
  ])('lets "%s" through', (question) => {
    expect(namesNothing(question, everyday)).toBe(false);
  });

  it('reads a result judged borderline or abnormal as a result, naming only the test', () => {
    expect(namesOnlyKinds('My test came back borderline, what does that mean?', everyday)).toEqual(['test']);
    expect(namesOnlyKinds('My scan was abnormal, should I worry?', everyday)).toEqual(['scan']);
  });
});

describe('namesNothing on research questions', () => {
  it('lets a question of everyday nouns through when no reader speaks and nothing is left unnamed', () => {
    const everyday = (word: string) => ['enhancers', 'promoters', 'act'].includes(word);
    expect(namesNothing('Can enhancers act as promoters?', everyday)).toBe(false);
    expect(namesNothing('What are enhancers?', everyday)).toBe(false);
  });
});

describe('namesWhichRemedy', () => {
  it.each([
    ['cranberry', 'Do cranberry tablets prevent urinary tract infections in older women?'],
    ['cranberry', 'Does cranberry juice stop cystitis coming back?'],
    ['ginger', 'Is ginger tea safe for morning sickness?'],
    ['arnica', 'Does arnica cream help bruising after surgery?'],
  ])('reads "%s" in "%s" as which treatment is asked about', (word, question) => {
    expect(namesWhichRemedy(word, question)).toBe(true);
  });

  it.each([
    ['rugby', 'My son was knocked out playing rugby. Will his memory suffer?'],
    ['tummy', 'The testicle is up inside his tummy rather than in the groin. Will it shrink?'],
    ['shrink', 'Is it more likely to shrink after the op?'],
    ['keeping', 'Will keeping my vitamin D level up protect me from cataracts?'],
    ['keyhole', 'Can I go home the same day after keyhole surgery to remove my gallbladder?'],
    ['laser', 'Is laser treatment better than surgery for varicose veins?'],
  ])('does not read "%s" in "%s" as a treatment', (word, question) => {
    expect(namesWhichRemedy(word, question)).toBe(false);
  });
});
