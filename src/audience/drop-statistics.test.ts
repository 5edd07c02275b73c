import { describe, expect, it } from 'vitest';
import { dropStatistics, isPureStatistics } from './drop-statistics.js';

describe('dropStatistics', () => {
  it('drops bracketed confidence intervals, p values and sample sizes', () => {
    expect(dropStatistics('Risk was higher in smokers (95% CI 1.2-3.4, p < 0.001).')).toBe('Risk was higher in smokers.');
    expect(dropStatistics('Cases (n = 123) and controls (n=40) were compared.')).toBe('Cases and controls were compared.');
    expect(dropStatistics('The odds ratio was 1.41 (95% CI 0.91 to 2.17) overall.')).toBe('The odds ratio was 1.41 overall.');
  });

  it('keeps brackets whose numbers carry meaning', () => {
    const text = 'Remission was more common with the drug (71% vs 61%) in 13 cases.';
    expect(dropStatistics(text)).toBe(text);
  });

  it('drops a trailing p value clause', () => {
    expect(dropStatistics('Survival improved, p < 0.05.')).toBe('Survival improved.');
  });

  it('tells pure statistics from remarks with words', () => {
    expect(isPureStatistics('OR 2.1; 95% CI 1.1-3.9')).toBe(true);
    expect(isPureStatistics('versus late discharge or death')).toBe(false);
  });
});
