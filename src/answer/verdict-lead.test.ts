import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import type { ScoredPassage, Selection } from './select-sentences.js';
import { leadForVerdict, opposesVerdict, verdictBesideLead } from './verdict-lead.js';

const passage = (section: string, text: string, pmid = '30000001'): ScoredPassage => ({
  pmid,
  index: 1,
  section,
  text,
  score: 0.7,
  coverage: 0.6,
  rank: 0,
  stems: new Set(),
});
const chosen = (p: ScoredPassage): Selection => ({ passage: p, alsoSaidBy: [] });
const any = () => true;

describe('leadForVerdict', () => {
  const yoga = analyzeQuestion('Does yoga during pregnancy prevent postpartum anxiety?');
  const subgroup = passage(
    'CONCLUSIONS',
    'However, a subgroup of women in the yoga group who had not practised yoga before pregnancy had a lower risk of postpartum anxiety.',
  );
  const subgroupFigures = passage(
    'RESULTS',
    'Among women who had not practised yoga before pregnancy, 3 of 90 (3.3%) women in the yoga group and 8 of 88 (9.1%) in the control group had high anxiety scores.',
  );
  const finding = passage(
    'CONCLUSIONS',
    'We did not find a lower prevalence of high anxiety scores among women randomized to yoga classes during pregnancy compared with the control group.',
  );

  it('leads a "no" with the conclusion saying it, not with the exception a subgroup gives', () => {
    const led = leadForVerdict(chosen(subgroup), 'no', yoga, [subgroup, subgroupFigures, finding], any);
    expect(led.passage.text).toBe(finding.text);
  });

  it('keeps the exception when no other sentence of the deciding side may answer', () => {
    const led = leadForVerdict(chosen(subgroup), 'no', yoga, [subgroup, finding], (p) => p !== finding);
    expect(led.passage).toBe(subgroup);
  });

  const asthma = analyzeQuestion('Do people with asthma pay more attention to breathing-related words?');
  const unrelated = passage(
    'RESULTS',
    'Asthma status was unrelated to attentional bias indices for breathing-related words (F [1,210] = 0.41, P = .52), indicating a lack of between-group differences.',
  );
  const differences = passage(
    'CONCLUSIONS',
    'Given modest evidence of attentional biases among severe asthma samples, these findings suggest potential differences in attentional processing between severe and mild asthma.',
  );

  it('does not lead a "yes" with a sentence finding the things unrelated when another sentence of the verdict says it', () => {
    expect(opposesVerdict(unrelated.text, 'yes', asthma)).toBe(true);
    const led = leadForVerdict(chosen(unrelated), 'yes', asthma, [unrelated, differences], any);
    expect(led.passage.text).toBe(differences.text);
  });

  it('leads with the point that already carries the sentence, so it is not shown twice', () => {
    const point: Selection = { passage: differences, alsoSaidBy: [] };
    const led = leadForVerdict(chosen(unrelated), 'yes', asthma, [unrelated, differences], any, [point]);
    expect(led).toBe(point);
  });

  it('reads "unrelated" as agreeing with a question that asks whether the things are unrelated', () => {
    const unrelatedAsked = analyzeQuestion('Is asthma status unrelated to attentional bias for breathing-related words?');
    expect(opposesVerdict(unrelated.text, 'yes', unrelatedAsked)).toBe(false);
  });

  it('leaves a lead that says the verdict, and an uncertain verdict, as chosen', () => {
    const statins = analyzeQuestion('Do preoperative statins reduce atrial fibrillation after valve surgery?');
    const reduces = passage('CONCLUSIONS', 'Preoperative statin therapy appears to reduce the development of atrial fibrillation after valve surgery.');
    expect(leadForVerdict(chosen(reduces), 'yes', statins, [reduces, differences], any).passage).toBe(reduces);
    expect(leadForVerdict(chosen(unrelated), 'uncertain', asthma, [differences], any).passage).toBe(unrelated);
  });
});

describe('verdictBesideLead', () => {
  // Shaped like a retrospective study of cardiac work-up before beta-blockers for a childhood vascular tumour.
  const ecg = analyzeQuestion('Is an electrocardiogram needed before beta-blocker treatment of a vascular birthmark?');
  const limited = 'Pretreatment electrocardiogram is of limited value for children with an unremarkable cardiovascular history and normal blood pressure.';
  const guidelines = 'Although consensus guidelines for pretreatment evaluation of beta-blocker therapy have been formulated, little is known about cardiovascular side effects.';

  it('shows a "yes" as uncertain when its lead denies in words and did not win the verdict', () => {
    expect(verdictBesideLead(limited, 'yes', ecg, [{ text: guidelines }])).toBe('uncertain');
  });

  it('keeps a "yes" whose lead is one of the sentences that won it, read by the verdict stage for its side', () => {
    const safe = analyzeQuestion('Is naproxen safe for pain after cardiac surgery?');
    const noHarm = 'Patients treated after cardiac surgery are at no greater risk of harm with short-term naproxen.';
    expect(verdictBesideLead(noHarm, 'yes', safe, [{ text: noHarm }])).toBe('yes');
  });

  it('keeps a "no" beside a lead that reads as affirming (the rival it rests on) and a lead of its own side', () => {
    const brain = analyzeQuestion('Is ameloblastoma a common benign tumour of the brain?');
    expect(verdictBesideLead('Ameloblastoma is a benign odontogenic tumour of the jaw.', 'no', brain, [])).toBe('no');
    expect(verdictBesideLead(guidelines, 'yes', ecg, [{ text: guidelines }])).toBe('yes');
    expect(verdictBesideLead(limited, undefined, ecg, [])).toBeUndefined();
  });
});
