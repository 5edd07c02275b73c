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

  // The cases below are plain (patient) wordings of shipped-corpus sentences, as clinq's answers show them.
  it('reads a condition with its abbreviation in brackets and keeps the abbreviation', () => {
    // PMID 10924409
    expect(caregiverText('Patients with familial adenomatous polyposis (FAP) most often develop hundreds to thousands of benign colorectal tumors and early-onset colorectal cancer.')).toBe(
      'If the person you care for has familial adenomatous polyposis (FAP), they most often develop hundreds to thousands of benign colorectal tumors and early-onset colorectal cancer.',
    );
    // PMID 10213492: "carry ... and" is a verb phrase, not part of the condition.
    const carry = 'Patients with familial adenomatous polyposis coli (APC) carry germ-line changes in the APC gene and develop many colorectal adenomas and later cancers early in life.';
    expect(caregiverText(carry)).toBe(carry);
  });

  it('keeps a sex restriction of the population in the caregiver wording', () => {
    // PMID 9700175
    expect(caregiverText('Women with changes in either the BRCA1 or the BRCA2 gene have a high lifetime risk of ovarian cancer.')).toBe(
      'If the person you care for is a woman with changes in either the BRCA1 or the BRCA2 gene, they have a high lifetime risk of ovarian cancer.',
    );
    // PMID 26518062
    expect(caregiverText('HIV-infected women are at increased risk of human papillomavirus (HPV) infection.')).toBe(
      'If the person you care for is a woman who is HIV-infected, they are at increased risk of human papillomavirus (HPV) infection.',
    );
    // PMID 24172579: a comparison between the sexes stays.
    const compared = 'Women are more likely to have a worse result after a sudden stroke than men.';
    expect(caregiverText(compared)).toBe(compared);
  });

  it('turns a condition named before "patients" into what the person has, and a state into what the person is', () => {
    // PMID 27146470
    expect(caregiverText('Tuberculosis patients face many problems following the long-term, rigorous tuberculosis treatment plan.')).toBe(
      'If the person you care for has tuberculosis, they face many problems following the long-term, rigorous tuberculosis treatment plan.',
    );
    // PMID 19054501
    expect(caregiverText('Schizophrenia patients have motion perception deficit.')).toBe('If the person you care for has schizophrenia, they have motion perception deficit.');
    expect(caregiverText('DMD patients develop weak muscles.')).toBe('If the person you care for has DMD, they develop weak muscles.');
    // PMID 23228527
    expect(caregiverText('Mechanically ventilated patients experience profound stress.')).toBe(
      'If the person you care for is mechanically ventilated, they experience profound stress.',
    );
  });

  it.each([
    // Shares of a cohort, subgroups and comparisons.
    ['1577476', 'Two-thirds of Duchenne muscular dystrophy (DMD) patients carry detectable deletions in their dystrophin gene.'],
    ['10369860', 'Most VCFS/DGS patients have a similar 3 Mb deletion.'],
    ['17610439', 'Weekend heart attack patients are clearly less likely to get immediate intensive heart procedures, and experience clearly higher rates of harmful health results.'],
    ['18847643', 'Trauma patients have a significant problem rate linked to blood thinning treatment, and predicting which patients will develop a problem remains unclear.'],
    ['22813804', 'Obese patients are more likely to have rib and pelvic injuries.'],
    ['17244100', 'Minority patients with cancer experience worse control of their pain than do their white counterparts.'],
    ['144081', 'Carriers of G6PD deficiency are residents of 11 villages found in Alasani-Aphtalan valley, highly endemic with malaria in the past.'],
    // Laboratory findings about genes.
    ['10077614', 'Denys-Drash syndrome patients are constitutionally heterozygous for exonic point changes in WT1, which include gene changes predicted to truncate the protein within the C-terminal zinc finger region.'],
    ['8640236', 'People who inherit one mutant allele are at increased risk for breast cancer, and the tumours they develop lose the wild-type allele by heterozygous deletion.'],
    // Not the patients, or no condition named.
    ['22303473', 'Family caregivers of dementia patients are at increased risk of getting depression or anxiety.'],
    ['9360520', 'Affected people are not symptomatic at birth, but most often develop diabetes insipidus at 1-6 yr of age.'],
  ])('leaves PMID %s’s sentence about a cohort, a comparison, a laboratory finding or other people as it is, while the general fact changes', (_pmid, sentence) => {
    expect(caregiverText(sentence)).toBe(sentence);
    // The same text with a general statement after it: only that statement is addressed to the caregiver.
    expect(caregiverText(`${sentence} Tuberculosis patients face many problems.`)).toBe(`${sentence} If the person you care for has tuberculosis, they face many problems.`);
  });

  it('keeps a linking word, a describing aside and a "who have" clause word for word', () => {
    // PMID 218453
    expect(caregiverText('So people with adrenoleukodystrophy (ALD) and adrenomyeloneuropathy (AMN) may have subclinical partial adrenocrotical insufficiency.')).toBe(
      'So if the person you care for has adrenoleukodystrophy (ALD) and adrenomyeloneuropathy (AMN), they may have subclinical partial adrenocrotical insufficiency.',
    );
    // PMID 9457914
    expect(
      caregiverText('Patients with generalized atrophic benign epidermolysis bullosa, a most often nonlethal form of junctional epidermolysis bullosa, have generalized blistering, nail dystrophy, patchy hair loss, and dental problems.'),
    ).toBe(
      'If the person you care for has generalized atrophic benign epidermolysis bullosa, a most often nonlethal form of junctional epidermolysis bullosa, they have generalized blistering, nail dystrophy, patchy hair loss, and dental problems.',
    );
    // PMID 8589723
    expect(caregiverText('People who have rare alleles of the variable number of tandem repeats (VNTR) have an increased risk of certain types of cancers.')).toBe(
      'If the person you care for has rare alleles of the variable number of tandem repeats (VNTR), they have an increased risk of certain types of cancers.',
    );
  });
});
