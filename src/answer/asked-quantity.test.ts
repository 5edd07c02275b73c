import { describe, expect, it } from 'vitest';
import { askedQuantity, givesQuantity } from './asked-quantity.js';
import { analyzeQuestion } from './analyze-question.js';

const kind = (question: string) => askedQuantity(analyzeQuestion(question));

describe('askedQuantity', () => {
  it('reads the kind of figure a question asks for', () => {
    expect(kind('How long does a course of intravenous antibiotics last in septic arthritis?')).toBe('duration');
    expect(kind('For how many weeks was esomeprazole given?')).toBe('duration');
    expect(kind('What dose of melatonin was given before dental surgery?')).toBe('dose');
    expect(kind('At what dose is methotrexate used in psoriasis?')).toBe('dose');
    expect(kind('What is the most safe amount of ibuprofen to take at one time?')).toBe('dose');
    expect(kind('What amount of alcohol can I have while breastfeeding?')).toBe('dose');
    expect(kind('How many eyes were included in the lens study?')).toBe('count');
    expect(kind('How much does knee replacement improve walking?')).toBe('magnitude');
    expect(kind('When do relapses of gout usually occur?')).toBe('time');
    expect(kind('When do seizures after stroke happen, day or night?')).toBe('choice');
  });

  it('asks for none in a yes/no question or a plain what-question', () => {
    expect(kind('Is a higher dose of vitamin D better?')).toBeUndefined();
    expect(kind('What is the treatment of gout?')).toBeUndefined();
    expect(kind('When should I see a doctor about a fever?')).toBeUndefined();
    expect(kind('How many times a day should I take it?')).toBeUndefined();
  });
});

describe('givesQuantity', () => {
  it('takes a span of time for a duration, not an age or a p-value', () => {
    expect(givesQuantity('duration', '', 'The mean duration time of surgery was 14.2 ± 4.5 minutes.')).toBe(true);
    expect(givesQuantity('duration', '', 'Participants took the drug daily for up to 4 weeks.')).toBe(true);
    expect(givesQuantity('duration', '', 'Ninety patients with a mean age of 57.4 ± 14.1 years underwent surgery (P = 0.03).')).toBe(false);
    expect(givesQuantity('duration', '', 'A 17-year-old boy presented with fever.')).toBe(false);
  });

  it('takes an amount with a unit for a dose, written with a hyphen too', () => {
    expect(givesQuantity('dose', '', 'The patients received either 6 mg melatonin or a placebo 90 minutes before surgery.')).toBe(true);
    expect(givesQuantity('dose', '', 'The prevalence was 1.8% in the 500-mg group.')).toBe(true);
    expect(givesQuantity('dose', '', 'Intrathecal 1 μg/kg of clonidine was added.')).toBe(true);
    expect(givesQuantity('dose', '', 'In equipotent doses, phenylephrine is as good as ephedrine.')).toBe(false);
  });

  it('takes a number before the counted thing or people for a count, not a time or a dose', () => {
    const q = 'How many eyes were in the lens study?';
    expect(givesQuantity('count', q, 'The study group comprised 1852 eyes and the control group, 2228 eyes.')).toBe(true);
    expect(givesQuantity('count', q, 'The analyses were based on 20 437 cataract extractions reported to the registry.')).toBe(true);
    expect(givesQuantity('count', q, 'Five months after cataract surgery, the patient presented with a second infiltrate.')).toBe(false);
    expect(givesQuantity('count', q, 'Cataract surgery had an IOP-lowering effect, in particular in short eyes.')).toBe(false);
  });

  it('takes only a count of those who did what the question asks, unless it counts the study\'s own units', () => {
    const died = 'How many patients died after pericardiotomy for cardiac tamponade?';
    expect(givesQuantity('count', died, 'This study involved 90 consecutive patients (58 males and 32 females) who underwent emergent pericardiotomy.')).toBe(false);
    expect(givesQuantity('count', died, 'During the post-discharge follow-up period (median 49 months) 32 patients died for any reason.')).toBe(true);
    const bled = 'How many children had late haemorrhage after tonsillectomy?';
    expect(givesQuantity('count', bled, 'Out of 3306 patients undergoing tonsillectomy, post-operative late haemorrhage occurred in 59 (1.78%).')).toBe(true);
    const adherent = 'How many newly diagnosed asthma patients in rural areas do not use their inhalers?';
    expect(givesQuantity('count', adherent, 'A prospective cohort of 481 newly diagnosed asthma patients from three counties were enrolled.')).toBe(false);
    expect(givesQuantity('count', adherent, 'Of these, 120 patients did not use their inhalers as prescribed.')).toBe(true);
    expect(givesQuantity('count', 'How many patients received intrathecal clonidine?', 'A total of 100 patients scheduled for surgery were randomly allocated into four groups.')).toBe(true);
  });

  it('takes a change given as a figure for a magnitude', () => {
    expect(givesQuantity('magnitude', '', 'The mean improvements of the rating scale parts II and III were 32.5% and 31.5%, respectively.')).toBe(true);
    expect(givesQuantity('magnitude', '', 'Cataract surgery was found to reduce IOP by a mean of 1.46 mm Hg.')).toBe(true);
    expect(givesQuantity('magnitude', '', 'The functional state of patients improved significantly after stimulation (P < 0.001).')).toBe(false);
  });

  it('takes a fold written in words, and "N times higher", for a magnitude', () => {
    // PMID 10677309 of the shipped corpus: "How much higher is the breast cancer risk in ATM heterozygotes?"
    expect(givesQuantity('magnitude', '', 'We conclude that ATM heterozygotes have an approximately ninefold-increased risk of developing a type of breast cancer characterized by frequent bilateral occurrence, early age at onset, and long-term survival.')).toBe(true);
    // PMID 24851767.
    expect(givesQuantity('magnitude', '', 'The odds of postsurgical atrophy were 15.66 times higher for an abdominal vs. inguinal location (95% CI: 5.5-44.6).')).toBe(true);
    expect(givesQuantity('magnitude', '', 'Carriers had a twofold risk of stroke.')).toBe(true);
    expect(givesQuantity('magnitude', '', 'The scan was repeated three times in each patient.')).toBe(false);
    expect(givesQuantity('magnitude', '', 'The causes of this decline are manifold.')).toBe(false);
  });

  it('reads "by N" as a change, not as the people something was done by', () => {
    // PMID 26209831 of the shipped corpus: who reported it, not by how much anything changed.
    expect(givesQuantity('magnitude', '', 'A history of endometriosis was reported by 1,228 female twins.')).toBe(false);
    expect(givesQuantity('magnitude', '', 'The questionnaire was completed by 312 nurses in four hospitals.')).toBe(false);
    expect(givesQuantity('magnitude', '', 'The sessions were run by 12 trained volunteers.')).toBe(false);
    expect(givesQuantity('magnitude', '', 'Length of stay was shortened by 2.5 days in the early-feeding group.')).toBe(true);
    expect(givesQuantity('magnitude', '', 'Systolic pressure fell by 12 after the first month.')).toBe(true);
    expect(givesQuantity('magnitude', '', 'Waiting lists grew by 1,200 in a year.')).toBe(true);
  });

  it('takes a figure beside each alternative of a choice, not a clock time', () => {
    const q = 'When do late bleeds after surgery happen, day or night?';
    expect(givesQuantity('choice', q, 'We noted that 42 episodes (71.2%) occurred in the night-time and 17 (28.8%) in the day-time.')).toBe(true);
    expect(givesQuantity('choice', q, 'For each case we studied whether they recurred in the day-time (between 9.00 a.m. and 9.00 p.m.) or in the night-time.')).toBe(false);
    expect(givesQuantity('choice', q, 'The incidence of late haemorrhage was 1.78%. A difference was found between night-time and day-time haemorrhages.')).toBe(false);
  });
});

describe('analyzeQuestion with a degree word', () => {
  it('takes no concept from "how long", "how many" or "at what age"', () => {
    const words = (q: string) => analyzeQuestion(q).concepts.map((c) => c.word);
    expect(words('How long does the response to rituximab last?')).not.toContain('long');
    expect(words('How many eyes were in the study?')).not.toContain('many');
    expect(words('At what age does Huntington disease start?')).not.toContain('age');
    expect(words('Is long-term colchicine safe?')).toContain('long');
  });
});

describe('a level asked', () => {
  it('reads "what level", "which threshold", "at what cut-off" as asking for a level, not a level of evidence', () => {
    expect(kind('What ferritin level before pregnancy prevents anaemia?')).toBe('level');
    expect(kind('At what PSA threshold should a biopsy be done?')).toBe('level');
    expect(kind('Which cut-off of troponin rules out infarction?')).toBe('level');
    expect(kind('What level of evidence supports acupuncture for back pain?')).toBeUndefined();
    expect(kind('What is the predictive value of MRI in knee injury?')).toBeUndefined();
  });

  it('takes a figure in a unit of concentration or a bound on a figure, not an odds ratio or a p-value alone', () => {
    expect(givesQuantity('level', '', 'Transfusion was more likely with a preoperative haemoglobin below 12 g/dl (OR 2.9).')).toBe(true);
    expect(givesQuantity('level', '', 'A ferritin concentration of 30 ng/mL identified iron deficiency.')).toBe(true);
    expect(givesQuantity('level', '', 'Biopsy was advised when PSA was ≥ 4.')).toBe(true);
    expect(givesQuantity('level', '', 'Optimising the preoperative haemoglobin level reduces allogeneic transfusion.')).toBe(false);
    expect(givesQuantity('level', '', 'Risk rose with lower haemoglobin (OR 3.8, P = 0.001).')).toBe(false);
  });
});
