import type { SectionKind } from '../domain/index.js';

// "We present", "are presented": the authors showing their work, not a patient presenting.
/** Cue patterns that mark a sentence as being about one section kind (matched on lower-cased text). */
export const KIND_CUES: Record<Exclude<SectionKind, 'other'>, RegExp> = {
  presentation:
    /\b((?<!\b(?:we|are|is|be|were|was|been|here)\s+)present(s|ed|ing|ation)?|symptom\w*|signs?|manifest\w*|complain\w*|onset|clinical (features?|picture|course|findings?)|features|characteri[sz]ed by|lesions?|pain|fever|rash|weakness|phenotype)\b/g,
  context:
    /\b(however|although|limited|unclear|controvers\w*|debat\w*|should be|recommend\w*|caution|further (studies|research)|needed|remains?|consensus|questionable|weak)\b/g,
  distinction:
    /\b(unlike|in contrast|distinguish\w*|differential|differentiat\w*|whereas|rather than|distinct from|mimic\w*|confused with|vs\.?|versus)\b/g,
  // A difference or effect "detected" is a result found ("No difference was detected in QoL between groups"), no test.
  diagnosis:
    /\b((?:mis)?diagnos\w*|biops\w*|imaging|sensitivity|specificity|ultrasound|ultrasonograph\w*|mri|ct|pet|histolog\w*|patholog\w*|tests?|(?<!\b(?:differences?|effects?|changes?|associations?|correlations?|trends?|interactions?)\s+(?:\w+\s+){0,2})detect\w*|screen\w*|markers?|accura\w*|findings)\b/g,
  treatment:
    /\b((?:un)?treat\w*|therap\w*|prevent\w*|phlebotom\w*|\w+ectom(?:y|ies)|transplant\w*|vaccin\w*|antibiotics?|chemo\w*|radiotherap\w*|medication|improv\w*|dose\w*|dosing|administ\w*|efficac\w*|surg\w*|excision|resect\w*|cur(?:e|es|ed|ative)|drugs?|medicat\w*|regimens?|first-line|agonists?|inhibitors?|manag\w*|interventions?|contraceptives?|progestogens?|(?:reduc|decreas|alleviat|lessen|reliev)\w*(?=\s+(?:[\w-]+\s+){0,2}symptoms?\b))\b/g,
  prognosis:
    /\b(prognos\w*|surviv\w*|mortality|outcomes?|recurr\w*|death|died|relapse\w*|follow-up|long-term|complications?|remission)\b/g,
  epidemiology:
    /\b(prevalen\w*|inciden\w*|cases? (have been |has been |were )?(reported|described)|rare|common|frequen\w*|population|epidemiolog\w*|risk factors?|per \d+|men and women|aged?)\b/g,
  mechanism:
    /\b(mechanism\w*|pathways?|caus\w*|a?etiolog\w*|(?:micro)?deletions?|induc\w*|mediat\w*|genes?|mutations?|express\w*|receptors?|pathogen\w*|signal\w*|molecular|hormonal|immunolog\w*|inflammat\w*)\b/g,
};

/** How many cue words of a kind a sentence contains. */
export function cueCount(kind: Exclude<SectionKind, 'other'>, text: string): number {
  return (text.toLowerCase().match(KIND_CUES[kind]) ?? []).length;
}
