import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { contentTerms } from './content-terms.js';
import { asksWhether, contrastsSlot, decideVerdict, polarityOf } from './decide-verdict.js';
import type { ScoredPassage } from './select-sentences.js';

// The answer stage hears a qualified name by its words ("type", "iii"), as headWords in compose-answer does.
const byWords = (q: string) => {
  const a = analyzeQuestion(q);
  return { ...a, concepts: a.concepts.flatMap((c) => (c.stem.includes(' ') ? contentTerms(c.word).map((t) => ({ ...c, ...t })) : [c])) };
};

const passage = (text: string, score = 1, section = 'RESULTS'): ScoredPassage => ({
  pmid: '1', section, index: 1, text, score, coverage: 1, rank: 0, stems: new Set(),
});

describe('decideVerdict', () => {
  it('gives every heard sentence on the winning side, the decisive one first, so another can stand for the verdict', () => {
    const asked = analyzeQuestion('Can epigenetic modifications be heritable?');
    const offSubject = passage('DNA methylation is an epigenetic modification that can be transmitted across generations in plants.');
    const onSubject = passage('Epigenetic alterations (epimutations) could thus contribute to heritable variation within populations and be subject to evolutionary processes such as natural selection and drift.');
    const result = decideVerdict([offSubject, onSubject], { analysis: asked });
    expect(result.verdict).toBe('yes');
    expect(result.decisive).toBe(offSubject);
    expect(result.support).toEqual([offSubject, onSubject]);
    expect(decideVerdict([], { analysis: asked }).support).toEqual([]);
  });

  it('hears a call for trials of what is asked for neither side, however it words the asked effect', () => {
    // PMID 20101129 of the shipped corpus, then sentences of our own.
    const nail = analyzeQuestion('Is prophylactic fixation of the other hip worth it after a hip fracture?');
    expect(polarityOf('The study supports the need for basic science and clinical trials investigating the effectiveness of prophylactic fixation for patient populations at higher lifetime risk for contralateral hip fracture.', nail)).toBe(0);
    const walk = analyzeQuestion('Does early walking after knee replacement improve recovery?');
    expect(polarityOf('These results underline the need for randomized controlled trials of early walking to improve recovery after knee replacement.', walk)).toBe(0);
    expect(polarityOf('Early walking after knee replacement significantly improved recovery and reduced the need for opioids.', walk)).toBe(1);
  });

  it('reads a group the finding excludes as no denial, unless the exclusion names what is asked', () => {
    const risk = analyzeQuestion('Does radiotherapy for cervical cancer increase the risk of colon cancer?');
    expect(polarityOf('Cervical cancer patients treated with radiotherapy, but not those who did not receive radiotherapy, were at increased risk for colon cancers.', risk)).toBe(1);
    const vitro = analyzeQuestion('Can PRL3-zumab inhibit PRL3+ cancer cells in vitro and in vivo?');
    expect(polarityOf('Here we show that PRL3-zumab specifically inhibits PRL3+ cancer cells in vivo, but not in vitro.', vitro)).toBe(-1);
  });

  it('does not take the "no" of a trailing "yes or no" for a denial', () => {
    const asked = analyzeQuestion('Glucoraphanin from broccoli can help reduce obesity, yes or no?');
    expect(polarityOf('Glucoraphanin significantly reduced obesity in mice.', asked)).toBe(1);
    expect(decideVerdict([passage('Glucoraphanin treatment of obese mice was studied for weeks.')], { analysis: asked }).verdict).toBe('yes');
  });

  it('reads a question worded as a denial ("ineffective") the other way round', () => {
    const denied = analyzeQuestion('Thymoquinone is ineffective against radiation induced enteritis, yes or no?');
    expect(polarityOf('TQ might be used for radiation enteritis treatment and is effective against it.', denied)).toBe(-1);
  });

  it('reads "not due to", a failure to find any link, "little awareness" and "undisturbed" as denials', () => {
    expect(polarityOf('Fatigue in patients with pSS is not due to the coexistence of FM in most cases.')).toBe(-1);
    expect(polarityOf('The failure of this study to find any relationship between LOC and neuropsychological functioning calls it into question.')).toBe(-1);
    expect(polarityOf('Family doctors in British Columbia have little awareness of the costs of medical care.')).toBe(-1);
    expect(polarityOf('Continence function remained undisturbed after anastomotic leakage.')).toBe(-1);
  });

  it('denies "the same?" with a difference, "agree?" with poor agreement, "limiting factors?" with "regardless of"', () => {
    const same = analyzeQuestion('Mitral replacement or repair for functional mitral regurgitation: is it really the same?');
    expect(polarityOf('MV replacement is associated with higher in-hospital and late mortality compared with MV repair.', same)).toBe(-1);
    const similar = analyzeQuestion('Are endometrial polyps from pre-menopausal women similar to post-menopausal women?');
    expect(polarityOf('Endometrial polyps from pre- and post-menopausal women had significant differences in their expression of hormone receptors.', similar)).toBe(-1);
    const agree = analyzeQuestion('Do approved doctors and medical referees agree when assessing fitness?');
    expect(polarityOf('This study found that there was poor agreement between the two decisions on fitness.', agree)).toBe(-1);
    const dyspnea = analyzeQuestion('Do inhaled corticosteroids affect perception of dyspnea in asthma?');
    expect(polarityOf('Some of the disagreements on the perception of dyspnea in asthma could depend on airway inflammation.', dyspnea)).not.toBe(-1);
    expect(polarityOf('Laparoscopic myomectomy can be performed regardless of the size, number, or location of the myomas.')).toBe(-1);
  });

  it('reads advice that "needs revisiting" and findings that "call into question" as denials', () => {
    expect(polarityOf('The advice to perform a concomitant splenectomy in children with mild HS needs revisiting.')).toBe(-1);
    expect(polarityOf('These results call into question the assignment of importance to loss of consciousness.')).toBe(-1);
  });

  it('reads "not a reliable marker", a knowledge deficit and "low yield" as denials', () => {
    expect(polarityOf('Although BD is correlated with GCS, it is not a reliable prognostic marker for mortality in patients with TBI.')).toBe(-1);
    expect(polarityOf('There is a knowledge deficit regarding the SU treatment goal among gout patients.')).toBe(-1);
    expect(polarityOf('An additional delayed phase in routine CT examinations of the abdomen is of low yield.')).toBe(-1);
    const similar = analyzeQuestion('Do dermatomyositis and polymyositis affect similar thigh muscles?');
    expect(polarityOf('Compared with PM, DM affects more thigh muscles.', similar)).toBe(-1);
  });

  it('hears danger in "a surgical emergency", "life-threatening" and "high mortality"', () => {
    const dangerous = analyzeQuestion("Is Fournier's gangrene still dangerous?");
    const verdictOf = (text: string) => decideVerdict([passage(text)], { analysis: dangerous }).verdict;
    expect(verdictOf("Despite extensive therapeutic efforts, Fournier's gangrene remains a surgical emergency.")).toBe('yes');
    expect(verdictOf("Fournier's gangrene is a life-threatening infection of the perineum.")).toBe('yes');
  });

  it('hears safety in "appears to be safe"', () => {
    const asked = analyzeQuestion('Is colchicine safe while breastfeeding?');
    // PMID 8670333 of the shipped corpus.
    const sentence = 'Based on our clinical experience, nursing appears to be safe for lactating women with FMF who continue to take colchicine.';
    expect(decideVerdict([passage(sentence)], { analysis: asked }).verdict).toBe('yes');
    // PMID 17593459: "a safe and accurate method".
    const dbe = analyzeQuestion('Is double-balloon enteroscopy safe and accurate for small bowel disease?');
    expect(decideVerdict([passage('DBE is a safe and accurate method to diagnose small bowel disorders.')], { analysis: dbe }).verdict).toBe('yes');
  });

  it('reads "no place" and "a weak effect" as denials', () => {
    expect(polarityOf('Sonography has no place in the diagnosis of undescended testis.')).toBe(-1);
    expect(polarityOf('Vaccination has a relatively weak and short-lasting effect in old age.')).not.toBe(1);
  });

  it('hears sentences that cover a long question only in part (a third of its words)', () => {
    const long = analyzeQuestion('Does higher body mass index contribute to worse asthma control in an urban population?');
    const partial = { ...passage('Using 4 validated questionnaires, we failed to find an association between obesity and asthma control.'), coverage: 0.37 };
    expect(decideVerdict([partial], { analysis: long }).verdict).toBe('no');
  });

  it('reads a deficit after the loss of a thing as a yes to a question on its role', () => {
    const role = analyzeQuestion('Is Adar3 involved in learning and memory?');
    expect(polarityOf('We show that mice lacking exon 3 of Adar3 have increased levels of anxiety and deficits in hippocampus-dependent memory.', role)).toBe(1);
  });

  it('reads negation before positive wording', () => {
    expect(polarityOf('X was not significantly associated with Y.')).toBe(-1);
    expect(polarityOf('X failed to improve survival.')).toBe(-1);
    expect(polarityOf('X significantly improved survival.')).toBe(1);
    expect(polarityOf('X was measured in 40 patients.')).toBe(0);
  });

  it('answers yes or no when the best sentences agree', () => {
    expect(decideVerdict([passage('X significantly improved Y.'), passage('X was effective.')]).verdict).toBe('yes');
    expect(decideVerdict([passage('X did not improve Y.'), passage('There was no difference in Y.')]).verdict).toBe('no');
  });

  it('is uncertain when the evidence is split evenly, hedges or is absent', () => {
    expect(decideVerdict([passage('X significantly improved Y.'), passage('X did not improve Y.')]).verdict).toBe('uncertain');
    expect(decideVerdict([passage('Whether X improves Y remains unclear.')]).verdict).toBe('uncertain');
    expect(decideVerdict([]).verdict).toBe('uncertain');
  });

  it('answers yes when the sentence that covers the question states it without negation', () => {
    expect(decideVerdict([passage('Y was measured.')]).verdict).toBe('yes');
    expect(decideVerdict([passage('CADM1 is a tumour suppressor in myelodysplastic syndrome.')]).verdict).toBe('yes');
  });

  it('ignores sentences that address the question much less than the best one', () => {
    const off = { ...passage('X did not change Z.'), coverage: 0.3 };
    expect(decideVerdict([passage('X changes Y in most patients.'), off]).verdict).toBe('yes');
  });

  it('reads a negation near the question\'s concepts, a negating prefix and an opposite word as "no"', () => {
    const ask = (q: string, text: string) => decideVerdict([passage(text)], { analysis: analyzeQuestion(q) }).verdict;
    expect(ask('Is losartan effective for brain atrophy?', 'Losartan was well tolerated but was not effective in reducing brain atrophy.')).toBe('no');
    expect(ask('Is there a dependence between chromatin organization and gene expression?', 'We show the independence of chromatin organization and gene expression.')).toBe('no');
    expect(ask('Is METTL1 overexpression associated with better survival?', 'METTL1 overexpression is associated with poor survival.')).toBe('no');
    expect(ask('Can FTO promote pancreatic cancer?', 'FTO suppresses pancreatic cancer growth.')).toBe('no');
    expect(ask('Is METTL1 overexpression associated with poor survival?', 'METTL1 overexpression is associated with poor survival.')).toBe('yes');
  });

  it('answers "no" to a question on exclusivity unless a sentence states exclusivity', () => {
    const analysis = analyzeQuestion('Is GRG5 involved only in late embryonic development?');
    expect(decideVerdict([passage('GRG5 is involved in early and late embryonic development.')], { analysis }).verdict).toBe('no');
    expect(decideVerdict([passage('GRG5 is involved exclusively in late embryonic development.')], { analysis }).verdict).toBe('yes');
  });

  it('flips the reading when the question itself is a denial', () => {
    const analysis = analyzeQuestion('Is anemia not associated with kidney failure?');
    expect(decideVerdict([passage('Anemia is associated with kidney failure.')], { analysis }).verdict).toBe('no');
  });

  it('names the sentence that decides the verdict', () => {
    const deciding = passage('X did not change Y.', 2, 'CONCLUSIONS');
    expect(decideVerdict([passage('Y was measured.'), deciding]).decisive).toBe(deciding);
  });
});

describe('contrastsSlot', () => {
  const contrast = (q: string, text: string) => contrastsSlot(text, analyzeQuestion(q));

  it('reads a sentence that puts another qualifier in the question\'s slot as a contrast', () => {
    expect(contrast('Is Impetigo a viral infection that affects the skin?', 'Impetigo is a superficial, but contagious, bacterial infection of the skin that predominantly affects children.')).toBe(true);
    expect(contrast('Is pimavanserin a typical antipsychotic?', 'Pimavanserin is the first FDA-approved atypical antipsychotic drug.')).toBe(true);
    expect(contrast('Is omaveloxolone an activator of NFkB?', 'Omaveloxolone is an activator of Nrf2 and an inhibitor of NFκB.')).toBe(true);
    expect(contrast('Are protamines ubiquitously expressed?', 'Protamines are nuclear proteins which are specifically expressed in haploid male germ cells.')).toBe(true);
    // A hyphenated name fills the slot whole: "ApoA-I" where the question says "apoE".
    expect(contrast('Is L-4F an apoE mimetic peptide?', 'L-4F, an Apolipoprotein A-I (ApoA-I) mimetic peptide, mimics the functions of ApoA-I.')).toBe(true);
  });

  it('reads a type of another thing than the one the question types as no contrast (PMID 9050868, then our own)', () => {
    const collagen = byWords('Do mice without type III collagen die from ruptured blood vessels?');
    expect(contrastsSlot('The major cause of death of mutant mice was rupture of the major blood vessels, similar to patients with type IV Ehlers-Danlos syndrome.', collagen)).toBe(false);
    expect(contrastsSlot('Mice without type IV collagen die from ruptured blood vessels.', collagen)).toBe(true);
    const diabetes = byWords('Is type 1 diabetes caused by a virus in children?');
    expect(contrastsSlot('In children, type 2 diabetes is caused by obesity rather than a virus.', diabetes)).toBe(true);
    expect(contrastsSlot('In children, type 2 receptor signalling is caused by a virus that also causes diabetes.', diabetes)).toBe(false);
  });

  it('reads another Roman numeral as another type, the shorter no part of the longer (PMID 1577763, then our own)', () => {
    const c2 = byWords('Is C2 protein made in type II complement C2 deficiency?');
    expect(contrastsSlot('No C2 protein translation is detected in type I deficiency, while secretion is blocked.', c2)).toBe(true);
    const collagen = byWords('Do mice without type III collagen die from ruptured blood vessels?');
    expect(contrastsSlot('Mice without type I collagen die from ruptured blood vessels.', collagen)).toBe(true);
    expect(contrastsSlot('Mice without type III collagen die from ruptured blood vessels.', collagen)).toBe(false);
    const phase = byWords('Was drug X tested in a phase VI study of asthma?');
    expect(contrastsSlot('Drug X was tested in a phase V study of asthma.', phase)).toBe(true);
  });

  it('does not read the same thing written another way, a part of a name, or a verb as a contrast', () => {
    expect(contrast('Is Impetigo a viral infection?', 'Impetigo is a common viral infection of the skin.')).toBe(false);
    expect(contrast('Is ALS associated with a mutation of the SOD gene?', 'ALS cases are caused by mutations in the SOD1 gene.')).toBe(false);
    expect(contrast('Does steroid 5A-Reductase deficiency lead to hermaphroditism?', 'Steroid 5-alpha-reductase 2 deficiency is a rare disorder leading to male pseudohermaphroditism.')).toBe(false);
    expect(contrast('Are de novo mutations in regulatory elements responsible for neurodevelopmental disorders?', 'De novo mutations in regulatory elements affecting genes associated with developmental disorders are unexplored.')).toBe(false);
    expect(contrast('Are molecular signatures identified for infections?', 'The molecular signature demonstrated superior performance in infections.')).toBe(false);
  });

  it('reads no contrast in a count, a degree, or another measure of an outcome asked about', () => {
    // "17.5 hours" counts hours; "significantly" grades the finding; "functional outcomes" measure the same effect.
    expect(contrast('A short stay or 23-hour ward in a general and academic children\'s hospital: are they effective?', 'The short stay ward increased hospital efficiency with an average length of stay of 17.5 hours (Westmead Hospital) compared to 20.5 hours (New Children\'s Hospital).')).toBe(false);
    expect(contrast('Do liquid-based preparations of urinary cytology perform differently than classically prepared cases?', 'Liquid-based preparations performed significantly better in urinary cytology challenges.')).toBe(false);
    expect(contrast('Does anterior laxity of the uninjured knee influence clinical outcomes of ACL reconstruction?', 'Greater anterior laxity of the uninjured knee was associated with poorer stability and functional outcomes after ACL reconstruction.')).toBe(false);
    // An effect named in a clause of the question ("that affects the skin") is no outcome asked about.
    expect(contrast('Is Impetigo a viral infection that affects the skin?', 'Impetigo is a bacterial infection that affects the skin.')).toBe(true);
  });

  it('reads a degree from the other end of the scale as a contrast', () => {
    expect(contrast('Is MIRPE, also known as the Nuss procedure, considered to be an very invasive form of surgical treatment?', 'Minimally invasive repair of pectus excavatum (MIRPE) technique (the Nuss procedure) is a minimally-invasive method that is commonly used in the treatment of pectus excavatum.')).toBe(true);
    expect(contrast('Is MIRPE, also known as the Nuss procedure, considered to be an very invasive form of surgical treatment?', 'The Nuss procedure (MIRPE) is a highly invasive form of surgical treatment.')).toBe(false);
  });

  it('needs the sentence to speak of the question\'s other concepts', () => {
    expect(contrast('Is Impetigo a viral infection that affects the skin?', 'Cellulitis is a bacterial infection.')).toBe(false);
  });

  it('lets one contrasting sentence outweigh several silent ones', () => {
    const analysis = analyzeQuestion('Is Nivolumab a PD-L1 inhibitor?');
    const verdict = decideVerdict(
      [
        passage('Nivolumab is a PD-1 inhibitor approved for melanoma.'),
        passage('Nivolumab was given every two weeks.'),
        passage('Nivolumab is an antibody used in lung cancer.'),
      ],
      { analysis },
    ).verdict;
    expect(verdict).toBe('no');
  });
});

describe('decideVerdict on safety questions', () => {
  const ask = (q: string, ...texts: string[]) => decideVerdict(texts.map((t) => passage(t)), { analysis: analyzeQuestion(q) }).verdict;

  it('is uncertain when no sentence speaks of safety or harm, whatever else it says', () => {
    expect(ask('Is it safe to drink alcohol while pregnant?', 'We found no systematic association between binge drinking in early pregnancy and motor function at age 5.')).toBe('uncertain');
  });

  it('answers yes from sentences that say safe or deny harm, and no from sentences that state harm', () => {
    expect(ask('Is laparoscopic appendectomy safe in pregnancy?', 'Laparoscopic appendectomy was safe in pregnant women, with no increased risk of fetal loss.')).toBe('yes');
    expect(ask('Is it safe to drink alcohol while pregnant?', 'Drinking alcohol in pregnancy was associated with birth defects and an increased risk of miscarriage.')).toBe('no');
  });

  it('reads no safety question in a behaviour named by its kind ("unsafe sex"), but does in "a safe treatment"', () => {
    // PMID 15280782 of the shipped corpus: a denial of the increase asked about, not a statement of harm.
    expect(ask('Is unsafe sex increasing among people with HIV?', 'There was no evidence of an increase in reported unsafe sex over time in this population.')).toBe('no');
    expect(ask('Is tamsulosin a safe treatment in pregnancy?', 'Tamsulosin was associated with an increased risk of miscarriage.')).toBe('no');
    expect(ask('Is harmful drinking common among students?', 'Harmful drinking was reported by 40% of students.')).not.toBe('no');
    expect(ask('Can the device provide adequate and safe inflations for infants?', 'The device was associated with an increased risk of lung injury.')).toBe('no');
  });

  it('reads a question about harm the opposite way round', () => {
    expect(ask('Is alcohol harmful in pregnancy?', 'Drinking alcohol in pregnancy was associated with an increased risk of miscarriage.')).toBe('yes');
  });
});

describe('polarityOf on questions whether something works', () => {
  it('reads a trial stopped, or a treatment that harmed or worsened, as "no"', () => {
    const works = analyzeQuestion('Is semagacestat effective for Alzheimer disease?');
    expect(polarityOf('A phase 3 trial of semagacestat in Alzheimer disease was terminated due to worsening of cognition.', works)).toBe(-1);
    expect(polarityOf('Treatment with semagacestat was associated with poorer cognitive outcomes.', works)).toBe(-1);
  });

  it('reads an effect said not to be obtained as "no" ("sufficient effectiveness was not obtained")', () => {
    const helps = analyzeQuestion("Can Lorenzo's oil help adrenoleukodystrophy?");
    expect(polarityOf('Oleic and erucic acids (Lorenzos Oil) were administered to patients 1 and 4, but sufficient effectiveness was not obtained.', helps)).toBe(-1);
    expect(polarityOf('A clinical response was observed in 12 of 14 patients.', helps)).not.toBe(-1);
    const linked = analyzeQuestion('Is erucic acid associated with adrenoleukodystrophy?');
    expect(polarityOf('Sufficient effectiveness was not obtained.', linked)).not.toBe(-1);
  });

  it('does not read failure words as "no" for a question that is not about whether something works', () => {
    const what = analyzeQuestion('Is semagacestat a gamma-secretase inhibitor?');
    expect(polarityOf('Semagacestat, a gamma-secretase inhibitor, was terminated in phase 3.', what)).not.toBe(-1);
  });
});

describe('polarityOf on comparison questions', () => {
  it('reads two things found alike as "no" to "is X better than Y?"', () => {
    const better = analyzeQuestion('Is deflazacort more efficient than prednisone for Duchenne muscular dystrophy?');
    expect(polarityOf('Deflazacort and prednisone had comparable efficacy in Duchenne muscular dystrophy.', better)).toBe(-1);
    expect(polarityOf('Deflazacort was more effective than prednisone in preserving ambulation.', better)).toBe(1);
  });

  it('reads "equal to" as two things found alike', () => {
    // PMID 25466483 of the shipped corpus.
    const laser = analyzeQuestion('Is femtosecond laser cataract surgery better than phacoemulsification?');
    expect(polarityOf('Although anterior capsule tears remain a concern, the safety of femtosecond-assisted cataract surgery in terms of posterior capsule complications was equal to that of phacoemulsification.', laser)).toBe(-1);
  });
});

describe('polarityOf with opposite verbs', () => {
  it('reads "blocked" as the opposite of "promote"', () => {
    const promote = analyzeQuestion('Does saracatinib promote oncogenesis?');
    expect(polarityOf('Saracatinib blocked the oncogenic signaling pathways in gastric cancer cells.', promote)).toBe(-1);
  });
});

describe('polarityOf and names of kinds of agents', () => {
  it('does not read "inhibitor" (a kind of drug) as the opposite of "active"', () => {
    const active = analyzeQuestion('Is AZD5153 active in prostate cancer?');
    expect(polarityOf('Our results indicate a promising therapeutic value of the BRD4 inhibitor AZD5153 against prostate cancer cells.', active)).not.toBe(-1);
  });
});

describe('decideVerdict on more ways of saying no', () => {
  it('reads the opposite qualifier in the question\'s slot as a contrast', () => {
    expect(contrastsSlot('Small blood vessels are affected by cryoglobulinemic vasculitis, a systemic vasculitis.', analyzeQuestion('Is cryoglobulinemic vasculitis a systemic vasculitis that affects large blood vessels?'))).toBe(true);
  });

  it('reads plural denials ("no differences") and discouraging trial results as "no"', () => {
    const works = analyzeQuestion('Is inositol effective for trichotillomania?');
    expect(polarityOf('The trial found no differences in symptom reductions between inositol and placebo.', works)).toBe(-1);
    const indinavir = analyzeQuestion('Is indinavir effective for treatment of amyotrophic lateral sclerosis?');
    expect(polarityOf('The toxicity and negative efficacy trends discourage further indinavir trials in ALS.', indinavir)).toBe(-1);
  });
});

describe('polarityOf on whether something cures or helps', () => {
  it('reads discouraging evidence as "no" to "can X cure Y?"', () => {
    expect(polarityOf('Prescribing antibiotics for colds is discouraged by current guidance.', analyzeQuestion('Can antibiotics cure a cold?'))).toBe(-1);
  });
});

describe('decideVerdict on a safety question answered by a severe effect', () => {
  it('reads "may cause severe ..." as harm', () => {
    const verdict = decideVerdict([passage('N-acetylcysteine may cause severe otorrhea after myringotomy.')], { analysis: analyzeQuestion('Is acetylcysteine safe after myringotomy?') }).verdict;
    expect(verdict).toBe('no');
  });
});

describe('decideVerdict on qualifiers and quantities of opposite meaning', () => {
  it('reads "obligate" for the question\'s "facultative" and "anti-" for its "pro" as another filler of the slot', () => {
    expect(contrastsSlot('Bacteria of the genus Clostridium are obligate anaerobes.', analyzeQuestion('Are bacteria in the genus Clostridium facultative anaerobes?'))).toBe(true);
    expect(contrastsSlot('Bcl-xl is an anti-apoptotic protein of the Bcl-2 family.', analyzeQuestion('Is Bcl-xl a pro-apoptotic protein?'))).toBe(true);
    expect(contrastsSlot('Bcl-xl is a pro-apoptotic protein of the Bcl-2 family.', analyzeQuestion('Is Bcl-xl a pro-apoptotic protein?'))).toBe(false);
  });

  it('reads "restricting" as the opposite of the question\'s "promote"', () => {
    const asked = analyzeQuestion('Does the interaction of MOV10 and RNASEH2 promote L1 retrotransposition?');
    expect(polarityOf('MOV10 interacts with RNASEH2, and their interplay is crucial for restricting L1 retrotransposition.', asked)).toBe(-1);
  });

  it('denies a question on the majority with "a small fraction", and only such a question', () => {
    const majority = analyzeQuestion('Are recessive coding variants responsible for the majority of undiagnosed individuals?');
    const text = 'Our results suggest that recessive coding variants account for a small fraction of currently undiagnosed individuals.';
    expect(polarityOf(text, majority)).toBe(-1);
    expect(polarityOf(text, analyzeQuestion('Do recessive coding variants explain some undiagnosed individuals?'))).not.toBe(-1);
  });
});

describe('polarityOf on more denials', () => {
  it('reads a nonsignificant effect and "no agent has shown" as denials', () => {
    expect(polarityOf('Treatment with lubeluzole had a nonsignificant effect on mortality.')).toBe(-1);
    expect(polarityOf('Despite many clinical trials, no agent has shown to be effective for biliary tract cancer.')).toBe(-1);
  });

  it('reads a more aggressive disease as the opposite of a better prognosis', () => {
    const asked = analyzeQuestion('Is co-loss of BRCA2-RB1 associated with better prognosis for prostate cancer patients?');
    expect(polarityOf('Co-loss of BRCA2-RB1 in prostate cancer cells is associated with invasiveness and a more aggressive disease phenotype.', asked)).toBe(-1);
  });
});

describe('decideVerdict hears the conclusion of an abstract', () => {
  const asked = analyzeQuestion('Does the investing layer of the deep cervical fascia exist?');
  const scored = (text: string, section: string, score: number, coverage: number): ScoredPassage => ({ ...passage(text, score, section), coverage });

  it('is decided by the conclusion that takes the side in words before a results sentence that merely states the matter', () => {
    // PMID 15530261, as the shipped corpus answers "Does ultrasound screening for liver cancer improve survival?".
    const liver = analyzeQuestion('Does ultrasound screening for liver cancer improve survival?');
    const odds = scored('The adjusted odds ratios for the screened group versus the unscreened group, with 1-, 2-, and 3-year survival time being used as outcomes, were 0.33 (95% confidence interval [CI], 0.21-0.52), 0.33 (95% CI, 0.21-0.53), and 0.37 (95% CI, 0.23-0.61), respectively.', 'RESULTS', 0.634, 0.58);
    const conclusion = scored('These findings strongly suggest that early detection of hepatocellular carcinoma by ultrasound may improve the prognosis of patients with hepatocellular carcinoma.', 'CONCLUSIONS', 0.695, 0.32);
    const result = decideVerdict([odds, conclusion], { analysis: liver });
    expect(result.verdict).toBe('yes');
    expect(result.decisive).toBe(conclusion);
    expect(result.support).toEqual([conclusion, odds]);
  });

  it('lets a conclusion that denies outweigh results sentences that merely state the matter', () => {
    const results = [
      scored('The investing cervical fascia was considered an impenetrable barrier in earlier anatomy texts.', 'RESULTS', 0.75, 0.8),
      scored('The fascial structure deep to platysma in the anterior cervical triangle comprised the strap fascia.', 'RESULTS', 0.73, 0.64),
    ];
    const conclusion = scored('This study indicates that the so-called investing cervical fascia does not exist in the anterior triangle of the neck.', 'CONCLUSIONS', 0.71, 0.55);
    expect(decideVerdict([...results, conclusion], { analysis: asked }).verdict).toBe('no');
  });

  it('hears a conclusion below the five best-covering sentences and below the usual coverage', () => {
    const silent = Array.from({ length: 5 }, (_, i) => scored(`The investing cervical fascia was dissected in specimen ${i + 1} of the deep neck.`, 'RESULTS', 0.3, 0.8));
    const conclusion = scored('The so-called investing layer does not exist.', 'CONCLUSIONS', 0.9, 0.3);
    expect(decideVerdict([...silent, conclusion], { analysis: asked }).verdict).toBe('no');
    // (A results sentence before the last one: the sentence closing an abstract is its authors' answer, heard below.)
    expect(decideVerdict([...silent.map((p, i) => ({ ...p, index: 3 + i })), { ...conclusion, section: 'RESULTS', index: 2 }], { analysis: asked }).verdict).toBe('yes');
  });

  it("hears the authors' closing denial below the usual coverage when nothing heard takes a side in words", () => {
    // PMID 25592625 of the shipped corpus: the background names the question's subjects, the conclusion only the ECG.
    const ecg = analyzeQuestion('Does my baby need an ECG before starting propranolol for an infantile haemangioma?');
    const background = scored('Although consensus guidelines for pretreatment evaluation and monitoring of propranolol therapy in patients with infantile hemangiomas (IH) have been formulated, little is known about the cardiovascular side effects.', 'BACKGROUND', 0.58, 0.47);
    const closing = { ...scored('Pretreatment ECG is of limited value for patients with an unremarkable cardiovascular history and a normal heart rate and blood pressure.', 'CONCLUSIONS', 0.48, 0.1), index: 12 };
    expect(decideVerdict([background, closing], { analysis: ecg }).verdict).toBe('no');
    // The same sentence as a mid-abstract result is no closing: it stays unheard at that coverage.
    expect(decideVerdict([background, { ...closing, section: 'RESULTS', index: 7 }, { ...background, text: 'Blood pressure was measured.', index: 13, coverage: 0 }], { analysis: ecg }).verdict).toBe('uncertain');
  });

  it("hears the closing sentence of an abstract without sections as its authors' answer (sentences of our own)", () => {
    const tube = analyzeQuestion('Would a feeding tube help my mum with dementia live longer?');
    const count = { ...scored('Of the 900 residents with dementia, 120 had a feeding tube placed within a year.', 'ABSTRACT', 0.2, 0.36), index: 4 };
    const closing = { ...scored('Tube feeding did not prolong survival.', 'ABSTRACT', 0.46, 0.15), index: 9 };
    const earlier = { ...closing, index: 6 };
    const last = { ...scored('Residents were followed for two years.', 'ABSTRACT', 0.3, 0), index: 9 };
    expect(decideVerdict([count], { analysis: tube }).verdict).toBe('yes');
    expect(decideVerdict([count, closing], { analysis: tube }).verdict).toBe('no');
    expect(decideVerdict([count, earlier, last], { analysis: tube }).verdict).toBe('yes');
  });

  it('leaves a heard sentence that leaves the matter open, or a closing that affirms, as heard', () => {
    // PMID 9140335 (PubMedQA): the authors' "may or may not" is their answer.
    const fluoride = analyzeQuestion('Does fluoridation reduce the use of dental services among adults?');
    const open = scored("Among adults aged 20 to 34 years with private dental insurance, fluoridation reduces oral disease but may or may not reduce use of restorative services, depending on dentists' clinical decisions.", 'CONCLUSIONS', 0.94, 1);
    const closing = { ...scored('Fluoridated water did not lower the number of dental visits.', 'CONCLUSIONS', 0.5, 0.1), index: 9 };
    expect(decideVerdict([open, closing], { analysis: fluoride }).verdict).toBe('uncertain');
    const ecg = analyzeQuestion('Does my baby need an ECG before starting propranolol for an infantile haemangioma?');
    const background = scored('Although consensus guidelines for pretreatment evaluation and monitoring of propranolol therapy in patients with infantile hemangiomas (IH) have been formulated, little is known about the cardiovascular side effects.', 'BACKGROUND', 0.58, 0.47);
    const affirms = { ...scored('A pretreatment ECG is required in every infant.', 'CONCLUSIONS', 0.48, 0.1), index: 12 };
    expect(decideVerdict([background, affirms], { analysis: ecg }).verdict).toBe('uncertain');
  });
});

describe('polarityOf and the wording of the question', () => {
  it('does not take a subject named by a lack ("without splenectomy") for a question worded as a denial', () => {
    const asked = analyzeQuestion('Esophagogastric devascularization without splenectomy in portal hypertension: safe and effective?');
    expect(polarityOf('EDWS is a safe and effective treatment for esophagogastric varices secondary to portal hypertension.', asked)).toBe(1);
    const metformin = analyzeQuestion('Do women with polycystic ovaries without any other features of PCOS benefit from metformin during IVF?');
    expect(polarityOf('There appears to be no benefit in metformin co-treatment during IVF in women with polycystic ovaries.', metformin)).toBe(-1);
  });

  it('reads a negation in a clause of the question ("when they do not understand") as no denial of the question', () => {
    const asked = analyzeQuestion('Are patients aware of when they do not understand their care?');
    expect(polarityOf('Most patients appear to be unaware of their lack of understanding and report inappropriate confidence.', asked)).toBe(-1);
  });

  it('does not read the lack the question asks about as a denial', () => {
    const asked = analyzeQuestion('Is semi-closed endarterectomy an acceptable alternative in case of insufficient venous material?');
    expect(polarityOf('In patients with lack of venous material, semi-closed endarterectomy provides a good alternative.', asked)).not.toBe(-1);
  });

  it('hears the question\'s words in its acronym ("GES" for "gastric electrical stimulation") before reading an opposite word', () => {
    const asked = analyzeQuestion('Is gastric electrical stimulation superior to pharmacologic therapy in improving GI symptoms?');
    expect(polarityOf('GES is more effective in improving GI symptoms and decreasing use of healthcare resources than medical therapy.', asked)).toBe(1);
  });

  it('answers "Is X a contraindication to Y?" from what the evidence says of safety', () => {
    const asked = analyzeQuestion('Is advanced age a contraindication to laparoscopic antireflux surgery?');
    const verdict = decideVerdict([passage('Laparoscopic antireflux surgery is a safe and effective treatment even in elderly patients with advanced age.')], { analysis: asked });
    expect(verdict.verdict).toBe('no');
  });

  it('reads "predicts the absence of X" as an effect on X for a question on an effect, and still as a denial elsewhere', () => {
    const effect = analyzeQuestion('Does the BRAFV600E mutation have an effect on clinical response to radioiodine therapy?');
    expect(polarityOf('The combination of BRAFV600E+ve mutation and MIBI-ve scintigraphy may be considered a negative prognostic clue, which predicts the absence of radioiodine uptake at pT-WBS.', effect)).toBe(1);
    const present = analyzeQuestion('Is radioiodine uptake present in these tumours?');
    expect(polarityOf('The mutation predicts the absence of radioiodine uptake in these tumours.', present)).toBe(-1);
  });

  it('denies a question on a benefit with results found comparable to the usual treatment', () => {
    const benefit = analyzeQuestion('Does hypofractionated radiotherapy offers any benefit for DIPG?');
    expect(polarityOf('Hypofractionated radiotherapy offers lesser burden on the patients, their families and the treating departments, with nearly comparable results to conventional fractionation.', benefit)).toBe(-1);
    expect(polarityOf('External radiotherapy with a radical hypofractionated regimen is feasible and well tolerated in children with newly diagnosed DIPG.', benefit)).toBe(1);
  });

  it('denies a question whether something is present with a sentence telling it was lost, and only such a question', () => {
    const contain = analyzeQuestion('Do nematodes contain architectural proteins like CTCF?');
    expect(polarityOf('We suggest that the insulator protein CTCF has been secondarily lost in derived nematodes like C. elegans.', contain)).toBe(-1);
    const weight = analyzeQuestion('Does semaglutide cause weight loss?');
    expect(polarityOf('Patients treated with semaglutide have lost weight significantly.', weight)).toBe(1);
  });

  it('affirms a question on a limit with a sentence stating one ("cannot exceed 25%")', () => {
    const limit = analyzeQuestion('Is there an upper limit on the functional fraction of the human genome?');
    expect(polarityOf('Mutational load considerations lead to the conclusion that the functional fraction within the human genome cannot exceed 25%, and is probably considerably lower.', limit)).toBe(1);
    const grow = analyzeQuestion('Does the functional fraction of the human genome grow with body size?');
    expect(polarityOf('The functional fraction within the human genome cannot exceed 25%.', grow)).toBe(-1);
  });

  it('(found on even questions) reads "the same effect on", warnings against use, a study still to be done and a name with "-induced"', () => {
    const apgar = analyzeQuestion('Does epidural anesthesia for pain management during labor affect the Apgar score of the the infant?');
    expect(polarityOf('Subarachnoid or epidural sufentanil, in the doses used in this study, had the same effect on the duration of labor after analgesia and in the Apgar score of newborns.', apgar)).toBe(-1);
    const used = analyzeQuestion('Can fluoroquinolones be used for patient with myasthenia gravis?');
    expect(polarityOf('Anecdotal case reports prompted warnings against the use of these drugs in patients with myasthenia gravis.', used)).toBe(-1);
    const inositol = analyzeQuestion('Is inositol effective for trichotillomania?');
    expect(polarityOf('Future studies should examine whether inositol may be beneficial in controlling pulling behavior in trichotillomania.', inositol)).toBe(0);
    const anosmia = analyzeQuestion('Is covid-19 induced anosmia caused by disruption of nuclear architecture?');
    expect(polarityOf('A likely explanation for the reduction of OR transcription is the striking reorganization of nuclear architecture, which disrupts compartments regulating OR expression.', anosmia)).toBe(1);
    const dimer = analyzeQuestion('Does p85α homodimerize?');
    expect(polarityOf('p110α-free p85α homodimerizes, homodimeric but not monomeric p85α', dimer)).not.toBe(-1);
  });

  it('reads "are not contraindications" as a statement of safety, not of harm', () => {
    const asked = analyzeQuestion("Ileocolic resections in Crohn's disease: are abscesses, phlegmons, or recurrent disease contraindications?");
    const sentence = 'Co-morbid preoperative findings such as abscess, phlegmon, or recurrent disease at the previous ileocolic anastomosis are not contraindications to a successful laparoscopic-assisted approach.';
    expect(decideVerdict([passage(sentence)], { analysis: asked }).verdict).toBe('no');
  });
});

describe('polarityOf on denials in conclusions', () => {
  it('reads little need, poor predictive value, disappointing results, "only partly" and "will not be able" as denials', () => {
    expect(polarityOf('These results suggest little need to use peak concentration in vancomycin monitoring.')).toBe(-1);
    expect(polarityOf('In view of their poor predictive value, a simpler approach would be to screen older smokers.')).toBe(-1);
    expect(polarityOf('The network outperformed linear statistics but was still disappointing in estimating individual stay.')).toBe(-1);
    expect(polarityOf('These associations are only partly mediated by socioeconomic factors.')).toBe(-1);
    expect(polarityOf('The system will not be able to provide the same quality of information as a case register.')).toBe(-1);
  });

  it('does not read the negation of the group a finding is compared with as a denial', () => {
    const asked = analyzeQuestion('Does radiotherapy of the primary rectal cancer affect prognosis after pelvic exenteration?');
    expect(polarityOf('Patients who received radiotherapy for primary rectal cancer have worse outcomes after pelvic exenteration than those who had not received radiotherapy.', asked)).not.toBe(-1);
    expect(polarityOf('Histologic chorioamnionitis is a reliable indicator of infection whether or not it is clinically apparent.', analyzeQuestion('Does histologic chorioamnionitis correspond to infection?'))).not.toBe(-1);
  });
});

describe('polarityOf on what a conclusion sets aside or finds alike', () => {
  it('denies with "rather than" or "independent of" what the question asks, but not with "independently of" something else', () => {
    const related = analyzeQuestion('Is delayed gastric emptying following pancreaticoduodenectomy related to pylorus preservation?');
    expect(polarityOf('In our experience, DGE is linked to the occurrence of other postoperative complications rather than to pylorus preservation.', related)).toBe(-1);
    const gradient = analyzeQuestion('Are income-related differences in active travel associated with physical environmental characteristics?');
    expect(polarityOf('The socio-economic gradient in active travel seems independent of physical environmental characteristics.', gradient)).toBe(-1);
    const prognosis = analyzeQuestion('Is the BRAF V600E mutation associated with worse prognosis in colorectal cancer?');
    expect(polarityOf('The V600E BRAF mutation confers a worse prognosis in colorectal cancer independently of age and stage.', prognosis)).not.toBe(-1);
  });

  it('denies "the same?" with a difference told by any comparative ("longer than", "differing")', () => {
    const same = analyzeQuestion('Cold knife conization vs. LEEP. Are they the same procedure?');
    expect(polarityOf('In a prospective evaluation, cold knife cone specimens were 50% longer and 100% heavier than LEEP specimens.', same)).toBe(-1);
    expect(polarityOf('Rather than surgery, cold knife cone specimens were measured.', same)).not.toBe(-1);
  });

  it('denies a question on an effect or predictor with outcomes found alike, and reads "no data to support" and "unnecessary" as denials', () => {
    const predictor = analyzeQuestion('Is severe pain immediately after spinal augmentation a predictor of long-term outcomes?');
    expect(polarityOf('Patients with severe pain immediately after vertebroplasty have similar long-term outcomes compared with patients without severe pain.', predictor)).toBe(-1);
    expect(polarityOf('There are no data to support the widespread practice of using central venous pressure to guide fluid therapy.')).toBe(-1);
    expect(polarityOf('The practice of intensive observation for the first transfusion in pediatric patients is probably unnecessary.')).toBe(-1);
  });
});

describe('polarityOf on questions whether something can be left out, or is a waste', () => {
  it('affirms "Can X be omitted?" with "not required" or "performed safely without X"', () => {
    const omitted = analyzeQuestion('Can predilatation in transcatheter aortic valve implantation be omitted?');
    expect(polarityOf('TAVI can be performed safely without balloon predilatation and with the same early results.', omitted)).toBe(1);
    const replace = analyzeQuestion('Can computerised tomography replace bone scintigraphy in detecting bone metastases?');
    expect(polarityOf('Our findings suggest routine bone scintigraphy is not required if computerised tomography is performed.', replace)).toBe(1);
    expect(polarityOf('Bone scintigraphy is not required if computerised tomography is performed.', analyzeQuestion('Is bone scintigraphy required for staging?'))).toBe(-1);
  });

  it('reads "a waste of time?" as a question worded as a denial', () => {
    const waste = analyzeQuestion('Is reimplantation of spinal cord arteries a waste of time?');
    expect(polarityOf('Routine surgical reimplantation of segmental arteries is not indicated.', waste)).toBe(1);
  });

  it('reads a longer term built on the question\'s word ("undifferentiated") as no negation of it, unlike "ineffective"', () => {
    const different = analyzeQuestion('Is gastric cancer different in Korea and the United States?');
    expect(polarityOf('In the Korean cohort, more patients had undifferentiated, diffuse type cancers.', different)).not.toBe(-1);
    expect(polarityOf('The drug was ineffective in the Korean cohort.', analyzeQuestion('Is the drug effective in Korea?'))).toBe(-1);
  });

  it('does not deny with "independently of" when the question asks for exactly that', () => {
    const asked = analyzeQuestion('Does obesity predict knee pain over fourteen years in women, independently of radiographic changes?');
    expect(polarityOf('Over 14 years, a higher BMI predicts knee pain in women, independently of radiographic changes.', asked)).not.toBe(-1);
  });
});

describe('polarityOf on hedged and optional wording', () => {
  it('reads "cannot be excluded" as a hedge, not an affirmation', () => {
    const asked = analyzeQuestion('Does oral alpha-galactosidase irritate the gut?');
    expect(polarityOf('Irritation of the gut by alpha-galactosidase cannot be excluded.', asked)).toBe(0);
  });

  it('reads "with or without" as no negation', () => {
    const asked = analyzeQuestion('Are virtual planning and guided surgery economically viable?');
    expect(polarityOf('Virtual planning and guided surgery with or without prebent plates are becoming more common.', asked)).not.toBe(-1);
  });
});

describe('polarityOf on groups named by "non-", opposite states and the use of a treatment', () => {
  it('reads "non-coding" as a denial of "coding", even for a short word', () => {
    const asked = analyzeQuestion('Do only changes in coding regions of MEF2C cause developmental disorders?');
    expect(polarityOf('These non-coding region variants represent 23% of likely diagnoses identified in MEF2C in the DDD cohort.', asked)).toBe(-1);
  });

  it('reads a group beside its "non-" complement as no denial of either', () => {
    const asked = analyzeQuestion('Do primary care physicians underprescribe antibiotics for peptic ulcer disease?');
    const sentence = 'While Italian primary care physicians appropriately target eradication therapy for H pylori infection in patients with peptic ulcer disease rather than nonulcer disease, the intervention was still underused in these patients.';
    expect(polarityOf(sentence, asked)).not.toBe(-1);
    // A state and its opposite ("active versus inactive") still deny.
    expect(polarityOf('Recent studies reveal subtle differences between active enhancers and their different inactive counterparts.', analyzeQuestion('Are accessible enhancers necessarily active?'))).toBe(-1);
  });

  it('reads a group beside its "un-" complement ("screened versus unscreened") as no denial of either', () => {
    // PMID 15530261: a results sentence of the study the question's answer rests on.
    const asked = analyzeQuestion('Does ultrasound screening for liver cancer improve survival?');
    const sentence = 'The adjusted odds ratios for the screened group versus the unscreened group, with 1-, 2-, and 3-year survival time being used as outcomes, were 0.33 (95% confidence interval [CI], 0.21-0.52), 0.33 (95% CI, 0.21-0.53), and 0.37 (95% CI, 0.23-0.61), respectively.';
    expect(polarityOf(sentence, asked)).toBe(0);
    // "un-" alone still denies a state.
    expect(polarityOf('The cancer remained unscreened in most villages.', asked)).toBe(-1);
  });

  it('reads a part or group named by a prefixed word before its noun ("the unfractured bone", "non-emergency surgery") as no denial', () => {
    const fixed = analyzeQuestion('Does a cemented stem give initial stability in hip replacement for osteoporotic femoral fractures?');
    expect(polarityOf('Stability was measured between the cemented stem and the unfractured part of the femur after hip replacement.', fixed)).not.toBe(-1);
    // Said of the thing itself, the participle still denies.
    expect(polarityOf('After hip replacement with a cemented stem, the femur remained unfractured.', fixed)).toBe(-1);
    const urgent = analyzeQuestion('Is emergency colonoscopy a feasible approach in acute lower gastrointestinal bleeding?');
    expect(polarityOf('Emergency colonoscopy identified bleeding diverticula in acute lower gastrointestinal bleeding that are easily missed by non-emergency colonoscopy.', urgent)).not.toBe(-1);
    // Before a quality ("non-invasive") the prefix still denies it.
    expect(polarityOf('Capsule endoscopy is a non-invasive method for the small bowel.', analyzeQuestion('Is capsule endoscopy invasive?'))).toBe(-1);
  });

  it('reads "is not clear" and "not fully understood" as an open question, not a denial', () => {
    const asked = analyzeQuestion('Can cytomegalovirus be transmitted via breast milk to premature infants?');
    expect(polarityOf('The risk of symptomatic cytomegalovirus disease in premature infants after transmission via breast milk is not clear.', asked)).toBe(0);
    expect(polarityOf('How cytomegalovirus reaches breast milk is still not fully understood.', asked)).toBe(0);
    expect(polarityOf('Cytomegalovirus was not transmitted via breast milk to any premature infant.', asked)).toBe(-1);
  });

  it('reads a tighter barrier as a denial of a loosened one', () => {
    const asked = analyzeQuestion('Do Crocus sativus extracts loosen the blood-brain barrier?');
    expect(polarityOf('In vitro results showed that Crocus sativus extract increases the tightness of a cell-based blood-brain barrier (BBB) model.', asked)).toBe(-1);
  });

  it('hears harm as a denial of a question whether the data support the use of a treatment', () => {
    const asked = analyzeQuestion('Does clinical trial data support the use of minocycline for amyotrophic lateral sclerosis?');
    expect(polarityOf('Our finding that minocycline has a harmful effect on patients with ALS has implications for trials of minocycline.', asked)).toBe(-1);
  });
});

describe('polarityOf and the noun "absence"', () => {
  it('reads "absence of X" as a denial of X but "sickness absence" as a thing of its own', () => {
    const asked = analyzeQuestion('Do people who were passive smokers during childhood have increased risk of long-term work disability?');
    expect(polarityOf('The study supports the hypothesis that nurses\' aides who were exposed to ETS at home during childhood have an increased risk of long-term sickness absence.', asked)).toBe(1);
    expect(polarityOf('The absence of any increased risk of long-term disability was notable.', asked)).toBe(-1);
  });
});

describe('polarityOf on questions whether something happens independently of something', () => {
  it('does not read the "without X" of an experiment as a denial of independence from X', () => {
    const asked = analyzeQuestion('Is the process of DNA loop-extrusion independent of ATP?');
    expect(polarityOf('Strikingly, without ATP, we observe the emergence of hundreds of CTCF-independent loops that link regulatory DNA.', asked)).not.toBe(-1);
  });
});

describe('polarityOf on two negatives', () => {
  it('reads a negated harm ("not impairing") as no denial of the question', () => {
    const asked = analyzeQuestion('Can Antioxidant curcumin kill tumor cells?');
    expect(polarityOf('Thus dietary curcumin ameliorates radiation-induced pulmonary fibrosis and increases mouse survival while not impairing tumor cell killing by radiation.', asked)).not.toBe(-1);
    // A negated question verb still denies.
    expect(polarityOf('Curcumin did not kill tumor cells in culture.', asked)).toBe(-1);
    expect(polarityOf('Erlotinib did not reduce tumor growth.', analyzeQuestion('Does erlotinib reduce tumor growth?'))).toBe(-1);
  });
});

describe('polarityOf on studies that disagree', () => {
  it('reads "active" as acting against a disease, not as activation: an inhibition of the disease does not deny it', () => {
    const active = analyzeQuestion('Is AZD5153 active in prostate cancer?');
    // Real sentences (PMID 30308485).
    expect(polarityOf('RESULTS: AZD5153 inhibited proliferation and survival of established and primary prostate cancer cells.', active)).not.toBe(-1);
    expect(polarityOf('In vivo, AZD5153 oral administration inhibited PC-3 xenograft tumor growth in nude mice.', active)).not.toBe(-1);
    expect(polarityOf('AZD5153 showed no activity against prostate cancer cells.', active)).toBe(-1);
    // A verb of switching on keeps its opposite.
    const activated = analyzeQuestion('Is NF-kB activated in psoriatic skin?');
    expect(polarityOf('NF-kB was suppressed in psoriatic skin lesions.', activated)).toBe(-1);
  });

  it('reads a call for the studies still needed ("supports the need for ... trials") as a hedge', () => {
    const q = analyzeQuestion('Is prophylactic fixation of the other hip cost-effective?');
    // A real conclusion (PMID 20101129) and one of my own.
    const alone = (text: string) => decideVerdict([{ pmid: '1', section: 'ABSTRACT', index: 1, text, score: 0.7, coverage: 0.6, rank: 0, stems: new Set() }], { analysis: q }).verdict;
    expect(alone('The study supports the need for basic science and clinical trials investigating the effectiveness of prophylactic fixation for patient populations at higher lifetime risk for contralateral hip fracture.')).toBe('uncertain');
    expect(alone('These data underline the need for larger randomised trials of fixation in frail patients.')).toBe('uncertain');
    expect(alone('Prophylactic fixation of the other hip was cost-effective in women younger than 70 years.')).toBe('yes');
    expect(alone('Prophylactic fixation of the other hip obviates the need for further imaging studies.')).toBe('yes');
  });

  it('reads "some studies ..., but others ..." as a hedge', () => {
    const asked = analyzeQuestion('Does sex influence the response to intravenous thrombolysis in ischemic stroke?');
    expect(polarityOf('Some studies have suggested that women also benefit less from intravenous thrombolysis after an acute ischemic stroke, but others found no sex differences in safety and efficacy.', asked)).toBe(0);
  });
});

describe('polarityOf on questions whether something is necessary', () => {
  it('hears a requirement removed, or a thing found dispensable, as a denial', () => {
    const asked = analyzeQuestion('Is a mandatory general surgery rotation necessary in the surgical clerkship?');
    expect(polarityOf('Removal of the requirement for general surgery in clerkship may lead to a more effective use of all educational opportunities.', asked)).toBe(-1);
    expect(polarityOf('Prdm9 is dispensable for meiosis in male mice.', analyzeQuestion('Is PRDM9 essential for meiosis?'))).toBe(-1);
    // A question whether it can be left out is affirmed by the same wording.
    expect(polarityOf('Predilatation is not required before stent implantation.', analyzeQuestion('Can predilatation be omitted before stent implantation?'))).toBe(1);
  });
});

describe('polarityOf on what a change is to, words that only look alike, and cures', () => {
  it('hears an opposite change only when it is to something the question asks about', () => {
    const asked = analyzeQuestion('Does platelet-rich plasma reduce pain after wisdom tooth removal?');
    // PMID 21550158: PRP gel both eased pain and sped healing; "enhancing healing" is no rise in pain.
    expect(polarityOf('The study showed that topical application of PRP gel has a beneficial effect in enhancing socket healing after third molar surgery.', asked)).toBe(1);
    expect(polarityOf('Platelet-rich plasma increased postoperative pain scores on the third day.', asked)).toBe(-1);
    // What changes may stand several words on, after a list: this still denies that FTO promotes pancreatic cancer.
    const fto = analyzeQuestion('Can FTO promote pancreatic cancer development?');
    expect(polarityOf('FTO demethylated PJA2, thereby reducing its mRNA decay and ultimately restraining the proliferation, invasion, and metastasis of pancreatic cancer cells.', fto)).toBe(-1);
  });

  it('does not take "live" and "survive" for two qualifiers of one form', () => {
    const asked = analyzeQuestion('Do women with BRCA-related ovarian cancer live longer than those with sporadic cancer?');
    // PMID 10807385's conclusion: hereditary patients survive longer.
    const conclusion = 'Although BRCA-associated hereditary ovarian cancers in this population have surgical and pathological characteristics similar to those of sporadic cancers, advanced-stage hereditary cancer patients survive longer than nonhereditary cancer patients.';
    expect(contrastsSlot(conclusion, asked)).toBe(false);
    expect(polarityOf(conclusion, asked)).not.toBe(-1);
    // A real pair of qualifiers still contrasts: oral for nasal.
    expect(contrastsSlot('Oral vaccination protected the mice against infection.', analyzeQuestion('Does nasal vaccination protect mice against infection?'))).toBe(true);
  });

  it('denies "Is there a cure for X?" with "no known treatment" or "no effective therapy"', () => {
    const asked = analyzeQuestion('Is there a cure for Friedreich ataxia?');
    expect(polarityOf('Currently there is no known treatment that alters the natural course of the disease.', asked)).toBe(-1);
    expect(polarityOf('There is no effective therapy for Friedreich ataxia.', asked)).toBe(-1);
    expect(polarityOf('Idebenone treatment improved cardiac hypertrophy in Friedreich ataxia.', asked)).toBe(1);
  });
});

describe('polarityOf on the group a finding is compared with', () => {
  it('reads "vs no exposure" as the comparison group, not a denial', () => {
    // PMID 28775130 (an efetch sample): aldrin exposure and subclinical hypothyroidism.
    const asked = analyzeQuestion('Is occupational pesticide exposure linked to subclinical hypothyroidism?');
    const finding = 'Higher exposure to the insecticide aldrin (third and fourth quartiles of intensity-weighted days vs no exposure) was positively associated with subclinical hypothyroidism (ORQ3=4.15, 95% CI 1.56 to 11.01), higher TSH (ptrend=0.01) and lower T4 (ptrend=0.04).';
    expect(polarityOf(finding, asked)).toBe(1);
    expect(polarityOf('Pesticide exposure was not associated with subclinical hypothyroidism.', asked)).toBe(-1);
  });
});

describe('decideVerdict on whether a treatment exists', () => {
  const asked = analyzeQuestion('Is there a cure for Friedreich ataxia?');
  const heard = (pmid: string, text: string, score: number): ScoredPassage => ({
    pmid, section: 'ABSTRACT', index: 1, text, score, coverage: 0.4, rank: 0, stems: new Set(['friedreich', 'ataxia']),
  });

  it('hears only sentences on treatment, and a rationale for future treatments as none yet', () => {
    // Shipped-corpus sentences (PMIDs 10500204, 10735274, 10633128).
    const rationale = heard('10500204', 'Our results show that FRDA is a nuclear-encoded mitochondrial disorder affecting oxidative phosphorylation and give a rationale for treatments aimed to improve mitochondrial function in this condition.', 0.57);
    const common = heard('10735274', 'Friedreich ataxia (FRDA) is the most common form of autosomal recessive ataxia.', 0.48);
    const mutation = heard('10735274', 'Studying two siblings with FRDA from two families we did not detect a mutation in STM7/X25.', 0.48);
    const none = heard('10633128', 'Currently there is no known treatment that alters the natural course of the disease.', 0.47);
    const result = decideVerdict([rationale, common, mutation, common, mutation, none], { analysis: asked });
    expect(result.verdict).toBe('no');
    expect(result.decisive).toBe(none);
    expect(decideVerdict([rationale, common], { analysis: asked }).verdict).toBe('uncertain');
  });

  it('reads a "pharmacotherapy" as a treatment, and still hears one that works', () => {
    const nafld = analyzeQuestion('Is there any approved treatment for NAFLD?');
    const on = (text: string): ScoredPassage => ({ pmid: '1', section: 'ABSTRACT', index: 1, text, score: 0.5, coverage: 0.8, rank: 0, stems: new Set(['nafld']) });
    expect(decideVerdict([on('At present, no specific pharmacotherapy is approved for NAFLD.')], { analysis: nafld }).verdict).toBe('no');
    expect(decideVerdict([on('Idebenone treatment improved cardiac hypertrophy in Friedreich ataxia.')], { analysis: asked }).verdict).toBe('yes');
  });
});

describe('decideVerdict reads findings that answer (round 14)', () => {
  const scored = (text: string, section: string, score: number, coverage: number, pmid = '1'): ScoredPassage => ({ ...passage(text, score, section), coverage, pmid });

  it('hears "no greater risk of harm" as safety', () => {
    const asked = analyzeQuestion('Is naproxen safe for pain relief after hip replacement?');
    const sentence = 'Patients given slow release naproxen after hip replacement were at no greater risk of harm than those given paracetamol alone.';
    expect(decideVerdict([passage(sentence)], { analysis: asked }).verdict).toBe('yes');
  });

  it('reads "of limited value" as a denial of a need', () => {
    const asked = analyzeQuestion('Does my son need a chest X-ray before starting methotrexate?');
    expect(polarityOf('A routine chest X-ray before methotrexate is of limited value for children with no respiratory history.', asked)).toBe(-1);
    expect(polarityOf('Pretreatment echocardiography has limited clinical utility in this population.', asked)).toBe(-1);
  });

  it('asks exclusivity with "specific to": a difference from one control group does not affirm it', () => {
    const asked = analyzeQuestion('Are sleep problems specific to Angelman syndrome?');
    expect(polarityOf('Significant differences were found between Angelman syndrome patients and sibling controls in the prevalence of sleep problems.', asked)).toBe(-1);
    expect(polarityOf('Sleep problems are more frequent in Angelman syndrome than in sibling controls.', asked)).toBe(-1);
    expect(polarityOf('Sleep problems are unique to Angelman syndrome among the disorders studied.', asked)).toBe(0);
  });



  it('reads "has called the routine use of X into question" as a denial', () => {
    const asked = analyzeQuestion('Should a pelvic X-ray be taken routinely in every stable blunt trauma patient?');
    expect(polarityOf('However, recent studies have called the routine use of the pelvic X-ray in every stable patient into question.', asked)).toBe(-1);
  });


  it('shows a "no" read from what a sentence leaves out with its article\'s sentence that denies in words', () => {
    const asked = analyzeQuestion('Are sleep problems specific to Angelman syndrome?');
    const difference = scored('Significant differences were found between Angelman syndrome patients and sibling controls in the prevalence of sleep problems.', 'ABSTRACT', 0.58, 0.39);
    const denial = scored('No differences were noted between the Angelman syndrome patients and the autism controls, suggesting that these sleep problems are not unique to Angelman syndrome.', 'ABSTRACT', 0.57, 0.35);
    const result = decideVerdict([difference, denial], { analysis: asked });
    expect(result.verdict).toBe('no');
    expect(result.decisive).toBe(denial);
    // A sentence denying with a negation of its own leads still.
    const notFound = scored('Sleep problems were not found to be specific to Angelman syndrome in this series.', 'ABSTRACT', 0.58, 0.39);
    expect(decideVerdict([notFound, denial], { analysis: asked }).decisive).toBe(notFound);
  });
});

describe('decideVerdict: a study plan', () => {
  it('hears no side from what a protocol will assess', () => {
    const asked = analyzeQuestion('Is cupping therapy used to treat neck pain?');
    const plan = passage('The systematic review will provide high-quality evidence to assess the efficacy and safety of cupping therapy for neck pain, stiffness and disability.', 1, 'ABSTRACT');
    expect(decideVerdict([plan], { analysis: asked }).verdict).toBe('uncertain');
  });
});

describe('decideVerdict: a study whose aim covers the question best', () => {
  it('hears its findings when only the aim reaches the hearing bar', () => {
    const asked = analyzeQuestion('Should a chest radiograph be done routinely in every child with bronchiolitis?');
    const aim = { ...passage('We aimed to determine whether a chest radiograph should be done routinely in every child with bronchiolitis.', 1, 'ABSTRACT'), coverage: 0.8, aim: true };
    const finding = { ...passage('The chest radiograph offers no benefit in children with bronchiolitis and changes management rarely.', 1, 'ABSTRACT'), coverage: 0.45 };
    expect(decideVerdict([aim, finding], { analysis: asked }).verdict).toBe('no');
    // A finding that reaches the bar beside the aim is heard alone, as before.
    // (The finding is no closing sentence here: one that closes the abstract is its authors' answer, heard below.)
    const near = { ...passage('Chest radiographs were obtained in 40% of children with bronchiolitis.', 1, 'ABSTRACT'), coverage: 0.6, index: 3 };
    expect(decideVerdict([aim, near, finding], { analysis: asked }).verdict).toBe('yes');
  });
});

describe('decideVerdict: the authors asking whether', () => {
  it('hears no side from a sentence saying what the study explored, wherever it stands', () => {
    const asked = analyzeQuestion('Does prior aspirin use improve functional outcome after intracerebral haemorrhage?');
    const question = passage('In a retrospective cohort study, we explored whether functional outcome is improved in patients taking aspirin when the haemorrhage occurs.', 1, 'BACKGROUND');
    expect(asksWhether(question.text)).toBe(true);
    expect(decideVerdict([question], { analysis: asked }).verdict).toBe('uncertain');
    // Beside a finding, the finding decides.
    const finding = passage('Functional outcome at 90 days did not differ between aspirin users and non-users.', 1, 'RESULTS');
    expect(decideVerdict([question, finding], { analysis: asked }).verdict).toBe('no');
    // One that goes on to what was found states it.
    expect(asksWhether('We examined whether aspirin use improves functional outcome and found that it did in younger patients.')).toBe(false);
    expect(asksWhether('Aspirin use improved functional outcome whether or not patients had hypertension.')).toBe(false);
  });
});

describe('decideVerdict: a finding said to warrant more study', () => {
  it('reads "warrants a more detailed analysis" as an open question', () => {
    const asked = analyzeQuestion('Does prior aspirin use improve functional outcome after intracerebral haemorrhage?');
    expect(polarityOf('The observed trend is interesting enough to warrant a more detailed analysis of the relationship between aspirin and functional outcome.', asked)).toBe(0);
    const trend = passage('The observed trend is interesting enough to warrant a more detailed analysis of the relationship between aspirin and functional outcome.', 1, 'CONCLUSIONS');
    expect(decideVerdict([trend], { analysis: asked }).verdict).toBe('uncertain');
  });
});

describe('polarityOf: a likeness only in an exception', () => {
  it('reads the main finding of a difference, not the exception that is alike', () => {
    const asked = analyzeQuestion('Do psoriatic arthritis and rheumatoid arthritis involve similar hand joints?');
    expect(polarityOf('Compared with RA, PsA involved more distal hand joints, except the wrists, which were equally affected in both diseases.', asked)).toBe(-1);
    // A likeness in the main clause still cancels the difference.
    expect(polarityOf('Hand joints were equally affected in both diseases, and erosions were more frequent in psoriatic arthritis than in rheumatoid arthritis.', asked)).not.toBe(-1);
  });
});

describe('round 20: hedges, asked lacks, contraindications and sections that set out a study', () => {
  it('hears "may or may not" and mixed views as taking neither side', () => {
    const asked = analyzeQuestion('Does water fluoridation lower the number of dental visits?');
    expect(polarityOf('Fluoridation lowers caries rates but may or may not lower the number of dental visits, depending on local practice.', asked)).toBe(0);
    const views = analyzeQuestion('Do nurses think they should give vaccinations at home?');
    expect(polarityOf('Nurses were mixed as to whether vaccinations should be given at home.', views)).toBe(0);
  });

  it('reads "without X" as the asked "non-X", not as a denial', () => {
    const asked = analyzeQuestion('Distal radius fractures in children: can some be managed nonoperatively?');
    expect(polarityOf('Most minimally displaced distal radius fractures in children can be managed successfully without surgery.', asked)).toBe(1);
    const plain = analyzeQuestion('Can distal radius fractures in children be managed with a cast?');
    expect(polarityOf('Distal radius fractures in children cannot be managed with a cast alone.', plain)).toBe(-1);
  });

  it('denies a contraindication with "should not preclude"', () => {
    const asked = analyzeQuestion('Is an elevated serum bilirubin a contraindication to liver resection?');
    const verdictOf = (text: string) => decideVerdict([passage(text)], { analysis: asked }).verdict;
    expect(verdictOf('An elevated serum bilirubin alone should not preclude liver resection in carefully staged patients.')).toBe('no');
  });

  it('does not hear a purpose or a method as a finding, unless the methods sentence reports a result', () => {
    const asked = analyzeQuestion('Does the admission severity score predict length of stay in the ICU?');
    const method = passage('We performed correlation and regression analyses of admission severity scores and length of stay in the ICU.', 1, 'RESEARCH DESIGN AND METHODS');
    const purpose = passage('The length of stay in the ICU was studied with admission severity scores.', 1, 'PURPOSE');
    expect(decideVerdict([method, purpose], { analysis: asked }).verdict).toBe('uncertain');
    const result = passage('The admission severity score was significantly associated with length of stay in the ICU (p<0.001).', 1, 'RESEARCH DESIGN AND METHODS');
    expect(decideVerdict([method, result], { analysis: asked }).verdict).toBe('yes');
  });
});

describe('round 20: a change word that names a condition', () => {
  it('reads a rise the question itself asks for ("increased mortality") as no reverse of its condition ("impaired glucose")', () => {
    const asked = analyzeQuestion('Is impaired glucose tolerance associated with increased mortality after heart surgery?');
    expect(polarityOf('The elevated risk of death after heart surgery known to be associated with diabetes is also shared by patients with poor glucose tolerance.', asked)).toBe(1);
    // A fall of what is asked still denies it.
    expect(polarityOf('Mortality after heart surgery was lower in patients with impaired glucose tolerance.', asked)).toBe(-1);
  });
});

describe('round 20: a question of need', () => {
  it('is not affirmed by a sentence that merely names the two things together', () => {
    const asked = analyzeQuestion('Does remote conditioning require reperfusion of the limb?');
    const together = passage('Remote conditioning is induced by brief cycles of limb ischemia and reperfusion before surgery.', 1, 'BACKGROUND');
    const denial = passage('The protection by remote conditioning appears not to depend on reperfusion of the limb.', 0.6, 'CONCLUSIONS');
    expect(decideVerdict([together], { analysis: asked }).verdict).toBe('uncertain');
    expect(decideVerdict([together, denial], { analysis: asked }).verdict).toBe('no');
    expect(decideVerdict([passage('Remote conditioning requires reperfusion of the limb to protect the heart.')], { analysis: asked }).verdict).toBe('yes');
  });

  it('reads "Is there still a need for X?" as a question of use, which a sentence on what X does still answers', () => {
    const asked = analyzeQuestion('Is there still a need for open surgery in children with kidney stones?');
    expect(decideVerdict([passage('Open surgery provides a solution for children with kidney stones in whom endoscopic treatment fails.')], { analysis: asked }).verdict).toBe('yes');
  });
});

describe('round 20: a question raised', () => {
  it('hears "raising the question whether X is still necessary" as taking neither side', () => {
    const asked = analyzeQuestion('Is there still a need for open surgery in children with kidney stones?');
    expect(polarityOf('Endoscopic treatment has made most operations unnecessary, thus raising the question whether open surgery in children with kidney stones is still needed.', asked)).toBe(0);
    expect(decideVerdict([passage('The rise of endoscopic treatment raises the question of whether open surgery for kidney stones in children is still necessary.')], { analysis: asked }).verdict).toBe('uncertain');
  });
});

describe('round 20: a question of prediction', () => {
  it('is not affirmed by a sentence that states the matter without prediction, risk, association or figures', () => {
    const asked = analyzeQuestion('Is grip strength predictive of falls in older people living in care homes?');
    expect(decideVerdict([passage('Falls are common in older people living in care homes.')], { analysis: asked }).verdict).toBe('uncertain');
    expect(decideVerdict([passage('Low grip strength was associated with falls in older people living in care homes (HR 1.8).')], { analysis: asked }).verdict).toBe('yes');
  });
});

describe('round 24 (verdict4): plain negations, "definitely", gaps in knowledge and adverbs of frequency', () => {
  const stance = (q: string, text: string) => polarityOf(text, analyzeQuestion(q));

  it('reads "not modified" and "not changed" as plain negations, as "not altered" is (PMID 25859857, then our own)', () => {
    expect(stance('Does neoadjuvant chemo change how often cervical cancer spreads to the lymph nodes?', 'The frequency and topographic distribution of LNM are not modified by NACT, and clinical non-responders showed more involved LNs.')).toBe(-1);
    expect(stance('Does fasting change insulin levels in healthy dogs?', 'Insulin levels of the healthy dogs were not changed by fasting.')).toBe(-1);
    // The positive wording stays a yes.
    expect(stance('Does fasting change insulin levels in healthy dogs?', 'Insulin levels of the healthy dogs were significantly changed by fasting.')).toBe(1);
  });

  it('reads "definitely", "inevitably" and "invariably" in a question as asking "always" (PMIDs 10471457, 10408771, then our own)', () => {
    const definitely = 'If you are homozygous for the C282Y mutation, will you definitely get haemochromatosis symptoms?';
    expect(stance(definitely, 'Hereditary hemochromatosis is associated with homozygosity for the C282Y mutation in the hemochromatosis (HFE) gene on chromosome 6, elevated serum transferrin saturation, and excess iron deposits throughout the body.')).toBe(-1);
    expect(stance('Does this galactosemia mutation inevitably give a severe phenotype?', 'It is invariably associated with a severe phenotype.')).toBe(1);
    expect(stance('Does a torn meniscus inevitably lead to knee arthritis?', 'A torn meniscus leads to knee arthritis in some patients.')).toBe(-1);
    // Without the word, a plain association still affirms.
    expect(stance('If you are homozygous for the C282Y mutation, will you get haemochromatosis?', 'Hereditary hemochromatosis is associated with homozygosity for the C282Y mutation.')).toBe(1);
  });

  it('reads a gap in knowledge as leaving the matter open, not as a denial (PMID 26311886, then our own)', () => {
    expect(stance('Do neurons need Bst2 to clear a viral infection?', 'Bst2 restricts the release of some enveloped viruses, but to date, its role in viral infection of neurons has not been assessed.')).toBe(0);
    expect(stance('Does vitamin D lower blood pressure in older women?', 'The role of vitamin D in blood pressure of older women has not been studied.')).toBe(0);
    expect(stance('Does vitamin D lower blood pressure in older women?', 'Whether vitamin D lowers blood pressure in older women remains to be determined.')).toBe(0);
    // A finding that denies stays a denial.
    expect(stance('Does vitamin D lower blood pressure in older women?', 'Vitamin D did not lower blood pressure in older women.')).toBe(-1);
  });

  it('reads another grading adverb ("normally" for "usually") as no rival in the question\'s slot (PMID 10746568, then our own)', () => {
    expect(stance('Is Factor X deficiency usually inherited as autosomal recessive?', 'Factor X deficiency is a rare haemorrhagic condition, normally inherited as an autosomal recessive trait, in which a variable clinical presentation correlates poorly with laboratory phenotype.')).toBe(1);
    expect(contrastsSlot('Gout is typically treated with allopurinol.', analyzeQuestion('Is gout usually treated with allopurinol?'))).toBe(false);
    // A word of the same ending that is no grading adverb still fills the slot.
    expect(contrastsSlot('Impetigo is a bacterial infection of the skin.', analyzeQuestion('Is impetigo a viral infection?'))).toBe(true);
  });
});

describe('a judgement of unfitness in a predicate', () => {
  it('denies as a negation does, while an attribute of a group denies nothing', () => {
    // PMIDs 18096128 and 11713724 of the shipped corpus, then sentences of our own.
    const spine = analyzeQuestion('85 y/o, fall from standing. Can we rely on the usual clinical criteria to rule out a c-spine fracture in these elderly low energy pts?');
    expect(polarityOf('Clinical predictors appear inadequate for the evaluation of the cervical spine in geriatric trauma patients with low-energy mechanism.', spine)).toBe(-1);
    const margins = analyzeQuestion('Are clear margins a reliable predictor of local control in cheek cancer?');
    expect(polarityOf('Low T-stage and negative margins are not adequate predictors of local control.', margins)).toBe(-1);
    const scan = analyzeQuestion('Can a home pregnancy test be trusted in the first week?');
    expect(polarityOf('Home pregnancy tests were unreliable in the first week after a missed period.', scan)).toBe(-1);
    const toci = analyzeQuestion('Is tocilizumab effective in patients with an inadequate response to methotrexate?');
    expect(polarityOf('Tocilizumab was effective in patients with an inadequate response to methotrexate.', toci)).toBe(1);
  });
});

describe('a question whose "that" is a demonstrative or opens what is asked', () => {
  it('keeps the negation after "Does that mean" and "Is it true that" as the question\'s own', () => {
    const wart = analyzeQuestion('The wart was frozen off last month. Does that mean it won\'t grow again?');
    // A sentence denying that warts grow again affirms "it won't grow again".
    expect(polarityOf('Treated warts did not grow again during one year of follow-up.', wart)).toBe(1);
    const claim = analyzeQuestion('Is it true that statins do not cause muscle pain?');
    expect(polarityOf('Statins did not cause muscle pain in the blinded trial.', claim)).toBe(1);
    // A relative "that" still opens a clause about the subject: its negation is no denial by the question.
    const clause = analyzeQuestion('Does metformin help people with diabetes that does not respond to diet?');
    expect(polarityOf('Metformin did not lower glucose in these patients.', clause)).toBe(-1);
  });

  it('hears a sign judged unfit to tell the outcome as a "no" to "Does that mean ...?", however the outcome is worded', () => {
    const margins = analyzeQuestion('My melanoma was removed with clear margins. Does that mean it won\'t come back?');
    // PMID 11713724, a sentence of a benchmark abstract.
    expect(polarityOf('Low T-stage and negative margins are not adequate predictors of local control.', margins)).toBe(-1);
    expect(polarityOf('Clear margins proved unreliable as a guide to recurrence in thin melanomas.', margins)).toBe(-1);
    const rely = analyzeQuestion('Can we rely on a normal troponin to rule out a heart attack in the elderly?');
    expect(polarityOf('A single normal troponin is not a reliable marker of the absence of infarction in patients over 80.', rely)).toBe(-1);
    // Not in a question that asks no implication: "inadequate" describing a group is no unfitness of a sign.
    const mtx = analyzeQuestion('Does adalimumab help patients with rheumatoid arthritis?');
    expect(polarityOf('Adalimumab improved symptoms in patients with inadequate response to methotrexate.', mtx)).toBe(1);
  });
});

describe('a question of need ("Do I still have to X?")', () => {
  it('hears a sentence that speaks of need, not one praising the rest', () => {
    const ablate = analyzeQuestion('If I use the new catheter, do I still have to do a second ablation inside the vein?');
    const praise = passage('Ablation with the new catheter is safe and efficacious for the treatment of atrial flutter.', 1, 'CONCLUSIONS');
    const need = passage('Unlike the standard catheter, ablation with the new catheter does not require a second ablation inside the vein.', 1, 'CONCLUSIONS');
    expect(decideVerdict([praise, need], { analysis: ablate }).verdict).toBe('no');
    // Praise alone says nothing of need.
    expect(decideVerdict([praise], { analysis: ablate }).verdict).toBe('uncertain');
    const must = analyzeQuestion('Must the cavity be completely obliterated to stop the infection coming back?');
    expect(decideVerdict([passage('Complete obliteration of the residual cavity was necessary to avoid recurrence of the infection.')], { analysis: must }).verdict).toBe('yes');
    // "have to do with" asks a relation, not a need.
    const relation = analyzeQuestion('Does my tiredness have to do with my thyroid?');
    expect(decideVerdict([passage('Hypothyroidism is significantly associated with fatigue.')], { analysis: relation }).verdict).toBe('yes');
  });
});

describe('a question of the worth of a thing ("Is X needed with Y?")', () => {
  it('is still affirmed by a sentence on the good the thing does', () => {
    const atropine = analyzeQuestion('Is atropine needed with ketamine sedation?');
    // PubMedQA 16498158, its conclusion.
    const good = passage('The use of atropine as an adjunct for intramuscular ketamine sedation in children significantly reduces hypersalivation and may lower the incidence of post-procedural vomiting.', 1, 'CONCLUSIONS');
    expect(decideVerdict([good], { analysis: atropine }).verdict).toBe('yes');
  });
});
