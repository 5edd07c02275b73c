import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { classifyPoint, saysHowStudied, tellsCase } from './classify-point.js';
import { distinctionOrKind } from './find-distinctions.js';
import { definedAbbreviations } from './expand-abbreviations.js';

describe('classifyPoint', () => {
  it('files sentences under the section their cue words point to', () => {
    expect(classifyPoint('Hormonal therapies should be regarded as first-line treatment.')).toBe('treatment');
    expect(classifyPoint('Biopsy confirmed the diagnosis.')).toBe('diagnosis');
    expect(classifyPoint('Five-year survival was 40%.')).toBe('prognosis');
    expect(classifyPoint('The prevalence was higher in women.')).toBe('epidemiology');
    expect(classifyPoint('Unlike osteosclerotic myeloma, the lesions spared bone.')).toBe('distinction');
    expect(classifyPoint('The patients were seen in 2010.')).toBe('other');
  });
});

describe('definedAbbreviations', () => {
  it('maps abbreviations an abstract defines to the stems of their long forms', () => {
    const map = definedAbbreviations('linked to cardiovascular (CV) events in congenital myotonic dystrophy (DM) and deep infiltrating endometriosis (DIE).');
    expect([...(map.get('cv') ?? [])]).toEqual(['cardiovascular']);
    expect([...(map.get('dm') ?? [])]).toEqual(['myoton', 'dystrophi']);
    expect([...(map.get('die') ?? [])]).toEqual(['deep', 'infiltr', 'endometriosi']);
  });
});

describe('definedAbbreviations, for short forms a sentence reads as shorter stems', () => {
  it('maps the stem of a short form that ends in s ("DGS" is read "dg") to the long form too', () => {
    const map = definedAbbreviations('DiGeorge syndrome (DGS), a developmental field defect of the third and fourth pharyngeal pouches');
    expect([...(map.get('dgs') ?? [])]).toEqual(['digeorg', 'syndrom']);
    expect([...(map.get('dg') ?? [])]).toEqual(['digeorg', 'syndrom']);
  });
});

describe('classifyPoint of a difference or effect detected', () => {
  it('does not file a result found ("No difference was detected") under diagnosis', () => {
    expect(classifyPoint('No difference was detected in QoL between AG and placebo groups.')).not.toBe('diagnosis');
    expect(classifyPoint('Market effects also were detected in demand equations.')).not.toBe('diagnosis');
  });

  it('still files what a test detected under diagnosis', () => {
    expect(classifyPoint('Mutations were detected in 12 of 20 patients by SSCP analysis.')).toBe('diagnosis');
  });
});

describe('classifyPoint files a point under a kind only when it says something of that kind', () => {
  it.each([
    // PMID 18847643: a sample that was given a treatment says nothing of the treatment.
    'One-hundred-fourteen trauma patients were initiated on therapeutic anticoagulation.',
    // PMID 25406310: a hope for future therapy is no treatment's effect.
    'Our work provides valuable insight into the physiological role of the USH2 complex in vivo and informs possible reconstruction of the USH2 complex for future therapy.',
    // PMID 26702170: implications for treatment are not a treatment.
    "Caregiver's perception about mental illness and ability to identify the four factors has important treatment implications.",
  ])('does not file "%s" under Treatment', (text) => {
    expect(classifyPoint(text)).not.toBe('treatment');
  });

  it.each([
    // PMID 10930361: a study's "findings" are its results, not a test.
    'These findings indicate that frataxin is essential for mitochondrial iron homeostasis and protection from iron-induced formation of free radicals.',
    // PMID 10767347: biopsies as the source of data for a mechanism.
    'Yeast knockout models, and histological and biochemical data from patient heart biopsies or autopsies indicate that the frataxin defect causes a specific iron-sulfur protein deficiency and mitochondrial iron accumulation leading to the pathological changes.',
    // PMID 17295865: screening of blood products as the setting of a belief about transmission.
    'Acute hepatitis C virus infection in the era of universal screening of blood products has not disappeared, and is thought to be transmitted primarily via injecting drug use.',
  ])('does not file "%s" under Diagnostic Approach', (text) => {
    expect(classifyPoint(text)).not.toBe('diagnosis');
  });

  it.each([
    // PMID 25359771: the survival of cells is biology, not an outcome.
    'Here, we showed that a secreted form of truncated OSTM1 binds to the cell surface of osteoclast (OC) precursors and inhibits the formation of multinucleated OCs through the reduction of cell fusion and survival.',
    // PMID 12612531 and 17403428: "recurrent" names a form of a symptom or a disease.
    'Primary eosinophilic esophagitis, a chronic inflammatory disorder of the esophagus, evokes recurrent dysphagia.',
    'The rate of extreme skewing (90% or greater) in the recurrent spontaneous abortion population was 8.6%, and not statistically different from any of the other groups, except the Primiparous group (1.0%, P<.01).',
  ])('does not file "%s" under Prognosis', (text) => {
    expect(classifyPoint(text)).not.toBe('prognosis');
  });

  it('still files effects, test performance and outcomes under their kinds', () => {
    expect(classifyPoint('There are no data to support the widespread practice of using central venous pressure to guide fluid therapy.')).toBe('treatment');
    expect(classifyPoint('Our results inclined toward the position that appendectomy can be performed as a semielective surgery.')).toBe('treatment');
    expect(classifyPoint('These findings provide evidence that a high cumulative dose of regular insulin is a risk factor for atherosclerosis.')).toBe('epidemiology');
    // BioASQ snippet of PMID 32370812: the kinds of a treatment listed.
    expect(classifyPoint('When developing anti-tumor therapeutic antibodies, including single-targeted antibodies, bi-specific antibodies (BsAbs), and antibody-drug conjugates (ADCs), many factors need to be considered.')).toBe('treatment');
    expect(classifyPoint('3D ultrasound validation of the postfiring needle position is an efficient adjunct to ultrasound-guided LCNB.')).toBe('diagnosis');
    expect(classifyPoint('Sixty-three EoE patients (76%) were "pull" sign positive compared with just 2 control subjects (2%; P < .001), corresponding to a sensitivity and specificity of 76% and 98%.')).toBe('diagnosis');
    expect(classifyPoint('Among 82 ALK-positive patients who were given crizotinib, median overall survival from initiation of crizotinib has not been reached (95% CI 17 months to not reached); 1-year overall survival was 74%.')).toBe('prognosis');
  });
});

describe('classifyPoint files a point under Mechanism, Clinical Presentation or Epidemiology only when it says something of that kind', () => {
  it.each([
    // A model's promise names genes and mechanisms and says how none works.
    'This knockout mouse model will be particularly useful for the identification of the etiological genes and mechanisms of the disorder.',
    'We recently reported the positional cloning of a candidate gene for familial hypercalciuria called CLCN5.',
    // What physicians knew of a drug class is no mechanism, whatever receptor the drugs are named after.
    'Nephrologists seemed to be less aware of the fact that angiotensin receptor blockers can cross-react with the older drugs.',
  ])('does not file "%s" under Mechanism', (text) => {
    expect(classifyPoint(text)).not.toBe('mechanism');
  });

  it.each([
    'HFE mutations lead to inappropriately low crypt cell iron and increased absorption of dietary iron.',
    'The single-base deletion causes a truncated Kx protein, which is responsible for the phenotype.',
    'The development of polyps in this syndrome is the result of inherited mutations of the tumour suppressor gene.',
  ])('still files "%s" under Mechanism', (text) => {
    expect(classifyPoint(text)).toBe('mechanism');
  });

  it.each([
    // The present study, and authors presenting their method, present no patient.
    'In the present report, 40 families were typed with a battery of polymorphic probes.',
    'Here, we present a network-based approach that uses metabolomic data from a single patient to rank candidate genes.',
    'The relationship among genotype, biochemical phenotype and school performance observed in the present study is of importance for future care.',
    // A protein's structure is no clinical feature; an adult-onset form is a name.
    'If this result can be confirmed, it may give insight into the structural features of the protein that matter for its function.',
  ])('does not file "%s" under Clinical Presentation', (text) => {
    expect(classifyPoint(text)).not.toBe('presentation');
  });

  it('still files what a condition is characterised by under Clinical Presentation', () => {
    expect(classifyPoint('Norrie disease is an X-linked recessive disorder characterized by congenital blindness and sensorineural deafness.')).toBe('presentation');
  });

  it('files how common a mutation is under Epidemiology, and a rare case report not', () => {
    expect(classifyPoint('This mutation has a different geographic centre of diffusion and is probably less common than the exon 1 deletion in Quebec.')).toBe('epidemiology');
    expect(classifyPoint('Ocular thelaziasis in a child: a rare case report.')).not.toBe('epidemiology');
  });
});

describe('classifyPoint on laboratory manipulations', () => {
  it('files no transfection or cell-line experiment under treatment', () => {
    expect(classifyPoint('Transfection of miR-200a or miR-429 inhibitors into Ascl2-deficient colon cancer cells increased cellular proliferation and migration.')).not.toBe('treatment');
    expect(classifyPoint('Imatinib treatment reduced proliferation of the K562 cell line in vitro.')).not.toBe('treatment');
  });

  it('still files a treatment given to patients under treatment', () => {
    expect(classifyPoint('Imatinib treatment improved survival in patients with chronic myeloid leukaemia.')).toBe('treatment');
  });
});

describe('classifyPoint on differentiation', () => {
  it('files a species or cell "differentiation" under no distinction', () => {
    expect(classifyPoint('Leishmania species differentiation revealed the presence of Leishmania amazonensis in 78.3% of the bats.')).not.toBe('distinction');
    expect(classifyPoint('Loss of Runx2 blocked osteoblast differentiation in the mice.')).not.toBe('distinction');
  });

  it('still files telling one condition from another under distinction', () => {
    expect(classifyPoint('Skin biopsy helps differentiate morphea from systemic sclerosis in these patients.')).toBe('distinction');
    expect(classifyPoint('Differentiation between osteosclerotic myeloma and POEMS syndrome rests on the skin changes.')).toBe('distinction');
  });
});

describe('classifyPoint on symptoms a treatment eased', () => {
  it('files symptoms decreased or relieved under treatment, not presentation', () => {
    // PMID 22303473 of the shipped corpus.
    expect(classifyPoint('A multi-component program designed to mobilize support of family networks demonstrated effectiveness in decreasing depressive symptoms in caregivers.')).toBe('treatment');
    expect(classifyPoint('Topical capsaicin relieved neuropathic symptoms in half of the patients.')).toBe('treatment');
  });

  it('still files the symptoms a condition shows under presentation', () => {
    expect(classifyPoint('Patients presented with depressive symptoms and fatigue.')).toBe('presentation');
    expect(classifyPoint('Reduced vision was among the first symptoms.')).toBe('presentation');
  });
});

describe('classifyPoint on comparisons of figures', () => {
  it('files no distinction for "vs" between two measures, nor for "differential" of anything but a diagnosis', () => {
    expect(classifyPoint('Mean serum urea level was lower (46.05 ± 13.30 vs 91.24 ± 31.28 mg/dL) and salivary flow rate higher (0.34 ± 0.07 vs 0.26 ± 0.04 mL/minute) at the end of 3 months of dialysis.')).not.toBe('distinction');
    expect(classifyPoint('Rinsing hands with water alone was more commonly observed than handwashing with soap before eating (80 % rinsing vs. 7 % washing with soap).')).not.toBe('distinction');
    expect(classifyPoint('Expression patterns of the kinase will be useful for understanding differential effects of the repeat expansion.')).not.toBe('distinction');
  });

  it('still files one that sets two conditions apart', () => {
    expect(classifyPoint('Ulcerative colitis versus Crohn disease: the differential diagnosis relies on endoscopy.')).toBe('distinction');
    expect(classifyPoint('Unlike Becker muscular dystrophy, Duchenne muscular dystrophy begins in early childhood.')).toBe('distinction');
  });
});

describe('classifyPoint of one patient\'s course', () => {
  it('files a single patient\'s story with the presentation, whatever treatment it names', () => {
    expect(classifyPoint('A 45-year-old man was treated with intravenous steroids and recovered fully.')).toBe('presentation');
    expect(classifyPoint('One child, now 19 years old, survived after a resection of a hepatoblastoma in infancy.')).toBe('presentation');
    expect(classifyPoint('The patient underwent surgical excision and remains free of disease after two years.')).toBe('presentation');
    expect(tellsCase('She received colchicine 1 mg daily and her attacks stopped.')).toBe(true);
  });

  it('leaves findings about groups of patients where their cues put them', () => {
    expect(classifyPoint('Patients treated with colchicine had fewer attacks than those given placebo.')).toBe('treatment');
    expect(tellsCase('The patients were treated with intravenous steroids and 80% recovered.')).toBe(false);
    expect(tellsCase('The patient group received a higher dose than controls.')).toBe(false);
    expect(tellsCase('A 45-year-old man presented with jaw lesions and pigmented fundus lesions.')).toBe(false);
  });
});

describe('classifyPoint on a tie between presentation and what acts on the signs', () => {
  it('files a treatment easing a symptom under Treatment and a cause of the signs under Mechanism', () => {
    expect(classifyPoint('Early treatment and use of triptans may lead to shorter duration from migraine headache onset to its peak but did not alleviate headache severity at peak.')).toBe('treatment');
    expect(classifyPoint('Deficiency of this enzyme apparently causes the protean signs of Lowe syndrome.')).toBe('mechanism');
  });

  it('keeps a sentence on how the condition shows itself under the presentation', () => {
    expect(classifyPoint('The Lowe oculocerebrorenal syndrome is characterized by congenital cataract, mental retardation, and defective kidney tubular function.')).toBe('presentation');
  });
});

describe('classifyPoint of a study result comparing its groups', () => {
  it('files a trial arm against placebo under treatment, not under presentation for the symptom word in the name', () => {
    // Shaped like PMID 17606778: a prevalence by arm, "pain" inside the syndrome's name.
    const text = 'The prevalence of complex regional pain syndrome was 3.1% (nine of 290) in the calcitonin group and 11.0% (twelve of 109) in the placebo group (p=0.004); all of the affected patients were women.';
    expect(classifyPoint(text)).toBe('treatment');
  });

  it('files a survival comparison between patient groups as an outcome, whatever contrast word it uses', () => {
    // Shaped like PMID 21933749: "whereas" between two comparisons of arms and controls.
    const text = 'Survival in 41 imatinib-treated, KIT-positive patients was similar to that in 50 KIT-negative patients given chemotherapy (median overall survival 30 months vs 28 months; p=0·61), whereas survival in 22 imatinib-naive, KIT-positive controls was similar to that in 140 wild-type controls (p=0·31).';
    expect(classifyPoint(text)).toBe('prognosis');
  });

  it('files an arm given nothing named as treatment only when the question asks about treatment, never as mechanism', () => {
    // Shaped like PMID 26702210: "induction of anesthesia" is a step of care, no mechanism.
    const text = 'During induction of anesthesia the xenon group exhibited lower BIS values (P = 0.003) than the air group.';
    expect(classifyPoint(text)).not.toBe('mechanism');
    expect(classifyPoint(text, { treatmentAsked: true })).toBe('treatment');
  });

  it('leaves a sentence that tells conditions apart, and one without figures, to their cue words', () => {
    expect(classifyPoint('Unlike osteosclerotic myeloma, the lesions spared bone.')).toBe('distinction');
    expect(classifyPoint('Serum ACE levels distinguish sarcoidosis from tuberculosis in the patient group (p<0.01).')).toBe('distinction');
    expect(classifyPoint('The prevalence was higher in women.')).toBe('epidemiology');
  });
});

describe('classifyPoint of symptoms a treatment controls and of conditions said to be distinct', () => {
  it('files symptom control as a treatment result, not as a presentation', () => {
    // Shaped like PMID 25480629 of the shipped corpus.
    expect(classifyPoint('Revisional fundoplication is feasible and has good results in terms of reflux symptoms control and weight loss.')).toBe('treatment');
  });

  it('files two conditions said to be distinct disorders as a distinction', () => {
    // Shaped like PMID 10417280 of the shipped corpus.
    expect(classifyPoint('Beckwith-Wiedemann syndrome and Silver-Russell syndrome are distinct growth disorders that arise from opposite imprinting defects of chromosome 11p15.')).toBe('distinction');
  });
});

describe('classifyPoint of how a study was done', () => {
  it('files a randomisation sentence under no kind, though a place in it reads "lower" (PMID 25998582)', () => {
    const text =
      'Patients were randomly allocated by a central web system to tamsulosin 400 μg or placebo daily for up to 4 weeks, with stone size and stone position (upper, mid, or lower ureter) as minimisation factors.';
    expect(classifyPoint(text)).toBe('other');
    expect(saysHowStudied(text)).toBe(true);
    // Arms that fared differently are a result.
    expect(saysHowStudied('Patients were randomly assigned to tamsulosin or placebo, and those given tamsulosin passed their stones sooner (p = 0.01).')).toBe(false);
  });

  it('files an instrument made to gather data under no kind, whatever treatment it asks about (PMID 26702236)', () => {
    expect(classifyPoint('The questionnaire was designed to collect information on the choice of prophylactic antibiotic, the timing of its first dose and the prevention of wound infection.')).toBe('other');
  });

  it('does not file a design naming a neighbour as a distinction', () => {
    const analysis = analyzeQuestion('Does tamsulosin help pass ureteric stones?');
    const text =
      'Participants were randomly assigned to tamsulosin, nifedipine, or placebo, using an algorithm with centre, stone size (≤5 mm or >5 mm), and stone location (upper, mid, or lower ureter) as minimisation covariates.';
    expect(distinctionOrKind(analysis, text, true)).not.toBe('distinction');
  });
});

describe('classifyPoint of an intervention that lowers how often something happens', () => {
  it('files a preventive effect on an incidence under Treatment, not Epidemiology (PMID 19852337)', () => {
    expect(classifyPoint('Routine re-siting of peripheral cannulae every 48 hours resulted in a significant reduction in the incidence of thrombophlebitis.')).toBe('treatment');
    expect(classifyPoint('Chlorhexidine bathing reduced the incidence of bloodstream infection by 30%.')).toBe('treatment');
  });

  it('still files an incidence that changed with time, or a share, under Epidemiology', () => {
    expect(classifyPoint('The incidence of thrombophlebitis fell from 12% to 8% over the decade.')).toBe('epidemiology');
    expect(classifyPoint('Thrombophlebitis is common, occurring in about 30% of patients with a peripheral cannula.')).toBe('epidemiology');
  });
});

describe('classifyPoint of a case report\'s therapy', () => {
  it('files the therapy the authors started under Treatment (PMID 23337545)', () => {
    expect(classifyPoint('We started immunosuppressive therapy with corticosteroids and cyclosporine to treat the aplastic anemia.')).toBe('treatment');
  });

  it('still files a sample given a treatment, with nothing of its effect, under no Treatment', () => {
    expect(classifyPoint('One-hundred-fourteen trauma patients were initiated on therapeutic anticoagulation.')).not.toBe('treatment');
  });
});

describe('classifyPoint of a trial\'s null result', () => {
  it('files a trial that found no effect on symptoms or pain under Treatment, never Clinical Presentation (PMIDs 11500608, 26702161)', () => {
    expect(classifyPoint('There is no indication of a rebound aggravation of symptoms 10 days after a 7-day treatment with omeprazole 40 mg daily in patients with reflux symptoms.')).toBe('treatment');
    expect(classifyPoint('Gabapentin use did not consistently contribute to pain amelioration in all patients.')).toBe('treatment');
  });

  it('still files a sign a condition shows, or its absence, under Clinical Presentation', () => {
    expect(classifyPoint('Most patients presented with fever and abdominal pain.')).toBe('presentation');
    expect(classifyPoint('The children did not show neurological signs at onset.')).toBe('presentation');
  });
});

describe('classifyPoint of a method the authors made', () => {
  it('files a method to diagnose, or diagnostic methods developed, under Diagnostic Approach, not Mechanism (PMIDs 1323345, 10364521)', () => {
    expect(classifyPoint('We have developed a rapid and simple method to diagnose the molecular defects of pyruvate kinase deficiency in Chinese patients.')).toBe('diagnosis');
    expect(classifyPoint('Cloning of the FMR1 gene and the repeat-expansion mechanism causing the syndrome led to development of reliable DNA-based diagnostic methods.')).toBe('diagnosis');
  });

  it('files a laboratory method for mutations, which tests no one, under no kind (PMID 1562739)', () => {
    expect(classifyPoint('Our data show the allelic heterogeneity of the deficiency in the Chinese populations of this region and the PCR/RE digestion method is suitable for simultaneous detection of the two common mutations.')).toBe('other');
  });

  it('leaves a treatment technique made to its own kind', () => {
    expect(classifyPoint('We developed a new surgical technique that reduced blood loss in patients undergoing liver resection.')).toBe('treatment');
  });
});

describe('classifyPoint of a prognostic factor', () => {
  it('files factors associated with a better outcome under Prognosis, whatever tumour type or test they name', () => {
    expect(classifyPoint('Tumour size under 3 cm, adenocarcinoma histologic type and clear resection margins were associated with a more favourable outcome in our series.')).toBe('prognosis');
  });

  it('files the significant prognostic factors of a survival analysis under Prognosis, not as a distinction of the tumour types they compare', () => {
    const analysis = analyzeQuestion('What is the prognosis of non-small cell lung cancer after resection?');
    const text = 'In multivariate survival analysis, significant prognostic factors were histology (adenocarcinoma 64% vs squamous cell carcinoma 50%) and tumour size.';
    expect(distinctionOrKind(analysis, text, true)).toBe('prognosis');
  });
});

describe('distinctionOrKind of a verb before the asked head', () => {
  it('reads no neighbour in "did not receive chemotherapy" of a question on induction chemotherapy', () => {
    const analysis = analyzeQuestion('Is induction chemotherapy useful in nasopharyngeal carcinoma?');
    const text = 'In patients who did not receive chemotherapy, the 5-year local control rates for patients treated with accelerated or conventional fractionation were 66 and 67%, respectively.';
    expect(distinctionOrKind(analysis, text)).toBe('treatment');
    // A kind of the head is still a neighbour.
    expect(distinctionOrKind(analysis, 'Adjuvant chemotherapy did not improve survival in nasopharyngeal carcinoma.')).toBe('distinction');
  });
});

describe('classifyPoint of an animal model that mimics a disease', () => {
  it('files no distinction for mice that mimic the disease', () => {
    expect(classifyPoint('These mice closely mimic severe human haemophilia and will be useful for investigating the role of factor VIII in disease models.')).not.toBe('distinction');
    expect(classifyPoint('Pseudo-von Willebrand disease may mimic type 2B von Willebrand disease.')).toBe('distinction');
  });
});

describe('classifyPoint of how often a causing mutation is met', () => {
  it('files a mutation said to occur at high frequency in a population under Epidemiology, not Mechanism', () => {
    expect(classifyPoint('Mutations at the HEXA gene which cause Tay-Sachs disease have elevated frequency in the Ashkenazi Jewish and Cajun populations.')).toBe('epidemiology');
    expect(classifyPoint('A disease-causing mutation in the intron 9 donor splice site of the HEXA gene occurs at high frequency in non-Jewish patients and carriers from Ireland.')).toBe('epidemiology');
  });

  it('still files what a mutation causes under Mechanism', () => {
    expect(classifyPoint('The intron 9 splice-site mutation of the HEXA gene causes abnormal splicing and loss of enzyme activity.')).toBe('mechanism');
  });
});

describe('classifyPoint of what the authors counted in (PMID 19230985)', () => {
  it('files a sentence on which events the study counted under no kind', () => {
    expect(classifyPoint('We considered in the study all the late haemorrhages after tonsillectomy irrespective of their severity and for each case we evaluated whether they recurred by day or by night.')).toBe('other');
  });

  it('still files what the authors found among what they counted', () => {
    expect(classifyPoint('We included 120 patients, and late haemorrhage after tonsillectomy was significantly more frequent at night (p = 0.02).')).not.toBe('other');
  });
});

describe('classifyPoint of "a limited number of"', () => {
  it('files a count of mutations that account for most cases under Epidemiology, not Critical Context (PMID 1968617)', () => {
    expect(classifyPoint('A limited number of point mutations account for most of the galactosemia cases in the European population.')).toBe('epidemiology');
    expect(classifyPoint('Evidence on the long-term safety of the drug remains limited.')).toBe('context');
  });
});

describe('classifyPoint of an outcome a group has', () => {
  it('files a better or poorer outcome patients have under Prognosis, though they were treated (PMIDs 8551426, 26207958)', () => {
    expect(classifyPoint('Because enzyme activity varies between tissues, patients homozygous for S135L may have a better clinical outcome than those homozygous for Q188R when both are treated from infancy.')).toBe('prognosis');
    expect(classifyPoint('Untreated chronic endometritis may contribute to poor pregnancy outcomes and deserves further study.')).toBe('prognosis');
  });
});

describe('classifyPoint of a test not done', () => {
  it('files patients treated without any test under Treatment, not Diagnostic Approach (PMID 26095044)', () => {
    expect(classifyPoint('31 patients (2.5%) were treated with an artemisinin combination without any test performed.')).toBe('treatment');
    expect(classifyPoint('A rapid diagnostic test confirmed malaria in 36% of febrile patients.')).toBe('diagnosis');
  });
});

describe('classifyPoint of a treatment given to one patient in a passive verb', () => {
  it('files a transplant performed in a boy under Treatment, not as a study method (PMID 6387532)', () => {
    expect(classifyPoint('An allogeneic bone marrow transplant from an HLA identical sibling donor was performed in a 9-year-old girl with rapidly progressive cerebral adrenoleukodystrophy.')).toBe('treatment');
    // The same verb of a study's own procedure stays a method.
    expect(classifyPoint('Allogeneic bone marrow transplants were performed in 40 patients between 1990 and 2000.')).toBe('other');
  });
});

describe('classifyPoint of an intervention lowering pain', () => {
  it('files a percentage reduction in pain an intervention resulted in under Treatment, not Clinical Presentation (PMID 19648304)', () => {
    expect(classifyPoint('Relative to palpation-guided injection, sonographic guidance resulted in a 40% reduction in procedural pain.')).toBe('treatment');
  });
});

describe('classifyPoint of a test made for a population', () => {
  it('files a test battery developed for a population under Diagnostic Approach', () => {
    expect(classifyPoint('We developed a computerized cognitive test battery that has sensitivity to several cognitive domains and was designed for the pilot population.')).toBe('diagnosis');
  });
});

describe('classifyPoint of a sign\'s worth as a test (PMID 26142556)', () => {
  it('files a sign highly specific for a disease, or predictive values, under Diagnostic Approach', () => {
    expect(classifyPoint('The "pull" sign is highly specific for eosinophilic esophagitis and is rarely seen in control subjects.')).toBe('diagnosis');
    expect(classifyPoint('The score had a positive predictive value of 50% and a negative predictive value of 90%.')).toBe('diagnosis');
  });

  it('still files a sign the disease shows under Clinical Presentation, and cells less sensitive to a drug under no test', () => {
    expect(classifyPoint('Most patients presented with dysphagia and the "pull" sign.')).toBe('presentation');
    expect(classifyPoint('Expression of wild-type BRCA1 in these cells rendered them less sensitive to the DNA damage agent.')).not.toBe('diagnosis');
  });
});

describe('classifyPoint of drugs that assisted passage', () => {
  it('files drugs said to have assisted stone passage under Treatment (PMID 25998582)', () => {
    expect(classifyPoint('Meta-analyses of earlier trials concluded that the smooth muscle relaxant drugs tamsulosin and nifedipine assisted stone passage, but called for larger trials.')).toBe('treatment');
  });
});
