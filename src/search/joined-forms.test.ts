import { describe, expect, it } from 'vitest';
import { joinedForms } from './joined-forms.js';

describe('joinedForms', () => {
  it('writes a name of letters and a number hyphened or joined', () => {
    expect(joinedForms('il6')).toEqual(['il-6']);
    expect(joinedForms('il-6 levels')).toEqual(['il6 levels']);
    expect(joinedForms('covid-19')).toEqual(['covid19']);
  });

  it('leaves single letters, long numbers and other words alone', () => {
    expect(joinedForms('t2')).toEqual([]);
    expect(joinedForms('h1n1')).toEqual([]);
    expect(joinedForms('pd-1 inhibitor')).toEqual(['pd1 inhibitor']);
    expect(joinedForms('il-6-174')).toEqual([]);
    expect(joinedForms('vitamin d')).toEqual([]);
  });
});
