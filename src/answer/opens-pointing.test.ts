import { describe, expect, it } from 'vitest';
import { opensWithPointer } from './opens-pointing.js';

describe('opensWithPointer', () => {
  it('reads a sentence opening with a pronoun or demonstrative, also after a joining word, as pointing back', () => {
    expect(opensWithPointer('It is inherited as an autosomal recessive trait and affects about one in 15,000 births.')).toBe(true);
    expect(opensWithPointer('They had fewer admissions for asthma during the follow-up year.')).toBe(true);
    expect(opensWithPointer('These findings suggest that the drug lowers blood pressure in older adults.')).toBe(true);
    expect(opensWithPointer('Taken together, these data indicate a protective role of the variant.')).toBe(true);
    expect(opensWithPointer('However, this was not confirmed in the larger cohort.')).toBe(true);
  });

  it('leaves a sentence naming its subject, or opening with the study it comes from', () => {
    expect(opensWithPointer('Phenylketonuria is inherited as an autosomal recessive trait.')).toBe(false);
    expect(opensWithPointer('This study shows that early surgery shortens hospital stay.')).toBe(false);
    expect(opensWithPointer('Items of the scale were scored from 0 to 4.')).toBe(false);
    expect(opensWithPointer('Thereafter, symptoms improved in most patients.')).toBe(false);
  });
});
