import { describe, expect, it } from 'vitest';
import { caregiverText } from './caregiver-text.js';

// Sentences copied verbatim from abstracts of clinq's shipped corpus (data/corpus; MEDLINE, courtesy of the U.S.
// National Library of Medicine), each after its PMID.
describe('caregiverText', () => {
  it('turns a sentence on what people with a condition experience to the person the reader cares for', () => {
    // PMID 10924409
    expect(caregiverText('Patients with FAP typically develop hundreds to thousands of benign colorectal tumors and early-onset colorectal cancer.')).toBe(
      'If the person you care for has FAP, they typically develop hundreds to thousands of benign colorectal tumors and early-onset colorectal cancer.',
    );
    // PMID 15588538
    expect(caregiverText('Patients with chronic functional somatic symptoms have a great diversity of functional somatic symptoms.')).toBe(
      'If the person you care for has chronic functional somatic symptoms, they have a great diversity of functional somatic symptoms.',
    );
    // PMID 10706858, as the plain wording leaves its conclusion.
    expect(caregiverText('Persons with PROS1 gene defects and protein S deficiency are at increased risk of blood clotting.')).toBe(
      'If the person you care for has PROS1 gene defects and protein S deficiency, they are at increased risk of blood clotting.',
    );
  });

  it('keeps hedges and negations word for word and names a child as a child', () => {
    expect(caregiverText('Children with asthma may not need daily medicine.')).toBe(
      'If the child you care for has asthma, they may not need daily medicine.',
    );
    expect(caregiverText('People with gout do not always feel pain between attacks.')).toBe(
      'If the person you care for has gout, they do not always feel pain between attacks.',
    );
  });

  it('changes only the sentence about people with the condition and keeps the others and their spacing', () => {
    const text = 'Gout is a kind of arthritis. People with gout often have sudden joint pain. Hypoxia means too little oxygen.';
    expect(caregiverText(text)).toBe(
      'Gout is a kind of arthritis. If the person you care for has gout, they often have sudden joint pain. Hypoxia means too little oxygen.',
    );
  });

  it.each([
    // Study groups, results and protocols: the person the reader helps was not in the study.
    ['26702164', 'Patients with albuminuria were more likely to have hypertension (odds ratio [OR] 3.47, 95% confidence interval [CI] 1.55-7.80).'],
    ['8262881', 'Patients with psychotic BDD displayed a significantly higher rate of lifetime DSM-III-R psychotic disorder diagnoses than patients with nonpsychotic BDD.'],
    ['10480348', 'Individuals with normal ERGs have mutations predominantly located 5 of the transcript initiation site of Dp260.'],
    ['26702203', 'Patients could administer additional PCEA doses of 4 ml of their study solution with a lock-out time of 10 min.'],
    ['17008699', 'Patients who wanted to choose their own treatment (n = 119) are described here.'],
    // The same, in the plain wording: a treatment the study gave, and a laboratory finding.
    ['25974212', 'Patients with early stage diffuse large B-cell lymphoma get RCHOP (rituximab cyclophosphamide, doxorubicin, vincristine, prednisone) alone or with involved field radiation treatment.'],
    ['10480348', 'Individuals with normal ERGs have gene changes mostly found 5 of the transcript start site of Dp260.'],
    // No condition is named, so "the person you care for" would have to guess one.
    ['25855685', 'Patients may experience ambivalence about suppressing behaviors that they have come to rely upon for management of stress and anxiety, even if these behaviors represent symptoms of a psychiatric illness.'],
    ['10923035', 'Patients present with partial, then generalized seizures, with onset at age three months.'],
    ['17224424', 'Women may benefit more from interventions aimed to increase physical activity as a tool for prevention of cardiovascular morbidity and mortality.'],
  ])('leaves PMID %s’s sentence about a study group or an unnamed condition as it is', (_pmid, sentence) => {
    expect(caregiverText(sentence)).toBe(sentence);
  });

  it('leaves sentences about randomised groups, comparisons and subgroups as they are', () => {
    for (const sentence of [
      'Patients with gout were randomised to colchicine or placebo.',
      'Patients with gout have more flares than people without gout.',
      'Patients with gout in our clinic have sudden joint pain.',
      'Patients with gout who take colchicine have fewer flares.',
      'Most patients with gout have sudden joint pain.',
      'Patients with gout are treated with colchicine.',
    ]) {
      expect(caregiverText(sentence)).toBe(sentence);
    }
  });
});
