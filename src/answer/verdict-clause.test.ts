import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { withoutAsideNegations, withoutDeniedHarmVerbs, withoutDeniedModifiers, withoutGroupNegations } from './verdict-clause.js';

const heritable = analyzeQuestion('Can epigenetic modifications be heritable?');

describe('withoutAsideNegations', () => {
  it('takes out a relative clause that negates something the question does not name (PMIDs 27591071, 28069135)', () => {
    expect(withoutAsideNegations('Epigenetic modifications are classified as heritable and reversible chemical modifications of chromatin that do not cause changes in DNA sequence.', heritable)).not.toMatch(/do not/);
    expect(polarityOf('Epigenetic modifications are chromosome-bound, heritable changes to the genome that do not affect the DNA sequence, and can include DNA methylation.', heritable)).toBeGreaterThanOrEqual(0);
  });

  it('keeps a relative clause that names a question word, and a finding introduced by "that"', () => {
    const responders = analyzeQuestion('Is rituximab effective for IgG4-related disease?');
    expect(withoutAsideNegations('Patients who did not respond to rituximab relapsed early.', responders)).toMatch(/did not respond/);
    const web = analyzeQuestion('Standardizing care in medical oncology: are Web-based systems the answer?');
    const finding = "The authors' findings demonstrate that this alone does not ensure uptake of the resources.";
    expect(withoutAsideNegations(finding, web)).toBe(finding);
    expect(polarityOf('There is no evidence of antitumor effect of metformin.', analyzeQuestion('Does metformin have an antitumor effect?'))).toBe(-1);
  });

  it('reads a group described by what it lacked as no denial (PubMedQA, rotator cuff repairs)', () => {
    const asked = analyzeQuestion('Rotator cuff tear--an occupational disease?');
    expect(polarityOf('Rotator cuff repairs were performed in 472 males who had no evidence for a traumatic origin.', asked)).toBeGreaterThanOrEqual(0);
  });
});

describe('withoutDeniedHarmVerbs', () => {
  it('reads a denied harm as no denial', () => {
    const sentence = 'Giving the influenza vaccine on the same day delayed the antibody response, but it did not negate the ability of the mRNA vaccine to induce protective antibodies.';
    const analysis = analyzeQuestion('Can other vaccines be given together with the mRNA vaccine?');
    expect(withoutDeniedHarmVerbs(sentence, analysis)).not.toMatch(/did not/);
    expect(polarityOf(sentence, analysis)).not.toBe(-1);
    expect(polarityOf('Co-administration did not impair the immune response to either vaccine.', analysis)).not.toBe(-1);
  });

  it('keeps the denial when the harm is what is asked', () => {
    const analysis = analyzeQuestion('Does early mobilisation impair wound healing?');
    expect(polarityOf('Early mobilisation did not impair wound healing.', analysis)).toBe(-1);
  });
});

describe('withoutGroupNegations', () => {
  it('takes out the negations that describe the people a sentence speaks of', () => {
    const levodopa = analyzeQuestion('Could levodopa help a man with jaw dystonia and a GCH1 mutation?');
    const patient = 'We describe a GCH1 mutation in a patient with adult-onset cervical dystonia and no family history of dystonia.';
    expect(withoutGroupNegations(patient)).not.toMatch(/\bno\b/);
    expect(polarityOf(patient, levodopa)).toBeGreaterThanOrEqual(0);
    expect(polarityOf('GCH1 should be screened even in patients with dystonic features not typical of dopa-responsive dystonia.', levodopa)).toBeGreaterThanOrEqual(0);
    expect(withoutGroupNegations('Benefit was seen in patients without diabetes.')).not.toMatch(/without/);
  });

  it('takes out the negations that define a comparison group by what it did not do or get', () => {
    const smoking = analyzeQuestion('Is smoking associated with lung cancer?');
    expect(polarityOf('Participants who never smoked had a lower incidence of lung cancer.', smoking)).toBeGreaterThanOrEqual(0);
    const substance = analyzeQuestion('Is alcohol use related to risky sexual behavior among adolescents?');
    expect(polarityOf('Students who reported no alcohol use were least likely to report risky sexual behavior.', substance)).toBeGreaterThanOrEqual(0);
    expect(withoutGroupNegations('Patients who did not receive aspirin had more events.')).toMatch(/^Patients who did\s+receive aspirin had more events/);
    // A reduced relative clause defines the group too: "cases ... not associated with a BRCA mutation" (PMID 10807385).
    const brca = 'The remaining 101 cases from the same series not associated with a BRCA mutation and 2 additional groups (Gynecologic Oncology Group protocols 52 and 111) with ovarian cancer from clinical trials (for the survival analysis) were included for comparison.';
    expect(withoutGroupNegations(brca)).not.toMatch(/\bnot\b/);
    expect(withoutGroupNegations('Patients not treated with a statin had a higher mortality.')).toMatch(/^Patients\s+treated with a statin had a higher mortality/);
    // A finding that something is not associated keeps its negation.
    expect(withoutGroupNegations('Coffee was not associated with bladder cancer in men.')).toMatch(/\bnot associated\b/);
    // What is said of the group after its verb still denies.
    expect(polarityOf('Participants who never smoked did not differ in lung cancer incidence.', smoking)).toBe(-1);
  });

  it('keeps what the sentence says of them after its verb', () => {
    expect(withoutGroupNegations('Patients with no prior infarction did not benefit from aspirin.')).toMatch(/did not benefit/);
    const aspirin = analyzeQuestion('Does aspirin benefit patients after myocardial infarction?');
    expect(polarityOf('Patients with myocardial infarction did not benefit from aspirin.', aspirin)).toBe(-1);
  });
});

describe('withoutDeniedModifiers', () => {
  it('reads a denied modifying of a finding as no denial of the finding (PMID 22411435, own sentences)', () => {
    const riskier = analyzeQuestion('Is infliximab riskier than etanercept for serious infections?');
    const sentence = "An increased risk of serious infections associated with infliximab relative to etanercept did not appear to be modified by patients' sex, race/ethnicity, body mass index, or smoking status.";
    expect(withoutDeniedModifiers(sentence, riskier)).not.toMatch(/not/);
    expect(polarityOf(sentence, riskier)).toBe(1);
    const statins = analyzeQuestion('Do statins lower the risk of stroke?');
    expect(polarityOf('The reduced risk of stroke among statin users was not attenuated by adjustment for blood pressure and diabetes.', statins)).toBe(1);
    expect(polarityOf('The benefit of statins on stroke did not vary by age group or region.', statins)).not.toBe(-1);
  });

  it('keeps the denial when the modifier is what is asked, or nothing asked comes before it (PMID 25859857, own)', () => {
    const nact = analyzeQuestion('Does neoadjuvant chemotherapy (NACT) change where lymph node metastases occur?');
    const real = 'The frequency and topographic distribution of LNM are not modified by NACT, and clinical non-responders showed more involved LNs.';
    expect(withoutDeniedModifiers(real, nact)).toMatch(/not modified by NACT/);
    const smoking = analyzeQuestion('Does smoking change the benefit of aspirin?');
    expect(polarityOf('The benefit of aspirin was not modified by smoking status.', smoking)).toBe(-1);
    const dose = analyzeQuestion('Does the effect of caffeine depend on the dose?');
    expect(polarityOf('The effect of caffeine on alertness did not depend on the dose taken.', dose)).toBe(-1);
  });
});
