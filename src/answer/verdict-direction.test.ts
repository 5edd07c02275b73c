import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { polarityOf } from './decide-verdict.js';
import { askedDirection, asksWorsening, beginsWithStem, changeDirection } from './verdict-direction.js';

describe('the direction of change a sentence states against the one asked', () => {
  it('hears a denied change of the asked direction, however worded, as a denial ("no elevation" for "rise")', () => {
    const rise = analyzeQuestion('Can exercise stress testing make cardiac troponin rise?');
    expect(polarityOf('Exercise stress testing was done in 40 runners; in all of them there was no elevation of cTn afterwards.', rise)).toBe(-1);
    expect(polarityOf('Cardiac troponin was elevated after exercise stress testing in a third of the runners.', rise)).toBeGreaterThanOrEqual(0);
  });

  it('hears "no reduction" as denying a reduction asked about, though a negated lessening elsewhere is two negatives', () => {
    const reduce = analyzeQuestion('Does aspirin reduce mortality after myocardial infarction?');
    expect(polarityOf('There was no reduction in mortality with aspirin after myocardial infarction.', reduce)).toBe(-1);
    expect(polarityOf('Aspirin produced no decrease in mortality after myocardial infarction.', reduce)).toBe(-1);
    expect(polarityOf('Aspirin reduced mortality after myocardial infarction.', reduce)).toBe(1);
    // "not impairing" a thing the question asks nothing of still affirms.
    const kill = analyzeQuestion('Does interleukin-2 enhance tumor cell killing?');
    expect(polarityOf('Interleukin-2 enhanced NK cell activity while not impairing tumor cell killing.', kill)).toBeGreaterThanOrEqual(0);
  });

  it('hears a fall of the condition as denying that something makes it worse', () => {
    const worse = analyzeQuestion('Does obesity make asthma worse?');
    expect(polarityOf('Obesity decreased the severity of asthma in these children.', worse)).toBe(-1);
    expect(polarityOf('Obesity increased asthma severity and the number of exacerbations.', worse)).toBe(1);
    const worsen = analyzeQuestion('Does smoking worsen asthma symptoms?');
    expect(polarityOf('Smoking alleviated asthma symptoms in this small cohort.', worsen)).toBe(-1);
  });

  it('reads "worse" before a measure as that measure falling, not as a condition growing', () => {
    const survival = analyzeQuestion('Is smoking associated with worse survival in lung cancer?');
    expect(polarityOf('Smoking was associated with reduced survival in lung cancer.', survival)).toBe(1);
    expect(asksWorsening(survival.question, 'worse', 'wors')).toBe(false);
    expect(asksWorsening('Does obesity make asthma worse?', 'worse', 'wors')).toBe(true);
    // "exacerbations" name a thing that may rise or fall.
    expect(askedDirection('Does azithromycin reduce asthma exacerbations?', 'exacerbations', 'exacerb')).toBe(0);
  });

  it('hears relieving or alleviating a thing as its fall, against a rise asked', () => {
    const rise = analyzeQuestion('Does caffeine increase headache?');
    expect(polarityOf('Caffeine relieved headache in most patients.', rise)).toBe(-1);
    expect(polarityOf('Caffeine alleviated tension-type headache.', rise)).toBe(-1);
  });

  it('does not read "gives rise to" as a rise', () => {
    const fall = analyzeQuestion('Does metformin lower blood glucose?');
    expect(polarityOf('Metformin gives rise to lower blood glucose in most patients.', fall)).toBeGreaterThanOrEqual(0);
    expect(polarityOf('Blood glucose rises with metformin in most patients.', fall)).toBe(-1);
  });

  it('reads a rise said of the question\'s cause as its level, not as the other direction of the effect', () => {
    const asked = analyzeQuestion('Does high blood pressure reduce the risk of chronic low back pain?');
    expect(polarityOf('Higher blood pressure was associated with a lower risk of low back pain.', asked)).toBe(1);
    expect(polarityOf('The data predict diminished pain sensitivity with increasing blood pressure.', asked)).toBeGreaterThanOrEqual(0);
    expect(polarityOf('High blood pressure increased the risk of low back pain.', asked)).toBe(-1);
  });

  it('hears groups found alike as no effect, unless the question asks whether they are alike', () => {
    const effect = analyzeQuestion('Do mutations causing low HDL-C promote increased carotid intima-media thickness?');
    expect(polarityOf('Carotid intima-media thickness was nearly identical between carriers (0.66 cm) and controls (0.65 cm) despite lower HDL cholesterol.', effect)).toBe(-1);
    const same = analyzeQuestion('Is carotid intima-media thickness similar between carriers and controls?');
    expect(polarityOf('Carotid intima-media thickness was nearly identical between carriers and controls.', same)).toBeGreaterThanOrEqual(0);
  });
});

describe('changeDirection', () => {
  it('reads the stems of rise and fall, and not a number that begins like one', () => {
    expect(changeDirection('elev')).toBe(1); // elevated, elevation
    expect(changeDirection('increas')).toBe(1);
    expect(changeDirection('reduc')).toBe(-1);
    expect(changeDirection('eleven')).toBe(0); // "eleven patients" states no rise
    expect(changeDirection('cohort')).toBe(0);
  });
});

describe('beginsWithStem', () => {
  it('reads the forms of a listed stem, not another word that begins like it', () => {
    expect(beginsWithStem('increasingli', ['increas'])).toBe(true);
    expect(beginsWithStem('elev', ['increas', 'elev'])).toBe(true);
    expect(beginsWithStem('eleven', ['increas', 'elev'])).toBe(false);
  });
});
