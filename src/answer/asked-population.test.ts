import { describe, expect, it } from 'vitest';
import { askedPopulations, leavesOutPopulation } from './asked-population.js';

// The article behind "nursing appears to be safe for lactating women with FMF who continue to take colchicine".
const BREAST_MILK =
  'Colchicine in breast milk of patients with familial Mediterranean fever. To clarify whether colchicine is excreted in breast milk ... Furthermore, based on our clinical experience, nursing appears to be safe for lactating women with FMF who continue to take colchicine.';

describe('askedPopulations', () => {
  it('reads the condition or group a yes/no question asks about', () => {
    expect(askedPopulations('Is colchicine safe in pregnancy? (familial Mediterranean fever)')).toEqual(['pregnancy']);
    expect(askedPopulations('Can I keep taking it while I am pregnant?')).toEqual(['pregnancy']);
    expect(askedPopulations('Is montelukast effective in children with asthma?')).toEqual(['children']);
    expect(askedPopulations('Is metformin safe in kidney failure?')).toEqual(['kidney disease']);
    expect(askedPopulations('Are statins useful for older adults?')).toEqual(['older people']);
  });

  it('reads none in a question asking for something else or about no group', () => {
    expect(askedPopulations('What is the risk of hypertension in pregnancy?')).toEqual([]);
    expect(askedPopulations('Is colchicine safe? (pregnancy)')).toEqual([]);
    expect(askedPopulations('Does colchicine prevent amyloidosis in familial Mediterranean fever?')).toEqual([]);
  });
});

describe('leavesOutPopulation', () => {
  it('keeps a verdict on pregnancy from resting on an article on nursing mothers', () => {
    expect(leavesOutPopulation('Is colchicine safe in pregnancy? (familial Mediterranean fever)', 'yes', BREAST_MILK)).toMatch(/pregnancy/);
  });

  it('lets a verdict rest on an article that speaks of the group, in any of its words', () => {
    const pregnancies = 'Colchicine treatment in FMF during gestation. Women who took colchicine throughout their pregnancies had no more miscarriages.';
    expect(leavesOutPopulation('Is colchicine safe in pregnancy?', 'yes', pregnancies)).toBeNull();
    expect(leavesOutPopulation('Is colchicine safe during breastfeeding?', 'yes', BREAST_MILK)).toBeNull();
    expect(leavesOutPopulation('Is montelukast effective in children?', 'no', 'Montelukast in paediatric asthma: a trial in 200 boys and girls.')).toBeNull();
  });

  it('reads older people in ages however written, and in the MeSH headings indexers gave the article', () => {
    const cohort = 'Insomnia and incident hypertension in a general population cohort of 1741 adults followed for 7.5 years.';
    const asked = 'Does insomnia increase the risk of hypertension in older adults?';
    expect(leavesOutPopulation(asked, 'yes', cohort)).toMatch(/older people/);
    expect(leavesOutPopulation(asked, 'yes', cohort, ['Adult', 'Aged', 'Hypertension'])).toBeNull();
    expect(leavesOutPopulation(asked, 'yes', cohort, ['Adult', 'Middle Aged'])).toMatch(/older people/);
    expect(leavesOutPopulation(asked, 'yes', `${cohort} Patients over 75 years had the highest risk.`)).toBeNull();
    expect(leavesOutPopulation(asked, 'yes', `${cohort} Participants of age ≥65 were analysed apart.`)).toBeNull();
    expect(leavesOutPopulation('Is montelukast effective in children?', 'yes', 'A trial of montelukast in asthma.', ['Child, Preschool', 'Asthma'])).toBeNull();
  });

  it('leaves an uncertain verdict and a question about no group alone', () => {
    expect(leavesOutPopulation('Is colchicine safe in pregnancy?', 'uncertain', BREAST_MILK)).toBeNull();
    expect(leavesOutPopulation('Is colchicine safe for lactating women?', 'yes', BREAST_MILK)).toBeNull();
  });
});
