import { describe, expect, it } from 'vitest';
import { statesAim } from './states-aim.js';
describe('statesAim', () => {
  it('reads a study that was aimed, designed or conducted to do something as an aim', () => {
    expect(statesAim('This study was aimed to explore the factors predicting the effect of atypical antipsychotic medications on the production of speech.')).toBe(true);
    expect(statesAim('The current study was aimed at finding the molecular basis of Canavan disease in 25 independent patients of non-Jewish background.')).toBe(true);
    expect(statesAim('This prospective study was designed to compare the efficacy and safety of intrathecal hyperbaric ropivacaine with hyperbaric bupivacaine.')).toBe(true);
    expect(statesAim('An auditory electrophysiological study was conducted to explore the influence of language experience on the saliency of dimensions underlying cortical pitch processing.')).toBe(true);
  });

  it('reads the authors\' own aims, purpose clauses and hypotheses as aims', () => {
    expect(statesAim('Our aim was to evaluate, retrospectively, the outcome of LA for adrenal lesions larger than 7 cm.')).toBe(true);
    expect(statesAim('The purpose of this study was to test for compliance differences between self-pay and Medicaid-supported patients.')).toBe(true);
    expect(statesAim('In this context, we aimed at producing the antimicrobial diterpenoid isopimaric acid from Sitka spruce.')).toBe(true);
    expect(statesAim('In this study, we sought to determine the role of MDA5 during infection with mouse hepatitis virus.')).toBe(true);
    expect(statesAim('In order to explore the role of hedgehogs as potential reservoirs of leishmaniasis, specimens (N=6) were captured.')).toBe(true);
    expect(statesAim('We hypothesized that there is at least one mild mutation linked to haplotype 12 in the Swedish PKU/HPA population.')).toBe(true);
    expect(statesAim('In the present study, we report the results of clinical, cytogenetic, and molecular studies of 14 patients with DGS.')).toBe(true);
  });

  it('reads "we attempt to" as an aim (PMID 8198124)', () => {
    expect(statesAim('In this report we attempt to begin the process of describing these alleles and cataloging their phenotypic expression.')).toBe(true);
  });

  it('reads a method behind a connective ("Therefore, we screened ...") as a method', () => {
    expect(statesAim('Therefore, we screened eight familial gastric cancer kindreds of British and Irish origin for germline CDH1 mutations, by SSCP analysis of all 16 exons and flanking sequences.')).toBe(true);
    expect(statesAim('Therefore, germline CDH1 mutations predispose to early onset colorectal cancer.')).toBe(false);
  });

  it('keeps findings and purposes that are not the study\'s own as findings', () => {
    expect(statesAim('In order to save patients\' lives they are treated with renal replacement therapy (RRT).')).toBe(false);
    expect(statesAim('This longitudinal study found no significant effect of menopausal transition on quality of life among Taiwanese women.')).toBe(false);
    expect(statesAim('A task-specific intervention designed to improve gait speed may potentially provide secondary benefits.')).toBe(false);
  });
});

describe('statesAim of the authors\' doing followed by what it found', () => {
  it('keeps "We tested ... and found that it was not defective" (PMID 10404839) and "We screened ... and identified ..." as findings', () => {
    expect(statesAim('We tested sulfate transport in thyrocytes obtained from Pendred syndrome patients and found that it was not defective.')).toBe(false);
    expect(statesAim('We screened 50 patients and identified three novel mutations.')).toBe(false);
  });

  it('still reads a purpose clause that names what it would show as an aim', () => {
    expect(statesAim('To determine whether X-ray and ultrasound show the same fractures and which one detected more.')).toBe(true);
    expect(statesAim('We investigated whether colchicine reduced attacks.')).toBe(true);
  });
});

describe('statesAim on labels and purposes', () => {
  it('reads a purpose clause to demonstrate and a report of results as aims', () => {
    expect(statesAim('In order to demonstrate the effect of prophylactic colchicine treatment on the natural history of familial Mediterranean fever (FMF), a family is presented with 6 out of 9 siblings affected by FMF.')).toBe(true);
    expect(statesAim('We report here the result of a screening for germ-line mutations in the adenomatous polyposis coli (APC) gene in 61 new familial adenomatous polyposis (FAP) patients.')).toBe(true);
  });

  it('reads past a short aims label', () => {
    expect(statesAim('OBJECTIVE: To describe a patient whose active SLE was managed with the use of belimumab throughout pregnancy.')).toBe(true);
    expect(statesAim('AIM: To determine whether there is an apparent optimal time of intragastric acid suppression for maximal healing of reflux oesophagitis.')).toBe(true);
  });
});

describe('statesAim on the current study and present-tense aims', () => {
  it('reads what "the current study analyses" and what "we investigate" as aims', () => {
    // PMID 24783217 of the shipped corpus.
    expect(statesAim("The current study analyses the predictive value of Ki-67 in foreseeing breast cancer patients' responses to neoadjuvant chemotherapy.")).toBe(true);
    expect(statesAim('Here we analyze the expression of TP53 in 40 tumors.')).toBe(true);
    expect(statesAim('We investigate whether serum urate predicts gout flares.')).toBe(true);
  });

  it('keeps what the present study shows as a finding', () => {
    expect(statesAim('The present study shows that FTO suppresses pancreatic cancer.')).toBe(false);
    expect(statesAim('We show that FTO suppresses pancreatic cancer.')).toBe(false);
  });

  it('reads a motive followed by what the study therefore did as an aim (PMID 16100194)', () => {
    expect(statesAim('We perceived that referrals for these side effects have become more and more frequent; therefore, we evaluated the degree of knowledge on the safety of ACE-I in different medical categories.')).toBe(true);
    expect(statesAim('Serum levels fell after treatment; therefore, higher doses are needed to keep the effect.')).toBe(false);
  });

  it('reads the authors\' doing with an adverb before its verb as a method (PMID 25406310)', () => {
    expect(statesAim('Here, we systematically investigated interactions among the intracellular regions of the four USH proteins using colocalization, yeast two-hybrid, and pull-down assays.')).toBe(true);
  });

  it('reads the question the authors asked ("we wondered whether") as an aim (PMID 10192393)', () => {
    expect(statesAim('Given that the skin of these adult mice also exhibits signs of de novo hair-follicle morphogenesis, we wondered whether human pilomatricomas might originate from hair matrix cells and whether they might possess beta-catenin-stabilizing mutations.')).toBe(true);
  });

  it('reads a paper announcing what it presents and evaluates as an aim (PMID 26432110)', () => {
    expect(statesAim('We present a new option for visual rehabilitation of patients with advanced macular degeneration and evaluate the outcomes in the first 8 patients who had implantation of the ciliary sulcus-fixated macular add-on intraocular lens (IOL).')).toBe(true);
    expect(statesAim('We present three patients with the disease and show that all carry the same mutation.')).toBe(false);
  });

  it('reads a study that looks for, seeks or tests something as an aim (PMID 11500608)', () => {
    expect(statesAim('This study looks for a rebound increase of heartburn after short-term treatment with omeprazole')).toBe(true);
    expect(statesAim('The present study sought a link between statin use and cataract in older adults.')).toBe(true);
    expect(statesAim('This study tested whether early mobilisation shortens hospital stay after hip fracture.')).toBe(true);
    expect(statesAim('This study found no rebound increase of heartburn after omeprazole was stopped.')).toBe(false);
  });

  it('reads the authors exploring a question, behind the study they name, as an aim (PMID 11340218)', () => {
    expect(statesAim('In a preliminary observational study, we explored whether clinical outcome is improved in patients who are on treatment with statins when stroke occurs.')).toBe(true);
    expect(statesAim('In a retrospective cohort study, we examined whether early mobilisation shortens hospital stay.')).toBe(true);
    expect(statesAim('In a cohort study of 500 patients, we found that early mobilisation shortens hospital stay.')).toBe(false);
    // Exploring a named role may say what the subject is, which a definition question needs.
    expect(statesAim('We explored the role of Spartan (SPRTN), a metalloprotease associated with DNA replication.')).toBe(false);
  });

  it('reads an infinitive of purpose before the authors\' own doing as an aim, not "To date" (PMID 3029599)', () => {
    expect(statesAim('To derive an animal model for the Lesch-Nyhan syndrome, we have used cultured mouse embryonic stem cells, mutagenized by retroviral insertion.')).toBe(true);
    expect(statesAim('To date, we have identified five mutations in the HPRT gene.')).toBe(false);
  });

  it('reads a labelled objective to monitor or estimate something as an aim (PMID 10078732)', () => {
    expect(statesAim('OBJECTIVE To monitor the effects of dietary treatment in adult-onset adrenoleukodystrophy (ALD) by means of somatosensory evoked potentials (SEPs) and motor evoked potentials (MEPs).')).toBe(true);
    expect(statesAim('To estimate the incidence of late bleeding after tonsillectomy.')).toBe(true);
    expect(statesAim('Monitoring by evoked potentials showed progression of the axonopathy despite the diet.')).toBe(false);
  });
});

describe('statesAim of an aim opening with other verbs of purpose', () => {
  it('reads "To monitor ...", "To estimate ...", "To establish ..." as what the study set out to do', () => {
    expect(statesAim('To monitor the effects of diet treatment in adult-onset adrenoleukodystrophy by somatosensory evoked potentials (SEPs) and motor evoked potentials (MEPs).')).toBe(true);
    expect(statesAim('To estimate the prevalence of secondhand smoke exposure among infants discharged from a neonatal intensive care unit.')).toBe(true);
  });

  it('leaves a finding that only contains such a verb', () => {
    expect(statesAim('Somatosensory evoked potentials may be used to monitor the effect of treatment.')).toBe(false);
  });

  it('reads an infinitive under an inline aim label as the aim, whatever its verb', () => {
    // Shipped corpus, PMID 10190819 (abstract stored as one text with its labels inline).
    expect(statesAim('OBJECTIVES To conduct mutational analyses in 29 Japanese patients with ALD from 29 unrelated families, to obtain knowledge of the spectrum of mutations in this gene.')).toBe(true);
    expect(statesAim('AIM: To obtain normative values of grip strength in Scottish schoolchildren.')).toBe(true);
    expect(statesAim('PURPOSE OF THE STUDY To gather the experience of three centres with keyhole repair.')).toBe(true);
  });

  it('leaves a statement under an aim label, and an infinitive without one, as they are', () => {
    // BioASQ record 33271403: background under a PURPOSE label.
    expect(statesAim('PURPOSE: The Sino-Nasal-Outcome-Test-22 (SNOT-22) represents the reference questionnaire to assess symptoms in patients with chronic rhinosinusitis (CRS).')).toBe(false);
    expect(statesAim('OBJECTIVE To date, no trial has shown a benefit of screening.')).toBe(false);
    expect(statesAim('To conduct such analyses in every family would cost too much.')).toBe(false);
  });
});

describe('statesAim of a passive naming what was studied', () => {
  it('reads it as an aim', () => {
    expect(statesAim('The effects of insecticide treated nets (ITNs) use on the composition, biting/feeding and sporozoite rates of Anopheles gambiae s.l. mosquitoes in Musilongo village, Vihiga County of western Kenya highlands were investigated.')).toBe(true);
    // Of our own making.
    expect(statesAim('The association of daily tea drinking with hip fracture in older women was assessed.')).toBe(true);
  });

  it('leaves what was found alone', () => {
    expect(statesAim('The effects of tea drinking on hip fracture were small and not significant.')).toBe(false);
    expect(statesAim('The association of tea drinking with fracture was determined to be weak (OR 1.1).')).toBe(false);
  });
});
