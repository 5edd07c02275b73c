import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { askedPopulations, isPopulationSubject, leavesOutPopulation, namesPeople, speaksOfPopulation } from './population.js';
import { subjectGroups } from './subject-groups.js';

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

  it('reads a group by any of its people nouns and state words, one vocabulary for all questions', () => {
    expect(askedPopulations('Is the vaccine safe for frail elderly patients?')).toEqual(['older people']);
    expect(askedPopulations('Does exercise help among older smokers?')).toEqual(['older people']);
    expect(askedPopulations('Is screening useful among pregnant women in rural areas?')).toEqual(['pregnancy', 'women or men']);
    expect(askedPopulations('Is melatonin effective in preterm infants?')).toEqual(['children']);
    // "older" of children says which children; "nursing" of a nursing home no breastfeeding; "girls than boys" a sex.
    expect(askedPopulations('Is surgery safe in older children?')).toEqual(['children']);
    expect(askedPopulations('Is pulse pressure predictive of mortality in older patients living in nursing homes?')).toEqual(['older people']);
    expect(askedPopulations('Is the disease more severe in girls than in boys?')).toEqual(['women or men']);
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

  it('holds no verdict to a sex asked about: most studies of both speak for each', () => {
    expect(leavesOutPopulation('Is aspirin effective in women?', 'yes', 'Aspirin lowered the risk of stroke in 3000 adults.')).toBeNull();
  });

  it('leaves an uncertain verdict and a question about no group alone', () => {
    expect(leavesOutPopulation('Is colchicine safe in pregnancy?', 'uncertain', BREAST_MILK)).toBeNull();
    expect(leavesOutPopulation('Is colchicine safe for lactating women?', 'yes', BREAST_MILK)).toBeNull();
  });
});

describe('speaksOfPopulation', () => {
  it('reads older people in ages, age words and the words for older women', () => {
    for (const text of ['Participants aged 65 years and older were enrolled.', 'We studied 300 elderly volunteers.', 'A survey of seniors living at home.', 'Older adults walked daily.', 'In postmenopausal women, bone loss slowed.', 'Patients of a geriatric ward.']) {
      expect(speaksOfPopulation('older people', text)).toBe(true);
    }
    expect(speaksOfPopulation('older people', 'Patients aged 20-40 years were enrolled.')).toBe(false);
    expect(speaksOfPopulation('older people', 'Middle-aged adults were enrolled.')).toBe(false);
  });

  it('reads children as newborns, infants, school pupils, paediatric patients and young ages', () => {
    for (const text of ['Neonates were given the drug.', 'We studied preterm infants.', 'A pediatric cohort.', 'A survey of schoolchildren in Kenya.', 'Patients aged 2-12 years were enrolled.', 'Toddlers and babies were seen.']) {
      expect(speaksOfPopulation('children', text)).toBe(true);
    }
    expect(speaksOfPopulation('children', 'Premature ejaculation was treated in 80 men.')).toBe(false);
  });

  it('reads pregnancy as gravid, antenatal and gestation', () => {
    for (const text of ['Gravid women were enrolled.', 'Antenatal care visits were counted.', 'Exposure at 20 weeks of gestation.', 'Nulligravid women had a higher risk.']) {
      expect(speaksOfPopulation('pregnancy', text)).toBe(true);
    }
    expect(speaksOfPopulation('pregnancy', 'Colchicine in breast milk of lactating women.')).toBe(false);
  });

  it('reads the MeSH check tags an article was indexed with', () => {
    expect(speaksOfPopulation('older people', 'A cohort of adults.', ['Aged'])).toBe(true);
    expect(speaksOfPopulation('older people', 'A cohort of adults.', ['Middle Aged'])).toBe(false);
  });
});

describe('isPopulationSubject (one vocabulary with the groups)', () => {
  const populations = (question: string) => subjectGroups(analyzeQuestion(question)).filter((g) => isPopulationSubject(question, g)).map((g) => g.text);

  it('reads a group\'s state words and any people noun as who is asked about', () => {
    expect(populations('Does hormone therapy prevent fractures in elderly women?')).toEqual(['elderly women']);
    expect(populations('Does vitamin D help in lactating women?')).toEqual(['lactating women']);
    expect(populations('Is caffeine safe in healthy volunteers?')).toEqual(['healthy volunteers']);
  });
});

describe('namesPeople', () => {
  it('reads the people an abstract studied, however named', () => {
    expect(namesPeople('We followed 711 hemochromatosis probands.')).toBe(true);
    expect(namesPeople('Emergency medicine residents were surveyed.')).toBe(true);
    expect(namesPeople('Phone use in teens and in the elderly.')).toBe(true);
    expect(namesPeople('A 34-year-old presented with fever.')).toBe(true);
  });

  it('does not read people in words laboratory and animal studies write too', () => {
    expect(namesPeople('The database lets users search binding profiles of transcription factors.')).toBe(false);
    expect(namesPeople('The ER resident chaperone binds nascent proteins in each group of cells.')).toBe(false);
    expect(namesPeople('Survivors of each cohort of mice were sacrificed.')).toBe(false);
  });
});
