import { stemSet } from './content-terms.js';
import { speaksOfGroup, type SubjectGroup } from './subject-groups.js';

/**
 * Whether an article's title says what kind of thing the question asks for and of what: it speaks of the kind twice
 * over (`cues` counts its cue words) and of every subject asked about, as "Nonsense mutation in exon 4 of human
 * complement C9 gene is the major cause of Japanese complement C9 deficiency" says what causes C9 deficiency in Japan.
 */
export function titleSays(title: string, cues: (text: string) => number, subjects: readonly SubjectGroup[]): boolean {
  if (cues(title) < 2) return false;
  const stems = stemSet(title);
  return subjects.every((g) => g.wording === true || speaksOfGroup(stems, g));
}
