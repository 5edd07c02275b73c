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

// Cue words that name something else than the kind: a study's "findings" are its results, no test ("These findings
// indicate that frataxin is essential ..."); "recurrent" names a form of a disease or symptom ("recurrent
// dysphagia", "recurrent spontaneous abortion"), no outcome; a cell's "survival" is biology ("the reduction of cell
// fusion and survival"), no patient's.
const NOT_CUES: Partial<Record<SectionKind, RegExp>> = {
  diagnosis: /\b(?:these|our|the|such|present|similar|their|its|main|key|previous)\s+findings\b/gi,
  prognosis: /\brecurrent\b|\b(?:cells?|cellular|neurons?|neuronal|osteoclasts?|clones?|tumou?r cells?|fusion)\s+(?:\w+\s+){0,2}?survival\b|\bsurvival\s+of\s+(?:the\s+)?(?:cells?|neurons?|bacteria|parasites?|grafts?)\b/gi,
};

// What a sentence must say, beyond naming the kind, to be filed under it: a treatment's effect or place in care, a
// test's performance or what it showed, an outcome with its course or measure. "One-hundred-fourteen trauma patients
// were initiated on therapeutic anticoagulation" names a treatment but says nothing of it; "Our work ... informs
// possible reconstruction of the USH2 complex for future therapy" neither.
const SUBSTANCE: Partial<Record<SectionKind, RegExp>> = {
  treatment:
    /(?<![\p{L}\d-])\d+(?:[.,]\d+)?(?![\p{L}\d])|%|\b(?:improv\w*|reduc\w*|decreas\w*|increas\w*|effective\w*|ineffective|efficac\w*|benefi\w*|respon\w*|relie\w*|resol\w*|prevent\w*|cur(?:e|ed|es|ing)|success\w*|fail\w*|safe\w*|tolerat\w*|side[- ]effects?|adverse|complications?|toxicit\w*|recommend\w*|should|first-line|indicated|contraindicated|of choice|standard|outcomes?|remission|surviv\w*|better|worse|superior|inferior|than|associated with|abolish\w*|eliminat\w*|lower\w*|higher|fewer|relapse\w*|recurr\w*|mortality|alleviat\w*|heal\w*|no (?:significant )?(?:difference|effect|benefit|change)|no (?:data|evidence)|significant\w*|resistan\w*|susceptib\w*|(?:can|may|could) be|promising|adjunct|harm\w*|found|approved|available|licensed|develop(?:ed|ing)|options?|including|such as)\b/iu,
  diagnosis:
    /(?<![\p{L}\d-])\d+(?:[.,]\d+)?(?![\p{L}\d])|%|\b(?:sensitiv\w*|specificit(?:y|ies)|accura\w*|predictive|positive|negative|false|detect\w*|identif\w*|diagnosed|confirm\w*|reveal\w*|show(?:ed|s|n)?|demonstrat\w*|distinguish\w*|differentiat\w*|discriminat\w*|useful\w*|valuable|reliab\w*|gold standard|cut-?off|threshold|auc|area under|roc|yield|should|recommend\w*|can be|allow\w*|enabl\w*|helps?|method of choice|first step|efficien\w*|effective\w*|adjunct|found|promising|made|desirable|significant\w*|may be)\b/iu,
  prognosis:
    /(?<![\p{L}\d-])\d+(?:[.,]\d+)?(?![\p{L}\d])|%|\b(?:improv\w*|worse\w*|better|poor\w*|good|favou?rable|unfavou?rable|higher|lower|increas\w*|decreas\w*|reduc\w*|longer|shorter|predict\w*|associated|independent\w*|risk\w*|rates?|median|mean|years?|months?|weeks?|fatal|lethal|benign|progress\w*|resolv\w*|persist\w*|recover\w*|no (?:significant )?difference|did not|not (?:affect|differ)\w*)\b/iu,
};

/** How many cue words of a kind a sentence contains, leaving out words that name something else there. */
function kindHits(kind: keyof typeof KIND_CUES, text: string): number {
  const not = NOT_CUES[kind];
  const read = not ? text.replace(not, ' ') : text;
  const hits = cueCount(kind, read);
  const substance = SUBSTANCE[kind];
  return hits > 0 && substance && !substance.test(read) ? 0 : hits;
}

/** The kind of section a sentence belongs in, by its cue words and what it says of that kind; 'other' when none fits. */
export function classifyPoint(text: string): SectionKind {
  let best: SectionKind = 'other';
  let bestHits = 0;
  for (const kind of Object.keys(KIND_CUES) as (keyof typeof KIND_CUES)[]) {
    const hits = kindHits(kind, text);
    // Distinction cues are rare and telling; one is enough to win a tie.
    const weighted = kind === 'distinction' ? hits * 1.5 : hits;
    if (weighted > bestHits) {
      best = kind;
      bestHits = weighted;
    }
  }
  return best;
}
