import { describe, expect, it } from 'vitest';
import { asksOutcome, concludes, describesPaper, effectLead, opensPointingBack, ownAnswerLead, standingLead, statesMeasuredChange, statesPremise } from './lead-conclusion.js';

type S = { pmid: string; section: string; index: number; text: string; coverage: number; aim?: boolean; way: number };
const s = (index: number, section: string, text: string, coverage: number, way = 0, pmid = '1'): S => ({ pmid, section, index, text, coverage, way });

describe('statesPremise', () => {
  it('reads what was not yet known or was questioned before the study as its premise', () => {
    expect(statesPremise(s(1, 'ABSTRACT', 'No clinical or molecular data are as yet available on the mild form of the disease described in this kindred.', 0.6))).toBe(true);
    expect(statesPremise(s(2, 'ABSTRACT', 'However, several reports have called the routine use of bowel preparation before colorectal surgery into question.', 0.5))).toBe(true);
    const article = [s(1, 'ABSTRACT', 'a', 0), s(2, 'ABSTRACT', 'b', 0), s(3, 'ABSTRACT', 'c', 0), s(4, 'ABSTRACT', 'd', 0), s(5, 'ABSTRACT', 'e', 0)];
    expect(statesPremise(s(1, 'ABSTRACT', 'The role of prophylactic antibiotics in clean hernia repair remains unclear.', 0.5), article)).toBe(true);
  });

  it('reads "Our data suggest that ..." closing an abstract as its finding, not as earlier work', () => {
    const article = [s(1, 'ABSTRACT', 'a', 0), s(2, 'ABSTRACT', 'b', 0), s(3, 'ABSTRACT', 'c', 0), s(4, 'ABSTRACT', 'd', 0), s(5, 'ABSTRACT', 'e', 0)];
    expect(statesPremise(s(5, 'ABSTRACT', 'Our data suggest that night shift work increases the risk of peptic ulcer disease.', 0.6), article)).toBe(false);
    expect(statesPremise(s(1, 'ABSTRACT', 'Several studies have shown that night shift work increases the risk of peptic ulcer disease.', 0.6), article)).toBe(true);
  });

  it('does not read a finding, nor an open question in the authors\' conclusion, as a premise', () => {
    expect(statesPremise(s(4, 'ABSTRACT', 'We report a SCN4A Gly-1306-Ala substitution in a family with dominant myotonia.', 0.6))).toBe(false);
    expect(statesPremise(s(6, 'CONCLUSIONS', 'Whether prophylactic antibiotics lower wound infection after clean hernia repair remains unclear.', 0.5))).toBe(false);
  });
});

describe('concludes', () => {
  it('takes a CONCLUSIONS sentence, or the last sentence of an abstract without sections, for the conclusion', () => {
    const article = [s(1, 'ABSTRACT', 'a', 0), s(2, 'ABSTRACT', 'b', 0), s(3, 'ABSTRACT', 'c', 0)];
    expect(concludes(article[2] as S, article)).toBe(true);
    expect(concludes(article[1] as S, article)).toBe(false);
    expect(concludes(s(5, 'CONCLUSIONS', 'd', 0), article)).toBe(true);
  });
});

describe('ownAnswerLead', () => {
  const sameWay = (way: number) => (p: S) => p.way === way;
  const finding = () => true;

  it('leads with the finding that settles a premise that decided the verdict', () => {
    const premise = s(2, 'ABSTRACT', 'However, recent reports have called the routine use of nasogastric tubes after gastrectomy into question.', 0.5, -1);
    const settled = s(5, 'ABSTRACT', 'Routine nasogastric decompression offered no benefit in recovery after gastrectomy.', 0.4, -1);
    const other = s(4, 'ABSTRACT', 'Nasogastric tubes were left in place in 120 patients after gastrectomy.', 0.45, 1);
    expect(ownAnswerLead(premise, [premise, other, settled], sameWay(-1), finding)).toBe(settled);
  });

  it('leads with the authors\' conclusion in place of a result on the same side', () => {
    const result = s(5, 'RESULTS', 'The prevalence of psoriasis among patients with Crohn disease was 9.6%, significantly higher than in controls (2.2%).', 0.6, 1);
    const conclusion = s(8, 'CONCLUSIONS', 'We conclude that patients with Crohn disease are at higher risk of psoriasis.', 0.55, 1);
    expect(ownAnswerLead(result, [result, conclusion], sameWay(1), finding)).toBe(conclusion);
  });

  it('keeps the result when the conclusion takes no side, covers much less, or comes from another article', () => {
    const result = s(5, 'RESULTS', 'The prevalence of psoriasis among patients with Crohn disease was 9.6%, significantly higher than in controls (2.2%).', 0.6, 1);
    const silent = s(8, 'CONCLUSIONS', 'Dermatological screening of patients with Crohn disease deserves attention.', 0.55, 0);
    const narrow = s(8, 'CONCLUSIONS', 'We conclude that psoriasis is more frequent in these patients.', 0.3, 1);
    const elsewhere = s(8, 'CONCLUSIONS', 'We conclude that patients with Crohn disease are at higher risk of psoriasis.', 0.6, 1, '2');
    expect(ownAnswerLead(result, [result, silent], sameWay(1), finding)).toBeUndefined();
    expect(ownAnswerLead(result, [result, narrow], sameWay(1), finding)).toBeUndefined();
    expect(ownAnswerLead(result, [result, elsewhere], sameWay(1), finding)).toBeUndefined();
  });

  it('keeps a deciding sentence that is already the conclusion', () => {
    const article = [s(1, 'ABSTRACT', 'Early mobilisation shortened hospital stay by two days.', 0.6, 1), s(2, 'ABSTRACT', 'Early mobilisation after hip fracture surgery is beneficial.', 0.6, 1)];
    expect(ownAnswerLead(article[1] as S, article, sameWay(1), finding)).toBeUndefined();
  });
});

describe('effectLead', () => {
  const sameWay = (way: number) => (p: S) => p.way === way;
  const finding = () => true;

  it('leads with the sentence stating the effect measured, not the background sentence that decided', () => {
    const scene = s(1, 'BACKGROUND', 'Ventilator-associated pneumonia (VAP) is a common complication of mechanical ventilation, occurring in about 20% of patients.', 0.6, 1);
    const method = s(3, 'METHODS', 'Patients in the study group received oral care with chlorhexidine every 12 hours.', 0.4, 1);
    const result = s(5, 'RESULTS', 'The incidence of VAP was 24% in the control group and only 8% in the study group (p<0.01).', 0.35, 1);
    const conclusion = s(7, 'CONCLUSIONS', 'Oral care with chlorhexidine every 12 hours results in a significant reduction in the incidence of VAP.', 0.4, 1);
    expect(effectLead(scene, [scene, method, result, conclusion], sameWay(1), finding)).toBe(conclusion);
  });

  it('leads with the result stating the change in place of a conclusion that speculates on mechanism', () => {
    const opening = s(1, 'ABSTRACT', 'Impaired cortical inhibition is of interest with regard to the pathogenesis of tinnitus.', 0.4, 1);
    const result = s(3, 'ABSTRACT', 'The rTMS resulted in significant reduction in gap detection errors (P = 0.01) and tinnitus loudness (P = 0.003).', 0.6, 1);
    const speculation = s(4, 'ABSTRACT', 'Our results raise the possibility that improvement in gap detection and tinnitus loudness may be mechanistically related.', 0.35, 1);
    expect(effectLead(speculation, [opening, result, speculation], sameWay(1), finding)).toBe(result);
  });

  it('keeps a deciding sentence that states the effect, or a finding when no sentence states one on its side', () => {
    const stated = s(5, 'CONCLUSIONS', 'Chlorhexidine oral care did not reduce the incidence of VAP.', 0.5, -1);
    expect(effectLead(stated, [stated], sameWay(-1), finding)).toBeUndefined();
    const result = s(4, 'RESULTS', 'Tinnitus loudness fell in 12 of 20 patients after rTMS.', 0.5, 1);
    const opposite = s(5, 'CONCLUSIONS', 'rTMS did not improve tinnitus loudness compared with sham.', 0.5, -1);
    expect(effectLead(result, [s(1, 'ABSTRACT', 'a', 0), result, opposite], sameWay(1), finding)).toBeUndefined();
    const scene = s(1, 'BACKGROUND', 'Tinnitus affects about 10% of adults.', 0.6, 1);
    expect(effectLead(scene, [scene, opposite], sameWay(1), finding)).toBeUndefined();
  });
});

describe('statesMeasuredChange and asksOutcome', () => {
  it('reads a change measured, or its absence, but not speculation or a background figure', () => {
    expect(statesMeasuredChange('Elective re-siting every 48 hours results in a significant reduction in the incidence of phlebitis.')).toBe(true);
    expect(statesMeasuredChange('There was no significant difference in pain scores between the groups.')).toBe(true);
    expect(statesMeasuredChange('Our results raise the possibility that the improvement and the fall in severity may be mechanistically related.')).toBe(false);
    expect(statesMeasuredChange('Phlebitis is a common complication of intravenous cannulation, occurring in about 30% of patients.')).toBe(false);
  });

  it('reads a yes/no question asking what something does to an outcome', () => {
    expect(asksOutcome('Does rTMS help tinnitus?')).toBe(true);
    expect(asksOutcome('Should urinary catheters be replaced routinely to prevent infection?')).toBe(true);
    expect(asksOutcome('Is ameloblastoma a benign tumour?')).toBe(false);
  });
});

describe('standingLead', () => {
  const usable = () => true;
  it('gives a lead opening with a pronoun pointing back the sentence before it, which names its subject', () => {
    const article = [
      s(7, 'ABSTRACT', 'The adjusted hazard ratio of retirement for ill health was 1.9 in the most anxious third of the cohort.', 0.4),
      s(8, 'ABSTRACT', 'Chronic anxiety is an independent predictor of early retirement for ill health.', 0.5),
      s(9, 'ABSTRACT', 'Its weight as a predictor differs between the disorders that end working life.', 0.6),
    ];
    expect(standingLead(article[2] as S, article, usable)?.text).toBe('Chronic anxiety is an independent predictor of early retirement for ill health.');
    const they = s(4, 'RESULTS', 'They were twice as common in smokers as in non-smokers.', 0.5);
    const before = s(3, 'RESULTS', 'Leg ulcers developed in 41 of the 300 patients with sickle cell disease.', 0.5);
    expect(standingLead(they, [they, before], usable)).toBe(before);
    const thisLead = s(6, 'ABSTRACT', 'This was seen only in patients with a blunted cough reflex.', 0.6);
    const finding = s(5, 'ABSTRACT', 'Citric acid cough thresholds were higher after stroke than in healthy controls.', 0.4);
    expect(standingLead(thisLead, [thisLead, finding], usable)).toBe(finding);
  });

  it('keeps a lead whose "it" points nowhere, one naming its subject, or one whose sentence before cannot lead', () => {
    const open = s(3, 'ABSTRACT', 'It is unclear whether statins lower the risk of dementia.', 0.6);
    expect(standingLead(open, [open, s(2, 'ABSTRACT', 'Statins lower cholesterol.', 0.5)], usable)).toBeUndefined();
    const named = s(3, 'ABSTRACT', 'These tumours respond to radiotherapy in most cases.', 0.6);
    expect(standingLead(named, [named, s(2, 'ABSTRACT', 'Chordomas are rare.', 0.5)], usable)).toBeUndefined();
    const its = s(5, 'ABSTRACT', 'Its sensitivity was 91% for advanced fibrosis.', 0.6);
    const aim = { ...s(4, 'ABSTRACT', 'We evaluated transient elastography in 210 patients with hepatitis C.', 0.6), aim: true };
    expect(standingLead(its, [its, aim], usable)).toBeUndefined();
    const thin = s(4, 'ABSTRACT', 'Samples were stored at -80 degrees.', 0.1);
    expect(standingLead(its, [its, thin], usable)).toBeUndefined();
  });

  it("gives a review's sentence telling what the paper covers its article's finding", () => {
    const review = [
      s(4, 'ABSTRACT', 'Despite this wider use, there remains little evidence that laryngeal masks are safe in operations lasting several hours.', 0.4),
      s(5, 'ABSTRACT', 'This article presents an overview of the devices now available.', 0.5),
      s(6, 'ABSTRACT', 'In this review, the author also addresses some of the general concerns regarding the use of laryngeal masks in infants.', 0.7),
    ];
    expect(standingLead(review[2] as S, review, usable)).toBe(review[0]);
    const we = s(1, 'ABSTRACT', 'Here, we discuss the current management of pyoderma gangrenosum.', 0.6);
    const fact = s(2, 'ABSTRACT', 'Systemic corticosteroids remain the first-line treatment of pyoderma gangrenosum.', 0.6);
    expect(standingLead(we, [we, fact], usable)).toBe(fact);
    // A question asking for a thing may be answered by what the paper presents: there only a pointing-back lead gives way.
    expect(standingLead(we, [we, fact], usable, false)).toBeUndefined();
  });

  it('keeps "we report that ..." and a paper with no finding to give', () => {
    const report = s(3, 'ABSTRACT', 'In this study, we report that Wnt-5a is a potent activator of mitochondrial fission in neurons.', 0.7);
    expect(standingLead(report, [report, s(4, 'ABSTRACT', 'Wnt-3a had no effect.', 0.4)], usable)).toBeUndefined();
    const only = s(2, 'ABSTRACT', 'The authors describe the legal standards for the assessment of insanity.', 0.6);
    expect(standingLead(only, [only], usable)).toBeUndefined();
  });
});

describe('opensPointingBack and describesPaper', () => {
  it('reads a pronoun opening, not an "it" that stands for what follows', () => {
    expect(opensPointingBack('Its predictive significance varies between disorders.')).toBe(true);
    expect(opensPointingBack('These were mostly benign.')).toBe(true);
    expect(opensPointingBack('It reduced mortality by a third.')).toBe(true);
    expect(opensPointingBack('It is recommended that all infants be screened.')).toBe(false);
    expect(opensPointingBack('These findings suggest that screening is worthwhile.')).toBe(false);
    expect(opensPointingBack('This indicated that both forms are caused by a mutation in the same gene.')).toBe(false);
    expect(opensPointingBack('Italian cohorts differ.')).toBe(false);
  });

  it('reads what the paper covers, not what its authors found', () => {
    expect(describesPaper('The authors also discuss the role of imaging.')).toBe(true);
    expect(describesPaper('This review summarizes the current state of our knowledge on NGLY1.')).toBe(true);
    expect(describesPaper('We describe a family with a novel mutation.')).toBe(true);
    expect(describesPaper('We report that ILQ inhibits EGFR.')).toBe(false);
    expect(describesPaper('Here we present 3DSNP, an integrated database for annotating human noncoding variants.')).toBe(false);
    expect(describesPaper('Here, we present the OncoPPi Portal, an interactive web resource.')).toBe(false);
    expect(describesPaper('Here, we present a network-based approach, metPropagate, that uses metabolomics data.')).toBe(false);
    expect(describesPaper('Here, we present a network-based approach that uses metabolomics data to rank genes in IEMs.')).toBe(true);
    expect(describesPaper('In this review, the author also addresses some of the general concerns regarding the use of SGAs.')).toBe(true);
    expect(describesPaper('Wearing masks reduces transmission.')).toBe(false);
  });
});
