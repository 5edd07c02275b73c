import { describe, expect, it } from 'vitest';
import { askedAspects, leadWithAskedAspect, leavesOutAspect, withoutAspectNouns } from './asked-aspect.js';

describe('askedAspects', () => {
  it.each([
    ['What fever level should I be concerned?', 'level'],
    ['How high can blood pressure go before it is dangerous?', 'level'],
    ['How many mg of melatonin do you recommend?', 'dose'],
    ['How much ibuprofen can I take in a day?', 'dose'],
    ['Is it normal for a stomach flu to last this long?', 'duration'],
    ['How long does a migraine last?', 'duration'],
    ['Ok I will do the blood pressure checks, how often?', 'frequency'],
    ['How often should peripheral IV cannulas be resited to cut down on phlebitis?', 'frequency'],
    ['How often do I need to change the dressing?', 'frequency'],
    ['How often is the codon 877 androgen receptor mutation found in advanced prostate cancer?', 'occurrence'],
    ['How often does a pilonidal cyst come back after surgery?', 'occurrence'],
    ['How much does an MRI cost?', 'cost'],
    ['What are the side effects of lidocaine?', 'side effects'],
    ['Should I start with an ENT?', 'seeing a doctor'],
    ['Does a CBC show low blood platelets?', 'test result'],
    ['What about BV can that be tested as well?', 'test result'],
    ['Is the testing also testing for yeast infection?', 'test result'],
    ['What would a colonoscopy show?', 'test result'],
    ['At what point should I go to the ER?', 'seeing a doctor'],
  ])('hears that "%s" asks for %s', (question, name) => {
    expect(askedAspects(question).map((a) => a.name)).toContain(name);
  });

  it('hears how often a thing is done apart from how often it is found', () => {
    expect(askedAspects('How often should peripheral IV cannulas be resited?').map((a) => a.name)).not.toContain('occurrence');
    expect(askedAspects('How often is the mutation found in prostate cancers?').map((a) => a.name)).not.toContain('frequency');
  });

  it.each([
    'Does high-dose radiotherapy benefit palliative lung cancer patients?',
    'Delayed imaging in routine CT examinations of the abdomen and pelvis: is it worth the additional cost of radiation and time?',
    'Are physicians aware of the side effects of angiotensin-converting enzyme inhibitors?',
  ])('hears a research yes/no question "%s" name a dose, cost or side effect without asking for it', (question) => {
    expect(askedAspects(question)).toEqual([]);
  });

  it.each(['What causes genital warts?', 'Has LB-100 been tested in clinical trials?', 'Brensocatib was tested for treatment of which disease?', 'Does low thyroid contribute to weight gain?', 'Is a colonoscopy required for me?'])(
    'hears no particular aspect in "%s"',
    (question) => {
      expect(askedAspects(question)).toEqual([]);
    },
  );
});

describe('leavesOutAspect', () => {
  it('says what the sentences leave out when none gives the level asked for', () => {
    expect(leavesOutAspect('What fever level should I worry about?', ['Of particular concern are female members of kindreds segregating X-ALD gene changes.'])).toBe(
      'The articles found do not say what level or reading is meant, which the question asks.',
    );
  });

  it('accepts a sentence that gives the level', () => {
    expect(leavesOutAspect('What fever level should I worry about?', ['Fever was defined as a temperature of 38.0 °C or above.'])).toBeNull();
  });

  it.each([
    ['How many mg of melatonin do you recommend?', 'Melatonin 3 mg at bedtime shortened sleep onset.'],
    ['How long does a migraine last?', 'Attacks lasted 4 to 72 hours.'],
    ['How often should I check my blood pressure at home?', 'Patients measured their blood pressure twice daily.'],
    ['What are the side effects of pregabalin?', 'Somnolence and dizziness were the commonest adverse events.'],
    ['When should I see a doctor for a cough?', 'Children with cough lasting over 4 weeks should be referred to a specialist.'],
  ])('lets "%s" through when a sentence gives it', (question, sentence) => {
    expect(leavesOutAspect(question, ['An unrelated sentence.', sentence])).toBeNull();
  });

  it('hears no duration in a case sentence giving a patient\'s age (K-QA "How long will it take for symptoms to reside")', () => {
    const sentences = [
      'The patient (J. B.), a 17-year-old white male with PWS, was found to have 47 chromosomes with a supernumerary, paternal der (15) consisting of the short arm and the proximal long arm of chromosome 15, and distal chromosome arm 3p.',
      'Fluorescent in situ hybridization analysis demonstrated that the PWS critical region resided on the derivative chromosome 3 and that there was no deletion of the PWS region on the normal pair of 15s present in J. B.',
    ];
    expect(leavesOutAspect('How long will it take for symptoms to reside', sentences)).toMatch(/how long it lasts or takes/);
  });

  it.each([
    'Children aged 2 to 5 years recovered within 10 days.',
    'In a 45-year-old woman the rash lasted 3 weeks.',
  ])('still hears the duration beside an age in "%s"', (sentence) => {
    expect(leavesOutAspect('How long does the rash last?', [sentence])).toBeNull();
  });

  it('refuses a dose question answered with what a drug does', () => {
    expect(leavesOutAspect('How much melatonin should I take at night?', ['Melatonin secretion is regulated by AMPK in the pineal gland.'])).toMatch(/what dose/);
  });

  it('accepts a test question whose direct answer says what the test detects', () => {
    expect(leavesOutAspect('Does a CBC show low platelets?', ['A complete blood count detected thrombocytopenia in 12% of patients.'])).toBeNull();
  });

  it('refuses a test question whose direct answer is a risk factor, whatever the other points say', () => {
    expect(leavesOutAspect('Can BV be tested as well?', ['The unmarried status was a borderline risk factor for BV after adjustment for age.', 'BV was diagnosed among 55 women.'])).toMatch(/what the test shows/);
  });

  it('has nothing to say of a question that asks for no particular aspect', () => {
    expect(leavesOutAspect('What causes genital warts?', ['Human papillomavirus causes genital warts.'])).toBeNull();
  });
});

describe('withoutAspectNouns', () => {
  it('leaves no subject word in a follow-up that only asks for side effects or cost', () => {
    expect(withoutAspectNouns('And the side effects?').replace(/\s+/g, ' ').trim()).toBe('And the ?');
    expect(withoutAspectNouns('What about the cost?').replace(/\s+/g, ' ').trim()).toBe('What about the ?');
  });

  it('keeps the subject a side effect is asked of', () => {
    expect(withoutAspectNouns('What are the side effects of colchicine?')).toContain('colchicine');
  });
});

describe('leadWithAskedAspect', () => {
  const sentence = (text: string, section = 'UNASSIGNED', aim = false) => ({ passage: { text, section, aim } });
  const count = sentence('One-hundred-fourteen trauma patients were initiated on therapeutic anticoagulation.');
  const rate = sentence('Trauma patients have a significant complication rate related to anticoagulation therapy, and predicting which patients will develop a complication remains unclear.');
  const question = 'What are the complications of therapeutic anticoagulation in trauma patients?';

  it('puts a sentence giving the complications asked for before one that does not', () => {
    expect(leadWithAskedAspect(question, count, [count, rate])).toBe(rate);
  });

  it('keeps the chosen sentence when it gives them, or when no other does', () => {
    expect(leadWithAskedAspect(question, rate, [count, rate])).toBe(rate);
    expect(leadWithAskedAspect(question, count, [count])).toBe(count);
  });

  it('does not lead with a sentence that covers much less of the question', () => {
    const chosen = { passage: { text: 'Pregabalin was given to 120 patients with neuropathic pain.', section: 'RESULTS', coverage: 0.9 } };
    const other = { passage: { text: 'Serious side effects were reported in three people in the nifedipine group.', section: 'RESULTS', coverage: 0.5 } };
    expect(leadWithAskedAspect('What are the side effects of pregabalin?', chosen, [chosen, other])).toBe(chosen);
  });

  it('never lets a title or a statement of aims lead', () => {
    const title = sentence('Therapeutic anticoagulation in the trauma patient: is it safe and what are its complications?', 'title');
    expect(leadWithAskedAspect(question, count, [title])).toBe(count);
  });

  it('leads with the side effects a follow-up asks for', () => {
    const cough = sentence('Angiotensin-converting enzyme inhibitors (ACE-I) are considered safe, but they are associated with characteristic side effects, namely cough and angioedema, usually requiring discontinuation.');
    const survey = sentence('A questionnaire was sent to 800 physicians in the region.');
    expect(leadWithAskedAspect('And the side effects? (ACE inhibitors)', survey, [survey, cough])).toBe(cough);
  });

  it('leads with a complication named by its kind (a haemorrhage, an injury)', () => {
    // PMIDs of the shipped corpus on tonsillectomy.
    const cost = sentence('Significant differences in costs, outcomes, and patient factors exist for inpatient tonsillectomy based on hospital type.');
    const bleed = sentence('The incidence of post-tonsillectomy late haemorrhage in our study population was 1.78%.');
    expect(leadWithAskedAspect('What are the complications of tonsillectomy?', cost, [cost, bleed])).toBe(bleed);
    const injury = sentence('Male sex is an independent risk factor for conversion to open cholecystectomy and biliary injuries.');
    const safe = sentence('Day case laparoscopic cholecystectomy is feasible and cost-effective when patients are carefully selected.');
    expect(leadWithAskedAspect('What are the complications of laparoscopic cholecystectomy?', safe, [safe, injury])).toBe(injury);
  });

  it('does not refuse a question on complications whose sentences name them otherwise', () => {
    expect(leavesOutAspect('What are the complications of diabetes?', ['Diabetic nephropathy and retinopathy were common.'])).toBeNull();
  });
});

describe('how often a thing is found', () => {
  // PMID 8187068: the share of specimens says how often the mutation is found; "frequently observed" in a speculation
  // said it only in a word, and led before.
  it('takes a share for how often a thing is found, not for how often something is done', () => {
    const found = 'How often is the codon 877 androgen receptor mutation found in advanced prostate cancer?';
    const share = 'Direct sequencing of the polymerase chain reaction-derived DNAs of 6 of 24 specimens revealed a codon 877 mutation (ACT-- > GCT, Thr-- > Ala) in the hormone-binding domain of the AR gene.';
    expect(leavesOutAspect(found, [share])).toBeNull();
    expect(leavesOutAspect('How often does a pilonidal cyst come back after surgery?', ['The cyst recurred in 12% of patients within two years.'])).toBeNull();
    expect(leavesOutAspect('How often should I change the dressing?', ['The wound became infected in 12% of patients.'])).not.toBeNull();
    expect(leavesOutAspect('How often should I change the dressing?', ['Dressings were changed every 48 hours.'])).toBeNull();
  });
});
