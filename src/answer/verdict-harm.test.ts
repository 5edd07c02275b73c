import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { withoutDeniedHarm } from './verdict-harm.js';

const ahr = 'AhR ligands are attractive drug targets for pharmaceutical development due to their induction of Cyp1a1, yes or no?';

describe('withoutDeniedHarm', () => {
  it('takes out a denial of harm that the question does not ask about (PMID 28944315)', () => {
    const sentence = 'We also found no evidence that short-term treatment with RMAhRLs produce "dioxin-like toxicity" Based on our review of the data , there is little evidence to support the indiscriminate exclusion of AhR activators/Cyp1a1 inducers from early drug developmental pipelines';
    const left = withoutDeniedHarm(sentence, ahr);
    expect(left).not.toMatch(/no evidence|little evidence/);
    expect(left).toMatch(/AhR activators/);
  });

  it('keeps the denial when the question asks about a harm or a risk', () => {
    const sentence = 'Glomerular hyperfiltration due to pregnancy does not have adverse effects on kidney in women.';
    expect(withoutDeniedHarm(sentence, 'Does glomerular hyperfiltration in pregnancy damage the kidney in women?')).toBe(sentence);
    expect(withoutDeniedHarm('Statin use was not associated with an increased risk of AD.', 'Has statin use been associated with a higher risk of dementia?')).toMatch(/not associated/);
  });

  it('keeps a denied benefit and a finding of no difference (PMID 23389866)', () => {
    const reduces = 'There is no evidence that the nail reduces complications.';
    expect(withoutDeniedHarm(reduces, 'Is the intramedullary nail effective for pertrochanteric fractures?')).toBe(reduces);
    const alike = 'There is no difference in clinical toxicity profiles or survival outcomes with either definitive chemoradiotherapy or chemoradiation followed by surgery.';
    expect(withoutDeniedHarm(alike, 'Is surgical resection required?')).toBe(alike);
  });
});

describe('polarityOf with a denied harm', () => {
  it('no longer reads "no evidence of toxicity" and "little evidence to support the exclusion" as a denial (PMID 28944315)', () => {
    const asked = analyzeQuestion(ahr);
    expect(polarityOf('However , recent discoveries of new AhR ligands with potential therapeutic applications have been reported , inviting reconsideration of this policy Based on our review of the data, there is little evidence to support the indiscriminate exclusion of AhR activators/Cyp1a1 inducers from early drug developmental pipelines', asked)).toBe(0);
    expect(polarityOf('AhR ligands did not reduce tumor growth.', asked)).toBe(-1);
  });

  it('reads "without evident safety concerns" as no denial of efficacy (a BioASQ snippet)', () => {
    const asked = analyzeQuestion('Is Baloxavir effective for influenza?');
    expect(polarityOf('CONCLUSIONS: Single-dose baloxavir was without evident safety concerns, was superior to placebo in alleviating influenza symptoms.', asked)).toBe(1);
  });

  it('reads "without other complications" as no denial of what the sentence affirms (PMID 15962678)', () => {
    const asked = analyzeQuestion('Does preloading with colloids prevent hemodynamic changes when neurosurgical patients are subsequently changed to the seated position?');
    expect(polarityOf('It is concluded that preloading colloid fluid prior to repositioning could prevent the decrease of systolic blood pressure and central venous pressure during sitting positioning without other complications.', asked)).toBeGreaterThanOrEqual(0);
  });
});
