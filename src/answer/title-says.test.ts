import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from './analyze-question.js';
import { cueCount } from './kind-cues.js';
import { subjectGroups } from './subject-groups.js';
import { titleSays } from './title-says.js';

const mechanism = (text: string) => cueCount('mechanism', text);
const treatment = (text: string) => cueCount('treatment', text);

describe('titleSays', () => {
  it('hears a title that states the cause of the subject asked about (PMID 9703418)', () => {
    const subjects = subjectGroups(analyzeQuestion('What causes complement C9 deficiency in Japan?'));
    expect(titleSays('Nonsense mutation in exon 4 of human complement C9 gene is the major cause of Japanese complement C9 deficiency.', mechanism, subjects)).toBe(true);
  });

  it('does not hear a title that speaks of the kind asked for but of another subject', () => {
    const subjects = subjectGroups(analyzeQuestion('What is the best hypertension treatment for patients who are also diabetic?'));
    expect(titleSays('Artificial aortic valve dysfunction due to pannus and thrombus - different methods of cardiac surgical management.', treatment, subjects)).toBe(false);
  });

  it('does not hear a title on the subject that names the kind once', () => {
    const subjects = subjectGroups(analyzeQuestion('What causes complement C9 deficiency in Japan?'));
    expect(titleSays('Complement C9 deficiency in Japanese patients is the major cause of meningitis.', mechanism, subjects)).toBe(false);
  });

  it('hears a title naming the kind once when a sentence of the abstract says it too (need 1), on the subjects, not on "people"', () => {
    const epidemiology = (text: string) => cueCount('epidemiology', text);
    const subjects = subjectGroups(analyzeQuestion('How common are depression and anxiety in people with psoriasis?'));
    const title = 'A Cross-sectional Study of Prevalence and Implications of Depression and Anxiety in Psoriasis.';
    expect(titleSays(title, epidemiology, subjects)).toBe(false);
    expect(titleSays(title, epidemiology, subjects, 1)).toBe(true);
    expect(titleSays('Prevalence of Depression in Psoriasis.', epidemiology, subjects, 1)).toBe(false);
  });
});
