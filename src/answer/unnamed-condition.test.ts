import { describe, expect, it } from 'vitest';
import { unnamedCondition, unstatedAsk } from './unnamed-condition.js';

// The commonest English words these questions use (SCOWL size 10), which name nothing to look for.
const WORDING = new Set(['possible', 'get', 'need', 'think', 'type', 'some', 'have', 'eye', 'something', 'use']);
const isWording = (word: string) => WORDING.has(word);

describe('unnamedCondition', () => {
  it.each([
    ['Should I take antibiotics?', ['antibiotics']],
    ['Do I need an antibiotic?', ['antibiotic']],
    ['Is it possible to get antibiotics?', ['antibiotics']],
    ['Can I have some antibiotics for it?', ['antibiotics']],
    ['What about antivirals?', ['antivirals']],
    ['Do you think I need some type of steroid?', ['steroid']],
    ['is there not any eye drops or something i can use?', ['drops']],
    ['Is there I can take for the infection and/or the inflammation?', ['infection', 'inflammation']],
    ['You are prescribing no medication?', ['medication']],
    ['Would you recommend a stronger painkiller?', ['painkiller']],
    ['Would antibiotics help?', ['antibiotics']],
    ['Will a steroid cream work?', ['steroid', 'cream']],
    ['Are antibiotics recommended in these cases?', ['antibiotics']],
  ])('finds that "%s" asks about a treatment for no named condition', (question, kinds) => {
    expect(unnamedCondition(question, isWording)).toEqual(kinds);
  });

  it.each([
    // A condition or symptom is named.
    'Do I need antibiotics for a sore throat?',
    'Should I take antibiotics for the pain?',
    'What can I take for a urinary tract infection?',
    'Should beta-blockers be used to treat sepsis?',
    'Would antibiotics help a sinus infection?',
    'Are antibiotics recommended for uncomplicated urinary tract infection in women?',
    'Does metformin help?',
    // A named medicine, not a kind of treatment.
    'Should I take ibuprofen?',
    // Not a request for advice: what the treatment is or does.
    'What are antibiotics?',
    'How do antibiotics work?',
    // A follow-up in a thread carries its topic in brackets.
    'Should I take antibiotics? (strep throat)',
  ])('lets "%s" through', (question) => {
    expect(unnamedCondition(question, isWording)).toBeNull();
  });
});

describe('unstatedAsk', () => {
  it.each([
    ['What about an ear infection?', 'ear infection'],
    ['What about the abdominal pain?', 'abdominal pain'],
    ['Ok what about cough suppressant ?', 'cough suppressant'],
    ['ok, what about immediate relief', 'immediate relief'],
    ['What about for the sinus pain above and below my eyes', 'sinus pain above and below my eyes'],
  ])('finds that "%s" does not say what it asks of %s', (question, thing) => {
    expect(unstatedAsk(question)).toBe(thing);
  });

  it.each([
    // It goes on to ask something.
    'What about BV can that be tested as well or does that require a pap',
    // A follow-up in a thread carries its topic.
    'What about colchicine? (gout)',
    // Other questions.
    'What is known about ear infections?',
    'How is an ear infection treated?',
  ])('lets "%s" through', (question) => {
    expect(unstatedAsk(question)).toBeNull();
  });
});
