import { describe, expect, it } from 'vitest';
import { moveQualifier, sentencesOf, splitLeadingPhrase, splitListSubject, splitLongSentence } from './split-sentences.js';

describe('splitLongSentence', () => {
  it('says how a passive clause\'s action was done after ", using" (PMID 25998582), not after "we" or inside a clause', () => {
    const parts = splitLongSentence(
      'Participants were randomly assigned by a remote randomisation system to tamsulosin 400 μg, nifedipine 30 mg, or placebo taken daily for up to 4 weeks, using an algorithm with centre, stone size (≤5 mm or >5 mm), and stone location (upper, mid, or lower ureter) as minimisation covariates.',
      25,
    );
    expect(parts[0]).toBe('Participants were randomly assigned by a remote randomisation system to tamsulosin 400 μg, nifedipine 30 mg, or placebo taken daily for up to 4 weeks.');
    expect(parts[1]).toMatch(/^This was done using an algorithm with centre, /);
    expect(splitLongSentence('Blood pressure is measured twice at each visit in all of the children, using an automated cuff sized for the arm.', 10)).toEqual([
      'Blood pressure is measured twice at each visit in all of the children.',
      'This is done using an automated cuff sized for the arm.',
    ]);
    expect(splitLongSentence('We measured blood pressure twice at each visit in all of the children, using an automated cuff.', 10)).toContain('We used an automated cuff.');
    // No passive clause before the comma: nothing was "done".
    expect(splitLongSentence('Most of the nurses on the two wards in the old hospital, using the new pumps, were happy.', 10).join(' ')).not.toMatch(/This (?:was|is) done/);
  });

  it('splits ", confirming that" and ", showing that" into a claim of their own (PMID 10382909)', () => {
    expect(
      splitLongSentence(
        'Direct sequencing of the emerin gene in 22 families with Emery-Dreifuss muscular dystrophy (EMD) revealed mutations in 21 (95%), confirming that emerin mutations can be identified in most families with X-linked EMD.',
        25,
      ),
    ).toEqual([
      'Direct sequencing of the emerin gene in 22 families with Emery-Dreifuss muscular dystrophy (EMD) revealed mutations in 21 (95%).',
      'This confirms that emerin mutations can be identified in most families with X-linked EMD.',
    ]);
    // A general claim ("can be found") keeps its "in people with ...": "This was in ..." would make it a past finding.
    expect(moveQualifier('This confirms that emerin gene changes can be found in most families with X-linked EMD.')).toHaveLength(1);
    expect(moveQualifier('Changes in this gene may be seen in most children with the severe form of the illness.')).toHaveLength(1);
    expect(moveQualifier('Changes in this gene were seen in most children with the severe form of the illness.')).toHaveLength(2);
    expect(splitLongSentence('The nurses kept a diary of every fall on the ward over the whole year, showing that most falls happened at night.', 10)).toContain(
      'This shows that most falls happened at night.',
    );
  });

  it('says what a clause\'s event came before (", preceding X", PMID 26498039) and gives a second reporting verb its subject (PMID 8841191)', () => {
    expect(
      splitLongSentence('Fourteen infants (73.6%) had the first emergence of epileptiform abnormalities on EEG at an average age 4.2 months, preceding seizure onset by a median of 1.9 months.', 25),
    ).toEqual(['Fourteen infants (73.6%) had the first emergence of epileptiform abnormalities on EEG at an average age 4.2 months.', 'This preceded seizure onset by a median of 1.9 months.']);
    expect(splitLongSentence('The clinic had far more children with asthma in the winter months, reflecting the spread of colds in schools.', 10)).toContain(
      'This reflected the spread of colds in schools.',
    );
    const parts = splitLongSentence(
      'This expanded population-based study confirms that the BRCA1 185delAG mutation and the BRCA2 6174delT mutation constitute the two most frequent mutation alleles predisposing to hereditary breast cancer among the Ashkenazim, and suggests a relatively lower penetrance for the 6174delT mutation in BRCA2.',
      25,
    );
    expect(parts[parts.length - 1]).toBe('It suggests a relatively lower penetrance for the 6174delT mutation in BRCA2.');
    expect(splitLongSentence('Our small survey of the parents in the two towns confirms this, and suggests a need for more help at home.', 10)).toContain(
      'It suggests a need for more help at home.',
    );
  });

  it('splits two clauses joined by ", however," (after PMID 26702215) but not "however" inside one clause', () => {
    const parts = splitLongSentence(
      'No significant difference was seen in the rate of cesarean section among women with or without LE (28 % vs. 31.7 %), however, a statistically significant difference was seen in the rate of assisted delivery.',
      25,
    );
    expect(parts).toEqual([
      'No significant difference was seen in the rate of cesarean section among women with or without LE (28 % vs. 31.7 %).',
      'However, a statistically significant difference was seen in the rate of assisted delivery.',
    ]);
    // The right side has no subject of its own: "however" is an aside inside the clause.
    expect(splitLongSentence('Patients who took the tablets every morning for two months, however, did not report fewer headaches than the others.', 10).join(' ')).not.toMatch(
      /\. However, did/,
    );
  });

  it('says the shared "is" again before a participle with "by" after ", and" (PMID 10447259), or does not cut', () => {
    expect(
      splitLongSentence(
        'Wiskott-Aldrich syndrome is an X-linked recessive immunodeficiency marked by thrombocytopenia, eczema, and recurrent infections, and caused by changes in the WAS protein gene.',
        10,
      ),
    ).toEqual(['Wiskott-Aldrich syndrome is an X-linked recessive immunodeficiency marked by thrombocytopenia, eczema, and recurrent infections.', 'It is caused by changes in the WAS protein gene.']);
    expect(splitLongSentence('The nodules were small and firm in most of the older children, and caused by the same virus in all of them.', 10)).toContain(
      'They were caused by the same virus in all of them.',
    );
    // No "is" on the left to share: no subject for the participle, so no cut there.
    expect(splitLongSentence('We examined the records of forty children seen at the clinic in the winter months, and caused by the flu most of them had fever.', 10)).toHaveLength(1);
  });

  it('splits at a semicolon between clauses', () => {
    expect(
      splitLongSentence('The 492 eligible patients had 847 visits during the study period; 152 visits had no record of a prompt.'),
    ).toEqual(['The 492 eligible patients had 847 visits during the study period.', '152 visits had no record of a prompt.']);
  });

  it('splits at ", which" and " whereas " into sentences that stand alone', () => {
    expect(splitLongSentence('The rash appeared on the second day of treatment, which resolved after the drug was stopped.')).toEqual([
      'The rash appeared on the second day of treatment.',
      'This resolved after the drug was stopped.',
    ]);
    expect(splitLongSentence('Pain improved in most of the treated patients whereas the untreated group reported no change at all.')).toEqual([
      'Pain improved in most of the treated patients.',
      'But the untreated group reported no change at all.',
    ]);
  });

  it('splits at ", so" before a clause and at ", which then"', () => {
    expect(splitLongSentence('The plasma levels vary with the time of day, so it is important to record when each sample was taken.')).toEqual([
      'The plasma levels vary with the time of day.',
      'So it is important to record when each sample was taken.',
    ]);
    expect(splitLongSentence('Iron builds up in the cell and free radicals are made, which then results in damage and cell death.')).toEqual([
      'Iron builds up in the cell and free radicals are made.',
      'This then results in damage and cell death.',
    ]);
  });

  it('does not split a list that ends in ", and"', () => {
    const s = 'Fever, rash, joint pain, swollen lymph nodes in the neck, and tiredness were the most common signs in children.';
    expect(splitLongSentence(s)).toEqual([s]);
  });

  it('never splits inside brackets', () => {
    const s = 'Most patients recovered fully within a month (some after surgery; others with rest alone) without lasting harm.';
    expect(splitLongSentence(s)).toEqual([s]);
  });
});

describe('sentencesOf', () => {
  it('does not break at a decimal the source spaced out (PMID 2703233: "22. 8", "0. 03")', () => {
    const sentence = 'In a panel of 65 myotonic dystrophy families from Canada and the Netherlands, a maximum lod score (Zmax) of 22. 8 at a recombination frequency (theta) of 0. 03 was obtained.';
    expect(sentencesOf(`${sentence} Tight linkage was found.`)).toEqual([sentence, 'Tight linkage was found.']);
  });

  it('keeps "et al." and "vs." inside a sentence', () => {
    expect(sentencesOf('Smith et al. found more cases vs. controls. The rate rose.')).toEqual([
      'Smith et al. found more cases vs. controls.',
      'The rate rose.',
    ]);
  });
});

describe('splitLongSentence with a shared subject', () => {
  it('gives the second verb phrase a pronoun for the same subject', () => {
    expect(splitLongSentence('Increases were seen in the first group only and were greater than in the second group.', 10)).toEqual([
      'Increases were seen in the first group only.',
      'They were greater than in the second group.',
    ]);
    expect(splitLongSentence('We analysed 40 samples from the clinic and were able to detect the virus in most of them.', 10)).toEqual([
      'We analysed 40 samples from the clinic.',
      'We were able to detect the virus in most of them.',
    ]);
  });

  it('tells who a case is before what happened to them, with a pronoun that follows the case\'s noun', () => {
    // PMID 34248544.
    expect(
      splitLongSentence('A 28-year-old man with stage IV rectal cancer with peritoneal metastasis was prescribed with fluorouracil, irinotecan, and levofolinate calcium, in addition to cetuximab.', 10),
    ).toEqual(['A 28-year-old man had stage IV rectal cancer with peritoneal metastasis.', 'He was prescribed with fluorouracil, irinotecan, and levofolinate calcium, in addition to cetuximab.']);
    expect(splitLongSentence('A 6-month-old infant with severe diarrhoea and dehydration was admitted to the children\'s ward of our hospital.', 10)).toEqual([
      'A 6-month-old infant had severe diarrhoea and dehydration.',
      "The infant was admitted to the children's ward of our hospital.",
    ]);
    // A relative clause in the "with" phrase keeps the sentence whole.
    const relative = 'A 52-year-old woman with a mass that had grown for two years was referred to our clinic for surgery.';
    expect(splitLongSentence(relative, 10)).toEqual([relative]);
  });

  it('gives a second verb the subject back after a left side whose verb is "refers to" or a plural "support"', () => {
    // PMIDs 35484099 (epigenetic change) and 33678513 (edasalonexent), as rewritten for patients.
    expect(
      splitLongSentence('Epigenetic change refers to heritable changes in the genetic material without any changes in the nucleic acid sequence and results in heritable phenotypic changes.', 10),
    ).toEqual(['Epigenetic change refers to heritable changes in the genetic material without any changes in the nucleic acid sequence.', 'It results in heritable phenotypic changes.']);
    expect(
      splitLongSentence('These results support studying edasalonexent in future trials and have informed the design of the edasalonexent phase 3 trial in boys with Duchenne.', 10),
    ).toEqual(['These results support studying edasalonexent in future trials.', 'They have informed the design of the edasalonexent phase 3 trial in boys with Duchenne.']);
    // "The results of X and ..." has no verb on the left: nothing to share.
    const noun = 'The results of the trial in older adults with diabetes and is the first report from this country.';
    expect(splitLongSentence(noun, 10)).toEqual([noun]);
  });

  it('gives a second verb after a subject with only a modal verb the pronoun its head noun takes', () => {
    // PMID 34912024 (host RNA signatures in feverish children), as rewritten for patients.
    const signatures =
      'Transcript host RNA signatures may allow to better describe the spectrum of viral, bacterial, and inflammatory illnesses in feverish children and can be used with traditional diagnostic methods to find out if and when to start antibiotic treatment.';
    expect(splitLongSentence(signatures, 10)[0]).toBe(
      'Transcript host RNA signatures may allow to better describe the spectrum of viral, bacterial, and inflammatory illnesses in feverish children.',
    );
    expect(splitLongSentence(signatures, 10)[1]).toMatch(/^They can be used with traditional diagnostic methods/);
    // A subject that lists two things, or names a person, gets no pronoun.
    const list = 'Diet and exercise may lower the risk of diabetes in older adults and can be started at any age without a doctor.';
    expect(splitLongSentence(list, 10)).toEqual([list]);
  });

  it('says what a clause led to in a sentence of its own', () => {
    expect(splitLongSentence('The drug blocked the receptor in most of the treated mice, leading to a fall in blood pressure.', 10)).toEqual([
      'The drug blocked the receptor in most of the treated mice.',
      'This led to a fall in blood pressure.',
    ]);
  });

  it('does not split the end of a list or a comparison', () => {
    const list = 'The devices produced more dental expansion, buccal rolling, and a greater increase in nasal width than did the others.';
    expect(splitLongSentence(list, 10)).toEqual([list]);
    const semicolons = 'The analysis yielded four factors that explained the data: steroid dose; eosinophil counts; and lung function loaded separately.';
    expect(splitLongSentence(semicolons, 10)).toEqual([semicolons]);
  });
});

describe('splitLongSentence with descriptions and rankings', () => {
  it('moves a description set off by commas into its own sentence about the same subject', () => {
    expect(
      splitLongSentence('Dexmedetomidine (Dex), a highly selective receptor agonist, has been shown to reduce the inflammatory response.', 10),
    ).toEqual(['Dexmedetomidine (Dex) has been shown to reduce the inflammatory response.', 'Dexmedetomidine is a highly selective receptor agonist.']);
  });

  it('puts what came next after a ranking in its own sentence', () => {
    expect(splitLongSentence('Changing the dose was the most common change made by the doctors, followed by starting talk therapy.', 10)).toEqual([
      'Changing the dose was the most common change made by the doctors.',
      'Next came starting talk therapy.',
    ]);
  });
});

describe('moveQualifier', () => {
  it('moves "in people with ..." of a long past-tense finding into a sentence of its own', () => {
    expect(moveQualifier('Ten variants of the enzyme were found in 22 patients with the deficiency from three districts of Bulgaria.')).toEqual([
      'Ten variants of the enzyme were found.',
      'This was in 22 patients with the deficiency from three districts of Bulgaria.',
    ]);
  });

  it('moves the qualifier of a finding told with a past verb such as "showed" or "found"', () => {
    // PMID 32846061 (selpercatinib), as rewritten for patients.
    expect(
      moveQualifier('Selpercatinib showed durable benefit with mainly low-grade toxic effects in patients with medullary thyroid cancer with and without past vandetanib or cabozantinib treatment.'),
    ).toEqual([
      'Selpercatinib showed durable benefit with mainly low-grade toxic effects.',
      'This was in patients with medullary thyroid cancer with and without past vandetanib or cabozantinib treatment.',
    ]);
    // PMID 31187503, as rewritten for patients.
    expect(moveQualifier('We found biallelic gene changes in PDXK in 5 people from 2 unrelated families with primary axonal polyneuropathy and optic atrophy.')).toEqual([
      'We found biallelic gene changes in PDXK.',
      'This was in 5 people from 2 unrelated families with primary axonal polyneuropathy and optic atrophy.',
    ]);
    const present = 'Selpercatinib shows durable benefit with mainly low-grade toxic effects in patients with medullary thyroid cancer.';
    expect(moveQualifier(present)).toEqual([present]);
  });

  it('leaves a qualifier inside the subject of a later verb', () => {
    // PMID 26702347, as rewritten for caregivers.
    const s = 'The prevalence of tetralogy of fallot among children presenting at the hospital was 4.9 per 10 000 while its prevalence among those with inborn heart disease was 16.9%.';
    expect(moveQualifier(s)).toEqual([s]);
    expect(moveQualifier('Ten variants of the enzyme were found in 22 patients who were born in three districts of Bulgaria.')).toEqual([
      'Ten variants of the enzyme were found.',
      'This was in 22 patients who were born in three districts of Bulgaria.',
    ]);
  });

  it('moves a leading "In five children with ..." after the finding', () => {
    expect(moveQualifier('In five children with unclear bowel studies, the scan correctly predicted whether inflammation was present.')).toEqual([
      'The scan correctly predicted whether inflammation was present.',
      'This was in five children with unclear bowel studies.',
    ]);
    const general = 'In patients with limb-threatening ischemia, a short bypass gives a good choice when no vein is available.';
    expect(moveQualifier(general)).toEqual([general]);
  });

  it('leaves comparisons, general claims and qualifiers followed by another clause alone', () => {
    for (const s of [
      'Pain scores were lower in patients with the new implant than in patients with the standard implant at one year.',
      'Smoking is a strong risk factor for heart disease in men with high cholesterol and high blood pressure.',
      'The P wave axis was found to be clearly increased in patients with lupus and positively linked with the activity score.',
      'We propose an interim period of careful follow-up in which only families with a strong history will be offered testing.',
    ]) {
      expect(moveQualifier(s)).toEqual([s]);
    }
  });
});

describe('splitListSubject', () => {
  it('states the claim first and the list of three or more things after it', () => {
    expect(splitListSubject('Alcohol use, use of some drugs, serum bilirubin, and total protein were clearly linked to a higher death rate.')).toEqual([
      'Several things were clearly linked to a higher death rate.',
      'These were alcohol use, use of some drugs, serum bilirubin, and total protein.',
    ]);
  });

  it('keeps examples ("such as") and predicates with a second clause in one sentence', () => {
    for (const s of [
      'Factors such as age, smoking status, histology, and stage were used for matching the pairs of patients.',
      'Age, sex, weight and smoking were used for matching, and survival did not differ between the matched groups.',
    ]) {
      expect(splitListSubject(s)).toEqual([s]);
    }
  });
});

describe('splitLeadingPhrase', () => {
  it('puts the finding first and the purpose or method after it', () => {
    expect(splitLeadingPhrase('To find out the genetic basis of the disease, we sequenced the gene in four unrelated patients.')).toEqual([
      'We sequenced the gene in four unrelated patients.',
      'This was to find out the genetic basis of the disease.',
    ]);
    expect(splitLeadingPhrase('Using this combined approach, we found gene changes in 29 of the 48 patients with polyposis.')).toEqual([
      'We used this combined approach.',
      'We found gene changes in 29 of the 48 patients with polyposis.',
    ]);
  });

  it('drops a purpose that only points back at a sentence the point does not show', () => {
    expect(splitLeadingPhrase('To achieve this, we determined the prevalence of BRCA1 alterations in a population-based series of consecutive ovarian cancer cases.')).toEqual([
      'We determined the prevalence of BRCA1 alterations in a population-based series of consecutive ovarian cancer cases.',
    ]);
  });

  it('accepts a present-tense finding verb after "we"', () => {
    expect(splitLeadingPhrase('Using these 69 datasets, we find an eight-gene signature that tells bacterial from viral infections.')).toEqual([
      'We used these 69 datasets.',
      'We find an eight-gene signature that tells bacterial from viral infections.',
    ]);
  });

  it('leaves a leading phrase that is not followed by "we" and a verb alone', () => {
    const s = 'To date, no treatment has been shown to slow the disease in adults or in children with the condition.';
    expect(splitLeadingPhrase(s)).toEqual([s]);
  });
});

describe('splitLongSentence with real abstract sentences', () => {
  it('splits at ", yet" and before a second subject after ", and"', () => {
    expect(splitLongSentence('Reinfection with SARS-CoV-2 has been well documented, yet little is known about the degree of protection.', 10)).toEqual([
      'Reinfection with SARS-CoV-2 has been well documented.',
      'But little is known about the degree of protection.',
    ]);
    expect(
      splitLongSentence('Tirzepatide, a dual agonist is in phase 3 study for obesity management, and bimagrumab is a new agent in phase 2.', 10),
    ).toEqual(['Tirzepatide, a dual agonist is in phase 3 study for obesity management.', 'Bimagrumab is a new agent in phase 2.']);
  });

  it('gives "we" back to a second verb and says what a clause caused', () => {
    expect(splitLongSentence('Here we describe a fully human antibody that binds to CD3, and compare its activities with those of CAR T cells.', 10)).toEqual([
      'Here we describe a fully human antibody that binds to CD3.',
      'We compare its activities with those of CAR T cells.',
    ]);
    expect(
      splitLongSentence('The target library is protected from degradation, as the recognition sites are long, making the chance of their existence very low.', 10),
    ).toEqual(['The target library is protected from degradation, as the recognition sites are long.', 'This makes the chance of their existence very low.']);
  });

  it('does not split a list subject, a subordinate clause or a relative clause in the middle', () => {
    for (const s of [
      'Age, sex, and smoking status were linked to a higher rate of hospital stays in this group of adults.',
      'When the dose was raised in the second week, and the drug was given twice daily, side effects were more common.',
      'Variants in KMT2D, which encodes a methyltransferase, cause autosomal dominant Kabuki syndrome in most patients.',
    ]) {
      expect(splitLongSentence(s, 10)).toEqual([s]);
    }
  });
});

describe('splitLongSentence with clauses that share or change subject', () => {
  it('gives a second verb of the same subject a pronoun', () => {
    expect(
      splitLongSentence('Dickkopf-1 expression can be controlled by activated Wnt signaling in the lab and correlates with low PSA mRNA in biopsies.', 10),
    ).toEqual(['Dickkopf-1 expression can be controlled by activated Wnt signaling in the lab.', 'It correlates with low PSA mRNA in biopsies.']);
  });

  it('splits clauses joined by bare commas, but not an opening clause or a list subject', () => {
    expect(
      splitLongSentence('Efgartigimod is already approved for generalized MG, rozanolixizumab is under review by health authorities, and phase 3 trials of nipocalimab are underway.', 10),
    ).toEqual([
      'Efgartigimod is already approved for generalized MG.',
      'Rozanolixizumab is under review by health authorities.',
      'Phase 3 trials of nipocalimab are underway.',
    ]);
    expect(
      splitLongSentence('Thalidomide is an immunomodulatory agent; although its mechanisms of action are not fully understood, many authors have described its properties.', 10),
    ).toEqual([
      'Thalidomide is an immunomodulatory agent.',
      'Its mechanisms of action are not fully understood.',
      'But many authors have described its properties.',
    ]);
    const s = 'With hereditary hemochromatosis, which is often caused by an HFE mutation, may have retinal iron overload in later life.';
    expect(splitLongSentence(s, 10)).toEqual([s]);
  });
});

describe('splitLongSentence with reasons, purposes, examples and other names', () => {
  it('gives a reason or a purpose a sentence of its own', () => {
    expect(
      splitLongSentence('Darolutamide has been approved for treating nonmetastatic prostate cancer, based on improvements in metastasis-free survival.', 10),
    ).toEqual(['Darolutamide has been approved for treating nonmetastatic prostate cancer.', 'This is based on improvements in metastasis-free survival.']);
    expect(splitLongSentence('We did a retrospective cohort study to check the efficacy and safety of a three-drug combination.', 10)).toEqual([
      'We did a retrospective cohort study.',
      'This was to check the efficacy and safety of a three-drug combination.',
    ]);
    const used = 'Age-specific risk curves were used to find out when people at greater risk reached the same risk level.';
    expect(splitLongSentence(used, 10)).toEqual([used]);
  });

  it('lists examples after a whole clause, but not examples that run into a verb', () => {
    expect(splitLongSentence('Measles is a highly catching viral infection linked to symptoms such as fever, cough, eye infection and rash.', 10)).toEqual([
      'Measles is a highly catching viral infection linked to symptoms.',
      'Examples are fever, cough, eye infection and rash.',
    ]);
    const s = 'Intervention trials designed to monitor markers such as growth rates and the development of aberrant crypt architecture give the opportunity for testing.';
    expect(splitLongSentence(s, 10)).toEqual([s]);
  });

  it('splits "all of which" and moves another name after the claim', () => {
    expect(splitLongSentence('This article reviews the antipsychotic drugs iloperidone, asenapine, and lurasidone, all of which have been approved in the US.', 10)).toEqual([
      'This article reviews the antipsychotic drugs iloperidone, asenapine, and lurasidone.',
      'All of these have been approved in the US.',
    ]);
    expect(
      splitLongSentence('Cirsoid aneurysms, also known as scalp arteriovenous malformations, are rare inborn vascular anomalies of the scalp.', 10),
    ).toEqual(['Cirsoid aneurysms are rare inborn vascular anomalies of the scalp.', 'They are also known as scalp arteriovenous malformations.']);
  });

  it('splits "and" before a new subject with its own verb, but not a list subject', () => {
    expect(
      splitLongSentence('Breast cancer is the most common type of cancer in women and radiotherapy is the standard therapy for most of them.', 10),
    ).toEqual(['Breast cancer is the most common type of cancer in women.', 'Radiotherapy is the standard therapy for most of them.']);
    const list = 'Patients with asthma and heart failure were more likely to be admitted to hospital in winter.';
    expect(splitLongSentence(list, 10)).toEqual([list]);
  });
});

describe('splitLongSentence with hedged reasons, what a subject has and who a person is', () => {
  it('keeps the hedge of a reason', () => {
    expect(
      splitLongSentence('D-luciferin has been reported to have limited brain distribution, possibly due to the efflux transporter at the blood-brain barrier.', 10),
    ).toEqual(['D-luciferin has been reported to have limited brain distribution.', 'This is possibly due to the efflux transporter at the blood-brain barrier.']);
  });

  it('says what the subject of "X is ..." has, but not what came with a finding', () => {
    expect(splitLongSentence('Erenumab is the only antibody that targets the receptor instead of the ligand, with high specificity of binding.', 10)).toEqual([
      'Erenumab is the only antibody that targets the receptor instead of the ligand.',
      'It has high specificity of binding.',
    ]);
    const finding = 'Edasalonexent was linked to slowing of disease progression, with a decrease in levels of inflammatory genes.';
    expect(splitLongSentence(finding, 10)).toEqual([finding]);
  });

  it('turns "who" after a woman or a man into "She" or "He"', () => {
    expect(splitLongSentence('Doctors examined an 18-year-old female with muscular dystrophy, who had deafness and a retinal vessel problem.', 10)).toEqual([
      'Doctors examined an 18-year-old female with muscular dystrophy.',
      'She had deafness and a retinal vessel problem.',
    ]);
  });
});

describe('splitLongSentence never leaves a participle without its subject', () => {
  it('keeps ", and synthesized by ..." with the clause it continues', () => {
    const s = 'Multi-copy single-stranded DNA is composed of covalently bound single-stranded DNA and RNA, and synthesized by retron-encoded reverse transcriptase.';
    expect(splitLongSentence(s, 10)).toEqual([s]);
  });
});

describe('splitLongSentence leaves out-of-verb second halves alone', () => {
  it('does not split "X was 50 in A, and 40 in groups who had B"', () => {
    const s = 'The most often advised starting age for screening was 50 years old in the average risk group, and 40 years old in groups who had a family history.';
    expect(splitLongSentence(s, 10)).toEqual([s]);
  });
});

describe('splitLongSentence with "but", "and," and "while" between clauses', () => {
  it('gives a second verb after ", but" its subject back as a pronoun', () => {
    expect(splitLongSentence('All screening guidelines advise screening starting at age 45-50, but vary about screening methods and timing.', 10)).toEqual([
      'All screening guidelines advise screening starting at age 45-50.',
      'But they vary about screening methods and timing.',
    ]);
  });

  it('splits "and," before an aside and a new clause, and "while" between two clauses', () => {
    expect(
      splitLongSentence('A US guideline advised to start screening from age 45 and, very recently, two studies were published on young-onset disease.', 10),
    ).toEqual(['A US guideline advised to start screening from age 45.', 'Very recently, two studies were published on young-onset disease.']);
    expect(
      splitLongSentence('MAID was the most commonly used chemotherapy regimen before surgery while ifosfamide (93.7%) was the most commonly used drug.', 10),
    ).toEqual(['MAID was the most commonly used chemotherapy regimen before surgery.', 'But ifosfamide (93.7%) was the most commonly used drug.']);
    const temporal = 'Mothers may expose their infants to risk of side effects when taking codeine while breastfeeding their newborn babies.';
    expect(splitLongSentence(temporal, 10)).toEqual([temporal]);
  });
});

describe('splitLeadingPhrase with "By ..." and asides', () => {
  it('puts what we showed first and how after it', () => {
    expect(
      splitLeadingPhrase('By combining molecular perturbations and phenotypic analyses in muntjac fibroblasts, with laser microsurgery, we show a key role for augmin.'),
    ).toEqual(['We show a key role for augmin.', 'We did this by combining molecular perturbations and phenotypic analyses in muntjac fibroblasts, with laser microsurgery.']);
  });

  it('leaves "To our knowledge, we" alone', () => {
    const s = 'To our best knowledge, we describe the first case of this syndrome in a child from South America.';
    expect(splitLeadingPhrase(s)).toEqual([s]);
  });
});

describe('splitLongSentence before "and" + a dated clause', () => {
  it('splits ", and in 2014, 15 patients were treated"', () => {
    expect(
      splitLongSentence('Antibody cocktails have shown in animal models a strong potential for treating the disease, and in 2014, 15 patients were treated with ZMapp.', 10),
    ).toEqual(['Antibody cocktails have shown in animal models a strong potential for treating the disease.', 'In 2014, 15 patients were treated with ZMapp.']);
  });
});

describe('splitLongSentence with an opening "while" clause among several commas', () => {
  it('finds the main clause after a hedge and keeps a verbless "and the only case" with it', () => {
    expect(
      splitLongSentence(
        'While there is a report of an osteosarcoma arising after radiotherapy for a benign condition, to the best of our knowledge this is the first reported case after thyroid cancer, and the only case reported in the head and neck.',
        10,
      ),
    ).toEqual([
      'There is a report of an osteosarcoma arising after radiotherapy for a benign condition.',
      'But to the best of our knowledge this is the first reported case after thyroid cancer, and the only case reported in the head and neck.',
    ]);
  });
});

describe('splitLongSentence with what "we" did next', () => {
  it('turns ", studying X" after a past-tense "we" into "We studied X"', () => {
    expect(splitLongSentence('We did an analysis of 643 patients in the national patient registry, studying factors affecting the onset of symptoms.', 10)).toEqual([
      'We did an analysis of 643 patients in the national patient registry.',
      'We studied factors affecting the onset of symptoms.',
    ]);
  });

  it('leaves a present-tense "we" and other subjects alone', () => {
    for (const s of [
      'We propose a model of the disease in adults, using data from the national registry.',
      'The study enrolled 120 adults with asthma from three clinics, using a computer list to assign them.',
    ]) {
      expect(splitLongSentence(s, 10)).toEqual([s]);
    }
  });
});

describe('splitLongSentence with "indicating" and "suggesting"', () => {
  it('keeps "that" only where the source has a claim after it', () => {
    expect(splitLongSentence('STEF depletion decreases nuclear stiffness and reduces expression of genes, indicating an alteration in mechanosensing pathways.', 10)).toEqual([
      'STEF depletion decreases nuclear stiffness and reduces expression of genes.',
      'This shows an alteration in mechanosensing pathways.',
    ]);
    expect(splitLongSentence('Levels fell in most of the treated patients over the first year, suggesting that the drug works.', 10)).toEqual([
      'Levels fell in most of the treated patients over the first year.',
      'This suggests that the drug works.',
    ]);
  });
});

describe('splitLongSentence at "; however,"', () => {
  it('splits after a clause whose verb is in the present tense', () => {
    expect(splitLongSentence('The carrier preparation requires a full working day; however, it can be prepared in large quantities and kept frozen.', 10)).toEqual([
      'The carrier preparation requires a full working day.',
      'However, it can be prepared in large quantities and kept frozen.',
    ]);
  });
});

describe('splitLongSentence with a long subject after ", and"', () => {
  it('finds the verb of a second clause with a long subject', () => {
    expect(
      splitLongSentence('Loss of Pax 6 function leads to an eyeless phenotype in mammals, and ectopic expression of both the fly and the mouse gene leads to ectopic eyes.', 10),
    ).toEqual(['Loss of Pax 6 function leads to an eyeless phenotype in mammals.', 'Ectopic expression of both the fly and the mouse gene leads to ectopic eyes.']);
  });
});

describe('splitLongSentence with a description holding a bracket', () => {
  it('moves "X, a Y (Z) peptide, is ..." into two sentences', () => {
    expect(splitLongSentence('L-4F, an Apolipoprotein A-I (ApoA-I) mimetic peptide, is engineered to mimic the anti-inflammatory functions of ApoA-I.', 10)).toEqual([
      'L-4F is engineered to mimic the anti-inflammatory functions of ApoA-I.',
      'L-4F is an Apolipoprotein A-I (ApoA-I) mimetic peptide.',
    ]);
  });
});

describe('sentencesOf and splitLeadingSetting', () => {
  it('keeps "the U.S. FDA" in one sentence', () => {
    expect(sentencesOf('Fingolimod was approved by the U.S. FDA as a new treatment. It is taken by mouth.')).toEqual([
      'Fingolimod was approved by the U.S. FDA as a new treatment.',
      'It is taken by mouth.',
    ]);
  });

  it('moves a leading "In a ... trial," after the finding it frames', () => {
    expect(splitLongSentence('In a phase 2, randomized, placebo-controlled trial, we randomly assigned patients with bronchiectasis to brensocatib or placebo.', 10)).toEqual([
      'We randomly assigned patients with bronchiectasis to brensocatib or placebo.',
      'This was in a phase 2, randomized, placebo-controlled trial.',
    ]);
    const general = 'In a large cohort study, aspirin is linked to a lower risk of colorectal cancer in older adults.';
    expect(splitLongSentence(general, 10)).toEqual([general]);
  });
});

describe('splitLongSentence keeps subjects whole and tenses right', () => {
  it('does not cut "including X" out of a subject whose verb comes later', () => {
    const s = 'The contribution of regulatory variation in non-coding regions to rare disease, including DD, remains very poorly understood.';
    expect(splitLongSentence(s, 10)).toEqual([s]);
  });

  it('says "This leads to" after a clause in the present tense', () => {
    expect(
      splitLongSentence('The serotypes, each produced by strains of Clostridium botulinum, act on the neuromuscular junction, thereby resulting in flaccid paralysis.', 10),
    ).toEqual(['The serotypes, each produced by strains of Clostridium botulinum, act on the neuromuscular junction.', 'This results in flaccid paralysis.']);
  });
});

describe('splitLongSentence with another name in brackets', () => {
  it('moves "also known as X (ABBR)" after the claim', () => {
    expect(splitLongSentence('Cryoglobulinemic vasculitis (CV), also known as mixed cryoglobulinemic syndrome (MCS), is a systemic vasculitis of small vessels.', 10)).toEqual([
      'Cryoglobulinemic vasculitis (CV) is a systemic vasculitis of small vessels.',
      'It is also known as mixed cryoglobulinemic syndrome (MCS).',
    ]);
  });
});

describe('splitLongSentence with more about the subject of "X is"', () => {
  it('turns ", associated with X" after "X is a Y" into "It is associated with X"', () => {
    expect(
      splitLongSentence('Lennox-Gastaut (L-G) syndrome is an intractable generalized epilepsy of childhood onset, associated with spike waves at a slow rate.', 10),
    ).toEqual(['Lennox-Gastaut (L-G) syndrome is an intractable generalized epilepsy of childhood onset.', 'It is associated with spike waves at a slow rate.']);
  });

  it('gives a second verb of "It serves as" its subject back', () => {
    expect(splitLongSentence('It serves as a second-generation antiandrogen and is currently indicated for nonmetastatic prostate cancer.', 10)).toEqual([
      'It serves as a second-generation antiandrogen.',
      'It is currently indicated for nonmetastatic prostate cancer.',
    ]);
  });

  it('describes a thing named with its abbreviation at the end', () => {
    expect(splitLongSentence('Brensocatib is an oral reversible inhibitor of dipeptidyl peptidase 1 (DPP-1), an enzyme that activates serine proteases.', 10)).toEqual([
      'Brensocatib is an oral reversible inhibitor of dipeptidyl peptidase 1 (DPP-1).',
      'Dipeptidyl peptidase 1 is an enzyme that activates serine proteases.',
    ]);
  });
});

describe('splitLongSentence never leaves a sentence hanging on "and"', () => {
  it('keeps "X and to check Y" together', () => {
    expect(splitLongSentence('The aim was to find out the maximum tolerated dose and to check the safety of the new drug in adults.', 10)).toEqual([
      'The aim was to find out the maximum tolerated dose and to check the safety of the new drug in adults.',
    ]);
  });
});

describe('splitLongSentence on sentences that read wrong in shipped patient answers', () => {
  // Every piece must stand alone: no piece may start with a bare verb or end on a link word.
  const broken = /^(?:But\s+)?(?:is|was|are|were|should|would|suggests)\b|\b(?:however|also)\.$/i;
  const pieces = (sentence: string) => splitLongSentence(sentence, 10);

  it('does not cut off a predicate with no subject after ", and" or ", but"', () => {
    for (const sentence of [
      'It has been particularly difficult to rationalize the dominant inheritance with the fact that the expansion mutation lies outside of the protein-encoding gene elements, and should not be translated into protein.',
      'The DXS164 locus apparently recombines with DMD 5% of the time, but is probably located between independent sites of mutation which yield DMD.',
      'This expanded population-based study confirms that the BRCA1 185delAG mutation and the BRCA2 6174delT mutation constitute the two most frequent mutation alleles predisposing to hereditary breast cancer among the Ashkenazim, and suggests a relatively lower penetrance for the 6174delT mutation in BRCA2.',
    ]) {
      for (const piece of pieces(sentence)) expect(piece).not.toMatch(broken);
    }
  });

  it('gives "but is also" its subject back ("But it is also linked")', () => {
    const out = pieces('Third, the size of the expanded allele is not only inversely correlated with the age-of-onset of MJD, but is also correlated with the frequency of other clinical features.');
    expect(out.at(-1)).toMatch(/^But it is also correlated/);
  });

  it('keeps "; however," and "and, however," as the start of the next sentence, never "however." at an end', () => {
    const rates = pieces('Rates of persistence were similar between patients treated at academic versus nonacademic hospitals; however, persistence rates are low both early and late postdischarge.');
    expect(rates.join(' ')).not.toMatch(/however\./i);
    const danazol = pieces('Scanty literature is available for danazol treatment in patients with DIE and, however, it has become less popular due to the high rates of androgenic adverse events.');
    expect(danazol.join(' ')).not.toMatch(/however\./i);
  });

  it('does not split a list subject before its last item ("..., and possible treatments are numerous")', () => {
    const out = pieces('Endometriosis is a protean disease, and its manifestations, associated clinical problems, and possible treatments are numerous.');
    expect(out).toContain('Its manifestations, associated clinical problems, and possible treatments are numerous.');
    const lipids = pieces('Variables among two groups were compared out of which age, BMI, hemoglobin (Hb) was found to be statistically significant whereas other variables like systolic blood pressure, triglyceride and low-density lipoprotein were not.');
    for (const piece of lipids) expect(piece).not.toMatch(/^Low-density lipoprotein were not/);
  });

  it('keeps "not only for X but also to evaluate Y" in one sentence', () => {
    const out = pieces('Blood pressure determination by the nurse is desirable not only for diagnosis but also to evaluate the level of control of blood pressure during follow-up.');
    for (const piece of out) expect(piece).not.toMatch(broken);
  });

  it('does not cut ", accounting for X" out of a list of names that goes on', () => {
    const out = pieces('Two missense mutations have been described C282Y, accounting for 80% to 90% of HH chromosomes, and H63D, which is associated with a milder form of the disease.');
    expect(out.join(' ')).not.toContain('This accounts for 80% to 90% of HH chromosomes, and H63D');
  });

  it('still splits two clauses with their own subjects at ", and"', () => {
    expect(pieces('The drug lowered blood pressure in most patients, and the side effects were mild in all of the groups.')).toHaveLength(2);
  });
});

describe('splitListSubject and splitLeadingPhrase on sentences that read wrong in shipped patient answers', () => {
  it('does not read a leading setting ("In multivariate analysis, ...") as an item of the list', () => {
    const s = 'In multivariate analysis, early treatment, use of triptans, and mild migraine headache in the past 3 months were significantly associated with shorter time to peak.';
    expect(splitListSubject(s)).toEqual([s]);
  });

  it('leaves a source slip "To highlighting X, we show Y" as written', () => {
    const s = 'To highlighting the effect of the normal repeat length upon AO in maternally inherited HD, we show that the APOE genotype is associated with earlier AO in males.';
    expect(splitLeadingPhrase(s)).toEqual([s]);
  });
});

describe('splitLongSentence of a subject joined by "and" after "because"', () => {
  it('keeps "because A and B are" whole', () => {
    const sentence = 'These results suggest little need to use peak concentration in vancomycin TDM because Cmin/MIC and Cmin are sufficient to predict the efficacy and safety of vancomycin.';
    expect(splitLongSentence(sentence, 12)).toEqual([
      'These results suggest little need to use peak concentration in vancomycin TDM.',
      'This is because Cmin/MIC and Cmin are sufficient to predict the efficacy and safety of vancomycin.',
    ]);
  });

  it('still parts two clauses joined by "and"', () => {
    expect(splitLongSentence('Breast cancer is the most common cancer in women and radiotherapy is the standard treatment after surgery in most of the patients treated.', 12)).toHaveLength(2);
  });
});

describe('splitLongSentence before a narrowed "because"', () => {
  it('keeps "not simply because of X" and "only because Y" with the clause they narrow', () => {
    const policy = 'During this period, the policy was to undertake concomitant splenectomy only if indicated for haematological reasons and not simply because of planned cholecystectomy.';
    expect(splitLongSentence(policy, 12).join(' ')).not.toMatch(/This is because/);
    const only = 'The trial was stopped early in the second year of follow-up only because the funding of the sponsor was withdrawn.';
    expect(splitLongSentence(only, 12).join(' ')).not.toMatch(/This is because/);
  });

  it('still gives a reason clause a sentence of its own', () => {
    expect(splitLongSentence('The trial was stopped early in the second year of follow-up because the funding of the sponsor was withdrawn.', 12)).toEqual([
      'The trial was stopped early in the second year of follow-up.',
      'This is because the funding of the sponsor was withdrawn.',
    ]);
  });
});

describe('sentencesOf with taxonomic abbreviations', () => {
  it('does not end a sentence at "spp." or "sp."', () => {
    expect(sentencesOf('Leishmania spp. DNA was found in bats. A Candida sp. Isolate grew.')).toEqual(['Leishmania spp. DNA was found in bats.', 'A Candida sp. Isolate grew.']);
  });
});

describe('splitLongSentence: descriptions with "the", lists inside a description, second verbs after a name (round 22)', () => {
  it('says a description of the sentence subject on its own, also one with "the", a list inside, or a verb such as "showed"', () => {
    expect(
      splitLongSentence('Enasidenib and ivosidenib, the IDH2 and IDH1 inhibitors developed by Agios Pharmaceuticals, have been approved by the Food and Drug Administration.', 10),
    ).toEqual(['Enasidenib and ivosidenib have been approved by the Food and Drug Administration.', 'Enasidenib and ivosidenib are the IDH2 and IDH1 inhibitors developed by Agios Pharmaceuticals.']);
    expect(
      splitLongSentence('Retatrutide, a single peptide with agonist activity at the GIP, GLP-1, and glucagon receptors, showed meaningful glucose-lowering efficacy in a phase 1 study.', 10),
    ).toEqual(['Retatrutide showed meaningful glucose-lowering efficacy in a phase 1 study.', 'Retatrutide is a single peptide with agonist activity at the GIP, GLP-1, and glucagon receptors.']);
    // Made up: a plural subject and a past verb.
    expect(splitLongSentence('Statins, the most widely prescribed drugs in older adults, lowered the rate of strokes in the trial.', 10)).toEqual([
      'Statins lowered the rate of strokes in the trial.',
      'Statins are the most widely prescribed drugs in older adults.',
    ]);
  });

  it('says a "the" description of the name after a preposition about that name, not about the sentence subject', () => {
    expect(
      splitLongSentence('Targeted therapy with belimumab, the monoclonal antibody against BLyS, has shown clinical benefit in two large-scale, multicenter phase III trials.', 10)[0],
    ).toBe('Targeted therapy with belimumab has shown clinical benefit in two large-scale, multicenter phase III trials.');
    expect(
      splitLongSentence('Targeted therapy with belimumab, the monoclonal antibody against BLyS, has shown clinical benefit in two large-scale, multicenter phase III trials.', 10),
    ).toContain('Belimumab is the monoclonal antibody against BLyS.');
    // Made up: "Inhibition of mTOR, a kinase" describes mTOR; "Inhibition of mTOR is a kinase" would be false.
    const split = splitLongSentence('Inhibition of mTOR, a kinase that controls cell growth, has been linked to longer life in mice.', 10);
    expect(split).toEqual(['Inhibition of mTOR has been linked to longer life in mice.', 'mTOR is a kinase that controls cell growth.']);
    expect(splitLongSentence('Children with asthma, the most common chronic disease of childhood, were seen twice a year in the clinic.', 10)).toContain(
      'Asthma is the most common chronic disease of childhood.',
    );
  });

  it('leaves lists of described names, and a "the" phrase that sums up the clause, alone', () => {
    const people = 'Smith, a nurse from the county hospital, and Jones, a doctor, were named in the report of the panel.';
    expect(splitLongSentence(people, 10).join(' ')).not.toMatch(/\b(?:Smith|Jones) is\b/);
    const list = 'The patient was treated with monoclonal antibodies (ZMapp), a buffy coat transfusion from an Ebola survivor, and the antiviral drug GS-5734.';
    expect(splitLongSentence(list, 10).join(' ')).not.toMatch(/\bis a buffy coat\b/);
    const sums = 'The Indian muntjac has a diploid chromosome number of 7 in the male and 6 in the female, the lowest number yet described in a mammal.';
    expect(splitLongSentence(sums, 10)).toEqual([sums]);
    const year = 'Cases rose sharply in 2019, the year the new law on testing came in, and fell again after the law was repealed.';
    expect(splitLongSentence(year, 10).join(' ')).not.toMatch(/\b2019 is\b/);
  });

  it('gives a second verb after "and" its subject back when a one-word name, a verb in "-s" and an article open the clause', () => {
    expect(
      splitLongSentence('Viltolarsen restores the reading frame of the DMD gene by skipping exon 53 and produces a truncated but functional form of dystrophin.', 10),
    ).toEqual(['Viltolarsen restores the reading frame of the DMD gene by skipping exon 53.', 'It produces a truncated but functional form of dystrophin.']);
    // Made up.
    expect(splitLongSentence('Nusinersen increases the amount of SMN protein in motor neurons and improves motor function in infants.', 10)).toEqual([
      'Nusinersen increases the amount of SMN protein in motor neurons.',
      'It improves motor function in infants.',
    ]);
    // "and" between two objects is no second verb, and a plural subject is no one-word name.
    const objects = 'Nusinersen targets the SMN2 gene in motor neurons and muscles of infants with the severe form.';
    expect(splitLongSentence(objects, 10)).toEqual([objects]);
  });
});

describe('splitLongSentence: ", but" before a past verb with its object has no subject', () => {
  it('keeps "..., but emphasised the need for X" whole rather than leave "But emphasised ..." without a subject', () => {
    // Hand-made corpus record on ureteric colic (PMID 25998582).
    const trials =
      'Meta-analyses of previous randomised controlled trials concluded that the smooth muscle relaxant drugs tamsulosin and nifedipine assisted stone passage for people managed expectantly for ureteric colic, but emphasised the need for high-quality trials with wide inclusion criteria.';
    expect(splitLongSentence(trials, 10).join(' ')).not.toMatch(/\bBut emphasised\b/);
    // Made up.
    expect(splitLongSentence('The drug lowered blood pressure in the first month of the trial, but increased the risk of falls in older adults.', 10).join(' ')).not.toMatch(
      /\. But increased\b/,
    );
  });

  it('still splits before a subject that starts with a past participle used as an adjective', () => {
    expect(splitLongSentence('Most patients recovered within a week of the operation, but elevated levels were seen in three of them.', 10)).toEqual([
      'Most patients recovered within a week of the operation.',
      'But elevated levels were seen in three of them.',
    ]);
  });
});

describe('splitLongSentence: cuts whose halves stand, and none inside a subject (plain5)', () => {
  it('cuts ", while" and ", whereas" before a long subject that repeats the left verb', () => {
    // PMID 2491010 (", while 21 DMD patients, 7 ..., and 1 ... had") and a sentence of my own.
    expect(
      splitLongSentence('Of these, eight BMD patients and one intermediate patient had gene deletions predicted to leave the reading frame intact, while 21 DMD patients, 7 intermediate patients, and 1 BMD patient had gene deletions predicted to disrupt the reading frame.', 10),
    ).toEqual([
      'Of these, eight BMD patients and one intermediate patient had gene deletions predicted to leave the reading frame intact.',
      'But 21 DMD patients, 7 intermediate patients, and 1 BMD patient had gene deletions predicted to disrupt the reading frame.',
    ]);
    expect(splitLongSentence('Smokers in the first group account for most of the cases of lung disease, whereas former smokers in the second group account for very few.', 10)).toEqual([
      'Smokers in the first group account for most of the cases of lung disease.',
      'But former smokers in the second group account for very few.',
    ]);
  });

  it('keeps a relative clause inside a subject, a second participle after "indicating that", and "appear to have" whole', () => {
    // PMIDs 7874117, 8530105, 10398279, and sentences of my own.
    const middle = 'These data further support the hypothesis that alteration of a domain, which includes the region encoded by exon 12, in the type II collagen protein leads to this disorder.';
    expect(splitLongSentence(middle, 10)).toEqual([middle]);
    const second = 'A deletion of 8q24.11-q24.3 in a patient with multiple exostoses was found to overlap the LGS deletion region, indicating that the EXT1 gene is distal to the TRPS1 gene and supporting the hypothesis that both genes are lost.';
    expect(splitLongSentence(second, 10).some((s) => /^This shows that .* and supporting/.test(s))).toBe(false);
    const infinitive = 'Families with a high incidence of hereditary breast cancer, and subsequently shown to have mutations in BRCA1 or BRCA2, appear to have a higher incidence of prostate cancer.';
    expect(splitLongSentence(infinitive, 10).some((s) => /^Appear\b/.test(s))).toBe(false);
    expect(splitLongSentence('Nurses in the two wards who were asked about the new rota, and later trained to use it, seem to have fewer sick days.', 8).some((s) => /^Seem\b/.test(s))).toBe(false);
    // A relative clause at the end still stands as its own sentence.
    expect(splitLongSentence('Aspirin blocks platelet cyclooxygenase, which reduces the production of thromboxane over the whole life of the platelet.', 10)).toEqual([
      'Aspirin blocks platelet cyclooxygenase.',
      'This reduces the production of thromboxane over the whole life of the platelet.',
    ]);
  });
});

describe('splitListSubject: no list after a link word or around "if not" (plain5)', () => {
  it('leaves "But most, if not all, of the other sites ... are X" whole', () => {
    // PMID 9463318's second half once ", while" is cut, and a sentence of my own.
    const s = 'But most, if not all, of the other sites of SacII, HhaI, and HpaII in this region are unmethylated, in normal people and most of the patients.';
    expect(splitListSubject(s)).toEqual([s]);
    const mine = 'And fever, cough, a sore throat and tiredness were the first signs in most of the children we saw.';
    expect(splitListSubject(mine)).toEqual([mine]);
  });
});

describe('splitLongSentence: "between A and B" is one pair (plain5)', () => {
  it('does not read the second of the pair as a verb of the left side', () => {
    // PMID 17113061 and a sentence of my own.
    const real = 'In a 1:2 case-control study of sex and age-matched individuals, cIMT was nearly identical between cases (0.66+/-0.17 cm) and controls (0.65+/-0.18 cm) despite significantly lower HDL cholesterol.';
    expect(splitLongSentence(real, 10).some((s) => /^It controls\b/.test(s))).toBe(false);
    const mine = 'The pain scores were much the same between the children who had the new dressing and controls who had gauze in the first week.';
    expect(splitLongSentence(mine, 10).some((s) => /^(?:It|They) controls?\b/.test(s))).toBe(false);
    // An "and" after the pair is closed may still cut.
    expect(splitLongSentence('The gap between the two groups was small in the first month, and the gap was larger in every month after that.', 10)).toEqual([
      'The gap between the two groups was small in the first month.',
      'The gap was larger in every month after that.',
    ]);
  });
});
