import { describe, expect, it } from 'vitest';
import { dropStatistics, isPureStatistics } from './drop-statistics.js';

describe('dropStatistics', () => {
  it('drops bracketed confidence intervals, p values and sample sizes', () => {
    expect(dropStatistics('Risk was higher in smokers (95% CI 1.2-3.4, p < 0.001).')).toBe('Risk was higher in smokers.');
    expect(dropStatistics('Cases (n = 123) and controls (n=40) were compared.')).toBe('Cases and controls were compared.');
    expect(dropStatistics('The odds ratio was 1.41 (95% CI 0.91 to 2.17) overall.')).toBe('The odds ratio was 1.41 overall.');
  });

  it("drops a statistic named in words, and who the study's people were beside their count (PMID 23002947)", () => {
    expect(
      dropStatistics('Of the 36,492 NH residents (88.4% white, mean age 84.9, 87.4% with one feeding tube risk factor), 1,957 (5.4%) had a tube inserted.'),
    ).toBe('Of the 36,492 NH residents (87.4% with one feeding tube risk factor), 1,957 (5.4%) had a tube inserted.');
    expect(dropStatistics('Timing was not linked to survival (adjusted hazard ratio = 1.01, 95% confidence interval = 0.86-1.20).')).toBe('Timing was not linked to survival.');
    // Of my own: traits alone go; an age at onset is a finding, and a share with a condition, and both stay.
    expect(dropStatistics('We enrolled 120 adults (52% women, mean age 61 years) with gout.')).toBe('We enrolled 120 adults with gout.');
    expect(dropStatistics('Of 80 children (45% girls), 30 (38%) had asthma.')).toBe('Of 80 children, 30 (38%) had asthma.');
    // PMID 21593045: the last part of a bracketed list goes, and the comma before the list's close with it.
    expect(dropStatistics('Live birth [metformin n = 27 (39.1%), placebo n = 30 (46.2), (95% confidence interval 0.38, 1.49, odds ratio = 0.75)], pregnancy.')).toBe(
      'Live birth [metformin n = 27 (39.1%), placebo n = 30 (46.2)], pregnancy.',
    );
    for (const s of ['The disease began early (mean age at onset 12 years).', 'Most had asthma (62% of boys, 41% of girls).', 'Odds ratio was 2.3 in smokers.']) {
      expect(dropStatistics(s)).toBe(s);
    }
  });

  it('drops a p value written in words, its decimal maybe spaced out (PMIDs 6650504, 2562820)', () => {
    expect(
      dropStatistics('There was at least a twofold increase in the carrier frequency in Jews of Austrian, Hungarian, and Czechoslovakian origins (P less than 0.005).'),
    ).toBe('There was at least a twofold increase in the carrier frequency in Jews of Austrian, Hungarian, and Czechoslovakian origins.');
    expect(dropStatistics('The alleles were linked in our population (P less than 0. 04).')).toBe('The alleles were linked in our population.');
    // Of my own: "p" inside a name, and "less than" of a measure, stay.
    const measure = 'Children with an A-Np less than 0 mm were included, and pain fell to less than 2 points.';
    expect(dropStatistics(measure)).toBe(measure);
  });

  it('drops q values and false discovery rates, corrected p values, and keeps a chromosome arm named "q"', () => {
    // A BioASQ abstract sentence on DKK1 in prostate cancer, shortened.
    expect(dropStatistics('DKK1 expression is increased in DNPC relative to PSA-expressing mCRPC (q < 0.05; n = 117) and in the second cohort.')).toBe(
      'DKK1 expression is increased in DNPC relative to PSA-expressing mCRPC and in the second cohort.',
    );
    expect(dropStatistics('Twelve genes were expressed differently in the tumours (FDR < 0.01).')).toBe('Twelve genes were expressed differently in the tumours.');
    const arm = 'The q arm of chromosome 5 (5q) was lost in 12 of the 40 tumours.';
    expect(dropStatistics(arm)).toBe(arm);
  });

  it('ends the sentence a dropped bracket hid when the next word only ever starts one', () => {
    // Hand-made corpus record on cataract surgery (PMID 26432131), whose abstract lost a full stop after "(P = .04)".
    expect(dropStatistics('Women had a greater IOP reduction than men (P = .04) When high IOP was given as an indication for surgery, the IOP reduction was larger.')).toBe(
      'Women had a greater IOP reduction than men. When high IOP was given as an indication for surgery, the IOP reduction was larger.',
    );
    // Made up: after an abbreviation too; a name after the bracket, or a bracket inside the sentence, stays as it was.
    expect(dropStatistics('Rates fell in the UK (P = .01) The fall was steep.')).toBe('Rates fell in the UK. The fall was steep.');
    expect(dropStatistics('It was seen in the cohort (n = 20) Smith described first.')).toBe('It was seen in the cohort Smith described first.');
    expect(dropStatistics('Risk was higher in smokers (p < 0.001) and in drinkers.')).toBe('Risk was higher in smokers and in drinkers.');
  });

  it('keeps brackets whose numbers carry meaning', () => {
    const text = 'Remission was more common with the drug (71% vs 61%) in 13 cases.';
    expect(dropStatistics(text)).toBe(text);
  });

  it('drops a named correlation coefficient with its p value, and keeps a bracket that names a measure in words', () => {
    // PMID 33015525.
    expect(dropStatistics('DKK1 hypomethylation was associated with increased DKK1 mRNA expression (Pearson r = -0.66; P < .0001) in a rapid autopsy cohort.')).toBe(
      'DKK1 hypomethylation was associated with increased DKK1 mRNA expression in a rapid autopsy cohort.',
    );
    const named = 'Scores fell on the Pearson scale (Pearson scale 2-4) in most patients.';
    expect(dropStatistics(named)).toBe(named);
  });

  it('drops a trailing p value clause', () => {
    expect(dropStatistics('Survival improved, p < 0.05.')).toBe('Survival improved.');
  });

  it('tells pure statistics from remarks with words', () => {
    expect(isPureStatistics('OR 2.1; 95% CI 1.1-3.9')).toBe(true);
    expect(isPureStatistics('versus late discharge or death')).toBe(false);
  });
});

describe('dropStatistics on nested and labelled statistics', () => {
  it('drops statistics whose name is spelled out with its abbreviation', () => {
    expect(dropStatistics('Risk was higher for neck pain (odds ratio (OR) = 1.34; 95% confidence interval (CI): 1.04-1.73) at work.')).toBe(
      'Risk was higher for neck pain at work.',
    );
  });

  it('drops statistics given per labelled group and a bare range', () => {
    expect(dropStatistics('Smoking was more likely (partial: OR = 2.1, 95% CI = 1.5-2.8; none: OR = 3.3, 95% CI = 2.3-4.6).')).toBe(
      'Smoking was more likely.',
    );
    expect(dropStatistics('We found wide variation (36.5%-100%) in reporting.')).toBe('We found wide variation in reporting.');
  });

  it('keeps the rates of a mixed bracket and drops its p value', () => {
    expect(dropStatistics('Spread was lower in responders (18.4% vs. 38.6%, P<0.001).')).toBe('Spread was lower in responders (18.4% vs. 38.6%).');
  });

  it('drops a closing clause that only says what the model adjusted for', () => {
    expect(dropStatistics('Smokers were more likely to relapse, after adjustment for age, sex and income.')).toBe('Smokers were more likely to relapse.');
  });

  it('drops an odds ratio between the thirds of an exposure', () => {
    expect(dropStatistics('High intakes of total lipid (ORT3 vs T1 = 4.15) and saturated fatty acid (OR T3 vs T1 = 2.96) were linked to cancer.')).toBe(
      'High intakes of total lipid and saturated fatty acid were linked to cancer.',
    );
  });
});

describe('dropStatistics with a bracket inside the statistics', () => {
  it('drops "(F [1,306] = 0.56, P = .45)" whole, not only its degrees of freedom', () => {
    expect(
      dropStatistics('Migraine status was unrelated to attentional bias indices for both headache (F [1,306] = 0.56, P = .45) and happy facial stimuli (F [1,306] = 0.37, P = .54), indicating a lack of between-group differences.'),
    ).toBe('Migraine status was unrelated to attentional bias indices for both headache and happy facial stimuli, indicating a lack of between-group differences.');
  });

  it('keeps a bracket of words around a bracketed reference', () => {
    expect(dropStatistics('Carriers (as defined by haplotype [see Methods]) were counted.')).toBe('Carriers (as defined by haplotype [see Methods]) were counted.');
  });
});
