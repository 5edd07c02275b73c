import { describe, expect, it } from 'vitest';
import { describesSample, onlySaysHowDone, presentsCase, reportsResult, statesMethod } from './states-method.js';

describe('statesMethod', () => {
  it('reads how a study was done as a method: its sample, its groups and its procedures', () => {
    expect(statesMethod('The study evaluated 4 patients with FMF who had been taking colchicine on a long-term basis.')).toBe(true);
    expect(statesMethod('The control group consisted of 40 consecutive FMF patients, who arrived at the FMF clinic for their regular follow-up visit and were 40 years of age or older at the time of the examination.')).toBe(true);
    expect(statesMethod('Mutational analysis in the FMF gene was performed using a commercial kit.')).toBe(true);
    expect(statesMethod('A total of 83 EoE patients and 121 control subjects were included.')).toBe(true);
    expect(statesMethod('The analysis is based on 122 of 143 previously untreated patients with NPC treated with radiation therapy at The University of Texas M. D. Anderson Cancer Center between 1983 and 1992.')).toBe(true);
    expect(statesMethod('The women were also divided into two groups according to the gestational age one group included 414 women in 24-37 weeks gestation, and the other group included 286 women in term pregnancy.')).toBe(true);
  });

  it('reads the authors\' own doing, also behind an opening phrase, as a method', () => {
    expect(statesMethod('Using a specific radioimmunoassay, we determined colchicine concentrations in the serum and breast milk of 4 patients at various time points, following oral administration of the drug.')).toBe(true);
    expect(statesMethod('We have now tested, in a blind study, 26 American TSD carriers and 28 non-carriers who have British ancestry for the intron 9 splice site mutation.')).toBe(true);
    expect(statesMethod('By independent screening of titles and abstracts, two investigators selected original studies examining the influence of paternal age on oocyte donation outcomes.')).toBe(true);
    expect(statesMethod('Following the birth of two infants with Tay-Sachs disease (TSD), a non-Jewish, Pennsylvania Dutch kindred was screened for TSD carriers using the biochemical assay.')).toBe(true);
    expect(statesMethod('A panel of patients with Duchenne and Becker muscular dystrophy (DMD and BMD) has been screened with the cDNA probes Cf56a and Cf23a, which detect exons in the central part of the DMD gene.')).toBe(true);
    expect(statesMethod('METHODS: A retrospective chart review of all patients undergoing placement of SEMS between May 1997 and January 2000 was performed')).toBe(true);
    expect(statesMethod('We report our examination of the stage in which migraine tends to be induced focusing on the variation of atmospheric pressure.')).toBe(true);
  });

  it('keeps results that name their methods, and facts in the present tense, as findings', () => {
    expect(statesMethod('Patients randomized to colchicine had fewer attacks than those given placebo.')).toBe(false);
    expect(statesMethod('Using both antisera, we found positive nuclear membrane staining in skeletal, cardiac and smooth muscles in the normal controls.')).toBe(false);
    expect(statesMethod('This applied whether donor (young) or own (older) eggs were used.')).toBe(false);
    expect(statesMethod('Acupotomy has been widely used to treat calcaneodynia.')).toBe(false);
    expect(statesMethod('Colchicine is used to prevent attacks of familial Mediterranean fever.')).toBe(false);
    expect(statesMethod('All patients were assessed for conditions known to be associated with the development or presence of NP.')).toBe(true);
    expect(statesMethod('Owing to the fact that it would affect thrombocyte function, women who have the following conditions were excluded from the study.')).toBe(true);
    expect(statesMethod('Of those who were enrolled, 30 died within a year.')).toBe(false);
    expect(statesMethod('By electrophysiological tests and magnetic resonance imaging it was determined that two patients had cerebral ALD.')).toBe(false);
    expect(statesMethod('Twenty-nine patients were found to have acute hepatitis C, representing 0.75% of all new referrals for hepatitis C.')).toBe(false);
    expect(statesMethod('Renal amyloidosis, prevented by colchicine, is the most severe complication of FMF, a disorder associated with mutations in the MEFV gene.')).toBe(false);
  });
});

describe('statesMethod of a study done as the sentence\'s last word', () => {
  it('reads "A literature review looking at ... was conducted." as a method however long its subject (K-QA)', () => {
    expect(statesMethod('A literature review looking at rates, presentation, and management of spontaneous hemoperitoneum, enlargement, abscess, and rupture of an endometrioma, uterine rupture, and bowel perforation in pregnant women with endometriosis was conducted.')).toBe(true);
  });

  it('keeps a sentence that goes on to a result after the study as a finding', () => {
    expect(statesMethod('A review of 40 cases was conducted and showed no recurrence after laparoscopic myomectomy.')).toBe(false);
  });
});

describe('describesSample', () => {
  it('reads a group given something, a counted sample and what it underwent or kept, and a defined term as methods', () => {
    expect(describesSample('The control group of patients received a PLT transfusion on randomly selected dates without experiencing an FTR.')).toBe(true);
    expect(describesSample('Sixteen patients underwent SLL, and thirty-four patients refused the procedure (NSLL).')).toBe(true);
    expect(describesSample('Sixty-seven patients (65 with Stage IV disease) received induction chemotherapy.')).toBe(true);
    expect(describesSample('All of patients with migraine maintained a headache diary to record atmospheric pressures when they developed a migraine.')).toBe(true);
    expect(describesSample('Of three cases with Roux-en-Y reconstruction, two underwent DBE in order to perform biopsies of the excluded duodenum.')).toBe(true);
    expect(describesSample('The "event" was defined as the PLT transfusion that caused the FTR in the FTR group or the index PLT transfusion in the control group.')).toBe(true);
  });

  it('reads the sample\'s state at entry as methods, and a change after it as a finding', () => {
    // PMID 22303473 of the shipped corpus.
    expect(describesSample('Caregivers did not meet the diagnostic criteria for depressive or anxiety disorder at baseline.')).toBe(true);
    expect(describesSample('All patients were free of symptoms at enrolment.')).toBe(true);
    expect(describesSample('Caregivers did not develop depressive disorder during the 12 months of follow-up.')).toBe(false);
  });

  it('keeps what a group or sample came to as a finding', () => {
    expect(describesSample('The treatment group received fewer transfusions than the controls.')).toBe(false);
    expect(describesSample('All patients who received colchicine improved.')).toBe(false);
    expect(describesSample('All of the patients with SLS were found to carry mutations.')).toBe(false);
  });
});

describe('presentsCase', () => {
  it('reads the opening of a case report as such', () => {
    expect(presentsCase('A 45-year-old woman presented with a sudden severe headache.')).toBe(true);
    expect(presentsCase('We present three patients with spontaneous intracranial hypotension who failed conservative treatment.')).toBe(true);
    expect(presentsCase('We describe a patient with typical clinical features of the fragile X syndrome.')).toBe(true);
    expect(presentsCase('We report on a thrombocytopenic female belonging to a pedigree with the Wiskott-Aldrich syndrome (WAS).')).toBe(true);
  });

  it('reads a case introduced by its patient\'s age after "The first patient was" or "The patient (J. B.)," as such', () => {
    expect(presentsCase('The first patient was a 71-year-old woman whose medical history included arterial hypertension, stable coronary artery disease, diabetes mellitus, chronic obstructive pulmonary disease (COPD), and hypercholesterolemia; she had previously undergone left-sided mastectomy and radiotherapy.')).toBe(true);
    expect(presentsCase('The patient (J. B.), a 17-year-old white male with PWS, was found to have 47 chromosomes with a supernumerary, paternal der (15) consisting of the short arm and the proximal long arm of chromosome 15, and distal chromosome arm 3p.')).toBe(true);
  });

  it('does not take a reported finding for a case', () => {
    expect(presentsCase('We report another mutation in a Japanese family.')).toBe(false);
    expect(presentsCase('We present evidence that insomnia with objective short sleep duration is the most severe phenotype.')).toBe(false);
  });
});

describe('reportsResult', () => {
  it('tells a result in a methods section from the methods around it', () => {
    expect(reportsResult('Propensity-score matching identified 27,640 patients; Black race was associated with worse 5-year overall survival (67.5% vs 70.2%, P = .003).')).toBe(true);
    expect(reportsResult('A retrospective analysis was performed of Black or White patients with nonmetastatic colon cancer in the SEER registry between 2008 and 2016.')).toBe(false);
  });
});

describe('statesMethod with a measure named as what was collected', () => {
  it('reads data abstracted on a correlation coefficient as a method', () => {
    expect(statesMethod('Data were abstracted on study characteristics, patient population, baseline central venous pressure, the correlation coefficient, and/or the AUC between central venous pressure and change in stroke volume index/cardiac index and the percentage of fluid responders.')).toBe(true);
  });

  it('reads a correlation coefficient given with its figure as a finding', () => {
    expect(statesMethod('The summary correlation coefficient between the baseline central venous pressure and change in stroke volume index/cardiac index was 0.18 (95% CI, 0.1-0.25).')).toBe(false);
    expect(statesMethod('Patients were randomized and the odds ratio for death was 0.62.')).toBe(false);
  });
});

describe('statesMethod of a sample named by its count', () => {
  it('reads "Subjects were 34 patients with migraine" as who took part', () => {
    expect(statesMethod('Subjects were 34 patients with migraine, who were treated in our hospital.')).toBe(true);
  });

  it('leaves a count that is a result a finding', () => {
    expect(statesMethod('Patients with severe pain were 12% more likely to receive opioids.')).toBe(false);
  });
});

describe('reportsResult of a measure named', () => {
  it('reads a measure named without its figure as no result (PMID 23774337, STUDY SELECTION)', () => {
    expect(reportsResult('Clinical trials that reported the correlation coefficient or area under the receiver operating characteristic curve (AUC) between the central venous pressure and change in cardiac performance following an intervention that altered cardiac preload.')).toBe(false);
  });

  it('reads the measure with its figure as a result', () => {
    expect(reportsResult('The summary correlation coefficient between the baseline central venous pressure and change in stroke volume index/cardiac index was 0.18 (95% CI, 0.1-0.25).')).toBe(true);
  });

  it('reads a negation inside a relative clause as naming a group, no result (PMID 25489696, METHODS)', () => {
    expect(reportsResult('Patients who did and did not receive radiotherapy as part of their primary rectal cancer treatment were compared.')).toBe(false);
    expect(reportsResult('Patients who received radiotherapy did not live longer.')).toBe(true);
  });
});

describe('statesMethod of a programme doing its work', () => {
  it('reads a surveillance programme that conducted an analysis on its samples as a method', () => {
    expect(statesMethod('From 1998 to 2012, the national Norovirus Surveillance Programme conducted genotypic analysis on 8210 norovirus-positive stool samples from children under 5 years of age.')).toBe(true);
    expect(statesMethod('The regional surveillance network genotyped 2,400 isolates collected between 2001 and 2010.')).toBe(true);
  });

  it('reads an analysis of a measure "as a predictor of" an outcome as a method (PMID 26079501)', () => {
    expect(statesMethod('Data were analysed using SPSS version 20 and a ROC curve was drawn for serum lactate as a predictor of death and poor outcome.')).toBe(true);
    expect(statesMethod('Serum lactate was an independent predictor of death in patients with sepsis.')).toBe(false);
    expect(statesMethod('Data were analysed and serum lactate predicted death in patients with sepsis.')).toBe(false);
  });

  it('leaves what a programme achieved a finding', () => {
    expect(statesMethod('The programme reduced hospital admissions for gastroenteritis by 40%.')).toBe(false);
  });
});

describe('onlySaysHowDone', () => {
  it('reads a passage set aside as no finding that says whom a study included as saying nothing of what it names', () => {
    expect(onlySaysHowDone({ aim: true, text: 'Gout patients were included based on administrative diagnostic codes and receipt of at least 1 febuxostat prescription over a 1-year period.' })).toBe(true);
  });

  it('leaves an aim that says what its subject is, and any finding', () => {
    expect(onlySaysHowDone({ aim: true, text: 'We evaluated tafasitamab, a humanized anti-CD19 monoclonal antibody, in patients with relapsed lymphoma.' })).toBe(false);
    expect(onlySaysHowDone({ aim: false, text: 'Gout patients were included based on administrative diagnostic codes.' })).toBe(false);
  });

  it('reads records or patients considered for the analysis as its sample (PMID 24748473)', () => {
    expect(statesMethod('Using the GBSR, data from 5.400 LSGs were considered for analysis.')).toBe(true);
    expect(statesMethod('For the current analysis, all patients that had undergone primary sleeve gastrectomy within a 7-year period were considered.')).toBe(true);
    expect(statesMethod('Both techniques were considered safe by the surgeons.')).toBe(false);
  });
});

describe('statesMethod of treatments tried', () => {
  // PMID 7964884: the treatments tried are the method; "HMG CoA reductase" names an enzyme, no reduction found.
  it('reads treatments attempted or tried as a method, an enzyme named "reductase" being no result', () => {
    expect(statesMethod('Treatments by oral administration of chenodeoxycholic acid (CDCA) alone, 3-hydroxy-3-methylglutaryl (HMG) CoA reductase inhibitor (pravastatin) alone, and combination of the two drugs were attempted for 7 patients with cerebrotendinous xanthomatosis (CTX).')).toBe(true);
    expect(statesMethod('Three different splints were tried in each of the 20 children with clubfoot.')).toBe(true);
    expect(reportsResult('Thioredoxin reductase activity was measured in each sample.')).toBe(false);
  });

  it('keeps what came of a treatment, and a reduction, as findings', () => {
    expect(statesMethod('The combination of CDCA and pravastatin was a good treatment for CTX, based on the improvement of serum lipoprotein metabolism.')).toBe(false);
    expect(statesMethod('Splinting was tried first but failed in 12 of the 20 children, who went on to surgery.')).toBe(false);
    expect(reportsResult('Pravastatin reduced serum cholestanol in all patients.')).toBe(true);
  });
});

describe('statesMethod of an estimate given as its figure', () => {
  it('reads "was estimated to be 39.1, 41.7%" as a result, not how the study was done (PMID 26116785)', () => {
    expect(statesMethod('The level of protection of rproFgCatL1 and rmatFgCatL1 vaccines was estimated to be 39.1, 41.7% and 44.9, 47.2% when compared with non vaccinated-infected and adjuvant-infected controls, respectively.')).toBe(false);
  });

  it('works on sentences of our own making: an estimate with its figure is a result, the means of estimating a method', () => {
    expect(statesMethod('The annual incidence was calculated at 4.2 per 100 000 children.')).toBe(false);
    expect(statesMethod('Blood loss was estimated to be about 350 ml in the laparoscopic group.')).toBe(false);
    expect(statesMethod('Blood loss was estimated by weighing swabs.')).toBe(true);
    expect(statesMethod('We estimated the annual incidence from census denominators.')).toBe(true);
  });
});
