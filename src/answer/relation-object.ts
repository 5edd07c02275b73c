import { stemOf } from './content-terms.js';
import type { SubjectGroup } from './subject-groups.js';

/**
 * What a yes/no question asks an effect on: the subject after its verb of effect ("fractures" of "Does vitamin D
 * supplementation reduce fractures in older adults?", "dementia" of "Does insomnia increase the risk of dementia?").
 * Evidence that speaks of the exposure and the people asked about but never of that outcome has not answered whether
 * the one changes the other: the people do not make up the count of subjects spoken of (compose-answer). Other
 * subjects still do, as an on-topic record may put the outcome in other words ("myocardial damage").
 */

// Stems (porter) of verbs that say one thing acts on another: reduce, increase, prevent, cause, improve, worsen, ...
const EFFECT: ReadonlySet<string> = new Set(
  `reduc increas decreas prevent caus improv worsen lower rais promot protect trigger affect influenc impact stop avoid
  enhanc reliev cure induc elev shorten lengthen prolong delai slow speed`
    .split(/\s+/)
    .filter(Boolean),
);

// A definite word right before a run.
const TAKEN_UP = /\b(?:the|this|that|these|those|its|their)\s+$/;

/**
 * The subject a yes/no question's verb of effect acts on, when a subject stands before that verb too; else undefined.
 * `verbs` (stems) reads other verbs so (asked-outcome: the reader's "help with").
 */
export function relationObject(question: string, groups: readonly SubjectGroup[], verbs: ReadonlySet<string> = EFFECT): SubjectGroup | undefined {
  const lower = question.toLowerCase();
  const verb = [...lower.matchAll(/\p{L}+/gu)].find((m) => verbs.has(stemOf(m[0])));
  if (!verb || verb.index === undefined) return undefined;
  const at = (g: SubjectGroup) => lower.indexOf(g.text.toLowerCase());
  const before = groups.some((g) => at(g) >= 0 && at(g) < (verb.index as number));
  if (!before) return undefined;
  const object = groups.filter((g) => at(g) > (verb.index as number) && !g.wording && !g.population).sort((a, b) => at(a) - at(b))[0];
  // A run taken up by a definite word ("prevent the virus types that ...", "stop this disease") names again what was
  // named before or is known, often by its kind: an article may name it otherwise ("HPV"), so it is not required.
  if (!object || TAKEN_UP.test(lower.slice(0, at(object)))) return undefined;
  return object;
}

// The reader's words for what a thing is good or bad for: "good for a cold", "bad for your heart", "helps with sleep",
// "works against acne".
const DOES_FOR = /\b(?:(?:good|bad|helpful|useful|harmful)\s+(?:for|against)|helps?\s+(?:with|against)|works?\s+(?:for|against|on))\s/i;

/**
 * What a yes/no question asks a thing to be good or bad for ("cold" of "Is vitamin C good for a cold?", "heart" of "Is
 * coffee bad for your heart?"), when a subject stands before those words; else undefined. Though a lone everyday word,
 * it names the condition asked about, not the reader's phrasing: evidence on vitamin C for another condition has not
 * answered it.
 */
export function goodForObject(question: string, groups: readonly SubjectGroup[]): SubjectGroup | undefined {
  const m = DOES_FOR.exec(question);
  if (!m) return undefined;
  const lower = question.toLowerCase();
  const at = (g: SubjectGroup) => lower.indexOf(g.text.toLowerCase());
  if (!groups.some((g) => at(g) >= 0 && at(g) < m.index)) return undefined;
  return groups.filter((g) => at(g) >= m.index + m[0].length && !g.population).sort((a, b) => at(a) - at(b))[0];
}
