import { describe, expect, it } from 'vitest';
import { capitalise, opensWithCasedName } from './capitalise.js';

describe('capitalise', () => {
  it('capitalises an ordinary first word but keeps the case of a name like mRNA, p53, pH or wt-VHL', () => {
    expect(capitalise('most patients recovered.')).toBe('Most patients recovered.');
    for (const text of ['mRNA levels rose.', 'p53 was mutated.', 'pH fell.', 'wt-VHL protein inhibited VEGF.']) expect(capitalise(text)).toBe(text);
  });

  it('tells a cased name from an ordinary word, looking at the first word only', () => {
    expect(opensWithCasedName('siRNA knock-down')).toBe(true);
    expect(opensWithCasedName('antibodies to HIV')).toBe(false);
    expect(opensWithCasedName('HIV infection')).toBe(false);
    for (const name of ['p16INK4a loss', 'hsa-miR-21 rose', 'c-Myc bound', 'bcl2 was high', 'circRNA levels']) expect(opensWithCasedName(name)).toBe(true);
  });

  it('capitalises a long word with a number after a hyphen', () => {
    expect(capitalise('glucose-6-phosphate dehydrogenase (G6PD) deficiency should be added.')).toBe('Glucose-6-phosphate dehydrogenase (G6PD) deficiency should be added.');
    expect(capitalise('interleukin-6 levels rose.')).toBe('Interleukin-6 levels rose.');
  });
});
