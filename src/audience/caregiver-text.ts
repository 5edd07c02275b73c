// The caregiver's wording of a plain (patient) text: a sentence that says what people with a condition generally
// experience is turned to the person the reader helps ("If the person you care for has gout, they often ...").
// Only the subject changes: the predicate, its hedges and negations stay word for word, so no claim is added.
// Sentences about study groups, results or comparisons keep the patient wording, because "the person you care
// for" was not in the study.

// Who the sentence is about, and how the helper's version names them.
const SUBJECTS: Record<string, string> = {
  patients: 'the person you care for',
  people: 'the person you care for',
  persons: 'the person you care for',
  individuals: 'the person you care for',
  children: 'the child you care for',
  infants: 'the baby you care for',
};

// Words that may stand between the subject and its verb without changing whom the claim is about.
const HEDGE = String.raw`(?:(?:most|more|very|almost|nearly|mostly|eventually|later|then|may|might|can|often|usually|typically|commonly|frequently|generally|sometimes|also|rarely|seldom|never|not|always|still|do|tend to)\s+)`;

// Present-tense verbs that describe what people with a condition live through or need, read as a plural so
// singular "they" keeps the same verb form. Verbs that often report a finding ("show", "display", "report")
// are left out on purpose, and so is "get", which plain wording uses for "receive" (a study's treatment).
const VERB = String.raw`(?:experience|develop|have|are|feel|need|require|suffer|lose|notice|complain|struggle|benefit|respond|live|face)`;

const GENERIC_SENTENCE = new RegExp(
  String.raw`^(Patients|People|Persons|Individuals|Children|Infants) with ((?:[^\s.;:,()]+\s+){0,7}?[^\s.;:,()]+)\s+(?=${HEDGE}*${VERB}\b)`,
);

// A sentence with any of these speaks of a study, its groups or its numbers, or compares groups: it stays as written.
const STUDY_TALK =
  /\d+\s*%|\b(?:n|p)\s*[=<>]|\b(?:study|studies|studied|trial|trials|cohort|group|groups|control|controls|sample|series|participants?|subjects?|randomi[sz]ed|assigned|allocated|enrolled|recruited|included|excluded|selected|followed|compared|comparison|analy[sz]ed|evaluated|assessed|examined|treated|than|versus|vs|we|our|this|these|here|were|was|had|did|been|would|could|odds|ratio|rate|rates|incidence|prevalence|higher|lower|greater|fewer|scores?)\b/i;

// A predicate about genes, molecules or cells is a laboratory finding, not something the person lives through.
const LAB_FINDING =
  /\b(?:mutations?|variants?|alleles?|genotypes?|phenotypes?|locus|genes?|DNA|chromosomes?|molecules?|proteins?|enzymes?|levels?|expression|cells?)\b/i;

// A name that itself narrows to a group ("patients with X who ...", "people with X in our clinic") is not a condition.
const NOT_A_CONDITION = /\b(?:may|might|can|could|should|must|will|would|do|does|not|who|whom|which|that|this|these|those|our|in|at|from|after|before|during|receiving|undergoing|treated|given|versus|vs)\b/i;

/** Turns plain sentences about what people with a condition experience to the person the caregiver helps; all other sentences stay as they are. */
export function caregiverText(plain: string): string {
  // Separators sit at odd positions of the split, so every space between sentences is kept as it was.
  return plain
    .split(/(?<=[.!?])(\s+)(?=[A-Z])/)
    .map((part, i) => (i % 2 === 0 ? toHelper(part) : part))
    .join('');
}

function toHelper(sentence: string): string {
  const m = GENERIC_SENTENCE.exec(sentence);
  if (!m) return sentence;
  const [whole, subject, condition] = m as unknown as [string, string, string];
  if (STUDY_TALK.test(sentence) || NOT_A_CONDITION.test(condition) || endsInAdverb(condition)) return sentence;
  if (LAB_FINDING.test(sentence.slice(whole.length))) return sentence;
  const person = SUBJECTS[subject.toLowerCase()]!;
  return `If ${person} has ${condition}, they ${sentence.slice(whole.length)}`;
}

// An adverb the hedge list does not know would end up inside the condition ("has FAP quickly, they ..."): refuse.
function endsInAdverb(condition: string): boolean {
  const last = /\S+$/.exec(condition)![0].toLowerCase();
  return /ly$/.test(last) && !/^(?:family|anomaly|belly|ally)$/.test(last);
}
