import { describe, expect, it } from 'vitest';
import { withoutIdioms } from './idioms.js';

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
});
