import { describe, expect, it } from 'vitest';
import {
  aimAsSentence,
  splitAbsolute,
  splitBracketList,
  splitColon,
  splitDefinition,
  splitLeadingSetting,
  splitMiddleDescription,
  splitRelative,
  splitTrailingDescription,
  titleAsSentence,
} from './split-clauses.js';

describe('splitTrailingDescription', () => {
  it('says what the last named thing is in a sentence of its own', () => {
    expect(
      splitTrailingDescription(
        'For example, several patients of the present Ebola virus outbreak in West Africa were treated with ZMapp, a cocktail of three monoclonal antibodies expressed in Nicotiana benthamiana.',
      ),
    ).toEqual([
      'For example, several patients of the present Ebola virus outbreak in West Africa were treated with ZMapp.',
      'ZMapp is a cocktail of three monoclonal antibodies expressed in Nicotiana benthamiana.',
    ]);
    expect(splitTrailingDescription('Ozenoxacin has been developed as a cream for the treatment of impetigo, a highly catching bacterial skin infection.')).toEqual([
      'Ozenoxacin has been developed as a cream for the treatment of impetigo.',
      'Impetigo is a highly catching bacterial skin infection.',
    ]);
  });

  it('leaves descriptions of a whole clause, of a list or with a verb of their own alone', () => {
    for (const s of [
      'The Indian muntjac has a diploid chromosome number of 7 in the male and 6 in the female, the lowest number yet described in a mammal.',
      'Operons and trans-splicing predate the radiation of the nematode phylum, an inference supported by the profile of proteins.',
      'It is caused by feline infectious peritonitis (FIP) virus, a strong mutant strain of Feline Enteric Coronavirus.',
      'When diagnosed with lung metastasis, a patient got combined chemotherapy for 6 cycles.',
      'The drug was given with aspirin, heparin, and a low dose of warfarin.',
    ]) {
      expect(splitTrailingDescription(s)).toBeUndefined();
    }
  });
});

describe('splitDefinition', () => {
  it('ends a definition before a phrase that says more about its subject', () => {
    expect(splitDefinition('Botulism is a rare possibly fatal and treatable disorder caused by a bacteria-produced toxin.')).toEqual([
      'Botulism is a rare possibly fatal and treatable disorder.',
      'It is caused by a bacteria-produced toxin.',
    ]);
    expect(splitDefinition("Huntington's disease is a fully penetrant neurodegenerative disease caused by a CAG repeat expansion.")).toEqual([
      "Huntington's disease is a fully penetrant neurodegenerative disease.",
      'It is caused by a CAG repeat expansion.',
    ]);
    expect(splitDefinition('Inherited angioedema is a rare disease that causes episodic attacks of swelling.')).toEqual([
      'Inherited angioedema is a rare disease.',
      'It causes episodic attacks of swelling.',
    ]);
    expect(splitDefinition('The North Star Ambulatory Assessment is a functional scale specifically designed for ambulant boys.')).toEqual([
      'The North Star Ambulatory Assessment is a functional scale.',
      'It is specifically designed for ambulant boys.',
    ]);
  });

  it('says what was done in the past tense', () => {
    expect(splitDefinition('Daridorexant is a new dual orexin receptor antagonist developed to treat insomnia.')).toEqual([
      'Daridorexant is a new dual orexin receptor antagonist.',
      'It was developed to treat insomnia.',
    ]);
  });

  it('says what is being done or thought about the subject in a sentence of its own, past a bracket in the definition', () => {
    // PMID 35298826 (daridorexant) and PMID 30691609 (feline infectious peritonitis), brackets and abbreviations already handled.
    expect(
      splitDefinition('Daridorexant is an orally administered dual orexin type 1 and type 2 (OX1 and OX2) receptor antagonist being developed for the treatment of insomnia.'),
    ).toEqual(['Daridorexant is an orally administered dual orexin type 1 and type 2 (OX1 and OX2) receptor antagonist.', 'It is being developed for the treatment of insomnia.']);
    expect(
      splitDefinition('FIP is an almost invariably fatal feline coronavirus-induced disease thought to arise from a combination of viral gene changes and an overexuberant immune response.'),
    ).toEqual(['FIP is an almost invariably fatal feline coronavirus-induced disease.', 'It is thought to arise from a combination of viral gene changes and an overexuberant immune response.']);
  });

  it('splits a plural subject\'s definition without an article, also past an adverb ("that often present")', () => {
    // PMID 28650145; PMID 30295882 after its other name went to a sentence of its own.
    expect(splitDefinition('DEAD-box proteins are nonprocessive RNA helicases that play diverse roles in cellular processes.')).toEqual([
      'DEAD-box proteins are nonprocessive RNA helicases.',
      'They play diverse roles in cellular processes.',
    ]);
    expect(splitDefinition('Cirsoid aneurysms are rare congenital extracranial vascular anomalies that often present as an enlarging pulsatile scalp mass.')).toEqual([
      'Cirsoid aneurysms are rare congenital extracranial vascular anomalies.',
      'They often present as an enlarging pulsatile scalp mass.',
    ]);
  });

  it('leaves a singular subject without an article and a plural one with "most" or "often" alone', () => {
    for (const s of [
      'Botulism is rare disease caused by a toxin from bacteria in spoiled food.',
      'Statins are most often drugs that lower cholesterol in the blood.',
      'Cirsoid aneurysms are often lesions that present as a scalp mass.',
    ]) {
      expect(splitDefinition(s)).toBeUndefined();
    }
  });

  it('leaves a definition whose bracket holds a list or whose phrase is part of the name', () => {
    for (const s of [
      'Huntington\'s disease is an inherited disorder caused by expanded stretch of consecutive trinucleotides (cytosine-adenosine-guanine, CAG) within the first exon.',
      'Galcanezumab is the first antibody being developed for the prevention of cluster headache in adults.',
    ]) {
      expect(splitDefinition(s)).toBeUndefined();
    }
  });

  it('keeps a phrase that makes the definition true or may describe a nearer noun', () => {
    for (const s of [
      'NCYM is the first de novo evolved protein known to act as an oncopromoting factor in human cancer.',
      'Heterozygous variants in NFKB1 are the most common known monogenic cause of CVID.',
      'Lurasidone is a product of the enzyme produced by the liver in most adults.',
      'One-and-a-half syndrome is a syndrome marked by horizontal movement disorders of the eyeballs.',
    ]) {
      expect(splitDefinition(s)).toBeUndefined();
    }
  });
});

describe('splitColon', () => {
  it('puts a list after a colon in a sentence of its own', () => {
    expect(
      splitColon('The Food and Drug Administration recently approved 3 new humanized monoclonal antibodies: erenumab, fremanezumab, and galcanezumab.'),
    ).toEqual(['The Food and Drug Administration recently approved 3 new humanized monoclonal antibodies.', 'These were erenumab, fremanezumab, and galcanezumab.']);
  });

  it('keeps the capital of a list of names, lowers a capital only the first item has (PMID 26277067)', () => {
    expect(
      splitColon('Two cyt b variants were incriminated as the causative agents of CanL cases from three cities: Posadas, Garupá, and Ituzaingó.')?.[1],
    ).toBe('These were Posadas, Garupá, and Ituzaingó.');
    expect(splitColon('The trial measured three outcomes in every child: Pain, sleep, and school days missed.')?.[1]).toBe('These were pain, sleep, and school days missed.');
  });

  it('leaves a colon before a clause with a verb inside a list, or before a long phrase, alone', () => {
    for (const s of [
      'The involvement of c-myc in lymphoma is well known: due to translocation, c-myc comes under the influence of other genes.',
      'The analysis yielded four factors that explained the data: steroid dose; eosinophil counts; and lung function loaded separately.',
    ]) {
      expect(splitColon(s)).toBeUndefined();
    }
  });
});

describe('splitRelative', () => {
  it('names a thing introduced with "a" again before what it does', () => {
    expect(splitRelative('FTY720 is a known sphingosine-1-phosphate receptor agonist that exerts strong anti-inflammatory effects.')).toEqual([
      'FTY720 is a known sphingosine-1-phosphate receptor agonist.',
      'This agonist exerts strong anti-inflammatory effects.',
    ]);
    expect(splitRelative('Cryoglobulinemic vasculitis is a whole-body vasculitis that affects small blood vessels.')).toEqual([
      'Cryoglobulinemic vasculitis is a whole-body vasculitis.',
      'This vasculitis affects small blood vessels.',
    ]);
  });

  it('keeps a clause that tells which one is meant, or that sums up the sentence', () => {
    for (const s of [
      'Casimersen was developed for patients who have a mutation in the DMD gene that is amenable to exon 45 skipping.',
      'Erenumab is the only antibody that targets the receptor instead of the ligand.',
      'Operons predate the radiation of the nematode phylum, an inference that is supported by the profile of proteins.',
      'The study found a number of genes that were linked to the disease in children.',
      'E2 acts by preventing the rise of Dkk1, a factor that serves as an antagonist of Wnt signaling, and simultaneously inducing Wnt signaling in neurons.',
    ]) {
      expect(splitRelative(s)).toBeUndefined();
    }
  });
});

describe('splitBracketList', () => {
  it('moves a list in brackets at the end into a sentence of its own', () => {
    expect(
      splitBracketList(
        'Metabolic syndrome is a cluster of the most dangerous heart attack risk factors (diabetes and raised fasting plasma glucose, belly obesity, high cholesterol and high blood pressure).',
      ),
    ).toEqual([
      'Metabolic syndrome is a cluster of the most dangerous heart attack risk factors.',
      'These are diabetes and raised fasting plasma glucose, belly obesity, high cholesterol and high blood pressure.',
    ]);
  });

  it('leaves a bracket with numbers, a single name or a remark alone', () => {
    for (const s of [
      'The dystonia scale was used at three time points (before surgery, 3 months after surgery, and the last follow-up).',
      'Patients were treated with monoclonal antibodies (ZMapp).',
      'Most patients recovered fully within a month (some after surgery and others with rest alone).',
    ]) {
      expect(splitBracketList(s)).toBeUndefined();
    }
  });
});

describe('splitLeadingSetting', () => {
  it('turns "In this phase 1-2 trial, X showed Y" into "X showed Y. This was in a phase 1-2 trial."', () => {
    expect(splitLeadingSetting('In this phase 1-2 trial, selpercatinib showed durable efficacy in patients with medullary thyroid cancer.')).toEqual([
      'Selpercatinib showed durable efficacy in patients with medullary thyroid cancer.',
      'This was in a phase 1-2 trial.',
    ]);
  });

  it('moves when a past finding happened ("In 2018,", "During the latest outbreak of X,") after it', () => {
    // PMIDs 32029430 and 26861827.
    expect(
      splitLeadingSetting('In 2018, the American Cancer Society published a guideline update recommending a reduction in the colorectal cancer screening start age for average-risk individuals from 50 to 45.'),
    ).toEqual([
      'The American Cancer Society published a guideline update recommending a reduction in the colorectal cancer screening start age for average-risk individuals from 50 to 45.',
      'This was in 2018.',
    ]);
    expect(
      splitLeadingSetting('During the latest outbreak of Ebola virus disease in West Africa, monoclonal antibody therapy (e.g., ZMapp) was utilized to treat patients.'),
    ).toEqual(['Monoclonal antibody therapy (e.g., ZMapp) was utilized to treat patients.', 'This was during the latest outbreak of Ebola virus disease in West Africa.']);
  });

  it('leaves a time before a general claim, or before a claim that starts with a figure, where it is', () => {
    expect(splitLeadingSetting('In 2014, 15 patients were treated with ZMapp or ZMAb under compassionate-use protocols.')).toBeUndefined();
    expect(splitLeadingSetting('During pregnancy, women with epilepsy should keep taking their medicine as advised.')).toBeUndefined();
    expect(splitLeadingSetting('In the 2020 season, vaccines are advised for all adults over 65 years of age.')).toBeUndefined();
  });

  it('leaves a claim that leans on the setting ("it", "they") alone', () => {
    expect(splitLeadingSetting('In the first trial, they received single doses of the drug or placebo.')).toBeUndefined();
  });

  it('moves a study preamble that says whom it studied ("trial of 520 adults with migraine") after the finding', () => {
    // Made up, in the shape of trial abstracts.
    expect(splitLeadingSetting('In a randomized, double-blind, placebo-controlled phase III trial of 520 adults with migraine, erenumab reduced monthly migraine days.')).toEqual([
      'Erenumab reduced monthly migraine days.',
      'This was in a randomized, double-blind, placebo-controlled phase III trial of 520 adults with migraine.',
    ]);
    expect(splitLeadingSetting('In this multicenter retrospective cohort study of 1,204 patients, statin use was associated with a lower risk of dementia.')).toEqual([
      'Statin use was associated with a lower risk of dementia.',
      'This was in a multicenter retrospective cohort study of 1,204 patients.',
    ]);
    // A general claim stays where it is; so does a setting with a second comma-separated part ("of A, B and C").
    expect(splitLeadingSetting('In a study of patients with gout, colchicine is the first choice for an attack.')).toBeUndefined();
    expect(splitLeadingSetting('In a study of smokers, drinkers and both, rates of cancer were higher in the last group.')).toBeUndefined();
  });
});

describe('splitDefinition with an abbreviation in brackets after its subject', () => {
  it('splits "X (ABBR) is a N caused by Y" as it splits "X is a N caused by Y"', () => {
    // BioASQ abstract sentence on hereditary angioedema.
    expect(splitDefinition('Hereditary angioedema (HAE) is a rare autosomal dominant disorder caused by mutations of the SERPING1 or the Factor 12 genes.')).toEqual([
      'Hereditary angioedema (HAE) is a rare autosomal dominant disorder.',
      'It is caused by mutations of the SERPING1 or the Factor 12 genes.',
    ]);
    // Made up.
    expect(splitDefinition('Chronic kidney disease (CKD) is a common condition linked to high blood pressure and diabetes.')).toEqual([
      'Chronic kidney disease (CKD) is a common condition.',
      'It is linked to high blood pressure and diabetes.',
    ]);
    // A dated event is told in the past tense (BioASQ abstract sentence on an influenza vaccine; a made-up one).
    expect(
      splitDefinition('Intanza 9 µg (sanofi pasteur) is a microneedle-delivered intradermal trivalent inactivated influenza vaccine approved in 2009 for the prevention of seasonal influenza.'),
    ).toEqual(['Intanza 9 µg (sanofi pasteur) is a microneedle-delivered intradermal trivalent inactivated influenza vaccine.', 'It was approved in 2009 for the prevention of seasonal influenza.']);
    expect(splitDefinition('Zolpidem is a sleep medicine licensed in March 1992 for short-term treatment of insomnia.')?.[1]).toBe('It was licensed in March 1992 for short-term treatment of insomnia.');
    expect(splitDefinition('Zolpidem is a sleep medicine licensed for short-term treatment of insomnia.')?.[1]).toBe('It is licensed for short-term treatment of insomnia.');
    // What causes an illness "of children" or "in soft tissues" is the illness, not the children (BioASQ abstract
    // sentences on Leigh syndrome and the Morel-Lavallée lesion; a made-up one).
    expect(splitDefinition('Leigh syndrome is a neurogenetic disorder of children caused by mutations in at least 75 genes.')).toEqual([
      'Leigh syndrome is a neurogenetic disorder of children.',
      'It is caused by mutations in at least 75 genes.',
    ]);
    expect(splitDefinition('Morel-Lavallée lesion (MLL) is a degloving injury in soft tissues caused by shear force accompanying trauma.')?.[1]).toBe(
      'It is caused by shear force accompanying trauma.',
    );
    expect(splitDefinition('Croup is a viral infection of young children marked by a barking cough.')?.[1]).toBe('It is marked by a barking cough.');
    // Unless the "of" part names an illness or a thing the phrase may describe instead.
    expect(splitDefinition('Gastroparesis is a complication of diabetes caused by damage to the vagus nerve.')).toBeUndefined();
    expect(splitDefinition('Rickets is a softening of bones in children caused by a lack of vitamin D.')).toBeUndefined();
    expect(splitDefinition('Silicosis is a lung disease of workers exposed to silica dust caused by fine particles.')).toBeUndefined();
    // A list in the bracket is not an abbreviation of the subject, and the subject is still no clause.
    expect(splitDefinition('What we found (in two trials, with 300 people) is a rare disorder caused by a toxin.')).toBeUndefined();
  });
});

describe('titleAsSentence', () => {
  it('reads "Name: a description" as "Name is a description."', () => {
    expect(titleAsSentence('Mammalian Otolin: a multimeric glycoprotein specific to the inner ear')).toBe(
      'Mammalian Otolin is a multimeric glycoprotein specific to the inner ear.',
    );
  });

  it('leaves other titles alone', () => {
    expect(titleAsSentence('Rickettsia felis: from a rare disease in the USA to a common cause of fever.')).toBeUndefined();
    expect(titleAsSentence('Erratum: Calcitonin gene-related peptide receptor as a new target.')).toBeUndefined();
  });
});

describe('splitMiddleDescription', () => {
  it('takes a description out of the middle of a sentence and says it after', () => {
    expect(splitMiddleDescription('Recently, the BLISS-LN trial tested belimumab, an inhibitor of B-cell activating factor, as an add-on therapy to steroids.')).toEqual([
      'Recently, the BLISS-LN trial tested belimumab as an add-on therapy to steroids.',
      'Belimumab is an inhibitor of B-cell activating factor.',
    ]);
    expect(splitMiddleDescription('Post hoc analyses of the MG0002 study, a Phase 2a trial of rozanolixizumab in adults, included Rasch model analyses.')).toEqual([
      'Post hoc analyses of the MG0002 study included Rasch model analyses.',
      'The MG0002 study is a Phase 2a trial of rozanolixizumab in adults.',
    ]);
  });

  it('leaves a description with commas of its own, a list, or an unclear name alone', () => {
    for (const s of [
      'Melanin, a naturally occurring, ubiquitous pigment, has been shown to confer radioresistance.',
      'Null mutations lead to PHARC syndrome, a neurodegenerative disease including polyneuropathy, hearing loss, and cataract.',
      'We present VISMapper, a vector integration site analysis web server, to study sequencing data.',
    ]) {
      expect(splitMiddleDescription(s)).toBeUndefined();
    }
  });
});

describe('aimAsSentence', () => {
  it('gives a bare "To find out X" aim its verb', () => {
    expect(aimAsSentence('To determine the maximum tolerated dose of LB-100 in adults with solid tumors.')).toBe(
      'The aim was to determine the maximum tolerated dose of LB-100 in adults with solid tumors.',
    );
  });

  it('leaves an aim followed by its clause alone', () => {
    expect(aimAsSentence('To find out the genetic basis of the disease, we sequenced the gene in four patients.')).toBeUndefined();
    expect(aimAsSentence('To date, no treatment is known to slow the disease.')).toBeUndefined();
  });
});

describe('descriptions after a verb in its "-s" form', () => {
  it('does not take the verb into the described name', () => {
    const split = splitTrailingDescription('A small deletion on chromosome 22 causes DiGeorge syndrome, a disorder of early development.');
    expect(split?.[1]).toBe('DiGeorge syndrome is a disorder of early development.');
  });

  it('does not split a description whose list runs on after its closing comma', () => {
    const sentence = 'Expansion of a CTG repeat on chromosome 19 causes myotonic dystrophy, a dominantly inherited disease marked by muscle dystrophy and myotonia, cataracts and heart conduction defects.';
    expect(splitMiddleDescription(sentence)).toBeUndefined();
  });
});

describe('names and agreement when a sentence is split', () => {
  it('takes the noun after a modal and its verb as the described name, not the verb phrase', () => {
    const split = splitTrailingDescription('Leishmania is a protozoan that lives in domestic and wild animals and it may include bats, a population that has increased in urban environments.');
    expect(split?.[1]).toBe('Bats are a population that has increased in urban environments.');
  });

  it('leaves a definition whole when its relative clause agrees with the complement, not the subject', () => {
    expect(splitDefinition('Urban bats are a population that has increased in many cities.')).toBeUndefined();
    expect(splitDefinition('Cirsoid aneurysms are rare vascular anomalies that occur in the scalp.')?.[1]).toBe('They occur in the scalp.');
  });
});

describe('splitAbsolute', () => {
  it('says ", with N participle ..." after a finished clause as a sentence of its own, in the clause\'s tense and the noun\'s number', () => {
    // BioASQ abstract sentences on CAR-T cells, daratumumab in lupus, TAD boundaries and Leigh syndrome.
    expect(
      splitAbsolute('Engineered T cells have achieved success in the treatment of blood cancers, with four chimeric antigen receptor (CAR)-T cell therapies now approved for the treatment of B cell malignancies.'),
    ).toEqual([
      'Engineered T cells have achieved success in the treatment of blood cancers.',
      'Four chimeric antigen receptor (CAR)-T cell therapies are now approved for the treatment of B cell malignancies.',
    ]);
    expect(splitAbsolute('We describe the use of daratumumab that induced profound responses in two patients with life-threatening lupus, with the responses sustained by maintenance treatment with belimumab.')?.[1]).toBe(
      'The responses were sustained by maintenance treatment with belimumab.',
    );
    expect(splitAbsolute('The formation of inter-TAD enhancer-promoter interactions is not solely driven by genomic distance, with distal interactions sometimes favored over proximal ones.')?.[1]).toBe(
      'Distal interactions are sometimes favored over proximal ones.',
    );
    expect(splitAbsolute('It can be caused by more than 75 different gene changes, involving all respiratory chain complexes, with less than 25% of Leigh syndrome having mitochondrial DNA changes.')?.[1]).toBe(
      'Less than 25% of Leigh syndrome has mitochondrial DNA changes.',
    );
    // Made up.
    expect(splitAbsolute('The clinic saw more cases of measles in 2019 than in any year before, with most children infected at school.')?.[1]).toBe('Most children were infected at school.');
  });

  it('leaves "with" phrases that are no noun with a participle, that start in figures, or follow a clause that is not finished', () => {
    for (const sentence of [
      'Patients were treated with steroids for six months, with a median follow-up of 16 months.',
      'The drug was given with food, with patients treated twice daily.',
      'These variants are readily detectable in exome sequence data, with 30.7% of bases across all genes well covered in the dataset.',
      'When the drug was stopped, with symptoms resolved within days, no further treatment was needed.',
      'Most cases were mild, with patients who had been vaccinated treated at home.',
    ]) {
      expect(splitAbsolute(sentence)).toBeUndefined();
    }
  });
});
