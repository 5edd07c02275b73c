import { describe, expect, it } from 'vitest';
import { asksInheritingInWords, withoutIdioms } from './idioms.js';

describe('withoutIdioms', () => {
  it('drops the verb of a trait running in a family, keeping the family', () => {
    expect(withoutIdioms('Is deafness running in a large family with cousin marriages inherited?')).toBe('Is deafness in a large family with cousin marriages inherited?');
    expect(withoutIdioms('Does migraine run in families?')).toBe('Does migraine in families?');
  });

  it('keeps running that is not the idiom', () => {
    expect(withoutIdioms('Does running in the heat cause kidney injury?')).toBe('Does running in the heat cause kidney injury?');
    expect(withoutIdioms('Is running good for knee arthritis?')).toBe('Is running good for knee arthritis?');
  });

  it('drops "at the molecular level" and its like', () => {
    expect(withoutIdioms('What causes cystic fibrosis at the molecular level?').trim()).toBe('What causes cystic fibrosis ?');
    expect(withoutIdioms('What happens on a cellular level in sepsis?')).toBe('What happens  in sepsis?');
  });

  it('keeps a level that is measured', () => {
    expect(withoutIdioms('What blood glucose level defines diabetes?')).toBe('What blood glucose level defines diabetes?');
  });

  it('drops when in a life a condition comes ("later in life", "in early life"), keeping what is asked', () => {
    expect(withoutIdioms('Will being overweight give me hip pain later in life?')).toBe('Will being overweight give me hip pain ?');
    expect(withoutIdioms('Does infection in early life protect against eczema?')).toBe('Does infection  protect against eczema?');
    expect(withoutIdioms('Does quality of life improve after hip replacement?')).toBe('Does quality of life improve after hip replacement?');
  });

  it('drops "by the time" of when something has happened, keeping a time that is asked about', () => {
    expect(withoutIdioms('Will most carriers have had a cancer by the time they are 60?')).toBe('Will most carriers have had a cancer  they are 60?');
    expect(withoutIdioms('Is the tumour usually spread by the time it causes pain?')).toBe('Is the tumour usually spread  it causes pain?');
    expect(withoutIdioms('Does reaction time slow with age?')).toBe('Does reaction time slow with age?');
    expect(withoutIdioms('Is the time to treatment longer at night?')).toBe('Is the time to treatment longer at night?');
  });
});

describe('withoutIdioms on a trait passed down', () => {
  it('drops whom a trait is passed or handed down to, keeping the verb that asks how it is inherited', () => {
    expect(withoutIdioms('my husband has myotonic dystrophy, how is it passed down to the kids?')).toBe('my husband has myotonic dystrophy, how is it passed down?');
    expect(withoutIdioms('How does it get passed down to the grandkids?')).toBe('How does it get passed down?');
    expect(withoutIdioms('Is colour blindness handed down through the generations?')).toBe('Is colour blindness handed down?');
    expect(withoutIdioms('Can my wife pass it down to our children and grandchildren?')).toBe('Can my wife pass it down?');
  });

  it('keeps whom something is passed on to, which may be an infection going from mother to baby', () => {
    expect(withoutIdioms('Can HIV be passed on to babies in breast milk?')).toBe('Can HIV be passed on to babies in breast milk?');
  });
});

describe('asksInheritingInWords', () => {
  it('hears a trait passed or handed down, running in the family as the question asks, or had from a parent', () => {
    for (const question of [
      'my husband has myotonic dystrophy, how is it passed down to the kids?',
      'my son has emery-dreifuss muscular dystrophy, was it handed down from me?',
      'Does familial Mediterranean fever run in the family?',
      'how does polycystic kidney disease run in families',
      'My daughter has haemophilia. Did she get it from her grandad?',
      'can you pass it down to your children if you have sickle cell?',
    ]) expect(asksInheritingInWords(question), question).toBe(true);
  });
  it('does not hear an infection passed on or caught, nor a family a study describes', () => {
    for (const question of [
      'can hepatitis B be passed on to the baby?',
      'can I get HIV from my mother?',
      'my boyfriend has herpes, can I get it from him?',
      'What gene causes nasal polyps running in a large family?',
      'does the test run in the lab overnight?',
    ]) expect(asksInheritingInWords(question), question).toBe(false);
  });
});
