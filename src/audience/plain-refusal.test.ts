import { describe, expect, it } from 'vitest';
import { plainRefusal } from './plain-refusal.js';

describe('plainRefusal', () => {
  it('says what clinq looked for, that no study answers, how to ask again and whom to ask', () => {
    expect(plainRefusal('No article in the corpus of 1,896 records mentions coffee.', 'patient')).toBe(
      'clinq searched its 1,896 research articles for coffee and found no study that answers this question. ' +
        'You could ask again with other words, such as the medical name of the condition or the name of a medicine. ' +
        'You can also ask your doctor, nurse or pharmacist.',
    );
  });

  it('offers the corpus words nearest to a word no article has, for the word it names', () => {
    expect(plainRefusal('No article in the corpus of 1,896 records mentions spanich; did you mean "spinach" or "Spanish"?', 'patient')).toBe(
      'clinq searched its 1,896 research articles for spanich and found no study that answers this question. Did you mean "spinach" or "Spanish"? ' +
        'If so, please ask again with that spelling. You can also ask your doctor, nurse or pharmacist.',
    );
    expect(plainRefusal('No article in the corpus of 1,896 records mentions spanich or zorbax; for spanich, did you mean "spinach"?', 'caregiver')).toMatch(
      /for spanich or zorbax and found no study that answers this question\. For "spanich", did you mean "spinach"\? If so/,
    );
  });

  it('says once that none of the studies found says what is asked', () => {
    for (const reason of [
      'The 2 articles found on gout do not say how it is treated or prevented.',
      'The articles found do not say how long it lasts, which the question asks.',
      'No sentence in the articles found speaks of colchicine.',
    ]) {
      const text = plainRefusal(reason, 'patient');
      expect(text.match(/\bnone of\b/g) ?? []).toHaveLength(1);
    }
  });

  it('sends a caregiver to the care team of the person they help', () => {
    expect(plainRefusal('No article in the corpus of 1,896 records mentions coffee.', 'caregiver')).toMatch(
      /You can also ask their doctor, nurse or pharmacist\.$/,
    );
  });

  it.each([
    ['The best article found does not speak of sinus infection, so it answers another question.', 'clinq looked for studies about sinus infection, but the closest study it found is about something else'],
    ['The best article found speaks of sinusitis but not of antibiotics, so it answers another question.', 'clinq looked for studies about antibiotics, but the closest study'],
    ['None of the articles found for the question in the corpus of 1,896 records mentions ibuprofen; none covers gout and ibuprofen together.', 'none of the studies it found mentions ibuprofen.'],
    ['None of the articles found for the question in the corpus of 1,896 records mentions septum; the articles found speak of drinking and alcohol.', 'the studies it found speak of drinking and alcohol, but none of them mentions septum.'],
    [
      'No article in the corpus of 1,896 records mentions abilify; "abilify" is in none of clinq\'s vocabularies: if it is a brand name, ask with the medicine\'s generic name.',
      'clinq searched its 1,896 research articles for abilify and found no study that answers this question. None of the word lists it knows has "abilify". If it is the brand name of a medicine, please ask again with its generic name',
    ],
    [
      'No article in the corpus of 1,896 records mentions HoLEP; "HoLEP" is in none of clinq\'s vocabularies: if it is a short form, ask with it written out in full.',
      'clinq searched its 1,896 research articles for HoLEP and found no study that answers this question. None of the word lists it knows has "HoLEP". If it is a short form, please ask again with it written out in full',
    ],
    ['No article found for the question in the corpus of 12 records covers gout and pregnancy together.', 'clinq searched its 12 research articles for gout and pregnancy together'],
    ['The articles found for the question in the corpus of 1,896 records mention gout, but none covers the rest of the question.', 'found studies that mention gout, but no study that answers the rest'],
    ['The 3 articles found on Wilms tumor do not say how it is treated or prevented.', 'clinq found studies on Wilms tumor, but none of them says how it is treated or prevented'],
    ['The articles found do not say what dose, which the question asks.', 'clinq found studies on the topic, but none of them says what dose'],
    ['The articles found say what their studies set out to do, but not what they found on this question.', 'they only say what the researchers set out to test, not what they found'],
    ['The article found that speaks to the question studied animals (mice and rats), not people; it does not say how this goes in people.', 'The study clinq found that comes closest to this question was done in animals (mice and rats), not in people'],
    ['The article found that speaks to the question studied no people (it is a laboratory, plant or other study), so it does not say how this goes in people.', 'comes closest to this question was a laboratory or other study without people'],
    ['The sentence that comes closest to an answer does not speak of gout, so it answers another question.', 'clinq looked for studies about gout, but the closest one'],
    ['The sentence that comes closest to an answer does not speak of what the question asks about, so it answers another question.', 'The closest study clinq found is about something else'],
    ['No sentence in the articles found speaks of fever.', 'none of them says anything about fever'],
    ['No sentence in the retrieved articles answers the question.', 'no sentence in them answers this question'],
    ['No cited sentence survived verification against its source.', 'rather than risk a wrong one'],
  ])('rewords "%s" as a search that found no answering study', (reason, plain) => {
    const text = plainRefusal(reason, 'patient');
    expect(text).toContain(plain);
    expect(text).not.toMatch(/\bcorpus\b|\brecords?\b|retrieved|verification/);
    expect(text).toContain('ask your doctor');
  });

  it.each([
    ['The question says "it" without naming what it means; ask it again with the name of the condition, test or medicine.', 'Please ask again with the name of the condition, test or medicine.'],
    ['The question asks about antibiotics without naming the condition or symptom to treat; ask it again with that name.', 'Please ask again with the name of the illness or symptom.'],
    ['The question asks about gout without saying what it wants to know of it; ask it in full, e.g. what causes it or how it is treated.', 'for example what causes it or how it is treated'],
    ['The question names nothing to look for in the literature.', 'name the condition, symptom, test or medicine'],
    ['The question names only general words ("antibiotics") and no condition, medicine or test; ask it again naming the condition, medicine or test.', 'Please ask again with the name of the condition, test or medicine.'],
  ])('turns "%s" into a way to ask again', (reason, retry) => {
    const text = plainRefusal(reason, 'patient');
    expect(text).toContain(retry);
    expect(text).not.toContain('You could ask again with other words');
    expect(text).toContain('ask your doctor');
  });

  it('keeps the reader\'s own general words when it says why it did not search', () => {
    const text = plainRefusal('The question names only general words ("antibiotics" and "fever") and no condition, medicine or test; ask it again naming the condition, medicine or test.', 'patient', (t) => t.replace(/antibiotics/g, 'drugs that fight bacteria'));
    expect(text).toContain(': "antibiotics" and "fever" alone do not say');
  });

  it('asks a question in another language or alphabet again in English, with no other step', () => {
    expect(plainRefusal('The question looks to be in Spanish; clinq answers from English abstracts and reads questions in English only, so ask it again in English.', 'patient')).toBe(
      'clinq reads questions only in English, and this one looks to be in Spanish. Please ask it again in English.',
    );
    expect(plainRefusal('The question has no Latin letters; clinq answers from English abstracts and reads questions in English only, so ask it again in English.', 'caregiver')).toBe(
      'clinq reads questions only in English, and this one is written in another alphabet. Please ask it again in English.',
    );
  });

  it('keeps a reason of unknown wording, reworded by the given rewrite, and adds the next steps', () => {
    const text = plainRefusal('Something new happened.', 'patient', (t) => t.toUpperCase());
    expect(text).toBe('SOMETHING NEW HAPPENED. You could ask again with other words, such as the medical name of the condition or the name of a medicine. You can also ask your doctor, nurse or pharmacist.');
  });
});

describe('plainRefusal of what the closest sentence leaves out', () => {
  it.each([
    ['The article that comes closest to an answer does not speak of pink eye, by those words together or by another name, so it answers another question.', 'clinq looked for studies that speak of pink eye, but the closest one it found does not, so none of the studies it holds'],
    ['The article that comes closest to an answer does not speak of engorged, so it answers another question.', 'clinq looked for studies that speak of "engorged", but the closest one it found does not'],
    ['The sentence that comes closest to an answer does not say how long it lasts, so it answers another question.', 'clinq found studies on the topic, but the closest one does not say how long it lasts, so'],
    ['The sentence that comes closest to an answer does not say what colchicine is, so it answers another question.', 'the closest one does not say what colchicine is'],
    ['The sentence that comes closest to an answer says what a study set out to do, not what cervical radiculopathy is.', 'clinq found a study on cervical radiculopathy, but it only says what the researchers set out to study'],
    ['The sentence that comes closest to an answer names no example of what the question asks about, so it answers another question.', 'the closest one names no example of what you asked about'],
  ])('words %s for a lay reader', (reason, said) => {
    const text = plainRefusal(reason, 'patient');
    expect(text).toContain(said);
    expect(text).not.toMatch(/comes closest to an answer/);
  });

  it('asks once, in plain words, what a vague action is of', () => {
    const text = plainRefusal('The question asks about "the suppression" without saying what it is of; ask it again naming the condition, medicine or test.', 'patient');
    expect(text).toBe('clinq cannot tell what "the suppression" is of, so it cannot pick a study that answers this question. Please ask again and name the condition, medicine or test it is about. You can also ask your doctor, nurse or pharmacist.');
  });

  it('says "do not say" of several general words', () => {
    expect(plainRefusal('The question names only general words ("side effects" and "muscle relaxer") and no condition, medicine or test; ask again.', 'patient')).toMatch(/"muscle relaxer" alone do not say/);
    expect(plainRefusal('The question names only general words ("symptoms") and no condition, medicine or test; ask again.', 'patient')).toMatch(/"symptoms" alone does not say/);
  });

  it('leaves the words of conversation out of the words it searched for', () => {
    expect(plainRefusal('No article found for the question in the corpus of 1,896 records covers now, im, away, mold, getting, better, stay and body together.', 'patient')).toMatch(
      /^clinq searched its 1,896 research articles for away, mold, better, stay and body together and found no study/,
    );
    expect(plainRefusal('No article found for the question in the corpus of 1,896 records covers think, heating and pad together.', 'patient')).toMatch(/for heating and pad together and/);
    // One word left would no longer be what no article covered: the words stay as they were.
    expect(plainRefusal('No article found for the question in the corpus of 1,896 records covers meantime, anything, get and pain together.', 'patient')).toMatch(/for meantime, anything, get and pain together and/);
    expect(plainRefusal('No article found for the question in the corpus of 1,896 records covers think and know together.', 'patient')).toMatch(/for think and know together and/);
  });
});
