import type { QuestionAnalysis } from './analyze-question.js';
import { stemSet } from './content-terms.js';
import { speaksOfGroup, subjectGroups, type SubjectGroup } from './subject-groups.js';

// Questions whether an option is the one to take: needed, to be done, recommended, the choice.
const CHOICE_QUESTION =
  /\b(?:necessary|needed|required|mandatory|indicated|recommended|should|preferred|(?:treatment|procedure|therapy|operation|method|approach) of choice|first[- ]line|standard of care)\b/i;
// A comparison ("Is X better than Y?") weighs the two itself; its sides are read elsewhere.
const COMPARISON = /\b(?:than|versus|vs\.?|compared|or)\b/i;

// Sentences naming the option to take for a condition: "Detorsion is the procedure of choice for ...", "X remains the
// first-line treatment", "X is the preferred approach", "X is the gold standard".
const PREFERRED =
  /\b(?:(?:procedure|treatment|therapy|operation|approach|option|method|management|technique|modality|intervention|drug|agent|test|investigation) of choice|(?:is|are|was|were|remains?|should be|has become|have become) (?:now )?(?:the |a )?(?:preferred|first[- ]line|gold[- ]standard|standard of care|mainstay)|preferred (?:procedure|treatment|therapy|operation|approach|option|method|management|technique|modality))\b/i;

/**
 * Whether a sentence names another option as the one to take for what the question asks about, without naming the
 * asked one: "Detorsion is the procedure of choice for most cases of ovarian torsion in children" for "Is oophorectomy
 * necessary for ovarian torsion?". A rival preferred is evidence against the asked option being needed or the choice.
 * The sentence must speak of every other subject of the question (the condition, the patients), so that it chooses for
 * the same case.
 */
export function prefersRival(text: string, analysis: QuestionAnalysis): boolean {
  if (!CHOICE_QUESTION.test(analysis.question) || COMPARISON.test(analysis.question) || !PREFERRED.test(text)) return false;
  const groups = subjectGroups(analysis);
  const asked = askedOption(analysis.question, groups);
  const rest = groups.filter((g) => g !== asked);
  if (!asked || !rest.length) return false;
  const stems = stemSet(text);
  return !speaksOfGroup(stems, asked) && rest.every((g) => speaksOfGroup(stems, g));
}

/**
 * The option a choice question asks about: the subject the choice word is said of, the one just before "necessary",
 * "recommended" ("Ovarian torsion in children: is oophorectomy necessary?"); with none before it ("Should splenectomy
 * be done ...?"), the first subject.
 */
function askedOption(question: string, groups: readonly SubjectGroup[]): SubjectGroup | undefined {
  const lower = question.toLowerCase();
  const choice = CHOICE_QUESTION.exec(question);
  const at = (g: SubjectGroup) => lower.indexOf(g.text.toLowerCase());
  if (!choice) return groups[0];
  return groups.filter((g) => at(g) >= 0 && at(g) < choice.index).at(-1) ?? groups[0];
}
