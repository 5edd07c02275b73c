import type { SectionKind } from '../domain/index.js';
import { cueCount, KIND_CUES } from './kind-cues.js';

/** Reader-facing titles of the section kinds. */
export const SECTION_TITLES: Record<SectionKind, string> = {
  presentation: 'Clinical Presentation',
  context: 'Critical Context',
  distinction: 'Important Distinctions',
  diagnosis: 'Diagnostic Approach',
  treatment: 'Treatment',
  prognosis: 'Prognosis',
  epidemiology: 'Epidemiology',
  mechanism: 'Mechanism',
  other: 'Other Findings',
};

/** The kind of section a sentence belongs in, by its cue words; 'other' when none fits. */
export function classifyPoint(text: string): SectionKind {
  let best: SectionKind = 'other';
  let bestHits = 0;
  for (const kind of Object.keys(KIND_CUES) as (keyof typeof KIND_CUES)[]) {
    const hits = cueCount(kind, text);
    // Distinction cues are rare and telling; one is enough to win a tie.
    const weighted = kind === 'distinction' ? hits * 1.5 : hits;
    if (weighted > bestHits) {
      best = kind;
      bestHits = weighted;
    }
  }
  return best;
}
