import { stemSet } from './content-terms.js';
import { speaksOfGroup, type SubjectGroup } from './subject-groups.js';

/**
 * Whether an article's title says what kind of thing the question asks for and of what: it speaks of the kind twice
 * over (`cues` counts its cue words) and of every subject asked about, as "Nonsense mutation in exon 4 of human
 * complement C9 gene is the major cause of Japanese complement C9 deficiency" says what causes C9 deficiency in Japan.
 * Once is enough (`need` 1) when a sentence of the abstract says it too: "Prevalence of Depression and Anxiety in
 * Psoriasis" over "Patients with psoriasis have a clinically significant prevalence of depression".
 */
export function titleSays(title: string, cues: (text: string) => number, subjects: readonly SubjectGroup[], need = 2): boolean {
  if (cues(title) < need) return false;
  const stems = stemSet(title);
  return subjects.every((g) => g.wording === true || speaksOfGroup(stems, g));
}
